"""Round thirteen (docs/analyzer.md): whole-pipeline checks for changes made from the labels
spec, each written for the test. Each fails on the code before the round (8eec266). The
new words of the call-to-action rules are checked by those rules' own examples; the word
model's two new guards by tests/test_trained_type.py."""

from __future__ import annotations

import pytest

from plainleaf.spec import EvidenceLevel, RedFlag, SourceType
from tests.pipeline_case import Case, check

CASES = (
    Case("A national regulator the approval rule did not know (Spain's AEMPS) approving the "
         "treatment the text is about is evidence A (labels spec: 'a named regulator').",
         (
        "Hospital-made CAR-T reaches its 500th patient\n"
        "BARCELONA, 12 May 2026 - The city's university hospital has treated its 500th "
        "patient with the CAR-T cells it makes in its own laboratory. Both of its CAR-T "
        "products are approved by the Spanish Agency of Medicines and Health Products "
        "(AEMPS) for adults with leukaemia and myeloma, the hospital said in a statement.\n"
         ),
         level=EvidenceLevel.A),
    Case("Korea's Ministry of Food and Drug Safety, named in full, is a regulator too.",
         (
        "Seoul cell therapy maker signs licensing deal\n"
        "SEOUL, 2 March 2026 - A Korean biotech company said on Monday it had signed a "
        "licensing deal for its liver cancer cell therapy, which won approval from the "
        "Ministry of Food and Drug Safety (MFDS) in 2007 after a phase 4 study. The company "
        "expects the deal to bring in new income over the next five years.\n"
         ),
         level=EvidenceLevel.A),
    Case("'The NHS approved the treatment' is the spec's 'approved for use on the NHS'.",
         (
        "Cancer centre starts giving CAR-T to adults with lymphoma\n"
        "The centre gave its first CAR-T infusion this week. The NHS approved the treatment "
        "for eligible adults whose lymphoma came back after two other treatments. Patients "
        "are referred by their own hospital team and stay near the centre for four weeks.\n"
         ),
         level=EvidenceLevel.A),
    Case("A country's approval with the country first ('In Canada, CAR-T is currently "
         "approved to treat ...') reads as the approval after it does.",
         (
        "Getting CAR-T in Canada\n"
        "In Canada, CAR-T is currently approved to treat some adults with lymphoma whose "
        "cancer came back after other treatments. Not every province pays for it yet, and "
        "some patients travel to another province for treatment. Ask your care team whether "
        "you can be referred.\n"
         ),
         level=EvidenceLevel.A),
    Case("A count of treated patients in a teen word ('Seventeen patients have received') "
         "is a small series offered as proof on a clinic page, as 'twelve' already was.",
         (
        "Dendritic Cell Vaccine at Harbour Light Clinic\n"
        "At our clinic we offer a dendritic cell vaccine made from your own blood. Seventeen "
        "patients have received the vaccine so far, and most felt stronger after the "
        "second dose. Call us today to book your free consultation.\n"
         ),
         SourceType.clinic_marketing, flags=(RedFlag.small_uncontrolled,)),
)


@pytest.mark.parametrize("case", CASES, ids=[c.why[:60] for c in CASES])
def test_round_thirteen_case(case: Case) -> None:
    check(case)
