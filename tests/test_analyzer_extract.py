"""Input handling: every refusal is an InputError with a plain message, never a crash."""

from __future__ import annotations

import io

import pytest

from plainleaf.analyzer import InputError, analyze_file, analyze_pasted
from plainleaf.analyzer.extract import MAX_WORDS, extract, extract_pasted, html_to_text

ENGLISH = ("CAR-T cell therapy uses your own immune cells. The cells are changed in a lab "
           "so they can find the cancer. It can cause fever and other side effects. ") * 3


def _error(fn, *args) -> str:
    with pytest.raises(InputError) as info:
        fn(*args)
    return str(info.value)


def test_empty_and_whitespace():
    assert "no text" in _error(extract_pasted, "")
    assert "no text" in _error(extract_pasted, "   \n\t  ")
    assert "empty" in _error(extract, "a.txt", b"")
    assert "empty" in _error(extract, "a.txt", b"   \n ")


def test_binary_and_undecodable():
    assert "binary" in _error(extract, "a.txt", b"abc\x00\x01\x02def" * 10)
    assert "encoding" in _error(extract, "a.txt", b"\x81\x8d\x8f\x90\x9d" * 10)


def test_unsupported_type():
    assert ".docx" in _error(extract, "a.docx", b"PK\x03\x04 some zip")


def test_not_english():
    spanish = ("La terapia con células CAR-T utiliza las células inmunitarias del paciente "
               "para atacar el cáncer. Los efectos secundarios pueden ser graves y requieren "
               "atención en un hospital especializado con experiencia en estos tratamientos.")
    assert "English only" in _error(extract_pasted, spanish)
    assert "English only" in _error(extract_pasted, "がんの細胞療法について説明します。" * 20)


def test_too_long():
    text = "the cells " * (MAX_WORDS // 2 + 10)
    msg = _error(extract_pasted, text)
    assert "limit" in msg and f"{MAX_WORDS:,}" in msg


def test_html_keeps_main_text_only():
    page = (b"<html><head><title>t</title><script>var x = 'SECRET';</script>"
            b"<style>p{}</style></head><body><nav>Home About</nav><header>Logo</header>"
            b"<main><p>" + ENGLISH.encode() + b"</p></main><aside>Ads here</aside>"
            b"<form>Buy now</form><footer>Copyright</footer></body></html>")
    text = extract("page.html", page)
    assert "CAR-T cell therapy" in text
    for junk in ("SECRET", "Home About", "Logo", "Ads here", "Buy now", "Copyright"):
        assert junk not in text
    assert html_to_text("<p>a &amp; b</p>") == "a & b"


def test_pdf_without_text_layer_and_malformed_pdf():
    from pypdf import PdfWriter

    writer = PdfWriter()
    writer.add_blank_page(width=200, height=200)
    buf = io.BytesIO()
    writer.write(buf)
    assert "no text layer" in _error(extract, "scan.pdf", buf.getvalue())
    assert "damaged" in _error(extract, "bad.pdf", b"%PDF-1.4\nthis is not a pdf at all")


def test_pdf_with_text_layer():
    weasyprint = pytest.importorskip("weasyprint")
    pdf = weasyprint.HTML(string=f"<p>{ENGLISH}</p>").write_pdf()
    text = extract("doc.pdf", pdf)
    assert "immune cells" in text


def test_text_file_and_crlf():
    text = extract("a.md", ENGLISH.replace(". ", ".\r\n").encode("utf-8"))
    assert "\r" not in text


def test_analyze_file_and_pasted_raise_input_error_only():
    with pytest.raises(InputError):
        analyze_file("x.pdf", b"%PDF-garbage")
    with pytest.raises(InputError):
        analyze_pasted("\x00\x00")
    assert analyze_file("a.txt", ENGLISH.encode()).words > 0


def test_a_telegraphic_english_abstract_is_english_and_german_is_not():
    from plainleaf.analyzer.extract import check_text

    abstract = (
        "Background: Axicabtagene ciloleucel (axi-cel), autologous anti-CD19 CAR-T therapy, "
        "refractory large B-cell lymphoma (LBCL). Methods: Multicenter single-arm phase 2 "
        "trial; 101 patients treated; DLBCL 77, PMBCL 8, TFL 16. Primary endpoint: objective "
        "response rate (ORR). Results: ORR 82%, complete response (CR) 54%; median DOR 11.1 "
        "months; 24-month OS 50.5%. Grade ≥3 CRS 13%; grade ≥3 neurologic events 28%; "
        "prolonged cytopenias 78%; febrile neutropenia 31%. Conclusions: Durable responses in "
        "refractory LBCL; CRS, ICANS and cytopenias common. "
    ) * 2
    assert check_text(abstract)
    german = (
        "Die NK-Zelltherapie ist eine Behandlung gegen Krebs, bei der die Immunzellen des "
        "Patienten verwendet werden, um die Tumorzellen anzugreifen. Studien zeigen "
        "vielversprechende Ergebnisse bei Patienten mit Leukämie und anderen Blutkrebsarten "
        "in unserer Klinik in München. Die Kosten betragen zwanzigtausend Euro pro Zyklus. "
    ) * 2
    with pytest.raises(InputError):
        check_text(german)
