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
