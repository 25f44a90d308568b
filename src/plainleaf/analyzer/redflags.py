"""Red flags: find every candidate, then keep those that fit the kind of text."""

from __future__ import annotations

import re

from plainleaf.analysis_models import RedFlagHit, SideEffectsResult
from plainleaf.analyzer.common import Hit, find_hits
from plainleaf.analyzer.rules.red_flags import RULES
from plainleaf.analyzer.side_effects import SERIOUS, expected_for
from plainleaf.spec import RED_FLAG_NAMES, RedFlag, SourceType

_BY_ID = {r.id: r for r in RULES}
MAX_PER_CODE = 3
# A small study counts as "presented as proof" only when the text also sells or hypes it.
_PROOF_WORDS = re.compile(
    r"\b(?:proves?|proof|confirms?|highly encouraging|remarkable|complete remission|"
    r"cancer[- ]free|works)\b",
    re.IGNORECASE,
)


# ...and not when the text itself says what a small uncontrolled study cannot show.
_ADMITS_LIMITS = re.compile(
    r"\bno (?:comparison|control) (?:group|arm)\b|\bwithout a (?:comparison|control) group\b|"
    r"\bcannot (?:show|tell|prove)\b|\btoo small to\b",
    re.IGNORECASE,
)


# "Well tolerated" is fair shorthand when the text also counts the severe harms
# (grade 3 or higher events, in CTCAE terms); it plays the risks down only when it does not.
_SOFT_SAFETY = re.compile(r"toler|manageable", re.IGNORECASE)
_COUNTS_SEVERE_HARMS = re.compile(
    r"\bgrade (?:3|III|≥ ?3|>= ?3)(?: or (?:higher|worse|more|above)|[-–/]4| and 4)?\b"
    r"[^.\n]{0,120}\b(?:adverse|events?|toxicit|side effects|occurred|were|included|"
    r"cytopenias?|neutropenia|infections?)",
    re.IGNORECASE,
)


_NAMES_ITS_STUDY = re.compile(
    r"\bpublished (?:\w+ )?in (?:the )?(?:journal )?[A-Z]|\bjournal [A-Z]|\bNCT\d{8}\b|"
    r"\b(?:NEJM|Lancet|JAMA|Nature|Blood)\b"
)
_STUDY_WORD = re.compile(r"study|trial", re.IGNORECASE)


def raw_flags(text: str) -> list[Hit]:
    """Candidates from every rule, before the source type is known."""
    return find_hits(RULES, text)


def select_flags(
    text: str,
    raw: list[Hit],
    source_type: SourceType,
    side_effects: SideEffectsResult,
    therapy_mentions: list[Hit],
    therapies: list[str],
) -> list[RedFlagHit]:
    # A neutral explainer must come out clean: a false alarm costs trust.
    if source_type == SourceType.patient_education:
        return []
    kept = [h for h in raw if _BY_ID[h.rule_id].applies_to(source_type)]
    if _NAMES_ITS_STUDY.search(text):
        # "A new study found" is fine when the text names that study elsewhere.
        kept = [h for h in kept if not (h.rule_id == "unnamed-centre"
                                        and _STUDY_WORD.search(text, h.start, h.end))]
    if _COUNTS_SEVERE_HARMS.search(text):
        kept = [h for h in kept if not (h.rule_id == "risk-mild-only"
                                        and _SOFT_SAFETY.search(text, h.start, h.end))]
    codes = {h.code for h in kept}
    if RedFlag.small_uncontrolled in codes and (
        not (codes & {RedFlag.hype, RedFlag.overclaiming, RedFlag.testimonials}
             or _PROOF_WORDS.search(text))
        or _ADMITS_LIMITS.search(text)
    ):
        kept = [h for h in kept if h.code != RedFlag.small_uncontrolled]
    kept.extend(_risks_left_out(text, kept, source_type, side_effects, therapy_mentions,
                                therapies))
    out: list[RedFlagHit] = []
    per_code: dict[str, int] = {}
    for h in sorted(kept, key=lambda h: (h.start, h.end)):
        if per_code.get(h.code, 0) >= MAX_PER_CODE:
            continue
        if any(o.code == h.code and o.start < h.end and h.start < o.end for o in out):
            continue  # overlapping hits of the same flag say the same thing
        per_code[h.code] = per_code.get(h.code, 0) + 1
        out.append(
            RedFlagHit(
                code=RedFlag(h.code),
                name=RED_FLAG_NAMES[RedFlag(h.code)],
                quote=text[h.start : h.end],
                start=h.start,
                end=h.end,
                why=h.message,
            )
        )
    return out


def _risks_left_out(
    text: str,
    kept: list[Hit],
    source_type: SourceType,
    side_effects: SideEffectsResult,
    therapy_mentions: list[Hit],
    therapies: list[str],
) -> list[Hit]:
    """A sales page that names no serious side effect of a therapy known to have them."""
    if source_type != SourceType.clinic_marketing or not therapies:
        return []
    if any(h.code == RedFlag.risks_minimized for h in kept):
        return []
    expected = {code for code, _ in expected_for(therapies)} & SERIOUS
    named = {m.code for m in side_effects.mentioned}
    if not expected or expected & named:
        return []
    anchor = next((h for h in therapy_mentions if h.code == therapies[0]), None)
    if anchor is None:
        return []
    return [
        Hit(
            "risk-left-out",
            RedFlag.risks_minimized,
            anchor.start,
            anchor.end,
            f"It promotes {text[anchor.start:anchor.end]} but names none of its serious "
            "side effects.",
        )
    ]
