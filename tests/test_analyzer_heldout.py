"""Held-out documents, written and labelled before the analyzer was read, and the bars.

tests/fixtures/heldout holds 20 realistic web texts (clinic pages, news, abstracts,
explainers, press releases) with navigation crumbs, bylines, cookie banners and reference
lists. Their first score is recorded in docs/analyzer.md; this test keeps the bars.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from plainleaf.analyzer import analyze_text
from plainleaf.analyzer.scoring import score_folder

HELDOUT = Path(__file__).parent / "fixtures" / "heldout"
# Short documents written after the analyzer was read, to probe for over-fitting.
PROBES = Path(__file__).parent / "fixtures" / "probes"
# 36 documents written and labelled blind (spec and seeds only) in a second round; their
# first score and what changed are in docs/analyzer.md.
BLIND2 = Path(__file__).parent / "fixtures" / "blind2"
LABELS = [json.loads(x) for x in (HELDOUT / "labels.jsonl").read_text().splitlines() if x]


def _run(name: str):
    return analyze_text((HELDOUT / name).read_text(encoding="utf-8"))


def test_every_heldout_document_is_labelled_and_all_kinds_are_covered():
    files = {p.name for p in HELDOUT.glob("*.txt")}
    assert files == {lab["file"] for lab in LABELS}
    assert len(files) >= 20
    kinds = [lab["source_type"] for lab in LABELS]
    for kind in ("clinic_marketing", "news", "study_report", "patient_education",
                 "press_release"):
        assert kinds.count(kind) >= 4, kind


@pytest.mark.parametrize("folder", [HELDOUT, PROBES, BLIND2], ids=lambda p: p.name)
def test_quality_bars(folder: Path):
    s = score_folder(folder)
    assert s.missed_bars() == [], s.report()


@pytest.mark.parametrize("label", LABELS, ids=lambda lab: lab["file"])
def test_heldout_quotes_are_exact(label: dict):
    text = (HELDOUT / label["file"]).read_text(encoding="utf-8")
    a = analyze_text(text)
    for f in a.red_flags:
        assert f.quote == text[f.start : f.end]
    for m in a.side_effects.mentioned:
        assert [text[s:e] for s, e in m.spans] == m.quotes


def test_wire_story_with_prices_and_a_designation_is_clean_news():
    # "$400,000" (what the therapy costs), "$2.1 billion" (sales) and "breakthrough
    # therapy designation" (an FDA programme) are not sales or hype in a news story.
    a = _run("h05_news_reuters_phase3.txt")
    assert (a.source_type.code, a.evidence.level, a.red_flags) == ("news", "A", [])


def test_clinic_citing_other_products_trials_has_no_evidence():
    a = _run("h04_clinic_cites_other_trials.txt")
    assert a.source_type.code == "clinic_marketing"
    assert a.evidence.level == "N"


def test_not_randomly_assigned_is_not_a_randomized_trial():
    assert _run("h11_study_retrospective_cohort.txt").evidence.level == "C"


def test_recommended_phase_2_dose_is_still_phase_1():
    assert _run("h10_study_phase1_dose_escalation.txt").evidence.level == "C"


def test_hospital_programme_page_with_phone_and_appointment_is_an_explainer():
    a = _run("h15_edu_hospital_til.txt")
    assert a.source_type.code == "patient_education"
    assert a.red_flags == []


def test_well_tolerated_with_counted_severe_harms_is_not_risks_minimized():
    a = _run("h18_pr_phase1_best_in_class.txt")
    codes = {str(f.code) for f in a.red_flags}
    assert "risks_minimized" not in codes
    assert "hype" in codes
    # The same words with no severe harms counted still play the risks down.
    bare = analyze_text(
        "Acme Bio (NASDAQ: ACME) today announced phase 1 data. The CAR-NK therapy was "
        "well tolerated in 12 patients. Forward-looking statements apply."
    )
    assert "risks_minimized" in {str(f.code) for f in bare.red_flags}


def test_ratio_is_not_a_small_study():
    a = _run("h08_news_local_patient.txt")
    assert a.source_type.code == "news"
    assert "small_uncontrolled" not in {str(f.code) for f in a.red_flags}


def test_story_exposing_a_clinic_is_still_news():
    # A reporter's credit line outweighs the clinic prices and promises the story exposes.
    text = (
        "Desperate patients pay thousands for unproven cell infusions\n"
        "By Laura Beck, Health Correspondent\n\n"
        "Clinics in Tijuana charge up to $40,000 for NK cell infusions. One clinic offers a "
        "free consultation by WhatsApp, an investigation found.\n"
    )
    assert analyze_text(text).source_type.code == "news"
    # Unsigned, the rules count the quoted prices and WhatsApp offer as a seller's; the
    # word model hears the reporter ("an investigation found") and its call stands (round
    # eight: clear sales votes no longer overrule words that read as a story).
    unsigned = text.replace("By Laura Beck, Health Correspondent\n", "")
    result = analyze_text(unsigned).source_type
    assert result.code == "news"
    assert any("model trained on" in r for r in result.reasons)
