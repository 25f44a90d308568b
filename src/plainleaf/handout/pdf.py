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
# as given; on Linux each name no library answers to (16 of the 22 here) runs ldconfig, gcc
# and ld: 0.2 to 0.5 s of a cold handout (issue 13). A test keeps this list complete.
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


def _library_folders() -> list[str]:
    """Every folder ldconfig, gcc or ld would look in for a library, and more: the usual
    system folders with their multiarch and gcc-version subfolders, gcc's own folders, the
    folders in /etc/ld.so.conf (and its includes), LIBRARY_PATH and LD_LIBRARY_PATH."""
    import glob
    import os

    folders: list[str] = []
    for base in ("/lib", "/lib64", "/usr/lib", "/usr/lib64", "/usr/local/lib",
                 "/usr/local/lib64", *glob.glob("/usr/*-linux-*/lib*")):
        folders += [base, *glob.glob(f"{base}/*-linux-*"), *glob.glob(f"{base}/*-linux-*/[0-9]*")]
    folders += glob.glob("/usr/lib/gcc/*/*") + glob.glob("/usr/lib64/gcc/*/*")
    confs, seen = ["/etc/ld.so.conf"], set()
    while confs:
        conf = confs.pop()
        if conf in seen:
            continue
        seen.add(conf)
        try:
            lines = Path(conf).read_text(errors="replace").splitlines()
        except OSError:
            continue
        for line in lines:
            line = line.split("#", 1)[0].strip()
            if line.startswith("include"):
                confs += glob.glob(line.split(None, 1)[1]) if " " in line else []
            elif line.startswith("/"):
                folders.append(line)
    for var in ("LIBRARY_PATH", "LD_LIBRARY_PATH"):
        folders += [f for f in os.environ.get(var, "").split(":") if f]
    return folders


def _quick_find_library(find: Callable[[str], str | None]) -> Callable[[str], str | None]:
    """``find`` (ctypes.util.find_library), answering a name no file can match at once.

    ldconfig, gcc and ld can only find a library "NAME" as a file "libNAME.<something>" in
    a folder they search. When no file in any of :func:`_library_folders` (a superset of
    those folders) starts with "libNAME.", all three would say no after some 20 ms of
    running programs, so this says no at once. Any other name is asked of ``find``.
    """
    import bisect
    import os

    files: set[str] = set()
    for folder in _library_folders():
        try:
            files.update(name for name in os.listdir(folder) if name.startswith("lib"))
        except OSError:
            continue
    ordered = sorted(files)

    def find_library(name: str) -> str | None:
        prefix = f"lib{name}."
        i = bisect.bisect_left(ordered, prefix)
        if i < len(ordered) and ordered[i].startswith(prefix):
            return find(name)
        return None

    return find_library


def import_weasyprint() -> Any:
    """``import weasyprint``, without running gcc and ld for library names that no file
    can match (:func:`_quick_find_library`); the names that can are looked up as before."""
    if "weasyprint" in sys.modules or not sys.platform.startswith("linux"):
        import weasyprint

        return weasyprint
    import ctypes.util

    find = ctypes.util.find_library
    ctypes.util.find_library = _quick_find_library(find)
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
