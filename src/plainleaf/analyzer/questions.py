"""Plain questions to ask a doctor, raised by the red flags and gaps found."""

from __future__ import annotations

from plainleaf.analysis_models import RedFlagHit, SideEffectsResult
from plainleaf.analyzer.side_effects import SHORT_NAMES
from plainleaf.spec import FLAG_KINDS, EvidenceLevel, RedFlag, SourceType


def questions_for(
    flags: list[RedFlagHit],
    level: EvidenceLevel,
    side_effects: SideEffectsResult,
    source_type: SourceType,
) -> list[str]:
    out: list[str] = []
    raised = {f.code for f in flags}
    # Most serious first (the order of spec.FLAG_KINDS).
    out.extend(k.question for k in FLAG_KINDS if k.code in raised)
    if side_effects.not_mentioned and RedFlag.risks_minimized not in raised:
        names = ", ".join(SHORT_NAMES[g.code] for g in side_effects.not_mentioned[:3])
        out.append(f"Could this treatment cause side effects this text leaves out ({names})?")
    if level in (EvidenceLevel.C, EvidenceLevel.D, EvidenceLevel.N):
        out.append("Is there a larger trial of this treatment that I could join?")
    out.append("Is this treatment right for my type and stage of cancer?")
    return out
