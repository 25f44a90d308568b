"""Print how long readability measurement takes on texts of growing length.

Run: .venv/bin/python benchmarks/bench_readability.py
"""

from __future__ import annotations

import statistics
import time

from plainleaf import readability
from plainleaf.readability import measure

PARAGRAPH = (
    "CAR-T cell therapy uses your own immune cells. A lab changes them so they can find "
    "cancer (e.g. lymphoma). In one trial, 9.7% vs 38.8% of people had the cancer grow "
    "again (P < 0.001). Cytokine release syndrome can cause a fever. Dr. Lee said the "
    "U.S. FDA approved it in 2017. Call your care team if you feel confused. "
)


def text_of(n_words: int) -> str:
    words = PARAGRAPH.split()
    reps = n_words // len(words) + 1
    return " ".join((words * reps)[:n_words]) + "."


def clear_caches() -> None:
    readability.syllables.cache_clear()
    readability._is_difficult.cache_clear()
    readability._is_uncommon.cache_clear()


def main() -> None:
    measure("warm up the dictionaries")
    print(f"{'words':>8} {'median ms':>10} {'ms / 1k words':>14}")
    for n in (1_000, 10_000, 100_000):
        text = text_of(n)
        times = []
        for _ in range(5):
            clear_caches()
            start = time.perf_counter()
            measure(text)
            times.append((time.perf_counter() - start) * 1000)
        median = statistics.median(times)
        print(f"{n:>8} {median:>10.1f} {median / (n / 1000):>14.2f}")


if __name__ == "__main__":
    main()
