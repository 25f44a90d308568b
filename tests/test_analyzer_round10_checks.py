"""Round ten (docs/analyzer.md): whole-pipeline checks for changes made from the labels
spec. Each text is written for the test; each check fails on the code before the round
(91c3ba7)."""

from __future__ import annotations

from plainleaf.analyzer import analyze_text
from plainleaf.spec import EvidenceLevel, RedFlag, SourceType

# A company's release that its trial has dosed its first patient promotes the treatment
# and names no risk of it: the spec's risks_minimized for promotional text (every set's
# labellers raised it); the trial has no results yet, so its evidence is N.
FIRST_PATIENT_RELEASE = (
    "Harbor Biotherapeutics Announces First Patient Dosed in Phase 1 Trial of HB-201\n"
    "BOSTON, March 3, 2026 /PRNewswire/ -- Harbor Biotherapeutics, Inc. today announced "
    "that the first patient has been dosed in its Phase 1 trial of HB-201, an off-the-shelf "
    "NK cell therapy for patients with relapsed acute myeloid leukemia. \"Dosing our first "
    "patient is an important milestone for Harbor,\" said the company's chief executive.\n"
    "About Harbor Biotherapeutics\nHarbor Biotherapeutics is a clinical-stage company "
    "developing cell therapies for cancer. Media contact: press@harbor.example\n"
)


def test_a_first_patient_release_names_no_risk() -> None:
    a = analyze_text(FIRST_PATIENT_RELEASE)
    assert a.source_type.code == SourceType.press_release
    assert a.evidence.level == EvidenceLevel.N
    assert RedFlag.risks_minimized in {f.code for f in a.red_flags}


# A hospital explainer about a transplant with a donor's stem cells describes standard
# care, not a stem cell treatment sold outside a trial.
DONOR_TRANSPLANT_EXPLAINER = (
    "Getting ready for your transplant\n"
    "Before a transplant with donor stem cells, you will have treatment to prepare your body "
    "for the new cells. This is called conditioning. You will come into hospital about a "
    "week before the transplant. Which treatment you have depends on the type of leukaemia "
    "you have and on your general health. One or two days after conditioning, a nurse will "
    "give you the donated stem cells through your central line. The stem cells travel in "
    "the blood to the bone marrow, where they start to make new blood cells.\n"
)


def test_a_donor_transplant_explainer_is_not_an_unproven_offer() -> None:
    a = analyze_text(DONOR_TRANSPLANT_EXPLAINER)
    assert a.source_type.code == SourceType.patient_education
    assert not a.red_flags


# One patient's treatment told by a reporter ("doctors treated him with CAR-T") is a
# single case report: D, not "no evidence".
ONE_PATIENT_STORY = (
    "Doctors in the city have used a patient's own immune cells to treat severe lupus\n"
    "The patient, a 38-year-old man, had lived with severe lupus for years. Doctors treated "
    "him with CAR-T cell therapy after other treatments had failed. He has gone home and "
    "will be watched closely for months, the hospital said.\n"
)


def test_one_patients_treatment_in_a_story_is_a_case_report() -> None:
    a = analyze_text(ONE_PATIENT_STORY)
    assert a.source_type.code == SourceType.news
    assert a.evidence.level == EvidenceLevel.D


# A story that sets a word apart in quote marks holds it at a distance: quoting to
# criticise is not using (labels spec).
SCARE_QUOTED_STORY = (
    "Warning on stem cell trips abroad\n"
    "Experts have warned patients to keep away from foreign clinics that sell unproven stem "
    "cell treatments. In spite of widely told success stories of \"miracle\" cures, there is "
    "no reliable evidence that any of these costly treatments work, the scientists said.\n"
)


def test_a_scare_quoted_hype_word_is_no_flag() -> None:
    a = analyze_text(SCARE_QUOTED_STORY)
    assert a.source_type.code == SourceType.news
    assert RedFlag.hype not in {f.code for f in a.red_flags}


# "It will not cure cancer" is the opposite of a promise of a cure.
WILL_NOT_CURE = (
    "Transarterial chemoembolisation (TACE) at Harbor Hospital\n"
    "To book an appointment, call us on +91 93571 40626.\n"
    "Our interventional radiologists offer TACE for liver cancer that cannot be removed "
    "with surgery. TACE is a palliative "
    "treatment, which means it will not cure cancer. It is used to control the growth of "
    "the tumour or to try to shrink it. Side effects include fever, pain and nausea for a "
    "few days, and rarely liver damage.\n"
)


def test_will_not_cure_is_no_promise() -> None:
    a = analyze_text(WILL_NOT_CURE)
    assert a.source_type.code == SourceType.clinic_marketing
    assert RedFlag.overclaiming not in {f.code for f in a.red_flags}


# A release about one patient's transplant ("on a 62-year-old patient") is a single case.
ONE_TRANSPLANT_RELEASE = (
    "Harbor Specialist Centre performs first stem cell transplant for myeloma\n"
    "Doctors at Harbor Specialist Centre have successfully carried out a stem cell "
    "transplant on a 62-year-old patient with multiple myeloma, the centre said in a "
    "statement on Monday. The patient is now in the isolation room and responding to "
    "therapy, its medical director said.\n"
)


def test_one_transplant_told_in_a_statement_is_a_case_report() -> None:
    a = analyze_text(ONE_TRANSPLANT_RELEASE)
    assert a.evidence.level == EvidenceLevel.D
