"""A time and memory budget for every analysis.

Each analysis runs in a worker process with a memory cap (``RLIMIT_AS``) and a time
limit; a worker over its time is killed and replaced. A pathological text therefore costs
one worker for at most the time limit, and never freezes the process that serves other
people (Python's ``re`` holds the GIL while it matches, so a thread would not do).

The command line uses a pool forked from itself (fast: nothing is imported twice). The
app runs inside Streamlit's threaded server, where forking is unsafe, so it uses a
``forkserver`` pool whose server process has the analyzer imported once, in advance.
One document from the command line uses :class:`ForkedWorker`: the same limits in one
forked process, without Pebble's import, threads and shutdown polling (issue 13).
"""

from __future__ import annotations

import os
import threading
from collections.abc import Callable
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
        # memory would print Python's traceback on the person's terminal (or, from Rust
        # code, "memory allocation of N bytes failed", straight to file descriptor 2); the
        # plain message comes from the parent (Budget.result).
        sys.stderr = open(os.devnull, "w")  # noqa: SIM115 - lives as long as the worker
        os.dup2(sys.stderr.fileno(), 2)

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


def _plain_error(kind: str, memory_mb: int, exitcode: int | None = None) -> BudgetError:
    """The plain message for a task that ran out of budget, the same for both workers."""
    if kind == "timeout":
        return BudgetError(TOO_LONG)
    if kind == "memory":
        return BudgetError(TOO_BIG)
    if kind == "recursion":
        return BudgetError("This text is nested too deeply to check.")
    stopped = "This text could not be checked (the checker stopped)."
    if kind == "expired":
        # Killed from outside (out of memory) or crashed inside a C library. Under a memory
        # cap, an abort is the cap too: Rust code (pydantic-core) aborts when an allocation
        # fails instead of raising MemoryError.
        out_of_memory = exitcode in (-9, 137) or (exitcode == -6 and memory_mb > 0)
        return BudgetError(TOO_BIG if out_of_memory else stopped)
    # "broken": the worker died before it could take the task; under a memory cap smaller
    # than the checker itself, that is the cap.
    return BudgetError(TOO_BIG if memory_mb > 0 else stopped)


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
        import multiprocessing

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
        from concurrent.futures import BrokenExecutor
        from concurrent.futures import TimeoutError as FutureTimeout

        from pebble import ProcessExpired

        try:
            return future.result()
        except FutureTimeout as exc:
            raise _plain_error("timeout", self.memory_mb) from exc
        except MemoryError as exc:
            raise _plain_error("memory", self.memory_mb) from exc
        except ProcessExpired as exc:
            raise _plain_error("expired", self.memory_mb, exc.exitcode) from exc
        except RecursionError as exc:
            raise _plain_error("recursion", self.memory_mb) from exc
        except BrokenExecutor as exc:
            raise _plain_error("broken", self.memory_mb) from exc

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


_FRAME = 8  # bytes of the length that starts each message between the two processes


def _write_frame(fd: int, obj: object) -> None:
    import io
    import pickle

    data = pickle.dumps(obj, protocol=pickle.HIGHEST_PROTOCOL)
    view = memoryview(len(data).to_bytes(_FRAME, "big") + data)
    # Through a file object, not os.write: the pipe must not depend on what a caller (or a
    # test simulating a full disk) has done to the os module.
    with io.FileIO(fd, "w", closefd=False) as pipe:
        while view:
            view = view[pipe.write(view) or 0:]


def _read_exactly(fd: int, n: int, deadline: float | None = None) -> bytes:
    """``n`` bytes from ``fd``; EOFError if the other side closed it, TimeoutError past
    ``deadline`` (a time.monotonic() value)."""
    import select
    import time

    chunks: list[bytes] = []
    while n:
        if deadline is not None:
            left = deadline - time.monotonic()
            if left <= 0 or not select.select([fd], [], [], left)[0]:
                raise TimeoutError
        chunk = os.read(fd, min(n, 1 << 20))
        if not chunk:
            raise EOFError
        chunks.append(chunk)
        n -= len(chunk)
    return b"".join(chunks)


def _read_frame(fd: int, deadline: float | None = None) -> Any:
    import pickle

    size = int.from_bytes(_read_exactly(fd, _FRAME, deadline), "big")
    return pickle.loads(_read_exactly(fd, size, deadline))


# The forked worker's exit code when it ran out of memory where it could not say so.
_NO_MEMORY_EXIT = 101
# Address space a forked worker needs above its loaded self to check anything (a 27,000-word
# text takes 7 MB). Under a cap that leaves less, it says "too much memory" at once instead
# of working at the very edge of the cap, where Rust code aborts and fallbacks crawl.
MIN_HEADROOM_MB = 16


def _address_space_mb() -> float | None:
    """This process's address space (what RLIMIT_AS caps), or None where unknown."""
    try:
        with open("/proc/self/statm", "rb") as statm:
            pages = int(statm.read().split()[0])
    except (OSError, ValueError, IndexError):
        return None
    return pages * os.sysconf("SC_PAGE_SIZE") / (1024 * 1024)


def _with_remote_traceback(exc: BaseException) -> BaseException:
    """The worker's traceback as a note on the error (pickled along with it)."""
    import contextlib
    import traceback

    with contextlib.suppress(MemoryError):  # no memory to format it: the error alone
        exc.add_note("".join(traceback.format_exception(exc)))
    return exc


