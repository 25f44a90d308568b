"""Pydantic models: the contract between content files, the analyzer, the app and handouts."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from enum import StrEnum
from typing import Annotated
from urllib.parse import quote

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, model_validator

from plainleaf.spec import (
    EVIDENCE_EXPLAINED,
    EVIDENCE_LABELS,
    SIDE_EFFECT_NAMES,
    EvidenceLevel,
    SideEffectCode,
    TherapyCode,
)

PlainText = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1)]
SourceId = Annotated[str, StringConstraints(pattern=r"^[a-z0-9][a-z0-9-]*$", max_length=80)]
Slug = Annotated[str, StringConstraints(pattern=r"^[a-z0-9][a-z0-9-]*$", max_length=80)]


class Strict(BaseModel):
    """Content models refuse unknown fields, so a typo in a file is an error, not silence."""

    model_config = ConfigDict(extra="forbid", frozen=True, defer_build=True)


class SourceKind(StrEnum):
    approval = "approval"  # approval letter, label, agency announcement of an approval
    agency_warning = "agency_warning"  # safety notice or consumer warning from a regulator
    trial = "trial"  # paper or abstract reporting one trial or study
    review = "review"  # review article or meta-analysis
    guideline = "guideline"  # consensus grading, clinical guideline, staging system
    patient_information = "patient_information"  # explainer from a public body or charity
    news = "news"  # journalism or a company's own announcement


class Source(Strict):
    id: SourceId = Field(description="Short key that facts in this file cite, e.g. fda-kymriah.")
    title: PlainText
    publisher: PlainText = Field(description="Journal, agency or organisation.")
    year: int = Field(ge=1950, le=2100)
    # No spaces, quotes, brackets or backslashes: a link must not be able to break out.
    url: Annotated[str, StringConstraints(pattern=r"^https://[^\s<>()\[\]\"'\\`]+$")] | None = None
    doi: Annotated[str, StringConstraints(pattern=r"^10\.\d{4,9}/[^\s<>\"'\\`]+$")] | None = None
    kind: SourceKind

    @model_validator(mode="after")
    def _needs_a_link(self) -> Source:
        if not self.url and not self.doi:
            raise ValueError("a source needs a url (https://...) or a doi (10.xxxx/...)")
        return self

    @property
    def link(self) -> str:
        return self.url or "https://doi.org/" + quote(self.doi or "", safe="/.-_;:")


class Benefit(Strict):
    """A benefit as a natural frequency, drawn as an icon array (two, side by side, when a
    trial had a comparison group): "About 22 in 100 people who got satri-cel had their
    tumor shrink, against about 4 in 100 people who got usual drugs."

    Only for a number the page's own text already gives and its cited sources support.
    """

    in_100: int = Field(ge=0, le=100, description="How many in 100 in the treated group.")
    who: PlainText = Field(description='The treated group: "people who got satri-cel".')
    outcome: PlainText = Field(
        description='What happened to them, read after the group: "had their tumor shrink", '
        '"were alive after 3 years".'
    )
    compared_in_100: int | None = Field(
        default=None, ge=0, le=100, description="How many in 100 in the comparison group."
    )
    compared_who: PlainText | None = Field(
        default=None, description='The comparison group: "people who got usual drugs".'
    )
    caveat: PlainText | None = Field(
        default=None,
        description='Printed under the picture, when the gap it shows may mislead: "This gap '
        'could be due to chance."',
    )
    sources: list[SourceId] = Field(min_length=1)

    @model_validator(mode="after")
    def _comparison_complete(self) -> Benefit:
        if (self.compared_in_100 is None) != (self.compared_who is None):
            raise ValueError("compared_in_100 and compared_who go together: give both or neither")
        return self

    @property
    def groups(self) -> list[tuple[str, int]]:
        """(who, how many in 100) for each group, treated group first."""
        out = [(self.who, self.in_100)]
        if self.compared_who is not None and self.compared_in_100 is not None:
            out.append((self.compared_who, self.compared_in_100))
        return out

    def group_text(self, who: str, n: int) -> str:
        """One group's figure in words (the alt text of its icon array)."""
        return f"About {n} in 100 {who} {self.outcome}."

    @property
    def text(self) -> str:
        """The figure in words, the same on the page, in the PDF and in the alt texts."""
        first = f"About {self.in_100} in 100 {self.who} {self.outcome}"
        if self.compared_who is not None:
            return f"{first}, against about {self.compared_in_100} in 100 {self.compared_who}."
        return first + "."


