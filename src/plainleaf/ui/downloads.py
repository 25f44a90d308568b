"""Streamlit download buttons for printable handouts and reports.

The PDF bytes come from functions cached on the model's JSON, so a rerun (or the
click itself, with on_click="ignore") does not render the PDF again.
"""

from __future__ import annotations

import hashlib

import streamlit as st

from plainleaf.analysis_models import Analysis
from plainleaf.content import Library
from plainleaf.handout import booklet_pdf, report_pdf, therapy_pdf
from plainleaf.models import Glossary, Therapy

PDF = "application/pdf"


@st.cache_data(show_spinner="Making the printable handout...", max_entries=64)
def _therapy_pdf(therapy_json: str, glossary_json: str | None) -> bytes:
    therapy = Therapy.model_validate_json(therapy_json)
    glossary = Glossary.model_validate_json(glossary_json) if glossary_json else None
    return therapy_pdf(therapy, glossary)


@st.cache_data(show_spinner="Making the booklet...", max_entries=4)
def _booklet_pdf(library_json: str) -> bytes:
    return booklet_pdf(Library.model_validate_json(library_json))


@st.cache_data(show_spinner="Making the printable report...", max_entries=32)
def _report_pdf(
    analysis_json: str, source_name: str, text: str | None = None,
    page_names: tuple[tuple[str, str], ...] = (),
) -> bytes:
    # The text lets each quote show its sentence; page names title the library links.
    return report_pdf(Analysis.model_validate_json(analysis_json), source_name, text=text,
                      page_names=dict(page_names))


def _key(prefix: str, *parts: str) -> str:
    digest = hashlib.sha1("\x00".join(parts).encode("utf-8")).hexdigest()[:12]
    return f"{prefix}-{digest}"


def therapy_download(therapy: Therapy, glossary: Glossary | None) -> None:
    data = _therapy_pdf(therapy.model_dump_json(), glossary.model_dump_json() if glossary else None)
    st.download_button(
        "Download printable handout (PDF)",
        data=data,
        file_name=f"{therapy.slug}-handout.pdf",
        mime=PDF,
        key=_key("handout", therapy.slug),
        on_click="ignore",
        help="Two pages to print and take to your appointment, with space to write answers.",
    )


def booklet_download(library: Library) -> None:
    library_json = library.model_dump_json()
    data = _booklet_pdf(library_json)
    st.download_button(
        "Download the whole guide as a printable booklet (PDF)",
        data=data,
        file_name="plainleaf-booklet.pdf",
        mime=PDF,
        key=_key("booklet", library_json),
        on_click="ignore",
    )


def report_download(
    analysis: Analysis, source_name: str, text: str | None = None,
    page_names: dict[str, str] | None = None,
) -> None:
    analysis_json = analysis.model_dump_json()
    data = _report_pdf(analysis_json, source_name, text, tuple(sorted((page_names or {}).items())))
    st.download_button(
        "Download printable report of this check (PDF)",
        data=data,
        file_name="plainleaf-article-check.pdf",
        mime=PDF,
        key=_key("report", analysis_json, source_name),
        on_click="ignore",
    )
