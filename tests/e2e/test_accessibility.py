"""Accessibility in a real browser, with WCAG 2.2 AA as the bar.

axe-core on every page (fail on serious or critical), keyboard-only reach, heading order,
text next to every coloured signal, and reflow at 200% zoom and on a phone.
"""

from __future__ import annotations

import importlib.util
import itertools
import json
from collections import Counter

import pytest
from axe_playwright_python.sync_playwright import Axe

from plainleaf.content import load_library
from tests.conftest import REAL_CONTENT, ROOT
from tests.e2e.conftest import (
    ARTIFACTS,
    BROKEN_STEM,
    MAIN,
    headings,
    main_text,
    open_page,
    shot,
    wait_idle,
)

pytestmark = pytest.mark.e2e

LIBRARY = load_library(REAL_CONTENT)
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]
BLOCKING = {"serious", "critical"}

# (path, concrete text that shows the page has rendered)
PAGES = [
    ("/", "Showing"),
    ("/glossary", "Glossary"),
    ("/check-an-article", "Check an article"),
    ("/reading-level-report", "Reading level"),
    *[(f"/{t.slug}", "Last reviewed:") for t in LIBRARY.therapies],
]

# No rule and no element is excused: the navigation is ours (no Streamlit sidebar).

_AXE = Axe()
AXE_COUNTS: dict[str, Counter] = {}


def run_axe(page, name: str) -> list[dict]:
    """Run axe-core on the whole document; return the blocking violations not excused."""
    page.evaluate(_AXE.axe_script)
    result = page.evaluate(
        "(opts) => axe.run(document, opts)",
        {"runOnly": {"type": "tag", "values": AXE_TAGS}, "resultTypes": ["violations"]},
    )
    violations = result["violations"]
    AXE_COUNTS[name] = Counter(v["impact"] for v in violations)
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    (ARTIFACTS / f"axe-{name}.json").write_text(json.dumps(violations, indent=1))
    return [v for v in violations if v["impact"] in BLOCKING]


def describe(violations: list[dict]) -> str:
    lines = []
    for v in violations:
        lines.append(f"[{v['impact']}] {v['id']}: {v['help']} ({v['helpUrl']})")
        for n in v["nodes"][:10]:
            lines.append(f"    target {n['target']}: {n.get('failureSummary', '')[:300]}")
    return "\n".join(lines)


def _slug(path: str) -> str:
    return path.strip("/") or "home"


def open_all_expanders(page) -> None:
    page.evaluate(
        "(s) => document.querySelectorAll(s + ' details:not([open]) > summary')"
        ".forEach(e => e.click())",
        MAIN,
    )
    wait_idle(page)


def heading_problems(page, path: str) -> list[str]:
    found = headings(page)
    levels = [level for level, _ in found]
    problems = []
    if not levels or levels[0] != 1:
        problems.append(f"{path}: the first heading is not an h1: {found}")
    if levels.count(1) != 1:
        problems.append(f"{path}: {levels.count(1)} h1 headings: {found}")
    for (prev, _), (level, text) in itertools.pairwise(found):
        if level > prev + 1:
            problems.append(f"{path}: h{prev} then h{level} ({text!r}) skips a level")
    return problems


@pytest.mark.parametrize(("path", "ready"), PAGES)
def test_page_is_accessible(page, app, path: str, ready: str) -> None:
    """One load per page: headings, colour, axe, then reflow at 200% zoom and on a phone."""
    open_page(page, app, path, ready)
    problems = heading_problems(page, path) + colour_problems(page, path)
    open_all_expanders(page)  # so axe also checks what is inside them
    blocking = run_axe(page, _slug(path))
    print(f"axe {path}: {dict(AXE_COUNTS[_slug(path)])}")
    if blocking:
        problems.append(f"axe on {path}:\n{describe(blocking)}")
    for viewport in sorted(VIEWPORTS):
        problems += reflow_problems(page, path, viewport)
    assert not problems, "\n".join(problems)


def test_axe_on_broken_page(page, broken_app) -> None:
    open_page(page, broken_app, f"/{BROKEN_STEM}", "this page cannot be shown")
    blocking = run_axe(page, "broken")
    print(f"axe broken page: {dict(AXE_COUNTS['broken'])}")
    assert not blocking, describe(blocking)


# ------------------------------------------------------------------ keyboard

