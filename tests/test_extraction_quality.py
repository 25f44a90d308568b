"""Main-text extraction keeps the article and drops navigation on the HTML fixtures
(tests/fixtures/html, built by benchmarks/measure_extraction.py; figures in docs/)."""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))

import measure_extraction  # noqa: E402


def test_trafilatura_keeps_articles_and_drops_furniture() -> None:
    results = measure_extraction.measure()
    kept_mean, kept_worst, leaked_mean, leaked_worst = results["trafilatura"]
    assert len(list(measure_extraction.PAGES.glob("*.html"))) == 42
    assert kept_mean >= 0.98 and kept_worst >= 0.9
    assert leaked_mean <= 0.02 and leaked_worst <= 0.1
    # And it is the better extractor: the old tag filter leaks the menus and comments.
    assert results["tag filter"][2] > leaked_mean + 0.2


def test_uploaded_html_goes_through_main_text_extraction() -> None:
    from plainleaf.analyzer.extract import extract

    page = (measure_extraction.PAGES / "11_clinic_testimonials.html").read_bytes()
    text = extract("page.html", page)
    assert "Celebrity reveals" not in text and "Mary K. wrote" not in text
    assert "Vitalis" in text
