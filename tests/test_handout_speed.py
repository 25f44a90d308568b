"""The cold `plainleaf handout` (issue 13): the faster paths print exactly what the plain
ones print. Timings live in benchmarks/bench_cli.py, not here."""

from __future__ import annotations

import subprocess
import sys

import pytest

from plainleaf.content import load_library
from plainleaf.handout.pdf import (
    WEASYPRINT_LIBRARY_NAMES,
    _quick_find_library,
    first_that_fits,
    first_that_fits_side_by_side,
)
from plainleaf.handout.therapy import MAX_PAGES, handout_variants, therapy_pdf_pages


def test_every_library_weasyprint_looks_up_is_looked_up_ahead() -> None:
    # A fresh interpreter records what WeasyPrint's import asks ctypes.util.find_library:
    # the quick lookup is tested on these names.
    script = (
        "import ctypes.util\n"
        "asked = []\n"
        "find = ctypes.util.find_library\n"
        "ctypes.util.find_library = lambda n: asked.append(n) or find(n)\n"
        "import weasyprint\n"
        "print('\\n'.join(asked))\n"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                          timeout=300, check=True)
    asked = done.stdout.split()
    assert asked and set(asked) <= set(WEASYPRINT_LIBRARY_NAMES)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the quick path is Linux's")
def test_quick_library_lookup_answers_as_ctypes_does() -> None:
    # Every name WeasyPrint asks about, and libraries that are (or are not) installed.
    import ctypes.util

    find = ctypes.util.find_library
    quick = _quick_find_library(find)
    names = [*WEASYPRINT_LIBRARY_NAMES, "c", "m", "z", "ffi", "expat", "png", "cairo",
             "gcc_s", "stdc++", "no-such-library-here"]
    assert {n: quick(n) for n in names} == {n: find(n) for n in names}


@pytest.mark.parametrize("slug", ["til-therapy", "car-t-blood-cancers", "nk-cell-therapy"])
def test_side_by_side_chooses_and_writes_the_same_pdf(slug: str) -> None:
    # til-therapy fits at its fourth try, car-t at its second, nk-cell-therapy has one.
    library = load_library()
    therapy = library.get(slug)
    assert therapy is not None
    variants = handout_variants(therapy, library.glossary, "letter")
    one_by_one = first_that_fits(variants, MAX_PAGES)
    side_by_side = first_that_fits_side_by_side([make() for make in variants], MAX_PAGES)
    assert side_by_side == one_by_one == therapy_pdf_pages(therapy, library.glossary, "letter")


def test_side_by_side_falls_back_to_the_fewest_pages() -> None:
    library = load_library()
    therapy = library.get("til-therapy")
    assert therapy is not None
    htmls = [make() for make in handout_variants(therapy, library.glossary)]
    # Nothing fits on one page: the first with the fewest pages, as one by one.
    expected = first_that_fits([lambda h=h: h for h in htmls[:3]], 1)
    assert first_that_fits_side_by_side(htmls[:3], 1) == expected