class MedianTime(Strict):
    """A result a trial gave only as medians, drawn as two bars: "In one big trial, half the
    people on TACE plus durvalumab and bevacizumab went about 15 months or more before the
    cancer grew again. On TACE plus a dummy drip, half went about 8 months or more."

    A median is the middle person, so the words say "half the people ... or more" rather
    than the word "median". Only for numbers the page's own text already gives.
    """

    trial: PlainText = Field(
        description='The trial as a patient would say it, read after "In": "one big trial". '
        "Not its code name: handouts print this text, and they name no trials."
    )
    measure: PlainText = Field(description='What was timed, read after "before": "the '
                               'cancer grew again".')
    who: PlainText = Field(description='The treated group, read after "on": "TACE plus '
                           'durvalumab and bevacizumab".')
    months: float = Field(gt=0, le=240)
    compared_who: PlainText = Field(description='The comparison group, read after "on".')
    compared_months: float = Field(gt=0, le=240)
    caveat: PlainText | None = None
    sources: list[SourceId] = Field(min_length=1)

    @property
    def groups(self) -> list[tuple[str, float]]:
        return [(self.who, self.months), (self.compared_who, self.compared_months)]

    @property
    def text(self) -> str:
        return (
            f"In {self.trial}, half the people on {self.who} went about {self.months:g} months "
            f"or more before {self.measure}. On {self.compared_who}, half went about "
            f"{self.compared_months:g} months or more."
        )


class EvidenceGrade(Strict):
    level: EvidenceLevel
    summary: PlainText = Field(description="One or two plain sentences: what the evidence says.")
    reasons: list[PlainText] = Field(min_length=1, description="Plain reasons naming studies.")
    unknowns: list[PlainText] = Field(min_length=1, description="What is still not known.")
    outcome: PlainText | None = Field(
        default=None,
        description='The grade in words about outcomes: "slows the cancer; not shown to help '
        'people live longer".',
    )
    as_of: dt.date | None = Field(default=None, description="When the evidence was last checked.")
    grade_note: PlainText | None = Field(
        default=None,
        description="Shown beside the grade instead of the generic explanation, when that "
        "explanation does not fit this entry (e.g. grade B resting on a randomized trial).",
    )
    sources: list[SourceId] = Field(min_length=1)
    benefits: list[Benefit] = Field(
        default_factory=list, description="What it was shown to do, as picture-ready figures."
    )
    medians: list[MedianTime] = Field(
        default_factory=list,
        description="Results given only as medians (months), drawn as bars.",
    )

    @property
    def label(self) -> str:
        return EVIDENCE_LABELS[self.level]

    @property
    def explained(self) -> str:
        """The words beside the grade: this entry's own note, else the generic one."""
        return self.grade_note or EVIDENCE_EXPLAINED[self.level]


class Severity(StrEnum):
    usually_mild = "usually_mild"
    can_be_serious = "can_be_serious"
    can_be_life_threatening = "can_be_life_threatening"


SEVERITY_LABELS: dict[Severity, str] = {
    Severity.usually_mild: "Usually mild",
    Severity.can_be_serious: "Can be serious",
    Severity.can_be_life_threatening: "Can be life-threatening",
}


