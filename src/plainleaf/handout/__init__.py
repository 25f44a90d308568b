"""Printable handouts: one therapy, the whole library as a booklet, and article reports.

Plain functions over the pydantic models; HTML first (print-ready on its own), then
PDF through WeasyPrint with no network access. No Streamlit here.
"""

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
