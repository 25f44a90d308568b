"""Round twelve (docs/analyzer.md): whole-pipeline checks for changes made from the labels
spec, each written for the test. Each fails on the code before the round (e54fee9), except
where its reason says it guards the limit of a change. The phase 1 trial that has just dosed
its first patient (now C) is round ten's case, whose level round twelve changed."""

from __future__ import annotations

import pytest

from plainleaf.spec import EvidenceLevel, RedFlag, SourceType
from tests.pipeline_case import Case, check

CASES = (
    Case("A randomized phase 3 trial that has only just enrolled its first patient promises "
         "evidence it does not have yet: still N (guards the limit of round twelve's change to "
         "a small early-phase trial, round ten's first case).",
         (
        "Nordvale Bio enrols first patient in randomized phase 3 trial\n"
        "BOSTON, March 3, 2026 - Nordvale Bio today announced that the first patient has been "
        "enrolled in its randomized, controlled Phase 3 trial of NV-201 against standard "
        "chemotherapy in 600 adults with lymphoma. Results are expected in 2029.\n"
         ),
         SourceType.press_release, level=EvidenceLevel.N),
    Case("Patients counted as treated in words ('tried the method on five patients') name a "
         "small study: C, not 'no evidence'.",
         (
        "Scientists grow killer cells in bulk to fight leukaemia\n"
        "A team at a university hospital in Bangkok has found a way to grow natural killer "
        "cells in numbers big enough to fight the disease, the lead researcher said on "
        "Monday. Last year the team tried the method on five patients with acute myeloid "
        "leukaemia, a cancer of the bone marrow. The researchers now plan a larger trial.\n"
         ),
         SourceType.news, level=EvidenceLevel.C),
    Case("A story that says the clinic 'boasted' of a cure reports the seller's claim; the "
         "writer makes no promise (the claim verbs are one list for every check).",
         (
        "Families pay thousands for unproven stem cell shots\n"
        "The clinic boasted on its website and in leaflets handed out at local schools that "
        "its stem cells can cure autism, multiple sclerosis and cerebral palsy. Parents paid "
        "up to $20,000 for the injections, a reporter found after visits to three clinics.\n"
         ),
         SourceType.news, clean_of=(RedFlag.overclaiming, RedFlag.risks_minimized)),
    # From holdout23's misses, read after its blind score on f3a759a. The new words of the
    # side-effect, hype and vague-evidence rules are checked by those rules' own examples.
    Case("A hospital's release about one child it treated ('performed on a nine-year-old "
         "boy', the age in words) reports a single case: D.",
         (
        "City Children's Hospital performs its first donor stem cell transplant\n"
        "DOHA, 24 December 2025 - City Children's Hospital has carried out its first donor "
        "stem cell transplant for a child. The procedure was performed on a nine-year-old boy "
        "with leukaemia, who received stem cells donated by his brother. \"This is a milestone "
        "for our hospital,\" said the head of paediatrics.\n"
         ),
         SourceType.press_release, level=EvidenceLevel.D),
    # From grouped CV per flag kind (overclaiming and testimonials recall).
    Case("A clinic's own verdict 'It is safe and effective' on its stem cell injections, and "
         "'a wide range of diseases can be treated', promise a certain benefit.",
         (
        "Stem Cell Injections at Lakeside Regenerative Clinic\n"
        "At our clinic we offer stem cell injections made from your own fat tissue. A wide "
        "range of diseases can be treated with stem cells. It is safe and effective, and a "
        "procedure can be completed within a few hours. Call us today to book your visit.\n"
         ),
         SourceType.clinic_marketing, flags=(RedFlag.overclaiming,)),
)


@pytest.mark.parametrize("case", CASES, ids=[c.why[:50] for c in CASES])
def test_round_twelve(case: Case) -> None:
    check(case)
