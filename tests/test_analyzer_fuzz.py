"""A short, deterministic fuzz run over analyze_text (the long run: scripts/fuzz_analyzer.py,
record in docs/fuzzing-analyzer.md). It never crashes, and every quote is a slice."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings

from plainleaf.analyzer import analyze_text
from tests.fuzz_texts import check_analysis, texts


@settings(max_examples=60, derandomize=True, deadline=None,
          suppress_health_check=[HealthCheck.too_slow])
@given(texts())
def test_analyze_text_never_crashes_and_quotes_are_slices(text: str) -> None:
    check_analysis(text, analyze_text(text))
