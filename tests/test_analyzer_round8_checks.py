"""Round eight (docs/analyzer.md): whole-pipeline checks for changes made from the labels
spec while reading development pages' misses. Each text is written for the test; each
check fails on the code before the round (6c9055f)."""

from __future__ import annotations

import pytest

from plainleaf.analyzer import analyze_text
from plainleaf.spec import EvidenceLevel, RedFlag, SourceType

# A report of a study that names no design the rules know: an observational account.
REGISTRY_SUMMARY = (
    "Trans-arterial chemoembolization (TACE) in patients with unresectable liver cancer: "
    "experience from a tertiary care centre\n"
    "Abstract\n"
    "Aim: To report our experience with TACE in unresectable hepatocellular carcinoma.\n"
    "Results: Median overall survival was 18 months. Post-embolization syndrome occurred "
    "in 40% and liver failure in 5%.\n"
    "Conclusion: TACE is feasible in our centre.\n"
    "Keywords: TACE; hepatocellular carcinoma\n"
)

# A clinic calls its fat-derived stem cells a "transplantation": not a transplant of
# blood-forming cells, so it still offers an unapproved treatment.
FAT_STEM_CELL_CLINIC = (
    "Autologous Stem Cell Therapy at our clinic in Istanbul\n"
    "What are autologous stem cells? Autologous stem cell transplantation means that the cells "
    "used in treatment are taken directly from the patient's own body (usually abdominal fat "
    "tissue). Our team prepares the stem cells in our laboratory and gives them back the same "
    "day. We treat knee pain, multiple sclerosis and autism.\n"
)

# A hospital leaflet: "now approved" is not a negation of the approval.
NHS_LEAFLET = (
    "CAR T-cell therapy: information for patients\n"
    "You have been referred to a specialist centre for this therapy. Most CAR T-cell "
    "treatments are only available through clinical trials, but a small number are now "
    "approved for use on the NHS. Ask your doctor which one you will have.\n"
)

# A sales page that names infections only as what its cells relieve names no risk of them.
BENEFIT_LIST_CLINIC = (
    "Stem Cell Therapy for Autism at our clinic in Istanbul\n"
    "We offer mesenchymal stem cell therapy for children with autism. Our specialists help the "
    "child develop life skills and empathy. Stem cell therapy may:\n"
    "  • Support communication and emotional awareness.\n"
    "  • Reduce digestive problems, allergies, and recurrent infections.\n"
    "Contact us for a free consultation.\n"
)


def test_a_study_report_with_no_named_design_is_limited_evidence_not_none() -> None:
    a = analyze_text(REGISTRY_SUMMARY)
    assert a.source_type.code == SourceType.study_report
    assert a.evidence.level == EvidenceLevel.C


@pytest.mark.parametrize(
    ("text", "flag"),
    [
        (FAT_STEM_CELL_CLINIC, RedFlag.offered_outside_trials),
        (BENEFIT_LIST_CLINIC, RedFlag.risks_minimized),
    ],
    ids=["fat-derived stem cells are still offered", "infections as a benefit name no risk"],
)
def test_sales_page_flags(text: str, flag: RedFlag) -> None:
    a = analyze_text(text)
    assert a.source_type.code == SourceType.clinic_marketing
    assert flag in {f.code for f in a.red_flags}


def test_now_approved_for_use_on_the_nhs_is_an_approval() -> None:
    a = analyze_text(NHS_LEAFLET)
    assert a.evidence.level == EvidenceLevel.A
    assert a.red_flags == []
