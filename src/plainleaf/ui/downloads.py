"""Streamlit download buttons for printable handouts and reports.

No PDF is built before someone asks for it: each button gets a callable, which
Streamlit runs only when the button is pressed (on its own thread, outside the
script). The PDF bytes are cached in this process on the model's JSON, so a second
press, or the same handout for another reader, does not render again. WeasyPrint is
imported only then, so opening a page never waits for it.
"""

from __future__ import annotations

import functools
import hashlib
from collections.abc import Callable

import streamlit as st

from plainleaf.analysis_models import Analysis
from plainleaf.content import Library
from plainleaf.models import Glossary, Therapy

PDF = "application/pdf"


def therapy_pdf(therapy: Therapy, glossary: Glossary | None) -> bytes:
    from plainleaf.handout import therapy_pdf as render

    return render(therapy, glossary)


def booklet_pdf(library: Library) -> bytes:
    from plainleaf.handout import booklet_pdf as render

    return render(library)


def report_pdf(analysis: Analysis, source_name: str, text: str | None = None,
               page_names: dict[str, str] | None = None,
               library: Library | None = None) -> bytes:
    from plainleaf.handout import report_pdf as render

    return render(analysis, source_name, text=text, page_names=page_names, library=library)


@functools.lru_cache(maxsize=64)
def _therapy_pdf(therapy_json: str, glossary_json: str | None) -> bytes:
    therapy = Therapy.model_validate_json(therapy_json)
    glossary = Glossary.model_validate_json(glossary_json) if glossary_json else None
    return therapy_pdf(therapy, glossary)


@functools.lru_cache(maxsize=4)
def _booklet_pdf(library_json: str) -> bytes:
    return booklet_pdf(Library.model_validate_json(library_json))


@functools.lru_cache(maxsize=32)
def _report_pdf(
    analysis_json: str, source_name: str, text: str | None = None,
    page_names: tuple[tuple[str, str], ...] = (),
    library_json: str | None = None,
) -> bytes:
    # The text lets each quote show its sentence; page names title the library links; the
    # library says what each side effect is and why to ask before paying.
    library = Library.model_validate_json(library_json) if library_json else None
    return report_pdf(Analysis.model_validate_json(analysis_json), source_name, text=text,
                      page_names=dict(page_names), library=library)


def _key(prefix: str, *parts: str) -> str:
    digest = hashlib.sha1("\x00".join(parts).encode("utf-8")).hexdigest()[:12]
    return f"{prefix}-{digest}"


def therapy_maker(therapy: Therapy, glossary: Glossary | None) -> Callable[[], bytes]:
    therapy_json = therapy.model_dump_json()
    glossary_json = glossary.model_dump_json() if glossary else None
    return lambda: _therapy_pdf(therapy_json, glossary_json)


def booklet_maker(library: Library) -> Callable[[], bytes]:
    library_json = library.model_dump_json()
    return lambda: _booklet_pdf(library_json)


def report_maker(
    analysis: Analysis, source_name: str, text: str | None = None,
    page_names: dict[str, str] | None = None, library: Library | None = None,
) -> Callable[[], bytes]:
    analysis_json = analysis.model_dump_json()
    names = tuple(sorted((page_names or {}).items()))
    library_json = library.model_dump_json() if library else None
    return lambda: _report_pdf(analysis_json, source_name, text, names, library_json)


def therapy_download(therapy: Therapy, glossary: Glossary | None) -> None:
    st.download_button(
        "Download printable handout (PDF, 2 pages)",
        data=therapy_maker(therapy, glossary),
        file_name=f"{therapy.slug}-handout.pdf",
        mime=PDF,
        key=_key("handout", therapy.slug, therapy.model_dump_json()),
        on_click="ignore",
        help="Two pages to print and take to your appointment, with space to write answers.",
    )


def booklet_download(library: Library) -> None:
    st.download_button(
        "Download the whole guide as a printable booklet (PDF)",
        data=booklet_maker(library),
        file_name="plainleaf-booklet.pdf",
        mime=PDF,
        key=_key("booklet", *(t.model_dump_json() for t in library.therapies)),
        on_click="ignore",
    )


def report_download(
    analysis: Analysis, source_name: str, text: str | None = None,
    page_names: dict[str, str] | None = None, library: Library | None = None,
) -> None:
    analysis_json = analysis.model_dump_json()
    st.download_button(
        "Download printable report of this check (PDF)",
        data=report_maker(analysis, source_name, text, page_names, library),
        file_name="plainleaf-article-check.pdf",
        mime=PDF,
        key=_key("report", analysis_json, source_name),
        on_click="ignore",
    )
