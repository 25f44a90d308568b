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
    assert "<mark>" in md and "Patient stories used as proof" in md
    assert any("not medical advice" in i.value for i in at.info)


def test_script_is_escaped_not_live():
    at = _app()
    at.text_area[0].input("<script>alert(1)</script> Call us today for a breakthrough cure. "
                          "<img src=x onerror=alert(2)>").run()
    at.button[0].click().run()
    assert not at.exception
    html_blocks = [m.value for m in at.markdown if "<mark>" in m.value or "&lt;" in m.value]
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


def test_highlight_escapes_everything():
    out = highlighted_html("<b>x</b> cure <i>", [(9, 13)])
    assert out == "&lt;b&gt;x&lt;/b&gt; <mark>cure</mark> &lt;i&gt;"