class Risk(Strict):
    """A risk as a natural frequency, drawn as an icon array: "about 8 in 100 people"."""

    in_100: int = Field(ge=0, le=100, description="How many in 100 (the low end of a range).")
    up_to: int | None = Field(
        default=None, ge=0, le=100, description="The high end, when results vary by product."
    )
    of_whom: PlainText = Field(description='Who the figure is about: "people given Yescarta".')
    sources: list[SourceId] = Field(min_length=1)

    @model_validator(mode="after")
    def _range_in_order(self) -> Risk:
        if self.up_to is not None and self.up_to < self.in_100:
            raise ValueError("up_to must be at least in_100")
        return self

    @property
    def text(self) -> str:
        """The figure in words, the same on the page, in the PDF and in the picture's alt text."""
        if self.up_to is not None and self.up_to != self.in_100:
            return f"About {self.in_100} to {self.up_to} in 100 {self.of_whom}"
        return f"About {self.in_100} in 100 {self.of_whom}"


class SideEffect(Strict):
    code: SideEffectCode
    name: PlainText = Field(description="Plain name shown to the reader.")
    what_it_is: PlainText
    how_common: PlainText = Field(description="How often it happens, with numbers where known.")
    severity: Severity
    how_serious: PlainText
    when: PlainText = Field(description="When it usually starts.")
    what_to_do: PlainText
    call_care_team_if: list[PlainText] = Field(min_length=1)
    emergency_if: list[PlainText] = Field(default_factory=list)
    risk: Risk | None = Field(default=None, description="How common, as a picture-ready figure.")
    sources: list[SourceId] = Field(min_length=1)

    @property
    def code_name(self) -> str:
        return SIDE_EFFECT_NAMES[self.code]

    @property
    def severity_label(self) -> str:
        return SEVERITY_LABELS[self.severity]


class CaveatKind(StrEnum):
    commercial_claim = "commercial_claim"
    unproven_use = "unproven_use"
    cost = "cost"
    travel_abroad = "travel_abroad"
    trial_only = "trial_only"
    approval_meaning = "approval_meaning"
    numbers_in_context = "numbers_in_context"
    out_of_date = "out_of_date"


CAVEAT_LABELS: dict[CaveatKind, str] = {
    CaveatKind.commercial_claim: "Claims made to sell it",
    CaveatKind.unproven_use: "Not proven for this use",
    CaveatKind.cost: "Cost",
    CaveatKind.travel_abroad: "Clinics abroad",
    CaveatKind.trial_only: "Only in clinical trials",
    CaveatKind.approval_meaning: "What approval means",
    CaveatKind.numbers_in_context: "Numbers in context",
    CaveatKind.out_of_date: "Old information",
}


class Caveat(Strict):
    kind: CaveatKind
    title: PlainText
    text: PlainText
    sources: list[SourceId] = Field(default_factory=list)
    risk: Risk | None = Field(
        default=None,
        description='A harm the text states as "N in 100" ("about 8 in 100 people died from '
        'the treatment"), drawn as an icon array beside it. Only a number the text gives.',
    )

    @property
    def kind_label(self) -> str:
        return CAVEAT_LABELS[self.kind]


class ApprovalStatus(StrEnum):
    approved = "approved"
    approved_outside_us_eu = "approved_outside_us_eu"
    standard_procedure = "standard_procedure"
    investigational = "investigational"
    not_approved = "not_approved"


APPROVAL_LABELS: dict[ApprovalStatus, str] = {
    ApprovalStatus.approved: "Approved for some cancers",
    ApprovalStatus.approved_outside_us_eu: "Approved only outside the US and Europe",
    ApprovalStatus.standard_procedure: "A standard treatment",
    ApprovalStatus.investigational: "Only in research studies",
    ApprovalStatus.not_approved: "Not approved anywhere",
}


APPROVED_STATUSES = {ApprovalStatus.approved, ApprovalStatus.approved_outside_us_eu}
_US_EU_AGENCY = re.compile(r"\b(FDA|EMA|European Commission)\b")


class ApprovedProduct(Strict):
    name: PlainText
    generic_name: PlainText | None = None
    agency: PlainText = Field(description="FDA, EMA, ...")
    year: int = Field(ge=1950, le=2100)
    use: PlainText
    sources: list[SourceId] = Field(min_length=1)


