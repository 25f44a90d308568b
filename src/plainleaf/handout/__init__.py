"""Printable handouts: one therapy, the whole library as a booklet, and article reports.

Plain functions over the pydantic models; HTML first (print-ready on its own), then
PDF through WeasyPrint with no network access. No Streamlit here.

The names below load their module on first use, so that a process that only lays pages
out (:mod:`plainleaf.handout.pdf`) does not import the templates' side, and the other way
round (issue 13).
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from plainleaf.handout.render import NOT_ADVICE, PAPERS, Paper
    from plainleaf.handout.report import report_html, report_pdf
    from plainleaf.handout.therapy import (
        booklet_html,
        booklet_pdf,
        handout_readability,
        handout_text,
        therapy_html,
        therapy_pdf,
    )

_HOMES = {
    "NOT_ADVICE": "render",
    "PAPERS": "render",
    "Paper": "render",
    "report_html": "report",
    "report_pdf": "report",
    "booklet_html": "therapy",
    "booklet_pdf": "therapy",
    "handout_readability": "therapy",
    "handout_text": "therapy",
    "therapy_html": "therapy",
    "therapy_pdf": "therapy",
}

__all__ = [
    "NOT_ADVICE",
    "PAPERS",
    "Paper",
    "booklet_html",
    "booklet_pdf",
    "handout_readability",
    "handout_text",
    "report_html",
    "report_pdf",
    "therapy_html",
    "therapy_pdf",
]


def __getattr__(name: str) -> Any:
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{home}"), name)
    globals()[name] = value
    return value
