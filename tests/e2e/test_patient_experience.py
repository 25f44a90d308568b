"""Issue 12's "Done means", in a real browser: help above the fold on a phone, no editor
tools on patient pages, the home page invites the article check, axe with no rule excluded,
screenshots at 390 and 1280 px, and the handout pages as PNGs (all under artifacts/e2e/).
"""

from __future__ import annotations

import shutil
import subprocess
import time
from collections.abc import Iterator

import pytest

from plainleaf import blocks
from plainleaf.content import load_library
from plainleaf.handout import therapy_pdf
from plainleaf.models import Category
from tests.conftest import REAL_CONTENT, ROOT
from tests.e2e.conftest import ARTIFACTS, MAIN, App, main_text, open_page, run_app, shot
from tests.e2e.test_accessibility import describe, run_axe

pytestmark = pytest.mark.e2e

FULL_CONTENT = ROOT / "tests" / "fixtures" / "content_full"
FULL = load_library(FULL_CONTENT)
REAL = load_library(REAL_CONTENT)
PHONE = {"width": 390, "height": 844}
DESKTOP = {"width": 1280, "height": 900}
EDITOR_WORDS = ("Reading level", "Flesch", "SMOG", "Hardest sentences", "hardest sentences")
PATIENT_PATHS = ["/", "/glossary", "/check-an-article"]


def _needs_help(therapy) -> bool:
    return therapy.category in (Category.cell_therapy, Category.procedure, Category.combination)


@pytest.fixture(scope="module")
def full_app() -> Iterator[App]:
    """The app over the test copy with every optional field filled in."""
    with run_app(FULL_CONTENT, ARTIFACTS / "full-app-server.log") as a:
        yield a


@pytest.fixture
def phone(browser):
    context = browser.new_context(viewport=PHONE, is_mobile=True, has_touch=True)
    context.set_default_timeout(60_000)
    pg = context.new_page()
    yield pg
    context.close()


def help_problems(page, path: str, therapy) -> list[str]:
    """The "Get help now" block and every emergency sign are on the first phone screen."""
    box = page.locator(f"{MAIN} section.pl-help").first
    if not box.count():
        return [f"{path}: no Get help now block"]
    page.evaluate("() => document.querySelector('[data-testid=stMain]').scrollTo(0, 0)")
    problems = []
    top = box.bounding_box()
    if not top or top["y"] < 0 or top["y"] + 40 > PHONE["height"]:
        problems.append(f"{path}: help block starts at {top} (below the fold)")
    emergency, *_ = blocks.help_lists(therapy)
    items = box.locator("ul.pl-er > li")
    if items.count() != len(emergency):
        problems.append(f"{path}: {items.count()} emergency signs shown, {len(emergency)} expected")
    # The block, its emergency heading and the first sign are on the first phone screen
    # (issue 12). A long list may run on below it; that is measured, not hidden.
    first = items.first.bounding_box() if items.count() else None
    if not first or first["y"] + first["height"] > PHONE["height"]:
        problems.append(f"{path}: the first emergency sign is below the fold ({first})")
    text = box.inner_text()
    if blocks.EMERGENCY_LABEL not in text:
        problems.append(f"{path}: the emergency label is missing")
    return problems


@pytest.mark.parametrize("which", ["real", "full"])
def test_every_therapy_shows_help_above_the_fold_on_a_phone(phone, app, full_app, which) -> None:
    served, library = (app, REAL) if which == "real" else (full_app, FULL)
    problems = []
    for therapy in library.therapies:
        if not _needs_help(therapy):
            continue
        path = f"/{therapy.slug}"
        open_page(phone, served, path, "Last reviewed:")
        problems += help_problems(phone, path, therapy)
        shot(phone, f"ux-390-fold-{which}-{therapy.slug}", full=False)
    assert not problems, "\n".join(problems)


def test_a_page_without_help_data_would_fail(phone, app) -> None:
    """The check can fail: the glossary has no help block."""
    open_page(phone, app, "/glossary", "word(s).")
    assert help_problems(phone, "/glossary", REAL.therapies[0])


def test_no_patient_page_shows_reading_level_scores(page, app, full_app) -> None:
    problems = []
    for served, library in ((app, REAL), (full_app, FULL)):
        for path in [*PATIENT_PATHS, *[f"/{t.slug}" for t in library.therapies]]:
            open_page(page, served, path, "Your privacy.")
            page.evaluate(
                "(s) => document.querySelectorAll(s + ' details:not([open]) > summary')"
                ".forEach(e => e.click())",
                MAIN,
            )
            page.wait_for_timeout(300)
            text = page.locator("body").inner_text()
            problems += [f"{path}: shows {w!r}" for w in EDITOR_WORDS if w in text]
    assert not problems, "\n".join(problems)
    # ...and the editors' page does show them (so the check above can tell the difference).
    open_page(page, app, "/reading-level-report", "Reading level:")
    assert "Flesch-Kincaid" in main_text(page)


