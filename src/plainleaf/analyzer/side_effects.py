"""Side effects a text mentions (with negation) and the expected ones it leaves out."""

from __future__ import annotations

from plainleaf.analysis_models import SideEffectGap, SideEffectMention, SideEffectsResult
from plainleaf.analyzer.engine import Doc, Hit, find_hits, is_negated
from plainleaf.analyzer.rules.side_effects import RULES
from plainleaf.spec import (
    EXPECTED_SIDE_EFFECTS,
    SIDE_EFFECT_NAMES,
    SideEffectCode,
    TherapyCode,
)

# Effects that are serious enough that leaving them out plays down the risk.
SERIOUS: frozenset[SideEffectCode] = frozenset({
    SideEffectCode.crs, SideEffectCode.icans, SideEffectCode.low_blood_counts,
    SideEffectCode.infection, SideEffectCode.gvhd, SideEffectCode.liver,
    SideEffectCode.post_embolization, SideEffectCode.breathing,
    SideEffectCode.low_blood_pressure, SideEffectCode.secondary_cancer,
})

# Short plain names for summary sentences (each still matched by its own rule).
SHORT_NAMES: dict[SideEffectCode, str] = {
    SideEffectCode.crs: "CRS",
    SideEffectCode.icans: "nerve and brain effects",
    SideEffectCode.fever: "fever",
    SideEffectCode.fatigue: "tiredness",
    SideEffectCode.headache: "headache",
    SideEffectCode.dizziness: "dizziness",
    SideEffectCode.nausea: "nausea",
    SideEffectCode.pain: "pain",
    SideEffectCode.low_blood_pressure: "low blood pressure",
    SideEffectCode.breathing: "trouble breathing",
    SideEffectCode.low_blood_counts: "low blood counts",
    SideEffectCode.infection: "infections",
    SideEffectCode.gvhd: "GVHD",
    SideEffectCode.liver: "liver damage",
    SideEffectCode.post_embolization: "post-embolization syndrome",
    SideEffectCode.secondary_cancer: "new cancers",
    SideEffectCode.allergic: "allergic reactions",
}


def side_effect_hits(text: str | Doc) -> list[Hit]:
    return find_hits(RULES, text if isinstance(text, Doc) else Doc(text))


def mentions(text: str, hits: list[Hit]) -> list[SideEffectMention]:
    by_code: dict[str, list[Hit]] = {}
    for h in hits:
        by_code.setdefault(h.code, []).append(h)
    out = []
    for code, group in by_code.items():
        negated = all(is_negated(text, h.start, h.end) for h in group)
        shown = group[:5]
        out.append(
            SideEffectMention(
                code=SideEffectCode(code),
                name=SIDE_EFFECT_NAMES[SideEffectCode(code)],
                quotes=[text[h.start : h.end] for h in shown],
                spans=[(h.start, h.end) for h in shown],
                negated=negated,
            )
        )
    return out


def expected_for(therapies: list[str]) -> list[tuple[SideEffectCode, str]]:
    """(effect, therapy) pairs a reader should be told about, first therapy first."""
    seen: dict[SideEffectCode, str] = {}
    for therapy in therapies:
        for code in EXPECTED_SIDE_EFFECTS.get(TherapyCode(therapy), ()):
            seen.setdefault(code, therapy)
    return list(seen.items())


def analyze_side_effects(
    text: str, therapies: list[str], hits: list[Hit] | None = None
) -> SideEffectsResult:
    mentioned = mentions(text, side_effect_hits(text) if hits is None else hits)
    covered = {m.code for m in mentioned}
    # Fever with pain or nausea after TACE *is* post-embolization syndrome, described.
    if SideEffectCode.fever in covered and covered & {SideEffectCode.pain, SideEffectCode.nausea}:
        covered.add(SideEffectCode.post_embolization)
    gaps = [
        SideEffectGap(
            code=code,
            name=SIDE_EFFECT_NAMES[code],
            why=f"This text does not mention {SIDE_EFFECT_NAMES[code]}, which can happen "
            f"with {therapy}.",
        )
        for code, therapy in expected_for(therapies)
        if code not in covered
    ]
    return SideEffectsResult(mentioned=mentioned, not_mentioned=gaps)
