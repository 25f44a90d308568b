"""WeasyPrint's side of the printable pages: lay HTML out offline, count pages, write PDF.

Apart from :mod:`.render` (templates, Markdown) so that the process that lays a handout
out needs only this, and the one that builds its HTML never imports WeasyPrint.
"""

from __future__ import annotations

import functools
import logging
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

TEMPLATES = Path(__file__).resolve().parent / "templates"

# The libraries WeasyPrint 70 opens when it is imported (weasyprint/text/ffi.py), by every
# name it tries, in order. cffi asks ctypes.util.find_library about each name it cannot open
# as given, and on Linux each miss runs ldconfig, gcc and ld: 22 lookups one after the
# other, 0.2 to 0.5 s of a cold handout (issue 13). A test keeps this list complete.
WEASYPRINT_LIBRARY_NAMES = (
    "libgobject-2.0-0", "gobject-2.0-0", "gobject-2.0",
    "libpango-1.0-0", "pango-1.0-0", "pango-1.0",
    "libharfbuzz-0", "harfbuzz",
    "libharfbuzz-subset-0", "harfbuzz-subset",
    "libharfbuzz-vector-0", "harfbuzz-vector", "harfbuzz-vector-0.0",
    "libharfbuzz-vector.so.0", "libharfbuzz-vector.0.dylib", "libharfbuzz-vector-0.dll",
    "libfontconfig-1", "fontconfig-1", "fontconfig",
    "libpangoft2-1.0-0", "pangoft2-1.0-0", "pangoft2-1.0",
)


def import_weasyprint() -> Any:
    """``import weasyprint``, with its library lookups run side by side.

    The same ctypes.util.find_library calls WeasyPrint's import would make, asked in
    threads first (each one mostly waits for ldconfig, gcc or ld), then answered from
    those results while WeasyPrint imports. The answers are the same; only the waiting
    overlaps. Nothing is kept between runs.
    """
    if "weasyprint" in sys.modules or not sys.platform.startswith("linux"):
        import weasyprint

        return weasyprint
    import ctypes.util
    from concurrent.futures import ThreadPoolExecutor

    find = ctypes.util.find_library
    with ThreadPoolExecutor(max_workers=8) as pool:
        found = dict(zip(WEASYPRINT_LIBRARY_NAMES,
                         pool.map(find, WEASYPRINT_LIBRARY_NAMES), strict=True))

    def find_library(name: str) -> str | None:
        return found[name] if name in found else find(name)

    ctypes.util.find_library = find_library
    try:
        import weasyprint
    finally:
        ctypes.util.find_library = find
    return weasyprint


@functools.cache
def offline_fetcher_class() -> type:
    import_weasyprint()
    from weasyprint.urls import URLFetcher

    class OfflineFetcher(URLFetcher):
        """Fetches local files only; every other URL is refused and recorded."""

        def __init__(self) -> None:
            super().__init__(allowed_protocols={"file"}, fail_on_errors=False)
            self.refused: list[str] = []

        def fetch(self, url: str, headers: dict[str, str] | None = None):  # type: ignore[override]
            if not url.lower().startswith("file:"):
                self.refused.append(url)
                raise ValueError(f"handouts never fetch non-file URLs: {url[:80]}")
            return super().fetch(url, headers)

    OfflineFetcher.__module__ = __name__
    OfflineFetcher.__qualname__ = "OfflineFetcher"
    return OfflineFetcher


def __getattr__(name: str) -> Any:
    # OfflineFetcher subclasses WeasyPrint's fetcher, so it is made on first use: building
    # a handout's HTML (and the command line) must not import WeasyPrint.
    if name == "OfflineFetcher":
        return offline_fetcher_class()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def layout(page_html: str, fetcher: Any = None):  # -> weasyprint Document
    """Lay print-ready HTML out in pages, without touching the network. Its ``pages``
    can be counted before the (slower) PDF is written. ``fetcher``: an OfflineFetcher."""
    fetcher = fetcher or offline_fetcher_class()()
    from weasyprint import HTML

    # A refused fetch is expected (content is untrusted); keep it out of the logs' way.
    logging.getLogger("weasyprint").setLevel(logging.ERROR)
    return HTML(string=page_html, base_url=TEMPLATES.as_uri() + "/", url_fetcher=fetcher).render()


def html_to_pdf(page_html: str, fetcher: Any = None) -> bytes:
    """Render print-ready HTML to PDF bytes without touching the network."""
    return layout(page_html, fetcher).write_pdf()


def first_that_fits(variants: Sequence[Callable[[], str]], max_pages: int) -> tuple[bytes, int]:
    """(PDF, pages) of the first variant laid out on at most ``max_pages`` pages, else of
    the one with the fewest pages (the first of those). Each variant makes its HTML when
    it is tried; only the chosen layout is written as a PDF."""
    best = None
    for make_html in variants:
        document = layout(make_html())
        if len(document.pages) <= max_pages:
            return document.write_pdf(), len(document.pages)
        if best is None or len(document.pages) < len(best.pages):
            best = document
    assert best is not None, "no variant to lay out"
    return best.write_pdf(), len(best.pages)


def _layout_if_fits(page_html: str, max_pages: int) -> tuple[int, bytes | None]:
    """A helper's task: the page count, and the PDF only when the layout fits."""
    document = layout(page_html)
    pages = len(document.pages)
    return pages, document.write_pdf() if pages <= max_pages else None


def first_that_fits_side_by_side(htmls: Sequence[str], max_pages: int) -> tuple[bytes, int]:
    """:func:`first_that_fits` over ready HTML, two variants at a time on two cores.

    This process lays out a variant while a forked helper lays out the next one; the first
    that fits, in order, is the one written, exactly as one after the other. The helper is
    stopped as soon as its answer is not needed. For the command line only (a single
    thread: forking is safe); a laid-out handout is 0.25 to 0.5 s, and most take two tries.
    """
    from plainleaf.budget import ForkedWorker

    pages: list[int] = []
    documents: dict[int, Any] = {}
    for i in range(0, len(htmls), 2):
        helper = None
        if i + 1 < len(htmls):
            helper = ForkedWorker(timeout=0, memory_mb=0)
            helper.submit(_layout_if_fits, htmls[i + 1], max_pages)
        try:
            document = layout(htmls[i])
            pages.append(len(document.pages))
            if pages[-1] <= max_pages:
                return document.write_pdf(), pages[-1]
            documents[i] = document
            if helper is not None:
                helper_pages, pdf = helper.result()
                if pdf is not None:
                    return pdf, helper_pages
                pages.append(helper_pages)
        finally:
            if helper is not None:
                helper.close()
    # None fits: the first with the fewest pages, as first_that_fits chooses.
    best = min(range(len(pages)), key=lambda k: (pages[k], k))
    document = documents.get(best) or layout(htmls[best])
    return document.write_pdf(), len(document.pages)
