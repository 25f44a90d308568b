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
    # Added (backward compatible): the labels spec counts these as mentioned, but a report
    # to a patient must not credit the text with naming a risk of the treatment it sells.
    of_other_treatment: bool = Field(
        default=False,
        description="Every mention names it only as a harm of another treatment "
        "(chemotherapy, transplant, radiation) or as something the body fights off, "
        "not as a risk of the treatment the text is about.",
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


class ClaimCheck(BaseModel):
    """A benefit stated as fact, next to what plainleaf's own page says about that therapy."""

    quote: str = Field(description="Exactly text[start:end]: the claim in its sentence, "
                       "cut at word boundaries.")
    start: int
    end: int
    claim_start: int = Field(description="The words that make it a claim (inside the quote).")
    claim_end: int
    rule_id: str
    therapy: str = Field(description="Therapy code the claim is about.")
    slug: str = Field(description="The library page checked.")
    page_name: str
    status: str = Field(description="The page's regulatory status code.")
    status_label: str
    evidence_level: EvidenceLevel
    evidence_label: str
    note: str = Field(description="E.g. 'Our page on NK-cell therapy: not approved anywhere; "
                      "evidence: limited.'")


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
    # Added (backward compatible): filled only when a library is given.
    claims: list[ClaimCheck] = Field(
        default_factory=list,
        description="Benefits stated as fact for a therapy the library grades as unproven.",
    )
