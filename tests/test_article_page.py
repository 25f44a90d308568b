"""The "Check an article" page, driven with Streamlit's AppTest."""

from __future__ import annotations

import re
from pathlib import Path

from streamlit.testing.v1 import AppTest

from plainleaf.ui.article_report import SCROLL_SCRIPT, highlighted_html

ROOT = Path(__file__).parent
FIXTURE = ROOT / "fixtures" / "articles" / "11_clinic_testimonials.txt"
# Our own pictures (fixed SVG as a data URI, no input in them) are the only images.
OUR_PICTURES = re.compile(r'<img class="pl-(?:help|scale)-img" src="data:image/svg\+xml;base64,'
                          r'[A-Za-z0-9+/=]+" alt="[^"<>]*">')


def _page(content: str) -> None:
    from pathlib import Path

    from plainleaf.content import load_library
    from plainleaf.ui.article_page import render

    render(load_library(Path(content)))


def _app() -> AppTest:
    at = AppTest.from_function(_page, args=(str(ROOT / "fixtures" / "content"),),
                               default_timeout=30)
    return at.run()


# "Why we give this evidence grade" is left out here: for a text with no study (grade N)
# the bottom line already says all there is.
REPORT_ORDER = ["The bottom line", "In plain words", "Red flags", "Side effects",
                "How we can tell who wrote it", "Questions to ask your care team"]


def test_paste_analyze_and_report_sections():
    at = _app()
    at.text_area[0].input(FIXTURE.read_text(encoding="utf-8"))
    at.button[0].click().run()
    assert not at.exception
    headers = [h.value for h in at.header]
    # The same sections in the same order as the Markdown and the PDF report.
    assert [h for h in headers if h in REPORT_ORDER] == REPORT_ORDER
    assert headers[0] == "The bottom line"
    md = " ".join(m.value for m in at.markdown)
    # Who wrote it and how strong the evidence is are said once, in the bottom line.
    assert "**Who wrote this:** Advert or sales page." in md
    assert "Evidence grade N" in md and "What kind of text this is" not in headers
    assert "Who wrote this" in md and "What matters most" in md
    assert "Before you pay or travel" in md and "clinicaltrials.gov" in md
    marked = " ".join(h.proto.body for h in at.html)
    assert "<mark>" in marked and "Patient stories used as proof" in md
    assert any("not medical advice" in i.value for i in at.info)


def test_reading_level_and_numbers_are_not_in_the_patient_view():
    """Issue 12 fix 8: no "For editors" section on the patient's report; the Markdown
    report (the CLI's) still carries the figures for editors."""
    at = _app()
    at.text_area[0].input(FIXTURE.read_text(encoding="utf-8"))
    at.button[0].click().run()
    assert "Key numbers" not in [h.value for h in at.header]
    assert not [e for e in at.expander if "editors" in e.label.lower()]
    shown = [c.value for c in at.caption] + [m.value for m in at.markdown]
    shown += [h.proto.body for h in at.html]
    assert not any("Flesch" in t or "SMOG" in t or "For editors" in t for t in shown)


def test_report_shows_the_evidence_scale_and_help_picture():
    at = _app()
    at.text_area[0].input(FIXTURE.read_text(encoding="utf-8"))
    at.button[0].click().run()
    bodies = " ".join(h.proto.body for h in at.html)
    assert 'class="pl-scale-img"' in bodies and 'alt="Evidence scale from N (weakest)' in bodies
    assert 'class="pl-help-img"' in bodies and 'alt="Get help now. Red row: call 911' in bodies
    headers = [h.value for h in at.header]
    assert headers[0] == "The bottom line" and "Get help now" in headers


def test_red_flags_are_grouped_one_block_per_kind():
    at = _app()
    text = ("Our clinic offers NK cell therapy. Call us today! Book a free consultation now. "
            "Call us today at 555-123-4567.")
    at.text_area[0].input(text)
    at.button[0].click().run()
    assert not at.exception
    pushes = [m.value for m in at.markdown if m.value.startswith("**Pushes you to buy")]
    assert len(pushes) == 1, pushes  # one block, however many hits
    assert "places" in pushes[0]


def test_scroll_script_only_after_analyze():
    at = _app()
    at.text_area[0].input(FIXTURE.read_text(encoding="utf-8"))
    at.button[0].click().run()
    bodies = [h.proto.body for h in at.html]
    assert SCROLL_SCRIPT in bodies and any('id="plainleaf-report"' in b for b in bodies)
    at.run()  # any later rerun (a widget, a download) must not jump the page again
    assert SCROLL_SCRIPT not in [h.proto.body for h in at.html]


def test_script_is_escaped_not_live():
    at = _app()
    at.text_area[0].input("<script>alert(1)</script> Call us today for a breakthrough cure. "
                          "<img src=x onerror=alert(2)>").run()
    at.button[0].click().run()
    assert not at.exception
    # The one script on the page is our own fixed scroll script, with no input in it.
    html_blocks = [h.proto.body for h in at.html if h.proto.body != SCROLL_SCRIPT]
    assert html_blocks
    for block in html_blocks:
        block = OUR_PICTURES.sub("", block)
        assert "<script" not in block and "<img" not in block
    assert any("&lt;script&gt;" in b for b in html_blocks)


def test_bad_input_shows_error_and_keeps_text():
    at = _app()
    at.text_area[0].input("   ").run()
    at.button[0].click().run()
    assert at.error and "no text" in at.error[0].value
    spanish = ("La terapia celular es un tratamiento nuevo para el cáncer que se estudia en "
               "ensayos clínicos en muchos hospitales de todo el mundo con buenos resultados.")
    at.text_area[0].input(spanish).run()
    at.button[0].click().run()
    assert "English only" in at.error[0].value
    assert at.text_area[0].value == spanish


def test_markdown_in_pasted_text_is_not_rendered():
    at = _app()
    at.text_area[0].input("Our clinic offers a miracle cure. Call us today!\r\r"
                          "![x](http://tracker.invalid/x.png) [click](javascript:alert(1)) $x^2$").run()
    at.button[0].click().run()
    assert not at.exception
    for m in at.markdown:  # pieces of the input shown through Markdown are escaped
        assert "](http://tracker" not in m.value and "](javascript" not in m.value
    for h in at.html:  # the marked-up text is plain escaped HTML: no images, no links
        body = OUR_PICTURES.sub("", h.proto.body)  # our own fixed pictures aside
        assert "<img" not in body and "<a " not in body


def test_highlight_escapes_everything():
    out = highlighted_html("<b>x</b> cure <i>", [(9, 13)])
    assert out == "&lt;b&gt;x&lt;/b&gt; <mark>cure</mark> &lt;i&gt;"


def test_links_to_the_library_page_for_the_therapy():
    at = AppTest.from_function(_page, args=(str(ROOT.parent / "content"),), default_timeout=30)
    at.run()
    text = (ROOT / "fixtures" / "articles" / "38_pr_hospital_car_t_program.txt").read_text()
    at.text_area[0].input(text)
    at.button[0].click().run()
    assert not at.exception
    assert "Read more" in [h.value for h in at.header]
    assert at.get("download_button"), "the report can be printed"
    links = [m.value for m in at.markdown if "](./car-t-blood-cancers)" in m.value]
    assert links and "CAR\\-T cell therapy for blood cancers" in links[0]
