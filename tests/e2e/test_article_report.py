"""The article report as a person sees it: phone and desktop, scroll after Analyze, the PDF.

Screenshots (viewport and full page, 390 px and 1280 px) and the PDF's pages as PNG go to
artifacts/e2e/, so a reviewer can look at exactly what was checked.
"""

from __future__ import annotations

import io
import shutil
import subprocess
from pathlib import Path

import pytest

from plainleaf.analyzer import analyze_pasted
from plainleaf.content import load_library
from tests.conftest import REAL_CONTENT, ROOT
from tests.e2e.conftest import ARTIFACTS, MAIN, main_text, open_page, shot, wait_idle

pytestmark = pytest.mark.e2e

LIBRARY = load_library(REAL_CONTENT)
NK_CLINIC = ROOT / "tests" / "fixtures" / "claims" / "nk_clinic_leukemia.txt"
EXPLAINER = ROOT / "tests" / "fixtures" / "e2e_articles"
SIZES = {"390": {"width": 390, "height": 844}, "1280": {"width": 1280, "height": 900}}

_ANCHOR_TOP_JS = """() => {
  const a = document.getElementById('plainleaf-report');
  return a ? a.getBoundingClientRect().top : null;
}"""
_OVERFLOW_JS = """(s) => {
  const m = document.querySelector(s);
  return [m.scrollWidth, m.clientWidth];
}"""


def _analyze(page, app, text: str) -> None:
    open_page(page, app, "/check-an-article", "Paste a clinic page")
    page.get_by_role("textbox", name="Paste the text here").fill(text)
    page.locator(MAIN).get_by_role("button", name="Analyze").click()
    wait_idle(page, "Questions to ask your care team")


@pytest.mark.parametrize("size", sorted(SIZES))
def test_report_on_phone_and_desktop(page, app, size: str) -> None:
    page.set_viewport_size(SIZES[size])
    text = NK_CLINIC.read_text(encoding="utf-8")
    expected = analyze_pasted(text, LIBRARY)
    assert expected.claims and expected.red_flags
    _analyze(page, app, text)
    # After Analyze the report's top is in view, not below the fold under the input box.
    page.wait_for_function(
        f"() => {{ const t = ({_ANCHOR_TOP_JS})(); return t !== null && t >= -2 "
        f"&& t < window.innerHeight * 0.5; }}",
        polling=100,
    )
    bottom = page.locator(MAIN).get_by_role("heading", name="The bottom line")
    box = bottom.bounding_box()
    assert box and 0 <= box["y"] < SIZES[size]["height"], box
    shot(page, f"report-{size}-after-analyze", full=False)

    report = main_text(page)
    # The bottom line: who wrote it, evidence, what matters most, what to do.
    for words in ("Who wrote this: Advert or sales page", "How strong the evidence is:",
                  "What matters most:", "Before you pay or travel:",
                  "It sells a treatment outside a registered clinical trial.",
                  "registration number", "ClinicalTrials.gov", "care team"):
        assert words in report, words
    # Claims are checked against the library, next to the quote, with a link.
    assert "Claims checked against our library" in report
    assert "Our page on NK-cell therapy: not approved anywhere; evidence: limited." in report
    link = page.locator(MAIN).get_by_role("link", name="NK-cell therapy").first
    assert link.get_attribute("href", timeout=5000).endswith("nk-cell-therapy")
    # One block per kind of flag, however many hits it has; a promise already quoted
    # under "Claims checked" is not quoted again.
    claimed = [(c.start, c.end) for c in expected.claims]
    for f in {f.name for f in expected.red_flags if not (
            f.code == "overclaiming" and any(s <= f.start and f.end <= e for s, e in claimed))}:
        assert report.count(f + ".") == 1, f
    # Infections are named only as a chemo harm: never shown as a risk the page names.
    risks = report.split("Risks of this treatment that the text names:")[1].split(
        "Serious side effects the text leaves out")[0]
    assert "Infections" not in risks
    assert "Infections: This text names it only as a harm of other treatments" in report
    # Each side effect says what it is and what it can do; "ask first" says why.
    assert "It can lead to bleeding, anemia (low red blood cells) or serious infection." in report
    assert "Why: Insurance does not usually pay for unproven care." in report
    # The analyzer's workings stay out of the patient's view; the words are quotes.
    assert "Words:" not in report and "('" not in report
    assert "What kind of text this is" not in report
    # No bare list of numbers and no reading grades in the patient's view.
    assert "Key numbers" not in report
    assert "Flesch" not in report and "SMOG" not in report
    width, client = page.evaluate(_OVERFLOW_JS, MAIN)
    assert width <= client + 1, (width, client)
    shot(page, f"report-{size}-full")

    # No editors' section on the patient's page (issue 12, fix 8): the figures are in the
    # Markdown report. The evidence scale and the help picture are there, with names.
    assert not page.locator(f"{MAIN} [data-testid=stExpander]").filter(
        has_text="For editors").count()
    scale = page.locator(f"{MAIN} img.pl-scale-img")
    assert scale.count() == 1 and "grade N" in scale.get_attribute("alt")
    assert scale.bounding_box()["width"] >= 200
    help_img = page.locator(f"{MAIN} img.pl-help-img")
    assert help_img.count() == 1 and "call 911" in help_img.get_attribute("alt")
    assert help_img.bounding_box()["width"] >= 250


def test_honest_explainer_gets_a_calm_report(page, app) -> None:
    page.set_viewport_size(SIZES["390"])
    candidates = sorted(EXPLAINER.glob("*.txt"))
    texts = {p: p.read_text(encoding="utf-8") for p in candidates}
    clean = [p for p, t in texts.items() if not analyze_pasted(t, LIBRARY).red_flags]
    assert clean, "an e2e fixture without red flags is needed"
    text = texts[clean[0]]
    _analyze(page, app, text)
    report = main_text(page)
    assert "We found none of the warning signs of a sales pitch." in report
    assert "Claims checked against our library" not in report
    shot(page, "report-390-explainer-full")


def test_report_pdf_looks_right(page, app, tmp_path: Path) -> None:
    """Download the PDF from the page, render its pages to PNG, and read its text."""
    from pypdf import PdfReader

    page.set_viewport_size(SIZES["1280"])
    _analyze(page, app, NK_CLINIC.read_text(encoding="utf-8"))
    button = page.locator(f"{MAIN} [data-testid=stDownloadButton] button").filter(
        has_text="report"
    )
    with page.expect_download() as info:
        button.first.click()
    data = Path(info.value.path()).read_bytes()
    assert data.startswith(b"%PDF")
    out = ARTIFACTS / "report-pdf.pdf"
    out.write_bytes(data)
    reader = PdfReader(io.BytesIO(data))
    first = " ".join((reader.pages[0].extract_text() or "").split())
    assert "The bottom line" in first and "What matters most" in first
    assert "not approved anywhere" in " ".join(
        " ".join((p.extract_text() or "").split()) for p in reader.pages)
    # Two pages, the second ending with the help box (no page with only a link on it).
    assert len(reader.pages) == 2
    assert "Get help now" in " ".join((reader.pages[1].extract_text() or "").split())
    if shutil.which("pdftoppm"):
        subprocess.run(["pdftoppm", "-png", "-r", "70", str(out),
                        str(ARTIFACTS / "report-pdf-page")], check=True)
        assert list(ARTIFACTS.glob("report-pdf-page-*.png"))
