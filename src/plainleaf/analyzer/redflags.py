"""Red flags: find every candidate, then keep those that fit the kind of text.

The engine is generic: a hit is dropped when its rule does not apply to the source type,
or when one of the named checks declared on its rule or its flag kind cancels it
(analyzer/checks.py). Nothing here names a rule.
"""

from __future__ import annotations

from plainleaf.analysis_models import RedFlagHit, SideEffectsResult
from plainleaf.analyzer import checks
from plainleaf.analyzer.engine import Doc, Hit, by_id, find_hits
from plainleaf.analyzer.mentions import drop_mentions
from plainleaf.analyzer.rules.red_flags import RULES
from plainleaf.analyzer.side_effects import SERIOUS, expected_for
from plainleaf.spec import FLAG_KIND, FLAG_KINDS, RedFlag, SourceType

RULE = by_id(RULES)
MAX_PER_CODE = 3
# The generated flag for a sales page that names none of a therapy's serious harms.
LEFT_OUT_ID = "risk-left-out"


def _cancels(rule_id: str) -> tuple[str, ...]:
    rule = RULE[rule_id]
    return rule.cancels + FLAG_KIND[RedFlag(rule.code)].cancels


CANCELS: dict[str, tuple[str, ...]] = {r.id: _cancels(r.id) for r in RULES}
checks.validate({**CANCELS, **{str(k.code): k.cancels for k in FLAG_KINDS}})


def raw_flags(text: str | Doc) -> list[Hit]:
    """Candidates from every rule, before the source type is known."""
    doc = text if isinstance(text, Doc) else Doc(text)
    return drop_mentions(doc, find_hits(RULES, doc))


def select_flags(
    text: str | Doc,
    raw: list[Hit],
    source_type: SourceType,
    side_effects: SideEffectsResult,
    therapy_mentions: list[Hit],
    therapies: list[str],
) -> list[RedFlagHit]:
    doc = text if isinstance(text, Doc) else Doc(text)
    # A neutral explainer must come out clean: a false alarm costs trust.
    if source_type == SourceType.patient_education:
        return []
    kept = [h for h in raw if RULE[h.rule_id].applies_to(source_type)]
    facts = checks.Facts(doc, source_type)
    for name, chk in checks.CHECKS.items():
        before = kept
        kept = [h for h in before if not (name in CANCELS[h.rule_id]
                                          and chk.test(facts, h, before))]
    kept.extend(_risks_left_out(doc.text, kept, source_type, side_effects, therapy_mentions,
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
                name=FLAG_KIND[RedFlag(h.code)].name,
                quote=doc.text[h.start : h.end],
                start=h.start,
                end=h.end,
                why=h.message,
                rule_id=h.rule_id,
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
            LEFT_OUT_ID,
            RedFlag.risks_minimized,
            anchor.start,
            anchor.end,
            f"It promotes {text[anchor.start:anchor.end]} but names none of its serious "
            "side effects.",
        )
    ]
