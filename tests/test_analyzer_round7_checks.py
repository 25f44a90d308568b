"""Should-flag and should-pass examples for the document-level decisions of round seven
(docs/analyzer.md, "Round seven"): a stem cell clinic that draws cells from the bone marrow
is not a transplant, a seller's own count of patients is a case series, and a country's
approval is an approval. Examples are written for these tests from the labels spec, not
taken from any page."""

from __future__ import annotations

from plainleaf.analyzer import analyze_text
from plainleaf.spec import EvidenceLevel, RedFlag, SourceType

BONE_MARROW_CLINIC = (
    "Stem Cell Therapy Procedure\nWhen you arrive at our clinic, our staff will welcome "
    "you. The doctor takes a little bone marrow from your hip, and the stem cells are "
    "injected into your knee the same day. Contact us for a free consultation."
)
OWN_SERIES = (
    "CAR-T Therapy at Our Hospital\nOur hospital offers CAR-T cell therapy to patients from "
    "abroad. In our 300 CAR-T cases, the complete remission rate is about 90%. Contact us "
    "for a free consultation."
)
COUNTRY_APPROVAL = (
    "CAR-T cell therapy for lymphoma\nCAR-T cell therapy is a treatment that changes your "
    "own T cells so that they can find lymphoma cells. The CAR-T cell therapies currently "
    "approved in the UK are for some people whose lymphoma has come back. Side effects "
    "can be serious. They include cytokine release syndrome and problems with the nerves "
    "and brain. Your team will watch you closely in hospital."
)


def test_a_stem_cell_clinic_taking_bone_marrow_is_no_transplant():
    a = analyze_text(BONE_MARROW_CLINIC)
    assert a.source_type.code == SourceType.clinic_marketing
    assert RedFlag.offered_outside_trials in {f.code for f in a.red_flags}


def test_a_sellers_own_count_of_patients_is_a_case_series():
    a = analyze_text(OWN_SERIES)
    assert a.source_type.code == SourceType.clinic_marketing
    assert RedFlag.small_uncontrolled in {f.code for f in a.red_flags}
    assert a.evidence.level == EvidenceLevel.C
    assert "In our 300 CAR-T cases" in a.evidence.reasons[0]


def test_a_countrys_approval_is_an_approval():
    a = analyze_text(COUNTRY_APPROVAL)
    assert a.source_type.code == SourceType.patient_education
    assert a.evidence.level == EvidenceLevel.A
    assert a.red_flags == []