class Regulatory(Strict):
    status: ApprovalStatus
    summary: PlainText
    as_of: dt.date
    products: list[ApprovedProduct] = Field(default_factory=list)
    sources: list[SourceId] = Field(min_length=1)

    @property
    def label(self) -> str:
        return APPROVAL_LABELS[self.status]

    @model_validator(mode="after")
    def _approved_names_products(self) -> Regulatory:
        if self.status in APPROVED_STATUSES and not self.products:
            raise ValueError(f"status '{self.status}' needs at least one entry in products")
        # "Approved for some cancers" beside a product approved in Korea alone read as a
        # wider approval than it is (review round 3).
        if self.status == ApprovalStatus.approved and not any(
            _US_EU_AGENCY.search(p.agency) for p in self.products
        ):
            raise ValueError(
                "status 'approved' needs a product approved by the FDA or in Europe; "
                "use 'approved_outside_us_eu' when every approval is elsewhere"
            )
        return self


class Category(StrEnum):
    cell_therapy = "cell_therapy"
    procedure = "procedure"
    combination = "combination"


CATEGORY_LABELS: dict[Category, str] = {
    Category.cell_therapy: "Cell therapy",
    Category.procedure: "Procedure",
    Category.combination: "Combined treatment",
}


class BottomLine(Strict):
    """The three sentences a reader sees first: what it is, is it proven, what to do."""

    what_it_is: PlainText
    is_it_proven: PlainText
    what_to_do: PlainText


class GetHelp(Strict):
    """Safety as structure: the same block on the page and in the handout."""

    emergency: list[PlainText] = Field(
        min_length=1, description="Signs that need the emergency room right away, day or night."
    )
    call_care_team: list[PlainText] = Field(min_length=1, description="Signs to call the team.")
    tell_any_doctor: PlainText = Field(description="Tell any doctor or ER about this treatment.")
    wallet_card: PlainText | None = Field(default=None, description="Where a wallet card exists.")
    sources: list[SourceId] = Field(min_length=1)


class TimelineStep(Strict):
    when: PlainText = Field(description='"Day 0", "First 4 weeks", "8 weeks".')
    what: PlainText


class ReviewEntry(Strict):
    date: dt.date
    changed: PlainText = Field(description="What changed on the page.")
    checked: PlainText = Field(description="What was checked, against which sources.")