def test_home_links_to_the_article_check(page, app) -> None:
    open_page(page, app, "/", "Showing")
    link = page.get_by_role("link", name="Saw an advert for a cell therapy? Check it here")
    assert link.is_visible()
    assert link.get_attribute("href").rstrip("/").split("/")[-1] == "check-an-article"
    assert "What the evidence grades mean" in main_text(page)
    link.click()
    page.wait_for_url("**/check-an-article")
    page.locator(f"{MAIN} h1").filter(has_text="Check an article").wait_for()


def test_pictures_keep_their_size_on_a_wide_screen(page, app) -> None:
    """The median bars were drawn 672 px wide at 1280 px (review round 4): a later rule
    with the same weight overrode their cap, and their labels grew as big as headings."""
    page.set_viewport_size(DESKTOP)
    open_page(page, app, "/tace-with-immunotherapy", "How strong is the evidence?")
    bars = page.locator(f"{MAIN} figure.pl-median img").first
    bars.scroll_into_view_if_needed()
    assert 200 <= bars.bounding_box()["width"] <= 361


def test_menu_and_previous_next_links(phone, full_app) -> None:
    first, second = FULL.therapies[0], FULL.therapies[1]
    open_page(phone, full_app, f"/{first.slug}", "Last reviewed:")
    menu = phone.get_by_role("button", name="Menu")
    assert menu.is_visible()
    box = menu.bounding_box()
    assert box and box["height"] >= 44 and box["y"] < 200
    menu.click()
    link = phone.get_by_role("link", name="Check an article or advert")
    link.wait_for()
    shot(phone, "ux-390-menu-open", full=False)
    phone.keyboard.press("Escape")
    nxt = phone.get_by_role("link", name=f"Next: {second.name} →")
    nxt.scroll_into_view_if_needed()
    # Link text is never cut off mid-word.
    clipped = nxt.evaluate(
        "(a) => [...a.querySelectorAll('*')].some(e => e.scrollWidth > e.clientWidth + 1"
        " && getComputedStyle(e).overflow !== 'visible')"
    )
    assert not clipped
    nxt.click()
    # Streamlit swaps the page in place: wait for the address, then for the new page.
    phone.wait_for_url(f"**/{second.slug}")
    phone.locator(MAIN).get_by_text("Last reviewed:").first.wait_for()
    assert phone.url.rstrip("/").endswith(f"/{second.slug}")
    prev = phone.get_by_role("link", name=f"← Previous: {first.name}")
    prev.first.wait_for()
    assert prev.count() == 1


@pytest.mark.parametrize("viewport", ["390", "1280"])
def test_axe_and_screenshots_with_every_field(browser, full_app, viewport) -> None:
    size = PHONE if viewport == "390" else DESKTOP
    context = browser.new_context(viewport=size, is_mobile=viewport == "390")
    context.set_default_timeout(60_000)
    page = context.new_page()
    problems = []
    try:
        for path in ["/", *[f"/{t.slug}" for t in FULL.therapies], "/reading-level-report"]:
            open_page(page, full_app, path, "Your privacy.")
            page.evaluate(
                "(s) => document.querySelectorAll(s + ' details:not([open]) > summary')"
                ".forEach(e => e.click())",
                MAIN,
            )
            page.wait_for_timeout(300)
            name = path.strip("/") or "home"
            blocking = run_axe(page, f"full-{viewport}-{name}")
            if blocking:
                problems.append(f"axe on {path} at {viewport}:\n{describe(blocking)}")
            shot(page, f"ux-{viewport}-full-{name}")
            shot(page, f"ux-{viewport}-fold-{name}", full=False)
    finally:
        context.close()
    assert not problems, "\n".join(problems)


def test_first_content_on_a_fresh_server(browser, tmp_path) -> None:
    """A freshly started server shows a therapy page's title quickly, and builds no PDF."""
    with run_app(FULL_CONTENT, ARTIFACTS / "fresh-server.log") as fresh:
        context = browser.new_context(viewport=PHONE)
        page = context.new_page()
        start = time.monotonic()
        page.goto(fresh.url + f"/{FULL.therapies[0].slug}", wait_until="commit")
        page.locator(f"{MAIN} section.pl-help").wait_for(timeout=60_000)
        seconds = time.monotonic() - start
        context.close()
    (ARTIFACTS / "first-content-seconds.txt").write_text(f"{seconds:.2f}\n")
    print(f"first content after {seconds:.2f} s on a fresh server")
    # The goal is 2 s on an idle machine; the suite runs other servers in parallel, so
    # allow twice that before failing.
    assert seconds < 4.0, seconds


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="poppler (pdftoppm) not installed")
@pytest.mark.parametrize("paper", ["a4", "letter"])
def test_handout_pages_are_kept_as_pictures(paper) -> None:
    out = ARTIFACTS / "handouts"
    out.mkdir(parents=True, exist_ok=True)
    for library, tag in ((FULL, "full"), (REAL, "real")):
        for therapy in library.therapies:
            pdf = out / f"{tag}-{therapy.slug}-{paper}.pdf"
            pdf.write_bytes(therapy_pdf(therapy, library.glossary, paper))
            subprocess.run(
                ["pdftoppm", "-png", "-r", "70", str(pdf), str(out / pdf.stem)], check=True
            )
            assert list(out.glob(f"{pdf.stem}-*.png"))
