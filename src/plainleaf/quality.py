"""Editorial rules every therapy entry must meet before it reaches a patient.

Schema errors are caught by the models; these are the rules about the writing: reading
level per section and for the whole entry, enough sources and questions, the side
effects a reader must be told about, and uncertainty words that match the grade.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re

from pydantic import BaseModel

from plainleaf.content import ContentError, Library
from plainleaf.limits import LIMITS, ReadingLimits
from plainleaf.models import Category, Therapy
from plainleaf.readability import Readability, measure
from plainleaf.spec import EvidenceLevel, SideEffectCode, TherapyCode
from plainleaf.wording import number_problems, spelling_problems, swap_problems

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


# Pages a patient may act on in an emergency: they must carry the bottom line and the
# "Get help now" block (issue 11). Every cell therapy, every combination, and any page
# about TACE.
NEEDS_HELP_BLOCK_CATEGORIES = {Category.cell_therapy, Category.combination}
NEEDS_HELP_BLOCK_CODES = {TherapyCode.tace}

# A page, or a fact on it, older than this gets a warning (not an error) from `check`.
STALE_AFTER_DAYS = 183  # about 6 months


def needs_help_block(therapy: Therapy) -> bool:
    return therapy.category in NEEDS_HELP_BLOCK_CATEGORIES or bool(
        NEEDS_HELP_BLOCK_CODES & set(therapy.therapy_codes)
    )


def wording_texts(therapy: Therapy) -> list[tuple[str, str]]:
    """Every patient-visible text, for the wording rules: the sections plus the short
    labels (name, cancers, side-effect names, caveat titles, product uses, timeline).

    Exempt: slug, other_names (words the reader may meet elsewhere) and source titles.
    """
    texts = list(therapy.patient_sections())
    texts.append(("name", therapy.name))
    texts += [(f"cancers[{i}]", c) for i, c in enumerate(therapy.cancers)]
    texts += [(f"side_effects[{i}].name", e.name) for i, e in enumerate(therapy.side_effects)]
    texts += [(f"caveats[{i}].title", c.title) for i, c in enumerate(therapy.caveats)]
    texts += [
        (f"regulatory.products[{i}].use", p.use)
        for i, p in enumerate(therapy.regulatory.products)
    ]
    for i, entry in enumerate(therapy.review_log):
        texts.append((f"review_log[{i}]", f"{entry.changed} {entry.checked}"))
    return texts


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

    if needs_help_block(therapy):
        if therapy.get_help is None:
            err(
                "get_help",
                "is missing; a cell-therapy, combination or TACE page must say when to go "
                "to the emergency room, when to call the team, and to tell any doctor",
            )
        if therapy.bottom_line is None:
            err("bottom_line", "is missing; the page must open with its three-sentence bottom line")

    for field, text in wording_texts(therapy):
        for p in spelling_problems(text):
            err(field, f'spelling: "{p.found}" is not US English; write "{p.use_instead}"')
        for p in swap_problems(text):
            err(field, f'word choice: "{p.found}"; write "{p.use_instead}" ({p.why})')
        for p in number_problems(text):
            err(field, f'number: "{p.found}"; use {p.use_instead} ({p.why})')

    log = therapy.review_log
    if any(a.date < b.date for a, b in itertools.pairwise(log)):
        err("review_log", "must be newest first")
    if log and log[0].date != therapy.last_reviewed:
        err(
            "review_log",
            f"newest entry is {log[0].date} but last_reviewed is {therapy.last_reviewed}; "
            "they must match",
        )

    today = today or dt.date.today()
    if therapy.last_reviewed > today:
        err("last_reviewed", f"{therapy.last_reviewed} is in the future")
    for field, date in _dated_fields(therapy):
        if date > today:
            err(field, f"{date} is in the future")

    return TherapyReport(
        slug=therapy.slug, file=file, whole=whole, sections=sections, errors=errors
    )


def _dated_fields(therapy: Therapy) -> list[tuple[str, dt.date]]:
    dates = [
        ("last_reviewed", therapy.last_reviewed),
        ("regulatory.as_of", therapy.regulatory.as_of),
    ]
    if therapy.evidence.as_of is not None:
        dates.append(("evidence.as_of", therapy.evidence.as_of))
    return dates


def stale_warnings(therapy: Therapy, today: dt.date | None = None) -> list[ContentError]:
    """Warnings (not errors) for a page or a fact last checked more than ~6 months ago."""
    today = today or dt.date.today()
    out = []
    for field, date in _dated_fields(therapy):
        age = (today - date).days
        if age > STALE_AFTER_DAYS:
            out.append(
                ContentError(
                    file=therapy_file(therapy),
                    field=field,
                    message=f"{date} is {age} days old (over 6 months); re-check the facts "
                    "and update the date and the review log",
                )
            )
    return out


def library_warnings(library: Library, today: dt.date | None = None) -> list[ContentError]:
    """Everything `check` reports as a warning: it does not make the check fail."""
    return [w for t in library.therapies for w in stale_warnings(t, today)]


def check_library(
    library: Library, limits: ReadingLimits = LIMITS, today: dt.date | None = None
) -> list[ContentError]:
    """Every problem in the library: load errors first, then editorial ones."""
    problems = list(library.errors)
    for therapy in library.therapies:
        problems.extend(review_therapy(therapy, limits, today).errors)
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
    for i, term in enumerate(terms):
        for text in (term.definition, term.plain or ""):
            found = spelling_problems(text) + swap_problems(text) + number_problems(text)
            for p in found:
                problems.append(
                    ContentError(
                        file=file,
                        field=f"terms[{i}] ({term.term})",
                        message=f'"{p.found}": write "{p.use_instead}" ({p.why})',
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
