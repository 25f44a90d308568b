"""A time and memory budget for every analysis.

Each analysis runs in a worker process with a memory cap (``RLIMIT_AS``) and a time
limit; a worker over its time is killed and replaced. A pathological text therefore costs
one worker for at most the time limit, and never freezes the process that serves other
people (Python's ``re`` holds the GIL while it matches, so a thread would not do).

The command line uses a pool forked from itself (fast: nothing is imported twice). The
app runs inside Streamlit's threaded server, where forking is unsafe, so it uses a
``forkserver`` pool whose server process has the analyzer imported once, in advance.
"""

from __future__ import annotations

import multiprocessing
import os
import threading
from collections.abc import Callable
from concurrent.futures import BrokenExecutor
from concurrent.futures import TimeoutError as FutureTimeout
from typing import Any, TypeVar

from plainleaf.errors import InputError

T = TypeVar("T")

DEFAULT_TIMEOUT = 30.0  # seconds; a 150,000-word text takes under 10 on a small machine
DEFAULT_MEMORY_MB = 2048  # address space; 150,000 words need about 600 MB of it
TIMEOUT_ENV = "PLAINLEAF_TIMEOUT"
MEMORY_ENV = "PLAINLEAF_MEMORY_MB"
TOO_LONG = "This text took too long to check; try a shorter part."
TOO_BIG = "This text needs too much memory to check; try a shorter part."


class BudgetError(InputError):
    """An analysis went over its time or memory. ``str(err)`` is a plain message."""


def env_timeout(default: float = DEFAULT_TIMEOUT) -> float:
    try:
        return float(os.environ.get(TIMEOUT_ENV, default))
    except ValueError:
        return default


def env_memory_mb(default: int = DEFAULT_MEMORY_MB) -> int:
    try:
        return int(os.environ.get(MEMORY_ENV, default))
    except ValueError:
        return default


def _init_worker(memory_mb: int, preload: tuple[str, ...], nice: int = 0,
                 quiet: bool = False) -> None:
    import importlib
    import resource
    import sys

    if quiet:
        # A command-line worker reports through its results. A worker that runs out of
        # memory would print Python's traceback on the person's terminal; the plain
        # message comes from the parent (Budget.result).
        sys.stderr = open(os.devnull, "w")  # noqa: SIM115 - lives as long as the worker

    if nice:
        # Below the web server: pages keep being served while a heavy text is checked.
        os.nice(nice)

    # Our own code loads first, outside the cap: the cap is for the text being checked,
    # and a worker that cannot even load the analyzer would fail with a traceback.
    for name in preload:
        importlib.import_module(name)
    if memory_mb > 0:
        limit = memory_mb * 1024 * 1024
        _soft, hard = resource.getrlimit(resource.RLIMIT_AS)
        if hard != resource.RLIM_INFINITY:
            limit = min(limit, hard)
        resource.setrlimit(resource.RLIMIT_AS, (limit, hard))


_PATCHED = False


def _workers_skip_main_module() -> None:
    """Start forkserver workers without re-running ``__main__`` in them.

    multiprocessing re-imports the parent's main module in each new worker. Under Streamlit
    ``__main__`` is the page script being run (app.py, or a test's script), and running it in
    a worker would draw the page there, or fail. The workers need only plainleaf, which
    they import by name, so the main module is left out of what they are sent.
    """
    global _PATCHED
    if _PATCHED:
        return
    from multiprocessing import spawn

    original = spawn.get_preparation_data

    def get_preparation_data(name: str) -> dict[str, Any]:
        data = original(name)
        data.pop("init_main_from_path", None)
        data.pop("init_main_from_name", None)
        return data

    spawn.get_preparation_data = get_preparation_data
    _PATCHED = True


class Budget:
    """A pool of worker processes, each task limited in time and memory."""

    def __init__(
        self,
        workers: int = 1,
        timeout: float = DEFAULT_TIMEOUT,
        memory_mb: int = DEFAULT_MEMORY_MB,
        context: str = "fork",
        preload: tuple[str, ...] = (),
        nice: int = 0,
        quiet: bool = False,
    ) -> None:
        from pebble import ProcessPool  # only the commands that analyze need it

        ctx = multiprocessing.get_context(context)
        if context != "fork":
            _workers_skip_main_module()
        if context == "forkserver" and preload:
            ctx.set_forkserver_preload(list(preload))
        self.timeout = timeout
        self.memory_mb = memory_mb
        self.pool = ProcessPool(
            max_workers=max(1, workers),
            initializer=_init_worker,
            initargs=(memory_mb, preload, nice, quiet),
            context=ctx,
        )

    def start(self) -> None:
        """Start the workers now (Pebble starts them at the first task), from this thread:
        forking while another thread is importing could copy a held import lock."""
        self.pool.submit(os.getpid, None)

    def submit(self, fn: Callable[..., T], *args: Any) -> Any:
        return self.pool.submit(fn, self.timeout if self.timeout > 0 else None, *args)

    def result(self, future: Any) -> Any:
        """The task's value; a plain :class:`BudgetError` when it ran out of budget."""
        from pebble import ProcessExpired

        try:
            return future.result()
        except FutureTimeout as exc:
            raise BudgetError(TOO_LONG) from exc
        except MemoryError as exc:
            raise BudgetError(TOO_BIG) from exc
        except ProcessExpired as exc:
            # Killed from outside (out of memory) or crashed inside a C library.
            raise BudgetError(TOO_BIG if exc.exitcode in (-9, 137) else
                              "This text could not be checked (the checker stopped).") from exc
        except RecursionError as exc:
            raise BudgetError("This text is nested too deeply to check.") from exc
        except BrokenExecutor as exc:
            # Every worker died before it could take the task: under a memory cap smaller
            # than the checker itself, that is the cap.
            raise BudgetError(TOO_BIG if self.memory_mb > 0 else
                              "This text could not be checked (the checker stopped).") from exc

    def run(self, fn: Callable[..., T], *args: Any) -> T:
        return self.result(self.submit(fn, *args))

    def close(self, wait: bool = False) -> None:
        if wait:
            self.pool.close()
        else:
            self.pool.stop()
        self.pool.join()

    def __enter__(self) -> Budget:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close(wait=not any(exc))


_APP_POOL: Budget | None = None
_APP_LOCK = threading.Lock()
APP_PRELOAD = ("plainleaf.warm", "plainleaf.fetch")
APP_WORKER_NICE = 10


def app_budget() -> Budget:
    """One pool for the whole app server, shared by every session.

    Two workers at least, so one person's slow text does not queue another person's
    short one behind it.
    """
    global _APP_POOL
    with _APP_LOCK:
        if _APP_POOL is None:
            _APP_POOL = Budget(
                workers=max(2, os.cpu_count() or 2),
                timeout=env_timeout(),
                memory_mb=env_memory_mb(),
                context="forkserver",
                preload=APP_PRELOAD,
                nice=APP_WORKER_NICE,
            )
        return _APP_POOL
