"""A longer fuzz run over analyze_text (the suite runs a short one: tests/test_analyzer_fuzz.py).

Usage: python scripts/fuzz_analyzer.py [--examples N] [--seed S]
Prints how many inputs were tried, the slowest one, and any failure (then exits 1).
Record the figures in docs/fuzzing-analyzer.md.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from hypothesis import HealthCheck, given, seed, settings

from plainleaf.analyzer import analyze_text
from tests.fuzz_texts import check_analysis, texts


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--examples", type=int, default=5000)
    ap.add_argument("--seed", type=int, default=0)
    args = ap.parse_args()
    stats = {"n": 0, "slowest": 0.0, "chars": 0}

    @seed(args.seed)
    @settings(max_examples=args.examples, deadline=None, database=None,
              suppress_health_check=list(HealthCheck))
    @given(texts(max_tokens=600))
    def run(text: str) -> None:
        t0 = time.perf_counter()
        a = analyze_text(text)
        dt = time.perf_counter() - t0
        stats["n"] += 1
        stats["chars"] += len(text)
        stats["slowest"] = max(stats["slowest"], dt)
        check_analysis(text, a)

    t0 = time.perf_counter()
    try:
        run()
    except Exception as exc:  # report the shrunk failing input, then fail
        print(f"FAILED after {stats['n']} inputs: {exc!r}")
        return 1
    print(f"inputs tried: {stats['n']}, characters: {stats['chars']:,}, "
          f"slowest: {stats['slowest'] * 1000:.0f} ms, total: {time.perf_counter() - t0:.0f} s, "
          "failures: 0")
    return 0


if __name__ == "__main__":
    sys.exit(main())
