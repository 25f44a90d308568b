"""Two people at once: while one session analyzes the worst pathological paste, another
loads the home page and checks a short article within 3 s of its time on an idle server.

Each analysis runs in the app's worker pool (plainleaf.budget), so the heavy paste costs
one worker process and never holds the server's Python interpreter.
"""

from __future__ import annotations

import os
import statistics
import time
from pathlib import Path
from unittest import mock

import pytest

from tests.conftest import REAL_CONTENT, ROOT
from tests.e2e.conftest import ARTIFACTS, MAIN, RENDER_TIMEOUT_MS, run_app, wait_idle

pytestmark = pytest.mark.e2e

SHORT = (ROOT / "tests" / "fixtures" / "e2e_articles" / "news-report.txt").read_text("utf-8")
LEAD = "The patients in the study were given the new treatment and they did well with it. "
# The worst of the probe's generators on this code base: a run of digits (quadratic in
# the number pattern before the analyzer fix; bounded by the budget either way).
WORST = LEAD + "1" * 30_000
BUDGET_S = 40
PHASES: list[str] = []


@pytest.fixture(scope="module")
def budget_app():
    env = {"PLAINLEAF_TIMEOUT": str(BUDGET_S)}
    with mock.patch.dict(os.environ, env), \
            run_app(REAL_CONTENT, ARTIFACTS / "two-sessions-server.log") as app:
        yield app


def _victim(browser, app, marker: str, timeout_ms: int = RENDER_TIMEOUT_MS) -> float:
    """Seconds to open the home page, then check a short article, in a fresh session."""
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    context.set_default_timeout(timeout_ms)
    page = context.new_page()
    try:
        start = time.monotonic()
        page.goto(app.url + "/", wait_until="domcontentloaded")
        wait_idle(page, "This is not medical advice")
        home = time.monotonic() - start
        page.goto(app.url + "/check-an-article", wait_until="domcontentloaded")
        wait_idle(page, "Paste a clinic page")
        page.get_by_role("textbox", name="Paste the text here").fill(f"{SHORT}\n\n{marker}")
        ready = time.monotonic() - start
        page.locator(MAIN).get_by_role("button", name="Analyze").click()
        wait_idle(page, "Questions to ask your care team")
        total = time.monotonic() - start
        PHASES.append(f"{marker}: home {home:.2f} s, article page {ready - home:.2f} s, "
                      f"analysis {total - ready:.2f} s")
        return total
    finally:
        context.close()


def test_a_heavy_paste_does_not_slow_another_session(browser, budget_app) -> None:
    # The first run starts the worker pool and fills the app's caches (the home page builds
    # the booklet PDF once): slow on a busy machine, and not what is measured.
    _victim(browser, budget_app, "Warm-up run.", timeout_ms=300_000)
    # Medians of three runs each: a single page load on a shared machine varies by seconds.
    unloaded = statistics.median(_victim(browser, budget_app, f"Idle run {i}.")
                                 for i in range(3))

    attacker_ctx = browser.new_context(viewport={"width": 1280, "height": 900})
    attacker_ctx.set_default_timeout((BUDGET_S + 60) * 1000)
    attacker = attacker_ctx.new_page()
    try:
        attacker.goto(budget_app.url + "/check-an-article", wait_until="domcontentloaded")
        wait_idle(attacker, "Paste a clinic page")
        box = attacker.get_by_role("textbox", name="Paste the text here")
        box.fill(WORST)
        clicked = time.monotonic()
        attacker.locator(MAIN).get_by_role("button", name="Analyze").click()
        time.sleep(1.0)  # the heavy analysis is under way

        runs = [_victim(browser, budget_app, f"Run {i} during the heavy paste.")
                for i in range(3)]
        still_busy = time.monotonic() - clicked < BUDGET_S
        loaded = statistics.median(runs)
        Path(ARTIFACTS).mkdir(parents=True, exist_ok=True)
        (ARTIFACTS / "two-sessions.txt").write_text(
            f"unloaded {unloaded:.2f} s, during the heavy paste {loaded:.2f} s\n"
            + "\n".join(PHASES) + "\n")
        assert loaded <= unloaded + 3.0, (unloaded, runs)
        # Only meaningful if the heavy paste was still being checked (or was over budget).
        assert still_busy or attacker.locator(MAIN).get_by_text("took too long").count()

        # The heavy paste ends within its budget, with a plain message or a report, and
        # the pasted text is still in the box.
        attacker.locator(MAIN).get_by_text(
            "This text took too long to check; try a shorter part"
        ).or_(attacker.locator(MAIN).get_by_text("Questions to ask your care team")).first \
            .wait_for(state="visible", timeout=(BUDGET_S + 60) * 1000)
        assert time.monotonic() - clicked <= BUDGET_S + 30
        assert len(box.input_value()) == len(WORST)
    finally:
        attacker_ctx.close()
