"""Round fourteen (docs/analyzer.md): whole-pipeline checks for changes made from the labels
spec and from holdout28's misses (read after its blind score on 728bcb8), each text written
for the test. Each fails on the code before the round (728bcb8). The word model's guard is
checked by tests/test_trained_type.py; the new words of each rule by its own examples (a
reporter's "according to a press release", a trial that "has begun enrolling")."""

from __future__ import annotations

import pytest

from plainleaf.spec import EvidenceLevel, RedFlag, SourceType
from tests.pipeline_case import Case, check

CASES = (
    Case("A placebo group is a control group: a story that compares the treated with "
         "'those receiving a placebo' describes a controlled trial (A), even without the "
         "word 'randomized'.",
         (
        "Brain tumour vaccine: what the trial found\n"
        "The vaccine was tested in 300 people with glioblastoma. Those who had it lived on "
        "average 13 months after their cancer came back, against 8 months for those "
        "receiving a placebo. Every patient had already had surgery and radiotherapy.\n"
         ),
         level=EvidenceLevel.A),
    Case("'A single-arm phase 1 trial' is the spec's small early-phase trial (C): the "
         "design word describes the phase 1 trial named beside it, not a phase 2 (B).",
         (
        "Title: Tumour-infiltrating lymphocytes after chemoradiotherapy in cervical cancer\n"
        "We carried out a single-arm phase 1 trial of TIL therapy in 24 patients with "
        "advanced cervical cancer. Twelve patients received the cells. One patient had a "
        "grade 3 allergic reaction. Nine of 12 patients had a complete response.\n"
         ),
         level=EvidenceLevel.C),
    Case("Doses 'randomly assigned' in the dose escalation stage of a phase 1b study do not "
         "make a randomized controlled trial: C.",
         (
        "Northbay Bio reports final results of its phase 1b liver cancer study\n"
        "Northbay Bio today announced the final results of its open-label phase 1b study. "
        "In the dose escalation stage, patients were randomly assigned to a low or a high "
        "dose. Forty patients were included in the final analysis, and the most common side "
        "effects were high blood pressure (30%) and fever (25%).\n"
         ),
         level=EvidenceLevel.C),
    Case("A company that 'intends to run' a phase 1/2 trial has run none: no evidence (N).",
         (
        "Tallis Bio receives clearance to start its NK cell programme\n"
        "Tallis Bio announced today that the FDA has cleared its investigational new drug "
        "application for TB-12, an NK cell therapy. Tallis intends to run a Phase 1/2 "
        "clinical trial at up to 20 cancer centres in patients with lymphoma.\n"
         ),
         level=EvidenceLevel.N),
    Case("A promotional story told through one patient's recovery ('today he can walk "
         "again') uses the story as proof: testimonials.",
         (
        "Local clinic's stem cells help wounded soldier\n"
        "After a blast injured his foot, Taras was told he might lose it. A private clinic "
        "in the city injected stem cells from his own fat into the wound, and today he can "
        "walk again. The clinic says it has treated hundreds of patients this way and is "
        "the best place in the country for the treatment.\n"
         ),
         flags=(RedFlag.testimonials,)),
    Case("A patient 'praying for a miracle' hopes; she does not praise the treatment, so the "
         "story raises no hype flag for the word.",
         (
        "Americans travel abroad for stem cells for their hearts\n"
        "Maria, 52, had stem cells from her blood injected into her heart at a clinic abroad "
        "in March. It is too soon to know whether the cells are helping, but, she says, "
        "\"I'm praying for a miracle.\" Heart doctors say no trial has shown that the "
        "treatment works.\n"
         ),
         clean_of=(RedFlag.hype,)),
    Case("A release that counts its serious side effects ('Grade ≥ 3 adverse events "
         "occurred in 28.6%') does not play the risks down.",
         (
        "Northbay Bio presents two-year results of its liver cancer study\n"
        "Northbay Bio today announced two-year results of its phase 2 study of the checkpoint "
        "inhibitor sintilimab with bevacizumab in 60 patients with liver cancer. Grade ≥ 3 "
        "adverse events occurred in 28.6% of the patients. The company plans to meet "
        "regulators next year.\n"
         ),
         SourceType.press_release, clean_of=(RedFlag.risks_minimized,)),
)


@pytest.mark.parametrize("case", CASES, ids=[c.why[:60] for c in CASES])
def test_round_fourteen_case(case: Case) -> None:
    check(case)
