"""The per-analysis budget: a worker over its time is stopped and replaced, a worker over
its memory gives a plain message, and the pool keeps serving the next request."""

from __future__ import annotations

import os
import time

import pytest

from plainleaf.budget import TOO_BIG, TOO_LONG, Budget, BudgetError


def sleep_for(seconds: float) -> str:
    time.sleep(seconds)
    return "done"


def allocate(mb: int) -> int:
    return len(bytearray(mb * 1024 * 1024))


def niceness() -> int:
    return os.nice(0)


def test_over_time_is_a_plain_message_and_the_pool_recovers() -> None:
    with Budget(workers=1, timeout=0.5) as budget:
        with pytest.raises(BudgetError) as info:
            budget.run(sleep_for, 30)
        assert str(info.value) == TOO_LONG
        assert budget.run(sleep_for, 0) == "done"  # a fresh worker took its place


def test_over_memory_is_a_plain_message() -> None:
    with Budget(workers=1, timeout=30, memory_mb=300) as budget:
        with pytest.raises(BudgetError) as info:
            budget.run(allocate, 1000)
        assert str(info.value) == TOO_BIG
        assert budget.run(allocate, 10) == 10 * 1024 * 1024


def test_forkserver_workers_run_below_the_server() -> None:
    with Budget(workers=1, timeout=60, context="forkserver", nice=10) as budget:
        assert budget.run(niceness) == min(19, os.nice(0) + 10)


def test_app_budget_is_shared_and_has_two_workers_at_least() -> None:
    from plainleaf import budget as budget_module

    first = budget_module.app_budget()
    assert first is budget_module.app_budget()
    assert first.pool._context.workers >= 2  # pebble keeps the count there
