"""What a person does with plainleaf, in a real browser: browse, filter, read, search, check."""

from __future__ import annotations

import importlib.util
import re
from pathlib import Path

import pytest

from plainleaf.content import load_library
from tests.conftest import FIXTURE_CONTENT, REAL_CONTENT, ROOT
from tests.e2e.conftest import (
    BROKEN_STEM,
    MAIN,
    headings,
    main_text,
    open_page,
    shot,
    wait_idle,
)

pytestmark = pytest.mark.e2e

THERAPY_SECTIONS = [
    "The bottom line",
    "Get help now",
    "In short",
    "How it is given",
    "What it is",
    "Is it approved?",
    "How strong is the evidence?",
    "Side effects",
    "Be careful",
    "Looking for a clinical trial?",
    "Questions to ask your care team",
    "Sources",
]
LIBRARY = load_library(REAL_CONTENT)
ARTICLES = ROOT / "tests" / "fixtures" / "e2e_articles"


def has_module(name: str) -> bool:
    return importlib.util.find_spec(name) is not None


def test_home_lists_every_therapy_and_filters_by_cancer(page, app) -> None:
    n = len(LIBRARY.therapies)
    assert n, "the real library has no therapies"
    open_page(page, app, "/", f"Showing {n} of {n} therapies.")
    text = main_text(page)
    assert "This is not medical advice." in text
    for therapy in LIBRARY.therapies:
        assert therapy.name in text
        assert page.get_by_role("link", name=f"Read about {therapy.name}").is_visible()
    shot(page, "01-home")

    # The cancer that narrows the list most, so the filter visibly does something.
    cancer = min(LIBRARY.cancers, key=lambda c: sum(c in t.cancers for t in LIBRARY.therapies))
    expected = [t for t in LIBRARY.therapies if cancer in t.cancers]
    page.get_by_role("combobox", name="Filter by cancer type").click()
    page.get_by_role("option", name=cancer, exact=True).click()
    wait_idle(page, f"Showing {len(expected)} of {n} therapies.")
    text = main_text(page)
    for therapy in LIBRARY.therapies:
        assert (therapy.name in text) == (therapy in expected), therapy.slug
    shot(page, "02-home-filtered")


def test_link_from_home_opens_the_therapy(page, app) -> None:
    therapy = LIBRARY.therapies[0]
    open_page(page, app, "/", "Showing")
    page.get_by_role("link", name=f"Read about {therapy.name}").click()
    wait_idle(page, "Questions to ask your care team")
    assert page.url.rstrip("/").endswith("/" + therapy.slug)
    assert headings(page)[0] == [1, therapy.name]


@pytest.mark.parametrize("slug", [t.slug for t in LIBRARY.therapies])
def test_every_therapy_page_shows_its_sections(page, app, slug: str) -> None:
    therapy = LIBRARY.get(slug)
    open_page(page, app, f"/{slug}", "Last reviewed:")
    found = headings(page)
    assert found[0] == [1, therapy.name]
    assert [t for level, t in found if level == 2] == THERAPY_SECTIONS
    text = main_text(page)
    assert f"Grade {therapy.evidence.level}: {therapy.evidence.label}" in text
    assert "Reading level" not in text
    # Every side effect has an expander; open a closed one and read inside it.
    for effect in therapy.side_effects:
        assert effect.name in text
    closed = page.locator(f"{MAIN} [data-testid=stExpander]:has(details:not([open]))")
    if closed.count():
        label = closed.first.locator("summary").inner_text().strip().split("\n")[-1]
        expander = page.locator(f"{MAIN} [data-testid=stExpander]").filter(has_text=label).first
        expander.locator("summary").click()
        expander.locator("[data-testid=stExpanderDetails]").wait_for(state="visible")
    assert page.get_by_role("link", name="ClinicalTrials.gov").first.get_attribute(
        "href"
    ).startswith("https://clinicaltrials.gov")
    # Source links are real links that open the source.
    for source in therapy.sources:
        assert page.get_by_role("link", name=source.title).first.get_attribute("href") == (
            source.link
        )
    # Full-length picture of the first therapy; the first screen of the others.
    shot(page, f"03-therapy-{slug}", full=slug == LIBRARY.therapies[0].slug)


def test_glossary_search(page, broken_app) -> None:
    terms = load_library(FIXTURE_CONTENT).glossary.terms
    open_page(page, broken_app, "/glossary", f"{len(terms)} word(s).")
    shot(page, "04-glossary")
    box = page.get_by_role("textbox", name="Find a word")
    box.fill("CRS")
    box.press("Enter")
    wait_idle(page, "1 word(s).")
    assert "cytokine release syndrome" in main_text(page)
    box.fill("no such word anywhere")
    box.press("Enter")
    wait_idle(page, "0 word(s).")
    shot(page, "05-glossary-search")


def test_real_glossary_page_opens(page, app) -> None:
    if LIBRARY.glossary is None:
        open_page(page, app, "/glossary", "could not be loaded")
        return
    open_page(page, app, "/glossary", f"{len(LIBRARY.glossary.terms)} word(s).")


