"""Round twelve (docs/analyzer.md): whole-pipeline checks for changes made from the labels
spec, each written for the test. Each fails on the code before the round (e54fee9), except
where its reason says it guards the limit of a change."""

from __future__ import annotations

import pytest

from plainleaf.spec import EvidenceLevel, RedFlag, SourceType
from tests.pipeline_case import Case, check

CASES = (
    Case("A phase 1 trial whose first patient was just dosed is a small early-phase trial, "
         "the spec's C, results or not.",
         (
        "Nordvale Bio doses first patient in phase 1 trial of its gamma delta CAR-T cells\n"
        "BOSTON, March 3, 2026 - Nordvale Bio today announced that the first patient has been "
        "dosed in its Phase 1 trial of NV-201 in adults with relapsed lymphoma. The open-label "
        "study will enrol up to 24 patients at four US sites. \"Dosing our first patient is a "
        "milestone for the company,\" said the chief executive.\n"
         ),
         SourceType.press_release, level=EvidenceLevel.C),
    Case("A randomized phase 3 trial that has only just enrolled its first patient promises "
         "evidence it does not have yet: still N (guards the limit of the change above).",
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
)


@pytest.mark.parametrize("case", CASES, ids=[c.why[:50] for c in CASES])
def test_round_twelve(case: Case) -> None:
    check(case)
