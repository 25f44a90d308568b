"""Known labels on the project's own labelled articles, and the quality bars."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from plainleaf.analyzer import analyze_text
from plainleaf.analyzer.scoring import score_folder
from plainleaf.content import load_library

FIXTURES = Path(__file__).parent / "fixtures" / "articles"
LABELS = [json.loads(x) for x in (FIXTURES / "labels.jsonl").read_text().splitlines() if x]


def test_every_fixture_is_labelled_and_labels_cover_every_code():
    files = {p.name for p in FIXTURES.glob("*.txt")}
    assert files == {lab["file"] for lab in LABELS}
    assert len(files) >= 25
    assert {lab["source_type"] for lab in LABELS} == {
        "clinic_marketing", "news", "study_report", "patient_education", "press_release"}
    assert {lab["evidence_level"] for lab in LABELS} == set("ABCDN")
    flags = {f for lab in LABELS for f in lab["red_flags"]}
    assert flags == {"call_to_action", "offered_outside_trials", "vague_evidence", "hype",
                     "overclaiming", "risks_minimized", "testimonials", "unnamed_source",
                     "small_uncontrolled"}


def test_quality_bars_on_fixtures():
    s = score_folder(FIXTURES)
    assert s.missed_bars() == [], s.report()


@pytest.mark.parametrize("label", LABELS, ids=lambda lab: lab["file"])
def test_quotes_and_evidence_spans_are_exact(label: dict):
    text = (FIXTURES / label["file"]).read_text(encoding="utf-8")
    a = analyze_text(text)
    for f in a.red_flags:
        assert f.quote == text[f.start : f.end]
    for e in [*a.source_type.evidence, *a.evidence.evidence]:
        assert e.quote == text[e.start : e.end]
    for m in a.side_effects.mentioned:
        assert [text[s:e] for s, e in m.spans] == m.quotes
    assert a.source_type.reasons and a.evidence.reasons


def test_neutral_explainers_are_clean():
    for label in LABELS:
        if label["source_type"] == "patient_education":
            a = analyze_text((FIXTURES / label["file"]).read_text(encoding="utf-8"))
            assert a.red_flags == [], label["file"]


def test_hard_cases():
    def run(name: str):
        return analyze_text((FIXTURES / name).read_text(encoding="utf-8"))

    honest = run("01_news_rct_honest.txt")
    assert (honest.source_type.code, honest.evidence.level, honest.red_flags) == ("news", "A", [])
    negations = run("05_abstract_phase1_carnk_negations.txt")
    negated = {str(m.code) for m in negations.side_effects.mentioned if m.negated}
    assert negated == {"crs", "icans", "gvhd"}
    reviews = run("02_clinic_cites_reviews.txt")
    assert reviews.evidence.level == "N"
    abstract = run("04_abstract_rct_tace_lenvatinib.txt")
    assert "26.1 months vs 22.8 months" in abstract.key_numbers
    assert not any("0.002" in n or "0.001" in n for n in abstract.key_numbers)


def test_gaps_and_questions_and_library_links():
    text = (FIXTURES / "25_clinic_car_t_abroad.txt").read_text(encoding="utf-8")
    lib = load_library(Path(__file__).parent / "fixtures" / "content")
    a = analyze_text(text, lib)
    gaps = {str(g.code) for g in a.side_effects.not_mentioned}
    assert {"crs", "icans"} <= gaps
    assert any("does not mention" in s.text for s in a.summary.sentences)
    assert a.questions
    assert a.library_slugs == ["car-t-demo"]
