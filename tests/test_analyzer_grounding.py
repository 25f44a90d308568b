"""The summary never carries a number, drug, side effect or claim its source lacks."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from plainleaf.analyzer import analyze_text
from plainleaf.analyzer.grounding import Grounding, check

SOURCE = ("In a phase 2 trial, 40 patients received CAR-T cells. The response rate was 45%. "
          "Cytokine release syndrome occurred in 12 patients.")
FIXTURES = Path(__file__).parent / "fixtures" / "articles"


def test_grounded_sentence_passes():
    s = SOURCE.index("The response")
    assert check(SOURCE, "It gives this result: 45%.", s, s + 30) == []


def test_invented_number_is_rejected():
    s = SOURCE.index("The response")
    problems = check(SOURCE, "The response rate was 90%.", s, s + 30)
    assert any("90" in p for p in problems)


def test_number_must_be_in_its_own_span_not_just_anywhere():
    s = SOURCE.index("The response")
    assert check(SOURCE, "CRS occurred in 12 patients.", s, s + 30)


def test_invented_drug_and_side_effect_are_rejected():
    g = Grounding(SOURCE)
    assert g.problems("It is about pembrolizumab.", 0, len(SOURCE))
    assert g.problems("It can cause seizures.", 0, len(SOURCE))
    assert g.problems("It is about TACE.", 0, len(SOURCE))
    assert g.problems("It can cure cancer.", 0, 40)


def test_gap_sentence_must_really_be_a_gap():
    g = Grounding(SOURCE)
    assert g.problems("It does not mention CRS.", 0, 10, gap=True)
    assert not g.problems("It does not mention infections.", 0, 10, gap=True)


@settings(max_examples=200, deadline=None)
@given(n=st.integers(min_value=0, max_value=10**6), words=st.text(
    alphabet=st.characters(whitelist_categories=("Ll", "Lu", "Zs")), max_size=40))
def test_any_number_missing_from_the_span_is_rejected(n: int, words: str):
    source = "The cells were given. " + words
    sentence = f"{words} It worked in {n} people."
    if str(n) in source:
        return
    assert check(source, sentence, 0, len(source))


@pytest.mark.parametrize("path", sorted(FIXTURES.glob("*.txt")), ids=lambda p: p.name)
def test_fixture_summaries_are_grounded_and_readable(path: Path):
    text = path.read_text(encoding="utf-8")
    a = analyze_text(text)
    g = Grounding(text)
    assert 5 <= len(a.summary.sentences) <= 8
    for s in a.summary.sentences:
        assert g.problems(s.text, s.source_start, s.source_end, gap=s.kind == "gap") == [], s
    assert a.summary.readability.flesch_kincaid_grade <= 8.0
    assert a.summary.readability.smog_index <= 9.0