_FOCUSABLE_JS = """() => {
  const sel = 'a[href], button, input, textarea, select, summary, [tabindex]:not([tabindex="-1"])';
  const visible = (e) => {
    const r = e.getBoundingClientRect();
    const st = getComputedStyle(e);
    return r.width > 0 && r.height > 0 && st.visibility !== 'hidden' && !e.closest('[inert]')
      && !e.disabled;
  };
  const main = document.querySelector('[data-testid="stMain"]');
  const side = document.querySelector('[data-testid="stSidebar"]');
  return [...document.querySelectorAll(sel)]
    .filter(e => (main.contains(e) && e !== main) || (side && side.contains(e)))
    .filter(e => e.tabIndex >= 0 && visible(e))
    .map((e, i) => { e.dataset.kbId = String(i); return describe(e); });
  function describe(e) {
    return (e.tagName.toLowerCase() + ' ' + (e.getAttribute('aria-label') || e.innerText
      || e.value || e.getAttribute('href') || '')).trim().slice(0, 80);
  }
}"""

_ACTIVE_JS = """() => {
  const e = document.activeElement;
  return e && e.dataset ? (e.dataset.kbId ?? null) : null;
}"""


def tab_through(page, limit: int) -> set[str]:
    """Press Tab from the top of the page; return the kb ids that received focus."""
    page.locator("body").focus()
    page.evaluate("() => document.activeElement && document.activeElement.blur()")
    reached: set[str] = set()
    for _ in range(limit):
        page.keyboard.press("Tab")
        kb = page.evaluate(_ACTIVE_JS)
        if kb is not None:
            reached.add(kb)
    return reached


@pytest.mark.parametrize(
    ("path", "ready"),
    [
        ("/", "Showing"),
        ("/glossary", "Glossary"),
        ("/check-an-article", "Check an article"),
        (f"/{LIBRARY.therapies[0].slug}", "Last reviewed:"),
    ],
)
def test_keyboard_reaches_every_control(page, app, path: str, ready: str) -> None:
    open_page(page, app, path, ready)
    controls = page.evaluate(_FOCUSABLE_JS)
    assert controls, "no focusable controls found"
    reached = tab_through(page, limit=len(controls) + 40)
    missed = [c for i, c in enumerate(controls) if str(i) not in reached]
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    (ARTIFACTS / f"keyboard-{_slug(path)}.txt").write_text(
        "\n".join(f"{'ok  ' if str(i) in reached else 'MISS'} {c}" for i, c in enumerate(controls))
    )
    assert not missed, f"Tab never reached on {path}: {missed}"


def test_keyboard_opens_an_expander_and_the_filter(page, app) -> None:
    """Enter/Space work on what Tab reaches: the filter and a side effect expander."""
    open_page(page, app, "/", "Showing")
    combo = page.get_by_role("combobox", name="Filter by cancer type")
    combo.focus()
    page.keyboard.press("ArrowDown")
    page.get_by_role("option").first.wait_for()
    page.keyboard.press("Escape")
    therapy = LIBRARY.therapies[0]
    open_page(page, app, f"/{therapy.slug}", "Last reviewed:")
    summary = page.locator(f"{MAIN} details:not([open]) > summary").first
    summary.focus()
    page.keyboard.press("Enter")
    page.wait_for_function(
        "() => [...document.querySelectorAll('details')].some(d => d.open"
        " && d.querySelector('summary') === document.activeElement)"
    )


_FOCUS_STYLE_JS = """() => {
  const e = document.activeElement;
  const s = getComputedStyle(e);
  return {tag: e.tagName, text: (e.innerText || e.getAttribute('aria-label') || '').slice(0, 60),
          outline: s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2,
          ring: s.boxShadow !== 'none'};
}"""


def test_focus_is_visible(page, app) -> None:
    """A keyboard user can see where focus is: every stop gets an outline or a ring."""
    therapy = LIBRARY.therapies[0]
    open_page(page, app, f"/{therapy.slug}", "Last reviewed:")
    page.locator("body").focus()
    seen = []
    for _ in range(40):
        page.keyboard.press("Tab")
        style = page.evaluate(_FOCUS_STYLE_JS)
        if style["tag"] in ("BODY", "MAIN"):
            continue
        seen.append(style)
    assert seen
    invisible = [s for s in seen if not (s["outline"] or s["ring"])]
    assert not invisible, f"focus not visible on: {invisible}"


