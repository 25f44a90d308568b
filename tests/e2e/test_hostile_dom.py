"""Hostile text in content files and pasted articles stays inert in the live DOM (Chromium).

The app runs over a content copy whose therapy and glossary fields hold script tags,
event handlers and javascript: links. We look at the live DOM, not at our own strings:
no script element inside the app, no on* attribute anywhere, no javascript: link, no
alert() dialog, and the payload is visible as the literal characters.
"""

from __future__ import annotations

import importlib.util
from collections.abc import Iterator
from pathlib import Path

import pytest
import yaml

from tests.e2e.conftest import ARTIFACTS, MAIN, App, main_text, open_page, run_app, shot, wait_idle
from tests.hostile_inputs import (
    HOSTILE_STRINGS,
    IMG,
    JS_LINK,
    SCRIPT,
    hostile_glossary_data,
    hostile_therapy_data,
)

pytestmark = pytest.mark.e2e

PAYLOAD = f"{SCRIPT} {IMG} {JS_LINK}"
HOSTILE_SLUG = "hostile"


@pytest.fixture(scope="module")
def hostile_app(tmp_path_factory) -> Iterator[App]:
    root = tmp_path_factory.mktemp("hostile") / "content"
    (root / "therapies").mkdir(parents=True)
    data = hostile_therapy_data(PAYLOAD)
    data["slug"] = HOSTILE_SLUG
    (root / "therapies" / f"{HOSTILE_SLUG}.yaml").write_text(yaml.safe_dump(data))
    (root / "glossary.yaml").write_text(yaml.safe_dump(hostile_glossary_data(PAYLOAD)))
    with run_app(root, ARTIFACTS / "test_hostile_dom-server.log") as app:
        yield app


_LIVE_JS = """() => {
  const out = [];
  const app = document.querySelector('[data-testid="stApp"]');
  for (const s of app.querySelectorAll('script, iframe, object, embed'))
    out.push('live element: ' + s.outerHTML.slice(0, 120));
  for (const e of document.querySelectorAll('*'))
    for (const a of e.attributes)
      if (/^on/i.test(a.name)) out.push(`${e.tagName} has ${a.name}=${a.value.slice(0, 60)}`);
  for (const a of document.querySelectorAll('a[href], [src], [action]')) {
    const v = (a.getAttribute('href') || a.getAttribute('src') || a.getAttribute('action') || '')
      .replace(/\\s+/g, '').toLowerCase();
    if (v.startsWith('javascript:') || v.startsWith('vbscript:') || v.startsWith('data:text/html'))
      out.push(`${a.tagName} links to ${v.slice(0, 60)}`);
  }
  for (const img of app.querySelectorAll('img'))
    if (img.getAttribute('src') === 'x') out.push('content made an <img src=x>');
  return out;
}"""


def assert_inert(page, dialogs: list[str], where: str) -> None:
    problems = page.evaluate(_LIVE_JS)
    assert not problems, f"{where}: {problems}"
    assert not dialogs, f"{where}: a dialog opened: {dialogs}"


@pytest.fixture
def dialogs(page) -> list[str]:
    seen: list[str] = []

    def on_dialog(d) -> None:
        seen.append(d.message)
        d.dismiss()

    page.on("dialog", on_dialog)
    return seen


def test_hostile_therapy_page_is_inert(page, hostile_app, dialogs) -> None:
    open_page(page, hostile_app, f"/{HOSTILE_SLUG}", "Last reviewed:")
    page.evaluate(
        "(s) => document.querySelectorAll(s + ' details:not([open]) > summary')"
        ".forEach(e => e.click())",
        MAIN,
    )
    wait_idle(page)
    text = main_text(page)
    # The payload is shown as the characters the editor typed.
    assert SCRIPT in text and IMG in text and JS_LINK in text
    page.get_by_role("button", name="Menu").click()
    menu = page.locator('[data-testid="stPopoverBody"]')
    menu.wait_for()
    assert "Test therapy <script>" in menu.inner_text()
    page.keyboard.press("Escape")
    assert_inert(page, dialogs, "therapy page")
    shot(page, "10-hostile-therapy")


def test_hostile_home_and_glossary_are_inert(page, hostile_app, dialogs) -> None:
    open_page(page, hostile_app, "/", "Showing 1 of 1 therapies.")
    assert SCRIPT in main_text(page)
    assert_inert(page, dialogs, "home page")
    page.get_by_role("combobox", name="Filter by cancer type").click()
    page.get_by_role("option", name=f"Lymphoma {PAYLOAD}").click()
    wait_idle(page, "Showing 1 of 1 therapies.")
    assert_inert(page, dialogs, "home page, filtered")
    open_page(page, hostile_app, "/glossary", "2 word(s).")
    assert f"word {SCRIPT}" in main_text(page)
    box = page.get_by_role("textbox", name="Find a word")
    box.fill(SCRIPT)
    box.press("Enter")
    wait_idle(page, "1 word(s).")
    assert_inert(page, dialogs, "glossary search")


needs_analyzer = pytest.mark.skipif(
    importlib.util.find_spec("plainleaf.ui.article_page") is None,
    reason="src/plainleaf/ui/article_page.py (branch analyzer) is not merged yet",
)


@needs_analyzer
def test_hostile_article_is_inert(page, hostile_app, dialogs) -> None:
    article = (
        "Our clinic offers a revolutionary cure with no side effects. "
        + " ".join(HOSTILE_STRINGS)
        + "\n\nStudies show it works. Book your free consultation today!"
    )
    open_page(page, hostile_app, "/check-an-article", "Paste a clinic page")
    page.get_by_role("textbox", name="Paste the text here").fill(article)
    page.locator(MAIN).get_by_role("button", name="Analyze").click()
    wait_idle(page, "Questions to ask your care team")
    full = page.locator(f"{MAIN} [data-testid=stExpander]").filter(
        has_text="The text, with red-flag words marked"
    )
    full.locator("summary").click()
    full.locator("[data-testid=stExpanderDetails]").wait_for(state="visible")
    assert SCRIPT in full.inner_text()
    assert_inert(page, dialogs, "article report")
    shot(page, "11-hostile-article")


@needs_analyzer
def test_hostile_upload_is_inert(page, hostile_app, dialogs, tmp_path: Path) -> None:
    upload = tmp_path / "page.html"
    upload.write_text(
        "<html><head><script>alert(1)</script></head><body onload=alert(1)>"
        "<h1>Miracle cure</h1><p>Studies show our revolutionary treatment cures cancer. "
        f"{IMG} <a href='javascript:alert(1)'>Book now</a> and call today.</p></body></html>"
    )
    open_page(page, hostile_app, "/check-an-article", "Paste a clinic page")
    page.locator(f"{MAIN} input[type=file]").set_input_files(str(upload))
    wait_idle(page, "page.html")
    page.locator(MAIN).get_by_role("button", name="Analyze").click()
    wait_idle(page)
    assert "Questions to ask your care team" in main_text(page) or page.locator(
        f"{MAIN} [data-testid=stAlert]"
    ).count()
    assert_inert(page, dialogs, "uploaded web page")