def test_broken_file_shows_a_clear_error_and_the_rest_still_works(page, broken_app) -> None:
    open_page(page, broken_app, "/", "problem(s) in the content files")
    assert "Showing 1 of 1 therapies." in main_text(page)
    open_page(page, broken_app, f"/{BROKEN_STEM}", "this page cannot be shown")
    text = main_text(page)
    assert "The other therapies are fine" in text
    assert f"content/therapies/{BROKEN_STEM}.yaml" in text
    assert "not valid YAML" in text
    shot(page, "06-broken-page")
    # The menu still lists the good therapy, and it renders in full.
    page.get_by_role("button", name="Menu").click()
    page.get_by_role("link", name="CAR-T cell therapy (test entry)").first.click()
    wait_idle(page, "Last reviewed:")
    assert [t for level, t in headings(page) if level == 2] == THERAPY_SECTIONS


# ------------------------------------------------------------------ article checker

needs_analyzer = pytest.mark.skipif(
    not has_module("plainleaf.ui.article_page"),
    reason="src/plainleaf/ui/article_page.py (branch analyzer) is not merged into this branch yet",
)


def _article_input(page):
    return page.get_by_role("textbox", name="Paste the text here")


def _analyze(page) -> None:
    page.locator(MAIN).get_by_role("button", name="Analyze").click()


def _expected(text: str):
    from plainleaf.analyzer import analyze_pasted

    return analyze_pasted(text, LIBRARY)


def check_report(page, text: str, expected) -> None:
    """The report shows the analyzer's labels, and every highlighted quote is the text's."""
    report = main_text(page)
    assert expected.source_type.label in report
    assert f"Evidence grade {expected.evidence.level}: {expected.evidence.label}" in report
    if expected.red_flags:
        for flag in expected.red_flags:
            assert flag.name in report
    else:
        assert "No red flags found." in report
    flat = " ".join(text.split())
    # Marks on screen (those in a closed expander are not shown, so they have no text).
    shown = page.evaluate(
        "(s) => [...document.querySelectorAll(s + ' mark')]"
        ".filter(m => !m.closest('details:not([open])')).map(m => m.innerText)",
        MAIN,
    )
    marks = [" ".join(m.split()) for m in shown]
    assert bool(marks) == bool(expected.red_flags), marks
    for mark in marks:
        assert mark and mark in flat, (mark, marks)
    for flag in expected.red_flags:
        assert " ".join(flag.quote.split()) in marks or any(
            " ".join(flag.quote.split()) in m for m in marks
        ), flag.quote


@needs_analyzer
@pytest.mark.parametrize("name", sorted(p.name for p in ARTICLES.glob("*.txt")))
def test_check_an_article_by_pasting(page, app, name: str) -> None:
    text = (ARTICLES / name).read_text(encoding="utf-8")
    expected = _expected(text)
    open_page(page, app, "/check-an-article", "Paste a clinic page")
    _article_input(page).fill(text)
    _analyze(page)
    wait_idle(page, "Questions to ask your care team")
    # Open the full text with its marks, as a reader checking the quotes would.
    full = page.locator(f"{MAIN} [data-testid=stExpander]").filter(
        has_text="The text, with red-flag words marked"
    )
    full.locator("summary").click()
    full.locator("[data-testid=stExpanderDetails]").wait_for(state="visible")
    page.wait_for_function(
        "(s) => [...document.querySelectorAll(s + ' details[open] mark')]"
        ".every(m => m.innerText.trim())",
        arg=MAIN,
    )
    check_report(page, text, expected)
    shot(page, f"07-article-{Path(name).stem}")


@needs_analyzer
def test_check_an_article_by_upload(page, app) -> None:
    path = ARTICLES / "clinic-ad.txt"
    text = path.read_text(encoding="utf-8")
    expected = _expected(text)
    open_page(page, app, "/check-an-article", "Paste a clinic page")
    page.locator(f"{MAIN} input[type=file]").set_input_files(str(path))
    wait_idle(page, path.name)
    _analyze(page)
    wait_idle(page, "Questions to ask your care team")
    check_report(page, text, expected)
    assert f"Checked: {path.name}." in main_text(page)
    shot(page, "08-article-upload")


@needs_analyzer
def test_refused_input_gets_a_clear_message(page, app) -> None:
    open_page(page, app, "/check-an-article", "Paste a clinic page")
    _article_input(page).fill("   \n\t  ")
    _analyze(page)
    wait_idle(page, "There is no text to check")
    assert (
        page.locator(f"{MAIN} [data-testid=stAlert]")
        .filter(has_text="There is no text to check")
        .is_visible()
    )


# ------------------------------------------------------------------ handouts

needs_downloads = pytest.mark.skipif(
    not has_module("plainleaf.ui.downloads"),
    reason="src/plainleaf/ui/downloads.py (branch handout) is not merged into this branch yet",
)


@needs_downloads
def test_download_a_handout(page, app) -> None:
    therapy = LIBRARY.therapies[0]
    open_page(page, app, f"/{therapy.slug}", "Last reviewed:")
    button = page.locator(f"{MAIN} [data-testid=stDownloadButton] button").filter(
        has_text=re.compile("pdf|handout|print", re.I)
    )
    with page.expect_download() as info:
        button.first.click()
    download = info.value
    data = Path(download.path()).read_bytes()
    assert data.startswith(b"%PDF"), data[:20]
    assert download.suggested_filename.endswith(".pdf")
    shot(page, "09-download")
