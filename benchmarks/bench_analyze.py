"""Median time to analyze documents of 1,000, 10,000 and 100,000 words.

Documents are built by mixing the labelled fixture texts (tests/fixtures/articles) until
they reach the size. Run: .venv/bin/python benchmarks/bench_analyze.py [--repeats N]
"""

from __future__ import annotations

import argparse
import statistics
import time
from pathlib import Path

from plainleaf.analyzer import analyze_text
from plainleaf.sentences import words

FIXTURES = Path(__file__).resolve().parents[1] / "tests" / "fixtures" / "articles"


def build(n_words: int) -> str:
    texts = [p.read_text(encoding="utf-8") for p in sorted(FIXTURES.glob("*.txt"))]
    parts: list[str] = []
    count = i = 0
    while count < n_words:
        t = texts[i % len(texts)]
        parts.append(t)
        count += len(words(t))
        i += 1
    return "\n\n".join(parts)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--repeats", type=int, default=5)
    args = ap.parse_args()
    analyze_text(build(200))  # warm caches (syllable lookups, regex compilation)
    # CPU time too: on a shared machine wall time also counts waiting for a core.
    print(f"{'words':>8} {'median ms':>10} {'ms per 1k words':>16} {'CPU ms (min)':>13}")
    for size in (1_000, 10_000, 100_000):
        text = build(size)
        n = len(words(text))
        reps = args.repeats if size < 100_000 else max(1, args.repeats // 2)
        times, cpu = [], []
        for _ in range(reps):
            t0, c0 = time.perf_counter(), time.process_time()
            analyze_text(text)
            times.append(time.perf_counter() - t0)
            cpu.append(time.process_time() - c0)
        med = statistics.median(times) * 1000
        print(f"{n:>8} {med:>10.1f} {med / n * 1000:>16.1f} {min(cpu) * 1000:>13.1f}")


if __name__ == "__main__":
    main()
