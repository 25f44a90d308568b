"""Issue 12 fix 1 and 8(d): the "Get help now" picture and the evidence scale."""

from __future__ import annotations

import io

import pytest
from pypdf import PdfReader

from plainleaf import blocks, help_picture
from plainleaf.content import load_library
from plainleaf.handout import therapy_pdf
from plainleaf.spec import EvidenceLevel
from tests.conftest import REAL_CONTENT

REAL = load_library(REAL_CONTENT)


def test_fever_line_is_read_never_invented() -> None:
    f = help_picture.fever_line(["A temperature of 38.5 °C (101.3 °F) or higher, or chills."])
    assert f == help_picture.FeverLine("38.5", "101.3", "")
    f = help_picture.fever_line(["Chills, or a temperature of 38 °C (100.4 °F) or higher "
                                 "that lasts more than 2 days."])
    assert f is not None and f.qualifier == "that lasts more than 2 days"
    assert help_picture.fever_line(["You have a fever.", "Bleeding that will not stop."]) is None
    assert 'class="pl-thermo' not in help_picture.thermometer_html(None)
    assert "Thermometer" not in help_picture.help_svg(None)


@pytest.mark.parametrize("therapy", REAL.therapies, ids=lambda t: t.slug)
def test_every_page_shows_the_help_picture_with_its_own_fever_line(therapy) -> None:
    emergency, call, _, _ = blocks.help_lists(therapy)
    stated = help_picture.fever_line([*call, *emergency])
    web = blocks.help_html(therapy, write_in=True)
    # An <img> of our SVG with real alt text (st.html drops inline <svg>).
    assert '<img class="pl-help-img" src="data:image/svg+xml;base64,' in web
    assert 'alt="Get help now. Red row: call 911' in web
    svg = help_picture.help_svg(stated)
    assert 'role="img"' in svg and "<title>" in svg and "Call 911 or go to" in svg
    assert blocks.esc(blocks.WRITE_IN_NUMBER) in web  # the write-in line, on the web too
    paper = blocks.help_html(therapy, write_in=True, paper=True)
    assert 'aria-label="Ambulance"' in paper and 'aria-label="Phone"' in paper
    if stated is None:
        assert "Thermometer" not in web and "Thermometer" not in paper
    else:
        words = f"{stated.celsius} °C ({stated.fahrenheit} °F)"
        # The figure is the page's own: it is in the page's help signs.
        assert any(words in s for s in [*call, *emergency])
        assert words in svg and words in paper and "Thermometer" in web


def test_tace_shows_its_own_higher_line() -> None:
    tace = REAL.get("tace-liver-cancer")
    assert tace is not None
    assert blocks.help_fever(tace).celsius == "38.5"
    assert "38.5 °C (101.3 °F)" in blocks.help_html(tace)  # in the alt text
    assert "38.5 °C (101.3 °F)" in help_picture.help_svg(blocks.help_fever(tace))


def test_the_handout_pdf_prints_the_rows_and_the_thermometer() -> None:
    therapy = REAL.get("car-t-blood-cancers")
    pdf = PdfReader(io.BytesIO(therapy_pdf(therapy, REAL.glossary)))
    assert len(pdf.pages) <= 2
    first = " ".join((pdf.pages[0].extract_text() or "").split())
    assert "38 °C (100.4 °F) or higher: call" in first
    assert blocks.EMERGENCY_LABEL in first


def test_evidence_scale_marks_the_grade_in_picture_and_words() -> None:
    for level in EvidenceLevel:
        svg = help_picture.evidence_scale_svg(level, "This text")
        assert svg.count("<rect") == 5 and 'role="img"' in svg
        assert f"grade {level.value}" in svg
        text = help_picture.evidence_scale_text(level)
        assert f"[{level.value}]" in text and text.count("[") == 1
    tace = REAL.get("tace-liver-cancer")
    assert 'class="pl-scale-img"' in blocks.grade_box_html(tace)
    assert "This treatment: grade A" in blocks.grade_box_html(tace)
