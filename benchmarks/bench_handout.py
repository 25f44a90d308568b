"""Time to render one therapy handout and the whole booklet (PDF), on this machine.

Usage: python benchmarks/bench_handout.py [--content DIR] [--repeat N]
Targets on a 2-core machine: one handout <= 2 s, booklet <= 15 s.
"""

from __future__ import annotations

import argparse
import io
import statistics
import time
from pathlib import Path

from pypdf import PdfReader

from plainleaf.content import load_library
from plainleaf.handout import booklet_pdf, therapy_pdf


def timed(fn, *args) -> tuple[float, bytes]:
    start = time.perf_counter()
    out = fn(*args)
    return time.perf_counter() - start, out


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--content", type=Path)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    library = load_library(args.content)
    if not library.therapies:
        raise SystemExit("no therapies loaded")

    first, _ = timed(therapy_pdf, library.therapies[0], library.glossary)
    print(f"first handout (cold: fonts, templates)  {first:6.2f} s")
    worst = 0.0
    for therapy in library.therapies:
        times = []
        for _ in range(args.repeat):
            seconds, pdf = timed(therapy_pdf, therapy, library.glossary)
            times.append(seconds)
        pages = len(PdfReader(io.BytesIO(pdf)).pages)
        median = statistics.median(times)
        worst = max(worst, median)
        print(f"handout {therapy.slug:30} {median:6.2f} s  ({pages} pages)")
    print(f"slowest handout (median of {args.repeat})        {worst:6.2f} s  target <= 2 s")

    seconds, pdf = timed(booklet_pdf, library)
    pages = len(PdfReader(io.BytesIO(pdf)).pages)
    print(f"booklet of {len(library.therapies)} therapies              {seconds:6.2f} s  "
          f"({pages} pages)  target <= 15 s")


if __name__ == "__main__":
    main()
