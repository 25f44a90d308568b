"""Printable report of an article check (an :class:`~plainleaf.analysis_models.Analysis`).

Every quote and reason comes from the analysis as plain text and is escaped; the
source name is whatever the user typed or uploaded, so it is escaped too.
"""

from __future__ import annotations

import datetime as dt

from plainleaf.analysis_models import Analysis
from plainleaf.limits import LIMITS
from plainleaf.spec import EVIDENCE_EXPLAINED, SOURCE_TYPE_EXPLAINED

from .render import Paper, html_to_pdf, render_template

REPORT_HEADINGS = {
    "source_type": "What kind of text is this?",
    "evidence": "How strong is the evidence it gives?",
    "red_flags": "Warning signs in the text",
    "side_effects": "Side effects",
    "summary": "The text in plain words",
    "questions": "Questions to ask your care team",
    "about": "About this report",
}


def _passes(flesch_kincaid: float, smog: float) -> bool:
    return (
        flesch_kincaid <= LIMITS.max_flesch_kincaid_grade and smog <= LIMITS.max_smog_index
    )


def report_html(
    analysis: Analysis, source_name: str, paper: Paper = "a4", today: dt.date | None = None
) -> str:
    figures = analysis.summary.readability
    return render_template(
        "report.html",
        paper,
        a=analysis,
        source_name=source_name.strip() or "Pasted text",
        source_explained=SOURCE_TYPE_EXPLAINED[analysis.source_type.code],
        evidence_explained=EVIDENCE_EXPLAINED[analysis.evidence.level],
        summary_passes=_passes(figures.flesch_kincaid_grade, figures.smog_index),
        limits=LIMITS,
        headings=REPORT_HEADINGS,
        made_on=today or dt.date.today(),
    )


def report_pdf(analysis: Analysis, source_name: str, paper: Paper = "a4") -> bytes:
    """The article check as a printable PDF (the `analyze --format pdf` output)."""
    return html_to_pdf(report_html(analysis, source_name, paper))