class Therapy(Strict):
    slug: Slug
    name: PlainText
    other_names: list[PlainText] = Field(default_factory=list)
    category: Category
    therapy_codes: list[TherapyCode] = Field(min_length=1)
    cancers: list[PlainText] = Field(min_length=1)
    summary: PlainText
    what_it_is: PlainText
    how_it_is_given: list[PlainText] = Field(min_length=1, description="Steps, in order.")
    regulatory: Regulatory
    evidence: EvidenceGrade
    side_effects: list[SideEffect] = Field(min_length=1)
    caveats: list[Caveat] = Field(min_length=1)
    questions: list[PlainText] = Field(min_length=1)
    sources: list[Source] = Field(min_length=1)
    last_reviewed: dt.date
    bottom_line: BottomLine | None = None
    get_help: GetHelp | None = None
    timeline: list[TimelineStep] = Field(
        default_factory=list, description="The first weeks after treatment, in order."
    )
    review_log: list[ReviewEntry] = Field(default_factory=list, description="Newest first.")

    @model_validator(mode="after")
    def _citations_resolve(self) -> Therapy:
        known = {s.id for s in self.sources}
        if len(known) != len(self.sources):
            raise ValueError("two sources share the same id")
        for where, ids in self._citations():
            missing = [i for i in ids if i not in known]
            if missing:
                raise ValueError(
                    f"{where} cites {', '.join(missing)}, which is not in sources "
                    f"(known: {', '.join(sorted(known))})"
                )
        return self

    def _citations(self) -> Iterator[tuple[str, list[str]]]:
        yield "regulatory.sources", self.regulatory.sources
        for i, product in enumerate(self.regulatory.products):
            yield f"regulatory.products[{i}].sources", product.sources
        yield "evidence.sources", self.evidence.sources
        for i, benefit in enumerate(self.evidence.benefits):
            yield f"evidence.benefits[{i}].sources", benefit.sources
        for i, median in enumerate(self.evidence.medians):
            yield f"evidence.medians[{i}].sources", median.sources
        for i, effect in enumerate(self.side_effects):
            yield f"side_effects[{i}].sources", effect.sources
            if effect.risk:
                yield f"side_effects[{i}].risk.sources", effect.risk.sources
        if self.get_help:
            yield "get_help.sources", self.get_help.sources
        for i, caveat in enumerate(self.caveats):
            yield f"caveats[{i}].sources", caveat.sources
            if caveat.risk:
                yield f"caveats[{i}].risk.sources", caveat.risk.sources

    def source(self, source_id: str) -> Source:
        return next(s for s in self.sources if s.id == source_id)

    def patient_sections(self) -> list[tuple[str, str]]:
        """Every piece of patient-facing text, grouped into the sections a reader sees.

        Each entry is (field path, text). Lists that are read together (the steps,
        the questions) are measured together; short single lines are not a fair
        sample for a formula such as SMOG.
        """
        sections: list[tuple[str, str]] = []
        if self.bottom_line:
            b = self.bottom_line
            sections.append(
                ("bottom_line", _as_sentences([b.what_it_is, b.is_it_proven, b.what_to_do]))
            )
        sections += [
            ("summary", self.summary),
            ("what_it_is", self.what_it_is),
            ("how_it_is_given", _as_sentences(self.how_it_is_given)),
            ("regulatory.summary", self.regulatory.summary),
            (
                "evidence",
                _as_sentences(
                    [
                        *([self.evidence.outcome] if self.evidence.outcome else []),
                        self.evidence.summary,
                        *self.evidence.reasons,
                        *self.evidence.unknowns,
                        *[b.text for b in self.evidence.benefits],
                        *[b.caveat for b in self.evidence.benefits if b.caveat],
                        *[m.text for m in self.evidence.medians],
                        *[m.caveat for m in self.evidence.medians if m.caveat],
                    ]
                ),
            ),
        ]
        if self.get_help:
            h = self.get_help
            sections.append(
                (
                    "get_help",
                    _as_sentences(
                        [
                            *h.emergency,
                            *h.call_care_team,
                            h.tell_any_doctor,
                            *([h.wallet_card] if h.wallet_card else []),
                        ]
                    ),
                )
            )
        if self.timeline:
            sections.append(
                ("timeline", _as_sentences([f"{s.when}: {s.what}" for s in self.timeline]))
            )
        for i, effect in enumerate(self.side_effects):
            sections.append(
                (
                    f"side_effects[{i}] ({effect.code})",
                    _as_sentences(
                        [
                            effect.what_it_is,
                            effect.how_common,
                            effect.how_serious,
                            effect.when,
                            effect.what_to_do,
                            *effect.call_care_team_if,
                            *effect.emergency_if,
                            *([effect.risk.text] if effect.risk else []),
                        ]
                    ),
                )
            )
        for i, caveat in enumerate(self.caveats):
            sections.append((f"caveats[{i}] ({caveat.kind})", caveat.text))
        sections.append(("questions", _as_sentences(self.questions)))
        return sections

    def patient_text(self) -> str:
        return "\n\n".join(text for _, text in self.patient_sections())


def _as_sentences(items: list[str]) -> str:
    """Join list items so each one reads (and is measured) as its own sentence."""
    return " ".join(item if re.search(r"[.!?:]$", item) else item + "." for item in items)


class GlossaryTerm(Strict):
    term: PlainText
    aliases: list[PlainText] = Field(default_factory=list)
    plain: PlainText | None = Field(
        default=None, description="A plain word or phrase that can stand in for the term."
    )
    definition: PlainText
    print_gloss: bool = Field(
        default=False,
        description="Handouts print the plain words after the term's first use even though "
        "it is written in lower case (names such as IL-2 always get them).",
    )


class Glossary(Strict):
    terms: list[GlossaryTerm] = Field(min_length=1)
