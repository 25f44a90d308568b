"""Round nine (docs/analyzer.md): whole-pipeline checks for changes made from the labels
spec while reading development pages' misses. Each text is written for the test; each
check fails on the code before the round (089c226)."""

from __future__ import annotations

from plainleaf.analyzer import analyze_text
from plainleaf.spec import EvidenceLevel, RedFlag, SourceType

# A clinic counts its own patients with the clinic's name as the subject, not "we": its
# own uncontrolled series, the spec's case series (C), not "no evidence".
NAMED_SELLER_SERIES = (
    "Fetal Stem Cell Treatment for Multiple Sclerosis\n"
    "Harbor Cell Centre offers fetal stem cell treatment for multiple sclerosis. Harbor Cell "
    "Centre has treated more than 150 patients, with improvements in 78% of cases. The "
    "treatment takes five days. Book your free consultation today.\n"
)


def test_a_sellers_series_with_its_name_as_subject_is_a_case_series() -> None:
    a = analyze_text(NAMED_SELLER_SERIES)
    assert a.source_type.code == SourceType.clinic_marketing
    assert RedFlag.small_uncontrolled in {f.code for f in a.red_flags}
    assert a.evidence.level == EvidenceLevel.C


# A warning page names what regulators did approve to mark what the treatments it warns
# about are not; and a long denial is no approval.
WARNING_PAGE = (
    "Unproven stem cell treatments: what you should know\n"
    "Beware of clinics that sell unproven stem cell treatments. The Food and Drug "
    "Administration (FDA) has approved a few treatments that use stem cells from umbilical "
    "cord blood to treat some blood cancers. Not one of the treatments these clinics sell, "
    "aimed at everything from asthma to multiple sclerosis and arthritis, has been approved "
    "by the FDA. Ask your doctor before you pay for any treatment.\n"
)


def test_a_warning_pages_approvals_are_not_its_evidence() -> None:
    a = analyze_text(WARNING_PAGE)
    assert a.source_type.code != SourceType.clinic_marketing
    assert a.evidence.level == EvidenceLevel.N
    assert not a.red_flags


def test_a_long_denial_approves_nothing() -> None:
    from plainleaf.analyzer.engine import Doc
    from plainleaf.analyzer.evidence import evidence_hits, grade

    text = ("Not one of those treatments, aimed at everything from asthma to multiple "
            "sclerosis and arthritis, has been approved by the US Food and Drug "
            "Administration.")
    doc = Doc(text)
    result = grade(doc, evidence_hits(doc, len(text)), SourceType.news, [])
    assert result.level == EvidenceLevel.N


# A retrospective study whose background cites other groups' randomized trials.
RETROSPECTIVE_WITH_BACKGROUND = (
    "Adjuvant immune cell therapy after liver cancer surgery: a real-world analysis\n"
    "Background: A number of randomized controlled trials have found that adjuvant immune cell "
    "therapy lengthens recurrence-free survival after surgery.\n"
    "Methods: We retrospectively reviewed 400 patients treated at two centres and used "
    "propensity score matching.\n"
    "Results: Recurrence-free survival was longer in the treated group (HR 0.7).\n"
)


def test_a_study_reports_background_trials_are_not_its_own_design() -> None:
    a = analyze_text(RETROSPECTIVE_WITH_BACKGROUND)
    assert a.source_type.code == SourceType.study_report
    assert a.evidence.level == EvidenceLevel.C


# A release about a randomized trial that has only just enrolled its first patient.
FIRST_PATIENT_ENROLLED = (
    "Harbor Bio announces first patient enrolled in phase III trial of its dendritic cell "
    "vaccine\n"
    "Harbor Bio today announced that the first patient has been enrolled in its randomized, "
    "double-blind, placebo-controlled phase III trial of its dendritic cell vaccine in men with "
    "prostate cancer. The trial will enrol 1,170 patients at 150 sites.\n"
)
# ...and one whose trial has reported.
TRIAL_WITH_RESULTS = FIRST_PATIENT_ENROLLED + (
    "In the earlier randomized phase II trial, survival was longer in the vaccine group "
    "(HR 0.6).\n"
)


def test_a_trial_that_has_only_just_started_is_no_evidence_yet() -> None:
    evidence = analyze_text(FIRST_PATIENT_ENROLLED).evidence
    assert evidence.level == EvidenceLevel.N
    # The reason says why, quoting the words.
    assert "only just started" in evidence.reasons[0]
    quote = evidence.evidence[-1]
    assert FIRST_PATIENT_ENROLLED[quote.start:quote.end] == quote.quote == "first patient enrolled"
    assert analyze_text(TRIAL_WITH_RESULTS).evidence.level == EvidenceLevel.A


# A hospital's release about the first patient it treated: one case, the spec's D.
FIRST_CASE_RELEASE = (
    "Harbor University Hospital treats its first patient with CAR-T cells made in-house\n"
    "(Harbor City, 10 September 2025) For the first time in the region, a patient with "
    "lymphoma has been treated at Harbor University Hospital with CAR-T cells produced in its "
    "own laboratory, the hospital announced today. The 57-year-old patient has already been "
    "discharged and is followed up as an outpatient.\n"
)


def test_a_release_about_one_treated_patient_is_a_case_report() -> None:
    a = analyze_text(FIRST_CASE_RELEASE)
    assert a.source_type.code == SourceType.press_release
    assert a.evidence.level == EvidenceLevel.D
    assert "one patient" in a.evidence.reasons[0]
