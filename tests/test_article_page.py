"""The "Check an article" page, driven with Streamlit's AppTest."""

from __future__ import annotations

from pathlib import Path

from streamlit.testing.v1 import AppTest

from plainleaf.ui.article_page import highlighted_html

ROOT = Path(__file__).parent
FIXTURE = ROOT / "fixtures" / "articles" / "11_clinic_testimonials.txt"


def _page(content: str) -> None:
    from pathlib import Path

    from plainleaf.content import load_library
    from plainleaf.ui.article_page import render

    render(load_library(Path(content)))


def _app() -> AppTest:
    at = AppTest.from_function(_page, args=(str(ROOT / "fixtures" / "content"),),
                               default_timeout=30)
    return at.run()


def test_paste_analyze_and_report_sections():
    at = _app()
    at.text_area[0].input(FIXTURE.read_text(encoding="utf-8"))
    at.button[0].click().run()
    assert not at.exception
    headers = [h.value for h in at.header]
    for section in ("In plain words", "What kind of text this is", "How strong is the evidence?",
                    "Red flags", "Side effects", "Questions to ask your care team"):
        assert section in headers
    subheaders = [h.value for h in at.subheader]
    assert "Advert or sales page" in subheaders
    assert any(s.startswith("Evidence level N") for s in subheaders)
    captions = " ".join(c.value for c in at.caption)
    assert "PASS" in captions or "FAIL" in captions
    md = " ".join(m.value for m in at.markdown)
    marked = " ".join(h.proto.body for h in at.html)
    assert "<mark>" in marked and "Patient stories used as proof" in md
    assert any("not medical advice" in i.value for i in at.info)


def test_script_is_escaped_not_live():
    at = _app()
    at.text_area[0].input("<script>alert(1)</script> Call us today for a breakthrough cure. "
                          "<img src=x onerror=alert(2)>").run()
    at.button[0].click().run()
    assert not at.exception
    html_blocks = [h.proto.body for h in at.html]
    assert html_blocks
    for block in html_blocks:
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
        assert "<img" not in h.proto.body and "<a " not in h.proto.body


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
