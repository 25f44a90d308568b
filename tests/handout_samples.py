"""A hand-built Analysis for handout tests, so they do not depend on the analyzer."""

from __future__ import annotations

from plainleaf.analysis_models import (
    Analysis,
    EvidenceResult,
    ReadabilityFigures,
    RedFlagHit,
    SideEffectGap,
    SideEffectMention,
    SideEffectsResult,
    SourceTypeResult,
    Summary,
    SummarySentence,
)
from plainleaf.spec import EvidenceLevel, RedFlag, SideEffectCode, SourceType

ARTICLE = (
    "Our clinic offers a breakthrough NK cell cure. Book your consultation today! "
    "Studies show amazing results. Side effects are minimal."
)


def _span(text: str, quote: str) -> tuple[int, int]:
    start = text.index(quote)
    return start, start + len(quote)


def sample_analysis(evil: str = "") -> Analysis:
    """An Analysis of ARTICLE; `evil` is appended to every free-text field."""
    text = ARTICLE
    flags = []
    for code, name, quote, why in [
        (RedFlag.hype, "Hype words", "breakthrough NK cell cure", "Real results are rarely cures."),
        (RedFlag.call_to_action, "Pushes you to buy or book", "Book your consultation today!",
         "It pushes you to act before you can check."),
        (RedFlag.vague_evidence, "Says 'studies show' but names no study", "Studies show",
         "No study is named, so you cannot check it."),
    ]:
        start, end = _span(text, quote)
        flags.append(
            RedFlagHit(code=code, name=name + evil, quote=text[start:end] + evil, start=start,
                       end=end, why=why + evil)
        )
    return Analysis(
        source_type=SourceTypeResult(
            code=SourceType.clinic_marketing, label="Advert or sales page" + evil,
            reasons=["It asks you to book a consultation." + evil],
        ),
        evidence=EvidenceResult(
            level=EvidenceLevel.N, label="No evidence shown" + evil,
            reasons=["No study is named for the main claim." + evil],
        ),
        red_flags=flags,
        side_effects=SideEffectsResult(
            mentioned=[SideEffectMention(code=SideEffectCode.crs, name="CRS" + evil,
                                         quotes=["Side effects are minimal." + evil])],
            not_mentioned=[SideEffectGap(code=SideEffectCode.infection, name="Infections" + evil,
                                         why="Cell therapies can lower your defences." + evil)],
        ),
        therapies=["NK" + evil],
        key_numbers=[],
        summary=Summary(
            sentences=[SummarySentence(text="A clinic says it sells an NK cell cure." + evil,
                                       source_start=0, source_end=46)],
            readability=ReadabilityFigures(flesch_kincaid_grade=4.2, smog_index=6.1),
        ),
        source_readability=ReadabilityFigures(flesch_kincaid_grade=9.5, smog_index=10.2),
        questions=["Which study shows that this works?" + evil, "What does it cost?"],
        words=len(text.split()),
        warnings=[],
    )
