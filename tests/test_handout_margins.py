"""Print safety: no printed word comes closer to the paper's edge than the page margin.

Round-2 review: on A4 the right column of the side effects ran 6 mm past the text block,
so words ended 2-3 mm from the edge, where many office printers cannot print. The cause
was the two-column table (each half was 50% plus its 3 mm gutter); the steps picture's
labels could also run past the picture. This measures every word's box in the real
PDFs, all handouts, both papers (``pdftotext -bbox``, from poppler-utils).
"""

from __future__ import annotations

import re
import shutil
import subprocess

import pytest

from plainleaf import pictures
from plainleaf.handout import PAPERS
from plainleaf.handout.render import PAGE_CSS
from tests.test_handout import pdf_of, real_library

PT_TO_MM = 25.4 / 72
# pdftotext rounds a word's box to the font's glyph box; a word set flush with the
# margin can measure a hair past it.
TOLERANCE_MM = 0.2

_WORD = re.compile(
    r'<word xMin="([\d.]+)" yMin="[\d.]+" xMax="([\d.]+)" yMax="[\d.]+">(.*?)</word>'
)
_PAGE = re.compile(r'<page width="([\d.]+)" height="[\d.]+">(.*?)</page>', re.S)
_WORD_Y = re.compile(r'<word xMin="[\d.]+" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">(.*?)</word>')
_PAGE_H = re.compile(r'<page width="[\d.]+" height="([\d.]+)">(.*?)</page>', re.S)
# Many home printers cannot print the outer 4 mm or so of the paper (round-3 review: the
# letter footer sat 2 mm from the edge, so "Page 1 of 2" and the disclaimer could be cut).
MIN_EDGE_MM = 4.2


def side_margins_mm(paper: str) -> tuple[float, float]:
    """(left, right) from the page CSS itself: "margin: top right bottom left"."""
    margin = re.search(r"margin:\s*([^;]+);", PAGE_CSS[paper])
    assert margin is not None
    _top, right, _bottom, left = (float(v.removesuffix("mm")) for v in margin.group(1).split())
    return left, right


def words_too_close(pdf: bytes, paper: str) -> list[str]:
    """Every word whose box starts left of the left margin or ends right of the right one."""
    out = subprocess.run(
        ["pdftotext", "-bbox", "-", "-"], input=pdf, capture_output=True, check=True
    ).stdout.decode("utf-8")
    left, right = side_margins_mm(paper)
    problems = []
    for number, page in enumerate(_PAGE.finditer(out), 1):
        width_mm = float(page.group(1)) * PT_TO_MM
        for x_min, x_max, word in _WORD.findall(page.group(2)):
            from_left = float(x_min) * PT_TO_MM
            from_right = width_mm - float(x_max) * PT_TO_MM
            if from_left < left - TOLERANCE_MM or from_right < right - TOLERANCE_MM:
                problems.append(
                    f"page {number}: {word!r} {from_left:.1f} mm from the left edge, "
                    f"{from_right:.1f} mm from the right (margins {left}/{right} mm)"
                )
    return problems


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="pdftotext not installed")
@pytest.mark.parametrize("paper", PAPERS)
@pytest.mark.parametrize("slug", [t.slug for t in real_library().therapies])
def test_no_word_is_printed_in_the_page_margin(slug: str, paper: str) -> None:
    assert words_too_close(pdf_of(slug, paper), paper) == [], (slug, paper)


def words_near_top_or_bottom(pdf: bytes) -> list[str]:
    out = subprocess.run(
        ["pdftotext", "-bbox", "-", "-"], input=pdf, capture_output=True, check=True
    ).stdout.decode("utf-8")
    problems = []
    for number, page in enumerate(_PAGE_H.finditer(out), 1):
        height_mm = float(page.group(1)) * PT_TO_MM
        for y_min, y_max, word in _WORD_Y.findall(page.group(2)):
            top, bottom = float(y_min) * PT_TO_MM, height_mm - float(y_max) * PT_TO_MM
            if min(top, bottom) < MIN_EDGE_MM:
                problems.append(f"page {number}: {word!r} {top:.1f} mm from the top, "
                                f"{bottom:.1f} mm from the bottom")
    return problems


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="pdftotext not installed")
@pytest.mark.parametrize("paper", PAPERS)
@pytest.mark.parametrize("slug", ["car-t-blood-cancers", "tace-with-immunotherapy", "til-therapy"])
def test_header_and_footer_are_not_at_the_paper_edge(slug: str, paper: str) -> None:
    assert words_near_top_or_bottom(pdf_of(slug, paper)) == [], (slug, paper)


def test_margins_are_read_from_the_page_css() -> None:
    assert side_margins_mm("a4") == (8.0, 8.0)
    assert side_margins_mm("letter") == (10.95, 10.95)


def test_step_labels_fit_their_column_of_the_steps_picture() -> None:
    """SVG text does not wrap: each line of a step's label is measured, not counted."""
    for therapy in real_library().therapies:
        svg = pictures.steps_diagram(therapy.how_it_is_given).svg
        lines = re.findall(r'font-size="15.5" font-weight="bold"[^>]*>([^<]+)</text>', svg)
        assert lines, therapy.slug
        for line in lines:
            text = line.replace("&amp;", "&").replace("&#x27;", "'").replace("&quot;", '"')
            assert pictures.bold_width(text, 15.5) <= pictures.STEP_TEXT_WIDTH, (
                therapy.slug,
                text,
            )


def test_width_wrap_never_splits_a_word_and_keeps_lines_in_width() -> None:
    text = "Chemo to make room (lymphodepletion)"
    lines = pictures.wrap_width(text, 135, 15.5)
    assert " ".join(lines) == text
    assert all(pictures.bold_width(line, 15.5) <= 135 for line in lines)
    # One word wider than the room still gets a line of its own.
    assert pictures.wrap_width("Supercalifragilisticexpialidocious", 50, 15.5) == [
        "Supercalifragilisticexpialidocious"
    ]
