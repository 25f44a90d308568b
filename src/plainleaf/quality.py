"""Editorial rules every therapy entry must meet before it reaches a patient.

Schema errors are caught by the models; these are the rules about the writing: reading
level per section and for the whole entry, enough sources and questions, the side
effects a reader must be told about, and uncertainty words that match the grade.
"""

from __future__ import annotations

import datetime as dt
import re

from pydantic import BaseModel

from plainleaf.content import ContentError, Library
from plainleaf.limits import LIMITS, ReadingLimits
from plainleaf.models import Therapy
from plainleaf.readability import Readability, measure
from plainleaf.spec import EvidenceLevel, SideEffectCode, TherapyCode

MIN_SOURCES = 3
MIN_QUESTIONS = 5

# What an entry about each kind of therapy must explain (the spec's side-effect rules).
REQUIRED_SIDE_EFFECTS: dict[TherapyCode, set[SideEffectCode]] = {
    TherapyCode.car_t: {
        SideEffectCode.crs,
        SideEffectCode.icans,
        SideEffectCode.fever,
        SideEffectCode.low_blood_counts,
        SideEffectCode.infection,
    },
    TherapyCode.til: {
        SideEffectCode.fever,
        SideEffectCode.low_blood_counts,
        SideEffectCode.infection,
    },
    TherapyCode.nk: {
        SideEffectCode.fever,
        SideEffectCode.low_blood_counts,
        SideEffectCode.infection,
    },
    TherapyCode.car_nk: {
        SideEffectCode.fever,
        SideEffectCode.low_blood_counts,
        SideEffectCode.infection,
    },
    TherapyCode.tace: {SideEffectCode.post_embolization, SideEffectCode.liver},
}

# GRADE-style wording: the summary of the evidence must hedge as much as the grade does.
UNCERTAINTY_WORDS: dict[EvidenceLevel, tuple[str, ...]] = {
    EvidenceLevel.A: (r"\bdoes\b", r"\bdo\b"),
    EvidenceLevel.B: (r"\bprobably\b", r"\blikely\b"),
    EvidenceLevel.C: (r"\bmay\b", r"\bmight\b"),
    EvidenceLevel.D: (r"\bwe do not know\b", r"\bnot known\b"),
    EvidenceLevel.N: (r"\bwe do not know\b", r"\bnot known\b"),
}


class SectionReading(BaseModel):
    field: str
    readability: Readability


class TherapyReport(BaseModel):
    slug: str
    file: str
    whole: Readability
    sections: list[SectionReading]
    errors: list[ContentError]


def therapy_file(therapy: Therapy) -> str:
    return f"content/therapies/{therapy.slug}.yaml"


def review_therapy(
    therapy: Therapy,
    limits: ReadingLimits = LIMITS,
    today: dt.date | None = None,
) -> TherapyReport:
    file = therapy_file(therapy)
    errors: list[ContentError] = []

    def err(field: str, message: str) -> None:
        errors.append(ContentError(file=file, field=field, message=message))

    sections = []
    for field, text in therapy.patient_sections():
        reading = measure(text, limits=limits)
        sections.append(SectionReading(field=field, readability=reading))
        for problem in reading.problems(limits):
            hardest = reading.hardest(1)
            hint = f'; hardest sentence: "{hardest[0].text}"' if hardest else ""
            err(field, f"reading level too high: {problem}{hint}")
    whole = measure(therapy.patient_text(), limits=limits)
    for problem in whole.problems(limits):
        err("(whole entry)", f"reading level too high: {problem}")

    if len(therapy.sources) < MIN_SOURCES:
        err("sources", f"has {len(therapy.sources)}; at least {MIN_SOURCES} are needed")
    if len(therapy.questions) < MIN_QUESTIONS:
        err("questions", f"has {len(therapy.questions)}; at least {MIN_QUESTIONS} are needed")

    have = {e.code for e in therapy.side_effects}
    for code in therapy.therapy_codes:
        missing = REQUIRED_SIDE_EFFECTS.get(code, set()) - have
        if missing:
            err(
                "side_effects",
                f"an entry about {code} must explain: "
                + ", ".join(sorted(m.value for m in missing)),
            )

    patterns = UNCERTAINTY_WORDS[therapy.evidence.level]
    if not any(re.search(p, therapy.evidence.summary, re.IGNORECASE) for p in patterns):
        words = " or ".join(p.replace(r"\b", "") for p in patterns)
        err(
            "evidence.summary",
            f"grade {therapy.evidence.level} must be worded with '{words}' "
            "so the certainty matches the evidence",
        )

    today = today or dt.date.today()
    if therapy.last_reviewed > today:
        err("last_reviewed", f"{therapy.last_reviewed} is in the future")
    if therapy.regulatory.as_of > today:
        err("regulatory.as_of", f"{therapy.regulatory.as_of} is in the future")

    return TherapyReport(
        slug=therapy.slug, file=file, whole=whole, sections=sections, errors=errors
    )


def check_library(library: Library, limits: ReadingLimits = LIMITS) -> list[ContentError]:
    """Every problem in the library: load errors first, then editorial ones."""
    problems = list(library.errors)
    for therapy in library.therapies:
        problems.extend(review_therapy(therapy, limits).errors)
    if library.glossary is None:
        problems.append(
            ContentError(file="content/glossary.yaml", field="(whole file)", message="is missing")
        )
    else:
        problems.extend(check_glossary(library, limits))
    return problems


def check_glossary(library: Library, limits: ReadingLimits = LIMITS) -> list[ContentError]:
    """The glossary page passes as a whole; each definition passes Flesch-Kincaid.

    SMOG is not applied to one-line definitions: on a single sentence two long words
    give grade 11, which says more about the formula than the sentence.
    """
    assert library.glossary is not None
    file = "content/glossary.yaml"
    problems = []
    terms = library.glossary.terms
    whole = measure(" ".join(t.definition for t in terms), limits=limits)
    for problem in whole.problems(limits):
        problems.append(
            ContentError(
                file=file, field="(all definitions)", message=f"reading level too high: {problem}"
            )
        )
    for i, term in enumerate(terms):
        grade = measure(term.definition, limits=limits).flesch_kincaid_grade
        if grade > limits.max_flesch_kincaid_grade:
            problems.append(
                ContentError(
                    file=file,
                    field=f"terms[{i}].definition ({term.term})",
                    message=f"reading level too high: Flesch-Kincaid grade {grade:.1f} is over "
                    f"{limits.max_flesch_kincaid_grade:.1f}",
                )
            )
    seen: dict[str, str] = {}
    for i, term in enumerate(terms):
        for name in (term.term, *term.aliases):
            key = name.lower()
            if key in seen:
                problems.append(
                    ContentError(
                        file=file,
                        field=f"terms[{i}]",
                        message=f"'{name}' is already defined under '{seen[key]}'",
                    )
                )
            seen[key] = term.term
    return problems
