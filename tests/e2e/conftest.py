"""Fixtures that run the real app and drive it in headless Chromium.

One Streamlit server per content folder and one browser for the whole session.
Chromium is Debian's (/usr/bin/chromium): we never download browsers. Without Chromium
the tests skip locally, but fail under CI (the CI env var), so CI cannot pass by
silently skipping the end-to-end suite.
"""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.conftest import FIXTURE_CONTENT, REAL_CONTENT, ROOT

CHROMIUM = Path(os.environ.get("PLAINLEAF_CHROMIUM", "/usr/bin/chromium"))
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
ARTIFACTS = ROOT / "artifacts" / "e2e"
BROKEN_STEM = "broken-entry"
# Streamlit's first render of a page can take several seconds on a busy 2-core machine.
RENDER_TIMEOUT_MS = 60_000


def _missing(reason: str) -> None:
    if os.environ.get("CI"):
        pytest.fail(
            f"{reason}. The end-to-end tests must run in CI: run "
            "scripts/install-system-deps.sh (make system-deps) to install Chromium.",
            pytrace=False,
        )
    pytest.skip(f"{reason} (skipped locally; CI fails instead)")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@dataclass
class App:
    url: str
    content: Path
    log: Path


@contextlib.contextmanager
def run_app(content: Path, log: Path) -> Iterator[App]:
    """Start `streamlit run app.py` on a free port, wait until healthy, stop it after."""
    port = _free_port()
    env = {**os.environ, "PLAINLEAF_CONTENT": str(content), "PYTHONUNBUFFERED": "1"}
    cmd = [
        sys.executable, "-m", "streamlit", "run", "app.py",
        "--server.headless", "true",
        "--server.port", str(port),
        "--server.address", "127.0.0.1",
        "--browser.gatherUsageStats", "false",
        "--server.fileWatcherType", "none",
    ]  # fmt: skip
    log.parent.mkdir(parents=True, exist_ok=True)
    with log.open("wb") as out:
        proc = subprocess.Popen(cmd, cwd=ROOT, env=env, stdout=out, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            if proc.poll() is not None:
                raise RuntimeError(f"streamlit exited early:\n{log.read_text()[-3000:]}")
            try:
                with urllib.request.urlopen(url + "/_stcore/health", timeout=2) as r:
                    if r.status == 200:
                        break
            except OSError:
                pass
            if time.monotonic() > deadline:
                raise RuntimeError(f"streamlit not healthy after 60 s:\n{log.read_text()[-3000:]}")
            time.sleep(0.2)
        yield App(url=url, content=content, log=log)
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


@pytest.fixture(scope="session")
def browser():
    if not CHROMIUM.exists():
        _missing(f"Chromium not found at {CHROMIUM}")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        _missing("the playwright package is not installed (pip install -e '.[dev]')")
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield b
        b.close()


@pytest.fixture(scope="session")
def browser_context(browser):
    # One context for the session: its HTTP cache keeps Streamlit's large JS bundle, so
    # each test's page loads faster. Each page still gets its own Streamlit session.
    context = browser.new_context(viewport={"width": 1280, "height": 900}, accept_downloads=True)
    context.set_default_timeout(RENDER_TIMEOUT_MS)
    yield context
    context.close()


@pytest.fixture
def page(browser_context):
    pg = browser_context.new_page()
    yield pg
    pg.close()


@pytest.fixture(scope="session")
def app() -> Iterator[App]:
    """The app over the real content folder, as a user runs it.

    One server for the whole session: a therapy page's first render measures its text
    and builds its PDF handout, and Streamlit's caches keep both for later tests.
    """
    with run_app(REAL_CONTENT, ARTIFACTS / "app-server.log") as a:
        yield a


def write_broken_copy(dest: Path) -> Path:
    """A copy of the fixture content plus one therapy file that cannot load."""
    shutil.copytree(FIXTURE_CONTENT, dest)
    (dest / "therapies" / f"{BROKEN_STEM}.yaml").write_text(
        f"slug: {BROKEN_STEM}\nname: [this list is never closed\n", encoding="utf-8"
    )
    return dest


@pytest.fixture(scope="session")
def broken_app(tmp_path_factory) -> Iterator[App]:
    """The app over a content copy with one broken therapy file."""
    content = write_broken_copy(tmp_path_factory.mktemp("content") / "content")
    with run_app(content, ARTIFACTS / "broken-app-server.log") as a:
        yield a


# ---------------------------------------------------------------- page helpers

MAIN = '[data-testid="stMain"]'
MAIN_BLOCK = '[data-testid="stMainBlockContainer"]'

# True once Streamlit has finished a run: the app root reports the script is not running
# (Streamlit sets data-test-script-state for its own tests), no placeholder skeletons
# and no stale elements left from the previous run.
_IDLE_JS = """() => {
  const app = document.querySelector('[data-testid="stApp"]');
  if (!app || app.dataset.testScriptState !== 'notRunning') return false;
  const main = document.querySelector('[data-testid="stMainBlockContainer"]');
  if (!main || main.querySelector('[data-testid="stSkeleton"]')) return false;
  return !document.querySelector('[data-stale="true"]');
}"""


def wait_idle(page, text: str | re.Pattern | None = None) -> None:
    """Wait for concrete text (when given), then for Streamlit to finish its run."""
    if text is not None:
        page.locator(MAIN).get_by_text(text).first.wait_for(state="visible")
    page.wait_for_function(_IDLE_JS, polling=100)
    page.wait_for_timeout(150)  # let the last React commit paint
    page.wait_for_function(_IDLE_JS, polling=100)


def open_page(page, app: App, path: str, text: str | re.Pattern) -> None:
    page.goto(app.url + path, wait_until="domcontentloaded")
    wait_idle(page, text)


def shot(page, name: str, full: bool = True) -> Path:
    """Screenshot the whole main content (it scrolls inside its own container)."""
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    path = ARTIFACTS / f"{name}.png"
    if not full:
        page.screenshot(path=str(path))
        return path
    size = page.viewport_size or {"width": 1280, "height": 900}
    height = page.evaluate(
        "(s) => { const m = document.querySelector(s);"
        " return m ? m.scrollHeight + 120 : document.body.scrollHeight; }",
        MAIN_BLOCK,
    )
    page.set_viewport_size(
        {"width": size["width"], "height": max(size["height"], min(height, 12000))}
    )
    page.screenshot(path=str(path))
    page.set_viewport_size(size)
    return path


def main_text(page) -> str:
    return page.locator(MAIN).inner_text()


def headings(page) -> list[tuple[int, str]]:
    """(level, text) of every h1-h6 in the main area, in document order."""
    return page.evaluate(
        """(s) => [...document.querySelector(s).querySelectorAll('h1,h2,h3,h4,h5,h6')]
             .map(h => [Number(h.tagName[1]), h.innerText.trim()])""",
        MAIN,
    )