def _forked_worker(tasks: int, replies: int, memory_mb: int, preload: tuple[str, ...],
                   quiet: bool) -> None:
    """The child's side of :class:`ForkedWorker`: set up as a pool worker would be, then
    run tasks until the parent closes its end. Never returns: it leaves with os._exit, so
    nothing of the parent (atexit handlers, buffered output) runs twice."""
    import gc
    import signal

    code = 1
    try:
        signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
        _init_worker(memory_mb, preload, 0, quiet)
        size = _address_space_mb()
        if memory_mb > 0 and size is not None and size + MIN_HEADROOM_MB > memory_mb:
            code = _NO_MEMORY_EXIT
            return
        # What the imports made stays for good: collections during the analysis need not
        # walk it again (and fork-shared pages stay shared).
        gc.freeze()
        while True:
            try:
                fn, args = _read_frame(tasks)
            except EOFError:
                code = 0
                break
            _write_frame(replies, ("start", None))
            try:
                reply: tuple[str, Any] = ("ok", fn(*args))
            except MemoryError:
                reply = ("error", MemoryError())  # a fresh one: the old holds the frames
            except BaseException as exc:
                reply = ("error", _with_remote_traceback(exc))
            try:
                _write_frame(replies, reply)
            except MemoryError:
                _write_frame(replies, ("error", MemoryError()))
            except Exception as exc:  # an unpicklable value or error
                _write_frame(replies, ("error", RuntimeError(f"cannot send the result: {exc!r}")))
    except MemoryError:
        code = _NO_MEMORY_EXIT
    finally:
        os._exit(code)


class ForkedWorker:
    """One forked worker process with the same limits as a :class:`Budget` pool worker:
    the preload outside the memory cap, the cap on the rest, a time limit per task that
    kills the worker (a fresh one is forked for the next task), the same plain messages.

    For the command line only: forking is safe there because the process has one thread.
    It spares a one-document command Pebble's import, its three threads and its shutdown,
    which polls every 0.1 s (about 0.1 s of a 0.5 s command; issue 13).
    """

    def __init__(self, timeout: float = DEFAULT_TIMEOUT, memory_mb: int = DEFAULT_MEMORY_MB,
                 preload: tuple[str, ...] = (), quiet: bool = False) -> None:
        self.timeout = timeout
        self.memory_mb = memory_mb
        self.preload = preload
        self.quiet = quiet
        self.pid: int | None = None
        self._tasks = self._replies = -1

    def start(self) -> None:
        """Fork the worker now, so it loads its modules while this process works on."""
        if self.pid is not None:
            return
        task_r, task_w = os.pipe()
        reply_r, reply_w = os.pipe()
        pid = os.fork()
        if pid == 0:  # the worker
            os.close(task_w)
            os.close(reply_r)
            _forked_worker(task_r, reply_w, self.memory_mb, self.preload, self.quiet)
        os.close(task_r)
        os.close(reply_w)
        self.pid, self._tasks, self._replies = pid, task_w, reply_r

    def submit(self, fn: Callable[..., T], *args: Any) -> None:
        """Send the task; :meth:`result` waits for it (one task at a time)."""
        import contextlib

        self.start()
        # A worker that is gone already: result() finds out how, and says so.
        with contextlib.suppress(BrokenPipeError):
            _write_frame(self._tasks, (fn, args))

    def result(self, future: object = None) -> Any:
        """The task's value; a plain :class:`BudgetError` when it ran out of budget."""
        import time

        try:
            _read_frame(self._replies)  # "start": the time limit counts from here
        except (EOFError, OSError) as exc:
            self._reap()
            raise _plain_error("broken", self.memory_mb) from exc
        deadline = time.monotonic() + self.timeout if self.timeout > 0 else None
        try:
            status, value = _read_frame(self._replies, deadline)
        except TimeoutError as exc:
            self._reap(kill=True)
            raise _plain_error("timeout", self.memory_mb) from exc
        except (EOFError, OSError) as exc:
            code = self._reap()
            if code == _NO_MEMORY_EXIT:
                raise _plain_error("memory", self.memory_mb) from exc
            raise _plain_error("expired", self.memory_mb, code) from exc
        if status == "ok":
            return value
        if isinstance(value, MemoryError):
            raise _plain_error("memory", self.memory_mb) from value
        if isinstance(value, RecursionError):
            raise _plain_error("recursion", self.memory_mb) from value
        raise value

    def run(self, fn: Callable[..., T], *args: Any) -> T:
        return self.result(self.submit(fn, *args))

    def _reap(self, kill: bool = False) -> int | None:
        """Wait for the worker to end (killing it first if asked); its exit code."""
        import signal

        if self.pid is None:
            return None
        for fd in (self._tasks, self._replies):
            os.close(fd)
        if kill:
            # SIGKILL at once: a regular expression holds the interpreter, so a gentler
            # signal would only be seen after the match.
            os.kill(self.pid, signal.SIGKILL)
        _, status = os.waitpid(self.pid, 0)
        self.pid = None
        return os.waitstatus_to_exitcode(status)

    def close(self, wait: bool = False) -> None:
        # Closing the task pipe ends an idle worker; a busy one is killed unless we wait.
        self._reap(kill=not wait)

    def __enter__(self) -> ForkedWorker:
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
