"""Whose risk is it? A side effect named only as a harm of another treatment.

A clinic page that sells NK cells may say that "chemotherapy ... and bone marrow
transplant ... increase susceptibility to infections". The labels spec still counts
infections as mentioned, but a report must not tell a patient that the page named the
risk of infection of the cells it sells. This is a small window check over the sentence
of each mention; it only adds ``of_other_treatment`` to the mentions.
"""

from __future__ import annotations

import re

from plainleaf.analysis_models import SideEffectsResult
from plainleaf.analyzer.common import Hit
from plainleaf.analyzer.engine import Doc
from plainleaf.spec import TherapyCode

# Treatments that are not the cell therapy a page is about.
OTHER_TREATMENT = re.compile(
    r"\b(?:chemo(?:therapy|therapies)?|radiotherapy|radiation(?: therapy)?|"
    r"(?:bone[- ]marrow|stem[- ]cell) transplant(?:s|ation)?|transplant(?:s|ation)?|BMT|"
    r"surgery|conventional (?:treatments?|therap(?:y|ies)|forms of treatment)|"
    r"standard (?:treatments?|therap(?:y|ies))|these (?:therapies|treatments|drugs))\b",
    re.IGNORECASE,
)
CHEMO = re.compile(r"\bchemo", re.IGNORECASE)
TRANSPLANT = re.compile(r"transplant|\bBMT\b", re.IGNORECASE)
# Treatments that include chemo: TACE is chemoembolization, and CAR-T, TIL, TCR-T and
# CAR-NK start with chemo that empties space for the cells (its harms are theirs).
CHEMO_IS_PART_OF = frozenset({
    TherapyCode.tace, TherapyCode.chemotherapy, TherapyCode.car_t, TherapyCode.til,
    TherapyCode.tcr_t, TherapyCode.car_nk,
})
# Chemo given to prepare for a cell therapy is part of that therapy, and its harms are too.
PART_OF_CELL_THERAPY = re.compile(
    r"\b(?:before (?:the )?(?:infusion|cells|treatment)|prior to|conditioning|"
    r"lymphodeplet\w*|to (?:prepare|make room))\b",
    re.IGNORECASE,
)
# "the early defense against viral infections": something the body fights, not a harm.
FIGHTS_OFF = re.compile(
    r"\b(?:defen[cs]es?|protect(?:s|ion|ing)?|fight(?:s|ing)?|guard(?:s|ing)?|"
    r"resist(?:s|ance)?)\b(?:\W+\w+){0,2}?\W+against\W+(?:\w+\W+){0,2}$",
    re.IGNORECASE,
)


def names_other_treatment(
    doc: Doc, start: int, end: int, own: list[Hit], therapies: list[str]
) -> bool:
    """True when the words at text[start:end] are a harm of another treatment, or not a
    harm at all, rather than a risk of the therapies the text is about."""
    text = doc.text
    s, e = doc.sentence_span(start, end)
    if FIGHTS_OFF.search(text[max(s, start - 80) : start]):
        return True
    if any(s <= h.start < e for h in own):
        return False  # the sentence names the text's own treatment
    chemo_is_own = bool(CHEMO_IS_PART_OF & set(therapies))
    transplant_is_own = TherapyCode.stem_cell in therapies
    for m in OTHER_TREATMENT.finditer(text, s, e):
        if chemo_is_own and CHEMO.match(m.group()):
            continue
        if transplant_is_own and TRANSPLANT.search(m.group()):
            continue
        # Chemo "before the infusion" is part of the cell therapy: its harms are too.
        return not PART_OF_CELL_THERAPY.search(text, s, e)
    return False


def mark_other_treatment(
    text: str | Doc, side_effects: SideEffectsResult, therapy_hits: list[Hit], therapies: list[str]
) -> SideEffectsResult:
    """Set ``of_other_treatment`` on mentions whose every quote belongs to another
    treatment. Mentions that are negated keep their meaning and are left alone."""
    doc = text if isinstance(text, Doc) else Doc(text)
    own = [h for h in therapy_hits if h.code in therapies]
    for m in side_effects.mentioned:
        if m.negated or not m.spans:
            continue
        m.of_other_treatment = all(
            names_other_treatment(doc, s, e, own, therapies) for s, e in m.spans
        )
    return side_effects
