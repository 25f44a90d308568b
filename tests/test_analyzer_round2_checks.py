"""Should-flag and should-pass examples for the document-level checks of round two
(issue 10): generated flags and evidence exceptions that read the whole text, so they
cannot be tested as one rule's pattern. Examples are written for these tests."""

from __future__ import annotations

import pytest

from plainleaf.analyzer import analyze_text
from plainleaf.spec import EvidenceLevel, RedFlag, SourceType


def _flags(text: str) -> set[RedFlag]:
    return {f.code for f in analyze_text(text).red_flags}


# A provider's own unproven cell therapy is sold outside a trial (labels spec) ...
OWN_THERAPY = (
    "Why choose our clinic? We offer activated NK cell therapy for all solid tumours. "
    "Our NK cell therapy uses your own cells, grown in our laboratory. NK cells attack "
    "cancer and help prevent recurrence."
)
# ... but a promotional article that names no seller and frames it as still in trials
# offers nothing.
ARTICLE_IN_TRIALS = (
    "Patients undergoing liver embolization followed by NK cell therapy can anticipate "
    "better outcomes. Studies have shown that the combination reduces recurrence. As "
    "clinical trials continue to explore this combination, it is one of the most promising "
    "approaches.\nExpected Clinical Outcomes\nLonger survival and fewer relapses."
)


def test_own_unproven_therapy_flags_a_providers_page():
    a = analyze_text(OWN_THERAPY)
    assert a.source_type.code == SourceType.clinic_marketing
    assert RedFlag.offered_outside_trials in _flags(OWN_THERAPY)


def test_own_unproven_therapy_passes_an_article_framed_as_research():
    a = analyze_text(ARTICLE_IN_TRIALS)
    assert a.source_type.code == SourceType.clinic_marketing
    assert RedFlag.offered_outside_trials not in _flags(ARTICLE_IN_TRIALS)


def test_no_side_effects_is_overclaiming_and_naming_no_risk_plays_risks_down():
    # Round four: the labels spec raises risks_minimized when a promotional text "names no
    # risk of the treatment it promotes", and its labellers raised both kinds on every real
    # sales page that claims "no side effects" (2 of 2). The phrase itself is overclaiming;
    # the risks_minimized flag quotes what the page sells, not the phrase.
    text = ("Dendritic Cell Vaccine at our clinic in Cancun. We offer dendritic cell vaccines "
            "with no side effects. Price: $19,000. Book your free consultation.")
    flags = {f.code: f.quote for f in analyze_text(text).red_flags}
    assert flags[RedFlag.overclaiming] == "no side effects"
    assert "side effects" not in flags[RedFlag.risks_minimized]


def test_clinic_page_naming_no_harm_still_plays_risks_down():
    text = ("Dendritic Cell Vaccine at our clinic in Cancun. We offer dendritic cell vaccines "
            "made in our laboratory. Price: $19,000. Book your free consultation.")
    assert RedFlag.risks_minimized in _flags(text)


@pytest.mark.parametrize(("text", "level"), [
    # A seller states the approval of the very therapy it sells: A.
    ("Our partner hospitals in Delhi offer CAR-T cell therapy for lymphoma. The national "
     "drug regulator CDSCO has approved CAR-T cell therapy for adults with B-cell lymphoma. "
     "Book an appointment with our team for a cost estimate of US$40,000.", EvidenceLevel.A),
    # A dated approval of someone else's product is the field's history: N.
    ("Our partner clinic in Cancun offers dendritic cell vaccines. In 2010 the FDA approved "
     "the first dendritic cell product for prostate cancer. Our vaccine costs $18,000; call "
     "us today.", EvidenceLevel.N),
])
def test_seller_approval_counts_only_for_its_own_therapy(text, level):
    assert analyze_text(text).evidence.level == level


def test_aftercare_sheet_with_phone_lines_is_education():
    text = ("You have just had a chemoembolization procedure for your liver tumour.\n"
            "Normal side effects after chemoembolization\nA low-grade temperature for a week, "
            "nausea and pain.\nWhen to call your doctor\nCall if your temperature is over "
            "101 F.\nPhone: 555-201-3344\nHospital paging operator: 555-201-3000\n")
    a = analyze_text(text)
    assert a.source_type.code == SourceType.patient_education
    assert a.red_flags == []


def test_story_about_a_clinic_quoting_its_price_is_news():
    text = ("A student paid US$30,000 for an unproven cell treatment at a private hospital, "
            "his family said. The hospital reportedly advertised a cure rate of 80 percent. "
            "The doctor promised he would live for twenty years. \"We trusted them,\" his "
            "father said. The scandal has led to an outcry over paid search adverts.")
    assert analyze_text(text).source_type.code == SourceType.news


def test_release_presenting_a_tiny_series_as_proof_is_small_uncontrolled():
    text = ("Acme Bio Announces Positive Data from its Phase 1 Trial\n"
            "BOSTON, May 2 (BUSINESS WIRE) -- Acme Bio today announced positive data: seven of "
            "ten patients treated at the higher doses had a complete response.")
    assert RedFlag.small_uncontrolled in _flags(text)