# ------------------------------------------------------------------ structure and colour


def colour_problems(page, path: str) -> list[str]:
    """Colour is never the only signal: pass/fail and severity are also written out."""
    from plainleaf.blocks import severity_label

    therapy = LIBRARY.get(path.strip("/"))
    problems = []
    text = main_text(page)
    if therapy is not None:
        for effect in therapy.side_effects:
            if f"{effect.name} ({severity_label(effect)})" not in text:
                problems.append(f"{path}: {effect.name} has no written severity")
    # Every coloured alert box (warning, error, info) carries words, not just a colour.
    for alert in page.locator(f"{MAIN} [data-testid=stAlert]").all():
        if len(alert.inner_text().split()) < 3:
            problems.append(f"{path}: an alert box has almost no text")
    return problems


# ------------------------------------------------------------------ zoom and small screens

_OVERFLOW_JS = """() => {
  const out = [];
  const main = document.querySelector('[data-testid="stMain"]');
  const block = document.querySelector('[data-testid="stMainBlockContainer"]');
  const doc = document.scrollingElement;
  for (const [name, el] of [['document', doc], ['main', main], ['block', block]]) {
    if (el && el.scrollWidth > el.clientWidth + 1)
      out.push(`${name}: scrollWidth ${el.scrollWidth} > clientWidth ${el.clientWidth}`);
  }
  return out;
}"""

VIEWPORTS = {
    # 1280x900 at 200% zoom is the same CSS layout as 640x450.
    "zoom200": {"width": 640, "height": 450},
    "phone": {"width": 390, "height": 844},
}


def reflow_problems(page, path: str, viewport: str) -> list[str]:
    """Resize the open page; the main content must not scroll sideways and the h1 must fit."""
    size = page.viewport_size
    page.set_viewport_size(VIEWPORTS[viewport])
    page.wait_for_timeout(300)  # let the layout settle after the resize
    problems = []
    h1 = page.locator(f"{MAIN} h1").first
    h1.scroll_into_view_if_needed()
    box = h1.bounding_box()
    if not (
        h1.is_visible()
        and box
        and box["x"] >= 0
        and box["x"] + box["width"] <= VIEWPORTS[viewport]["width"] + 1
    ):
        problems.append(f"{path} at {viewport}: the page title is not fully on screen ({box})")
    problems += [f"{path} at {viewport}: {o}" for o in page.evaluate(_OVERFLOW_JS)]
    shot(page, f"reflow-{viewport}-{_slug(path)}", full=False)
    page.set_viewport_size(size)
    return problems


@pytest.mark.skipif(
    importlib.util.find_spec("plainleaf.ui.article_page") is None,
    reason="src/plainleaf/ui/article_page.py (branch analyzer) is not merged yet",
)
def test_article_report_is_accessible(page, app) -> None:
    """The report after a check: axe, headings, reflow, and words next to every highlight."""
    text = (ROOT / "tests" / "fixtures" / "e2e_articles" / "clinic-ad.txt").read_text()
    open_page(page, app, "/check-an-article", "Paste a clinic page")
    page.get_by_role("textbox", name="Paste the text here").fill(text)
    page.locator(MAIN).get_by_role("button", name="Analyze").click()
    wait_idle(page, "Questions to ask your care team")
    problems = heading_problems(page, "article report")
    controls = page.evaluate(_FOCUSABLE_JS)
    reached = tab_through(page, limit=len(controls) + 40)
    problems += [
        f"article report: Tab never reached {c}"
        for i, c in enumerate(controls)
        if str(i) not in reached
    ]
    open_all_expanders(page)
    blocking = run_axe(page, "article-report")
    print(f"axe article report: {dict(AXE_COUNTS['article-report'])}")
    if blocking:
        problems.append(f"axe on the article report:\n{describe(blocking)}")
    # Yellow highlights are never the only signal: each red flag is named in words.
    from plainleaf.analyzer import analyze_pasted

    flags = analyze_pasted(text, LIBRARY).red_flags
    assert flags, "the clinic advert fixture should raise red flags"
    report = main_text(page)
    for flag in flags:
        assert f"{flag.name}." in report
    for viewport in sorted(VIEWPORTS):
        problems += reflow_problems(page, "article report", viewport)
    assert not problems, "\n".join(problems)
