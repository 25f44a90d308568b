"""Plain questions to ask a doctor, raised by the red flags and gaps found."""

from __future__ import annotations

from plainleaf.analysis_models import RedFlagHit, SideEffectsResult
from plainleaf.spec import EvidenceLevel, RedFlag, SourceType

FLAG_QUESTIONS: dict[RedFlag, str] = {
    RedFlag.offered_outside_trials: "Is this treatment approved, or part of a clinical trial "
    "that I can look up?",
    RedFlag.call_to_action: "What will it cost in total, and what happens if it does not work?",
    RedFlag.vague_evidence: "Which studies show this? Can I read them?",
    RedFlag.overclaiming: "How many people got better, and how many did not?",
    RedFlag.risks_minimized: "What serious side effects can it cause, and how are they treated?",
    RedFlag.testimonials: "What happened to all the patients, not just the ones in the stories?",
    RedFlag.unnamed_source: "Who ran this study, and where was it published?",
    RedFlag.small_uncontrolled: "How many people were in the study, and was there a group to "
    "compare with?",
    RedFlag.hype: "What do the results show in numbers?",
}


def questions_for(
    flags: list[RedFlagHit],
    level: EvidenceLevel,
    side_effects: SideEffectsResult,
    source_type: SourceType,
) -> list[str]:
    out: list[str] = []
    for code in FLAG_QUESTIONS:
        if any(f.code == code for f in flags):
            out.append(FLAG_QUESTIONS[code])
    if side_effects.not_mentioned and FLAG_QUESTIONS[RedFlag.risks_minimized] not in out:
        names = ", ".join(g.code.replace("_", " ") for g in side_effects.not_mentioned[:3])
        out.append(f"Could this treatment cause side effects this text leaves out ({names})?")
    if level in (EvidenceLevel.C, EvidenceLevel.D, EvidenceLevel.N):
        out.append("Is there a larger trial of this treatment that I could join?")
    out.append("Is this treatment right for my type and stage of cancer?")
    return out
