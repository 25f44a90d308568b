"""A short, deterministic run of the extraction fuzz property (fuzz/fuzz_extract.py):
mutated fixture pages, Markdown and PDFs end in text or a plain InputError."""

from __future__ import annotations

import sys
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "fuzz"))

from fuzz_extract import check_one  # noqa: E402

from tests.pdf_samples import text_pdf  # noqa: E402

SEEDS = [
    bytes([0]) + (ROOT / "tests" / "fixtures" / "html" / "03_abstract_phase2_til.html").read_bytes(),
    bytes([1]) + (ROOT / "tests" / "fixtures" / "articles" / "20_blog_til_vague.txt").read_bytes(),
    bytes([2]) + text_pdf((ROOT / "tests" / "fixtures" / "articles" / "07_pr_fda_approval.txt")
                          .read_text()),
]


@st.composite
def mutated(draw: st.DrawFn) -> bytes:
    data = bytearray(draw(st.sampled_from(SEEDS)))
    for _ in range(draw(st.integers(0, 8))):
        kind = draw(st.integers(0, 3))
        pos = draw(st.integers(0, max(0, len(data) - 1)))
        if kind == 0 and len(data) > 1:
            data[pos] = draw(st.integers(0, 255))
        elif kind == 1:
            data[pos:pos] = draw(st.binary(min_size=1, max_size=64))
        elif kind == 2:
            del data[pos : pos + draw(st.integers(1, 4096))]
        else:
            data[pos:pos] = draw(st.sampled_from(
                [b"<div>" * 500, b"</p>", b"\x00", b"\xff\xfe", b"<script>", b"obj << /Kids [",
                 b"stream\n", b"\n" * 1000, b"&#0;", b"<html lang='en'>"]))
    return bytes(data)


@settings(max_examples=120, deadline=None, derandomize=True,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(mutated())
def test_extraction_survives_mutations(data: bytes) -> None:
    check_one(data)


def test_seeds_extract() -> None:
    for seed in SEEDS:
        check_one(seed)
