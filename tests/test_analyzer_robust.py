"""analyze_text never crashes, whatever it is given, and every quote is exact."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from plainleaf.analyzer import analyze_text

SNIPPETS = [
    "Call us today at +1 (844) 555-0199!", "<script>alert(1)</script>", "No CRS was seen.",
    "Studies have shown", "a breakthrough", "P < 0.001", "9.7% vs 38.8%", "CAR-T", "TACE",
    "  \n\n ", "\x00", "émigré ñandú 癌症 治疗", "a" * 5000, "randomized phase 3 trial",
    "(((", ")))", "References\n", "the", "in mice", ".", "!!!", "\t", "—", "e.g. vs. Dr.",
]


def _check(text: str) -> None:
    a = analyze_text(text)
    for f in a.red_flags:
        assert f.quote == text[f.start : f.end]
    for e in [*a.source_type.evidence, *a.evidence.evidence]:
        assert e.quote == text[e.start : e.end]
    for s in a.summary.sentences:
        assert 0 <= s.source_start <= s.source_end <= len(text)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=2000))
def test_random_text(text: str):
    _check(text)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(SNIPPETS), max_size=30), st.text(max_size=50))
def test_adversarial_mixes(parts: list[str], glue: str):
    _check(glue.join(parts))


def test_edge_inputs():
    for text in ["", " ", "\n\n\n", "x", "9", "<html><script>x</script></html>", "a" * 100_000]:
        _check(text)


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=3000), st.sampled_from(["a.txt", "a.md", "a.html", "a.pdf", "a.htm",
                                                  "a", "a.exe"]))
def test_files_either_analyze_or_raise_input_error(data: bytes, name: str):
    from plainleaf.analyzer import InputError, analyze_file

    try:
        analyze_file(name, data)
    except InputError as exc:
        assert str(exc)


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=1500))
def test_pasted_text_either_analyzes_or_raises_input_error(text: str):
    from plainleaf.analyzer import InputError, analyze_pasted

    try:
        analyze_pasted(text)
    except InputError as exc:
        assert str(exc)
