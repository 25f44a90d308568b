"""Red flags: find every candidate, then keep those that fit the kind of text."""

from __future__ import annotations

import re

from plainleaf.analysis_models import RedFlagHit, SideEffectsResult
from plainleaf.analyzer.common import Hit, find_hits
from plainleaf.analyzer.mentions import drop_mentions
from plainleaf.analyzer.rules import sentence_bounds
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
_SOFT_SAFETY = re.compile(r"toler|manageable|low[- ]grade|controllable", re.IGNORECASE)
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


_NAMES_ITS_PEOPLE = re.compile(
    r"\b(?:said|says|told|according to|explained) (?:Dr\.?|Professor|Prof\.) [A-Z]|"
    r"\b(?:Dr\.?|Professor|Prof\.) [A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?,? [^.\n]{0,140}\b(?:said|says|"
    r"told|explained)\b"
)
_PEOPLE_WORD = re.compile(r"experts|doctors|scientists|researchers|oncologists|specialists",
                          re.IGNORECASE)
_SALES_TALK = {RedFlag.call_to_action, RedFlag.offered_outside_trials, RedFlag.overclaiming,
               RedFlag.testimonials, RedFlag.vague_evidence}
# The words belong to the clinic the story reports on, not to the writer.
_ATTRIBUTED = re.compile(
    r"\b(?:the|its|a|their) (?:clinic|clinic['’]s|company|seller|sales (?:rep\w*|staff)|"
    r"coordinator|website|site|ads?|advert\w*|brochure|marketing|provider|salesperson|"
    r"staff)\b[^.\n]{0,80}\b(?:said|says|claims?|claimed|promised|promises|advertis\w+|"
    r"features?|featured|offered|offers|told|wrote|states?|stated|lists?|listed|touts?)\b",
    re.IGNORECASE,
)


def _reported(text: str, h: Hit) -> bool:
    s, e = sentence_bounds(text, h.start, h.end)
    if _ATTRIBUTED.search(text, s, e):
        return True
    if h.code == RedFlag.testimonials:
        return False  # a quoted patient in a story is the testimonial itself
    # Inside a quotation on the same line: an odd number of quote marks before it.
    line_start = text.rfind("\n", 0, h.start) + 1
    before = text[line_start:h.start]
    return (before.count('"') % 2 == 1 or before.count("“") > before.count("”")
            or before.count("‘") > before.count("’"))


def raw_flags(text: str) -> list[Hit]:
    """Candidates from every rule, before the source type is known."""
    return drop_mentions(text, find_hits(RULES, text))


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
    if _NAMES_ITS_PEOPLE.search(text) and not any(h.code == RedFlag.hype for h in kept):
        # "Doctors say" sums up when a sober story quotes named doctors too; in a hyped
        # one ("experts believe" it will reach thousands) it props up the hype.
        kept = [h for h in kept if not (h.rule_id == "unnamed-centre"
                                        and _PEOPLE_WORD.search(text, h.start, h.end))]
    if source_type == SourceType.news:
        # A reporter quoting a clinic's sales talk to expose it is not selling.
        kept = [h for h in kept if not (h.code in _SALES_TALK and _reported(text, h))]
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
