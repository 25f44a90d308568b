"""The output of the article analyzer: what a pasted or uploaded text says, and how far to trust it.

Every quote is an exact slice of the analyzed text (``text[start:end]``), so a reader can
find it, and every reason points at the words that raised it.
"""

from __future__ import annotations

from pydantic import BaseModel, Field

from plainleaf.spec import EvidenceLevel, RedFlag, SideEffectCode, SourceType


class Evidence(BaseModel):
    """A piece of the text that supports a label: the quote and where it is."""

    quote: str
    start: int
    end: int


class SourceTypeResult(BaseModel):
    code: SourceType
    label: str
    reasons: list[str] = Field(description="Plain reasons, each naming the words that raised it.")
    evidence: list[Evidence] = Field(default_factory=list)


class EvidenceResult(BaseModel):
    level: EvidenceLevel
    label: str
    reasons: list[str]
    evidence: list[Evidence] = Field(default_factory=list)
    # Added (backward compatible): the rule that set the level, so no consumer has to
    # guess it again from the quote. Empty for level N.
    rule_id: str = ""


class RedFlagHit(BaseModel):
    code: RedFlag
    name: str
    quote: str = Field(description="Exactly text[start:end].")
    start: int
    end: int
    why: str
    # Added (backward compatible): the rule that raised the flag.
    rule_id: str = ""


class SideEffectMention(BaseModel):
    code: SideEffectCode
    name: str
    quotes: list[str]
    spans: list[tuple[int, int]] = Field(default_factory=list)
    negated: bool = Field(
        default=False, description="Every mention says it did not happen ('no CRS was seen')."
    )


class SideEffectGap(BaseModel):
    code: SideEffectCode
    name: str
    why: str


class SideEffectsResult(BaseModel):
    mentioned: list[SideEffectMention] = Field(default_factory=list)
    not_mentioned: list[SideEffectGap] = Field(default_factory=list)


class SummarySentence(BaseModel):
    text: str
    source_start: int
    source_end: int
    # Added (backward compatible): how the sentence was made. "extracted" = simplified
    # from text[source_start:source_end]; "template" = a fixed sentence raised by the
    # words at that span; "gap" = says the text leaves something out.
    kind: str = "extracted"


class ReadabilityFigures(BaseModel):
    flesch_kincaid_grade: float
    smog_index: float


class Summary(BaseModel):
    sentences: list[SummarySentence]
    readability: ReadabilityFigures


class Analysis(BaseModel):
    source_type: SourceTypeResult
    evidence: EvidenceResult
    red_flags: list[RedFlagHit]
    side_effects: SideEffectsResult
    therapies: list[str]
    key_numbers: list[str]
    summary: Summary
    source_readability: ReadabilityFigures
    questions: list[str] = Field(
        default_factory=list, description="Questions to ask, in plain words."
    )
    library_slugs: list[str] = Field(
        default_factory=list, description="Therapy pages in the library this text is about."
    )
    words: int = 0
    warnings: list[str] = Field(default_factory=list, description="E.g. the text was cut.")
