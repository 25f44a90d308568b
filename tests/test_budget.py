"""The per-analysis budget: a worker over its time is stopped and replaced, a worker over
its memory gives a plain message, and the pool keeps serving the next request."""

from __future__ import annotations

import os
import time

import pytest

from plainleaf.budget import TOO_BIG, TOO_LONG, Budget, BudgetError, ForkedWorker
from plainleaf.errors import InputError


def sleep_for(seconds: float) -> str:
    time.sleep(seconds)
    return "done"


def allocate(mb: int) -> int:
    return len(bytearray(mb * 1024 * 1024))


def niceness() -> int:
    return os.nice(0)


def die(code: int) -> None:
    os._exit(code)


def kill_self() -> None:
    import signal

    os.kill(os.getpid(), signal.SIGKILL)


def too_deep() -> None:
    # The error a deeply nested text raises, without a thousand frames to send back.
    raise RecursionError("maximum recursion depth exceeded")


def refuse() -> None:
    raise InputError("a plain message")


# The command line's one-document worker keeps the pool's limits and messages.
WORKERS = [
    pytest.param(lambda **kw: Budget(workers=1, **kw), id="pool"),
    pytest.param(lambda **kw: ForkedWorker(**kw), id="forked"),
]


@pytest.mark.parametrize("make", WORKERS)
def test_over_time_is_a_plain_message_and_the_pool_recovers(make) -> None:
    with make(timeout=0.5) as budget:
        with pytest.raises(BudgetError) as info:
            budget.run(sleep_for, 30)
        assert str(info.value) == TOO_LONG
        assert budget.run(sleep_for, 0) == "done"  # a fresh worker took its place


@pytest.mark.parametrize("make", WORKERS)
def test_over_memory_is_a_plain_message(make) -> None:
    from plainleaf.budget import _address_space_mb

    # 300 MB to work in above what the test process (and so the forked worker) holds.
    with make(timeout=30, memory_mb=int(_address_space_mb() or 0) + 300) as budget:
        with pytest.raises(BudgetError) as info:
            budget.run(allocate, 1000)
        assert str(info.value) == TOO_BIG
        assert budget.run(allocate, 10) == 10 * 1024 * 1024


@pytest.mark.parametrize("make", WORKERS)
def test_a_dead_worker_is_a_plain_message(make) -> None:
    with make(timeout=30) as budget:
        with pytest.raises(BudgetError) as info:
            budget.run(kill_self)
        assert str(info.value) == TOO_BIG  # killed from outside: the out-of-memory killer
        with pytest.raises(BudgetError) as info:
            budget.run(die, 3)
        assert "the checker stopped" in str(info.value)
        with pytest.raises(BudgetError) as info:
            budget.run(too_deep)
        assert "nested too deeply" in str(info.value)
        with pytest.raises(InputError, match="a plain message"):
            budget.run(refuse)
        assert budget.run(sleep_for, 0) == "done"


def test_forked_worker_cannot_start_under_a_tiny_cap() -> None:
    # The task itself cannot be read under the cap: the worker dies before it starts it.
    with ForkedWorker(timeout=30, memory_mb=20) as budget, pytest.raises(BudgetError) as info:
        budget.run(len, b"x" * 50_000_000)
    assert str(info.value) == TOO_BIG


def test_forked_worker_leaves_no_process_behind() -> None:
    worker = ForkedWorker(timeout=30)
    worker.start()
    pid = worker.pid
    assert pid is not None
    worker.close(wait=True)
    with pytest.raises(ChildProcessError):
        os.waitpid(pid, 0)


def test_forkserver_workers_run_below_the_server() -> None:
    with Budget(workers=1, timeout=60, context="forkserver", nice=10) as budget:
        assert budget.run(niceness) == min(19, os.nice(0) + 10)


def test_app_budget_is_shared_and_has_two_workers_at_least() -> None:
    from plainleaf import budget as budget_module

    first = budget_module.app_budget()
    assert first is budget_module.app_budget()
    assert first.pool._context.workers >= 2  # pebble keeps the count there


def test_forked_worker_says_too_big_at_once_under_a_cap_it_cannot_work_in() -> None:
    # A cap just above the worker's own size: "too much memory" at once, never an abort or
    # a crawl at the edge of the cap (budget.MIN_HEADROOM_MB).
    from plainleaf.budget import _address_space_mb

    size = _address_space_mb()
    if size is None:
        pytest.skip("no /proc/self/statm here")
    with ForkedWorker(timeout=30, memory_mb=int(size) + 4) as budget:
        with pytest.raises(BudgetError) as info:
            budget.run(len, b"")
        assert str(info.value) == TOO_BIG
