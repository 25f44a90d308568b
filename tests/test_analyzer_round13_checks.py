"""Round thirteen (docs/analyzer.md): whole-pipeline checks for changes made from the labels
spec, each written for the test. Each fails on the code before the round (8eec266); the two
from holdout27's misses fail on the round's first commit too (9083f2f). The
new words of the call-to-action rules are checked by those rules' own examples; the word
model's new guard by tests/test_trained_type.py."""

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
    # From holdout27's misses, read after its blind score on 566f2e6.
    Case("A public body's FAQ that calls the clinics' success stories 'anecdotal accounts' "
         "and says clinics 'advertise stem cell cures' warns about them: an explainer, and "
         "the sellers' words it quotes raise no flag (labels spec: quoting is not using).",
         (
        "Stem cell treatments abroad: what you should know\n"
        "What about all the advertisements and news stories of people going abroad for stem "
        "cell treatment (\"medical tourism\")? Many clinics advertise stem cell cures for many "
        "different diseases, but clinical trials of stem cells are still few. Most of the "
        "success stories reported in the news are anecdotal accounts, and they cannot take "
        "the place of careful clinical trials. Please talk to your own doctor before you agree "
        "to any treatment.\n"
         ),
         SourceType.patient_education, clean=True),
    Case("A story that the clinic's owner 'had not yet received the US Food and Drug "
         "Administration's approval' states no approval (the regulator's name with an "
         "apostrophe no longer hides the negation): N, not A.",
         (
        "Costa Rica shuts stem cell clinic\n"
        "SAN JOSE (Reuters) - Health officials in Costa Rica have closed a clinic that charged "
        "foreign patients for stem cell injections. Dr. Ray Hale, the clinic's owner, said that "
        "he had not yet received the US Food and Drug Administration's approval for his "
        "clinic, and that he believed this was the reason the health ministry closed it.\n"
         ),
         level=EvidenceLevel.N),
)


@pytest.mark.parametrize("case", CASES, ids=[c.why[:60] for c in CASES])
def test_round_thirteen_case(case: Case) -> None:
    check(case)
