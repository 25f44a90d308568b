"""Whole-process timings of the command line, each as a ratio to a bare `python -c pass`.

Absolute times drift on a shared machine; the ratio to an empty interpreter started in the
same run drifts much less. Targets (issue 13), on this 2-core machine class:

- `plainleaf analyze FILE --format json`, 1,000 words, cold: at most 0.8 s;
- `plainleaf handout SLUG`, cold: at most 2 s;
- a batch of 1,000-word documents with `--workers 2`: at least 20 documents per second.

The seconds targets are turned into ratio targets with REFERENCE_PASS_S, the time of
`python -c pass` on this machine class when it is quiet, so a run on a busy machine is
judged by its ratios. Each figure is printed with the load average at the time.

The package's bytecode is compiled first, as pip does when it installs a package: with
PYTHONDONTWRITEBYTECODE set (as here), an editable checkout would otherwise compile every
module at every start. ``--against SRC`` times another checkout's ``src`` (for example
main's, from ``git archive``) in the same runs, alternating, for a before/after figure.

Run: .venv/bin/python benchmarks/bench_cli.py [--repeats N] [--docs N] [--only analyze]
"""

from __future__ import annotations

import argparse
import compileall
import importlib.util
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "tests" / "fixtures" / "articles"
BIN = Path(sys.executable).parent
REFERENCE_PASS_S = 0.025  # `python -c pass` on a quiet 2-core machine of this class
TARGETS = {"analyze": 0.8, "handout": 2.0}
TARGET_DOCS_PER_S = 20.0


def doc(n_words: int, seed: int = 0) -> str:
    words: list[str] = []
    texts = sorted(FIXTURES.glob("*.txt"))
    i = seed
    while len(words) < n_words:
        words += texts[i % len(texts)].read_text(encoding="utf-8").split()
        i += 1
    return " ".join(words[:n_words]) + f"\n\nCopy {seed}."


CPU: list[float] = []  # CPU seconds (user + system) of each run, children included


def load() -> str:
    return "load {:.2f} {:.2f} {:.2f}".format(*os.getloadavg())


def compile_package(src: Path | None) -> Path:
    """Compile the plainleaf that the commands will import (``src`` first on the path)."""
    if src is not None:
        folder = src / "plainleaf"
    else:
        spec = importlib.util.find_spec("plainleaf")
        assert spec is not None and spec.origin is not None
        folder = Path(spec.origin).parent
    compileall.compile_dir(str(folder), quiet=1)
    return folder


def wall(cmd: list[str], src: Path | None = None) -> float:
    env = None
    if src is not None:
        env = {**os.environ, "PYTHONPATH": str(src)}
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    done = subprocess.run(cmd, capture_output=True, env=env)
    elapsed = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    CPU.append(after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime)
    if done.returncode != 0:
        raise SystemExit(f"{' '.join(cmd)} failed:\n{done.stderr.decode()}")
    return elapsed


def median_wall(cmd: list[str], repeats: int,
                against: Path | None = None) -> tuple[float, float, float | None]:
    """(median seconds, median ratio to python -c pass, median ratio of the ``against``
    checkout or None), each run paired with a baseline."""
    times, ratios, cpus, others, other_cpus = [], [], [], [], []
    for _ in range(repeats):
        base = wall([sys.executable, "-c", "pass"])
        t = wall(cmd)
        cpus.append(CPU[-1])
        times.append(t)
        ratios.append(t / base)
        if against is not None:
            others.append(wall(cmd, against) / base)
            other_cpus.append(CPU[-1])
    print(f"  (median CPU {statistics.median(cpus):.2f} s user+system per run; {load()})")
    if against is None:
        return statistics.median(times), statistics.median(ratios), None
    print(f"  (--against: median CPU {statistics.median(other_cpus):.2f} s per run)")
    return statistics.median(times), statistics.median(ratios), statistics.median(others)


def verdict(ratio: float, target_s: float) -> str:
    target_ratio = target_s / REFERENCE_PASS_S
    return f"target <= {target_ratio:.0f}x: {'PASS' if ratio <= target_ratio else 'FAIL'}"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument("--docs", type=int, default=200)
    parser.add_argument("--only", choices=["analyze", "handout", "batch"], action="append",
                        help="run only these figures (default: all three)")
    parser.add_argument("--against", type=Path,
                        help="another checkout's src folder, timed in the same runs")
    parser.add_argument("--no-compile", action="store_true",
                        help="leave the bytecode as it is (an editable checkout under "
                        "PYTHONDONTWRITEBYTECODE then compiles every module at each start)")
    args = parser.parse_args()
    only = set(args.only or ["analyze", "handout", "batch"])
    plainleaf = str(BIN / "plainleaf")
    if args.no_compile:
        print(f"bytecode left as it is (PYTHONDONTWRITEBYTECODE="
              f"{os.environ.get('PYTHONDONTWRITEBYTECODE', '')!r})")
    else:
        print(f"bytecode compiled in {compile_package(None)}"
              + (f" and {compile_package(args.against)}" if args.against else ""))
    with tempfile.TemporaryDirectory() as tmp:
        tmpdir = Path(tmp)
        article = tmpdir / "article.txt"
        article.write_text(doc(1000), encoding="utf-8")
        base = statistics.median(wall([sys.executable, "-c", "pass"]) for _ in range(5))
        print(f"python -c pass: {base * 1000:.0f} ms (reference {REFERENCE_PASS_S * 1000:.0f} ms); "
              f"{load()}")

        if "analyze" in only:
            t, r, other = median_wall([plainleaf, "analyze", str(article), "--format", "json"],
                                      args.repeats, args.against)
            print(f"analyze 1,000 words --format json: {t:.2f} s = {r:.1f}x python -c pass; "
                  f"{verdict(r, TARGETS['analyze'])}; {load()}")
            if other is not None:
                print(f"  --against: {other:.1f}x python -c pass ({other / r:.2f}x slower)")
        if "handout" in only:
            out = tmpdir / "h.pdf"
            t, r, other = median_wall(
                [plainleaf, "handout", "car-t-blood-cancers", "-o", str(out)],
                max(2, args.repeats // 2), args.against)
            print(f"handout car-t-blood-cancers: {t:.2f} s = {r:.1f}x python -c pass; "
                  f"{verdict(r, TARGETS['handout'])}; {load()}")
            if other is not None:
                print(f"  --against: {other:.1f}x python -c pass ({other / r:.2f}x slower)")
        if "batch" not in only:
            return 0

        folder = tmpdir / "docs"
        folder.mkdir()
        for i in range(args.docs):
            (folder / f"d{i:04d}.txt").write_text(doc(1000, i), encoding="utf-8")
        base = wall([sys.executable, "-c", "pass"])
        t = wall([plainleaf, "analyze", str(folder), "--workers", "2", "--quiet",
                  "-o", str(tmpdir / "r.jsonl")])
        rate = args.docs / t
        print(f"  (CPU {CPU[-1]:.1f} s user+system for the whole batch)")
        # Scale the rate to a quiet machine by the same baseline ratio as the other figures.
        quiet_rate = rate * base / REFERENCE_PASS_S
        print(f"batch of {args.docs} x 1,000 words, --workers 2: {t:.1f} s = {rate:.1f} docs/s "
              f"(~{quiet_rate:.1f} docs/s at the reference baseline); target >= "
              f"{TARGET_DOCS_PER_S:.0f}: {'PASS' if quiet_rate >= TARGET_DOCS_PER_S else 'FAIL'}; "
              f"{load()}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
