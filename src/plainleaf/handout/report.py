"""Printable report of an article check (an :class:`~plainleaf.analysis_models.Analysis`).

Every quote and reason comes from the analysis as plain text and is escaped; the
source name is whatever the user typed or uploaded, so it is escaped too.
"""

from __future__ import annotations

import datetime as dt

from markupsafe import Markup

from plainleaf import help_picture
from plainleaf.analysis_models import Analysis
from plainleaf.analyzer.report import HEADINGS, HELP_WORDS, build_report
from plainleaf.content import Library

from .render import Paper, layout, render_template

# The same sections, in the same order, as the page and the Markdown report; reading-level
# figures are an editor's tool and stay off the patient's paper.
REPORT_HEADINGS = {**HEADINGS, "about": "About this report"}
PAGES = 2  # what a typical report fits on


def report_html(
    analysis: Analysis,
    source_name: str,
    paper: Paper = "a4",
    today: dt.date | None = None,
    text: str | None = None,
    page_names: dict[str, str] | None = None,
    library: Library | None = None,
    compact: bool = False,
) -> str:
    """``text`` (the analysed text) lets each quote show its sentence; ``library`` gives
    the plain lines on side effects and on why to ask first; ``compact`` packs the details
    tighter (see ``report_pdf``)."""
    return render_template(
        "report.html",
        paper,
        a=analysis,
        v=build_report(analysis, text, page_names, library),
        source_name=source_name.strip() or "Pasted text",
        headings=REPORT_HEADINGS,
        made_on=today or dt.date.today(),
        # Our own SVG (no input in it): the evidence scale and the "Get help now" rows.
        scale=Markup(help_picture.evidence_scale_html(analysis.evidence.level, paper=True)),
        help_picture=Markup(help_picture.help_figure_html(None, strip=True)),
        help_words=HELP_WORDS,
        compact=compact,
    )


def report_pdf(
    analysis: Analysis,
    source_name: str,
    paper: Paper = "a4",
    text: str | None = None,
    page_names: dict[str, str] | None = None,
    library: Library | None = None,
) -> bytes:
    """The article check as a printable PDF (the `analyze --format pdf` output).

    A typical report fits on two pages. One that spills a little onto a third (a last
    page holding only the help box) is laid out once more, packed tighter; the tighter
    one is kept if it has fewer pages."""
    document = layout(report_html(analysis, source_name, paper, text=text,
                                  page_names=page_names, library=library))
    if len(document.pages) > PAGES:
        tight = layout(report_html(analysis, source_name, paper, text=text,
                                   page_names=page_names, library=library, compact=True))
        if len(tight.pages) < len(document.pages):
            document = tight
    return document.write_pdf()
