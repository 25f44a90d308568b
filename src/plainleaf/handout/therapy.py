"""Therapy handouts and the booklet: what a nurse hands over, as HTML and as PDF.

The handout prints a chosen part of a :class:`~plainleaf.models.Therapy`: the summary,
the evidence grade with its reasons, each side effect's warning signs,
the caveats, and the questions. :func:`handout_text` is exactly the model prose that
is printed (no headings, labels, sources or boilerplate), and its measured reading
level is printed on the handout itself.
"""

from __future__ import annotations

import datetime as dt
import re

from plainleaf.content import Library
from plainleaf.models import Glossary, GlossaryTerm, Therapy
from plainleaf.readability import Readability, measure
from plainleaf.spec import EVIDENCE_EXPLAINED

from .render import Paper, html_to_pdf, render_template

# Fixed words that the templates print around the model text. Tests strip them
# from extracted PDF text before measuring, so they are listed in one place.
HEADINGS = {
    "evidence": "How strong is the evidence?",
    "reasons": "Why we say this",
    "side_effects": "Side effects to watch for",
    "caveats": "Be careful",
    "questions": "Questions to ask your care team",
    "sources": "Sources",
    "about": "About this handout",
}
SOURCES_NOTE = "(full links are in the plainleaf app)"
CALL_LABEL = "Call your care team if:"
ER_LABEL = "Go to the emergency room if:"


def _sentence(item: str) -> str:
    """A list item read as its own sentence (so the formulas count it as one)."""
    item = item.strip()
    return item if re.search(r"[.!?:]$", item) else item + "."


def handout_sections(therapy: Therapy) -> list[tuple[str, list[str]]]:
    """The model prose a handout prints, by section, in print order."""
    effects: list[str] = []
    for effect in therapy.side_effects:
        effects += [*effect.call_care_team_if, *effect.emergency_if]
    return [
        ("summary", [therapy.summary]),
        ("evidence", [therapy.evidence.summary, *therapy.evidence.reasons]),
        ("side_effects", effects),
        ("caveats", [c.text for c in therapy.caveats]),
        ("questions", list(therapy.questions)),
    ]


def handout_text(therapy: Therapy) -> str:
    """Patient text of the handout: every printed sentence that comes from the model.

    Left out on purpose: headings and labels (fixed, short, not sentences), names
    and titles (labels), sources and dates (references, not reading), and the fixed
    "about this handout" lines (measured separately in the tests).
    """
    return "\n\n".join(
        " ".join(_sentence(item) for item in items) for _, items in handout_sections(therapy)
    )


def handout_readability(therapy: Therapy, glossary: Glossary | None = None) -> Readability:
    return measure(handout_text(therapy), glossary)


def _therapy_context(therapy: Therapy, glossary: Glossary | None) -> dict[str, object]:
    reading = handout_readability(therapy, glossary)
    return {
        "t": therapy,
        "evidence_explained": EVIDENCE_EXPLAINED[therapy.evidence.level],
        "reading": reading,
        "reading_passes": reading.passes(),
        "headings": HEADINGS,
        "call_label": CALL_LABEL,
        "er_label": ER_LABEL,
        "sources_note": SOURCES_NOTE,
    }


def therapy_html(
    therapy: Therapy, glossary: Glossary | None = None, paper: Paper = "a4"
) -> str:
    """One therapy as a complete, print-ready HTML page."""
    context = _therapy_context(therapy, glossary)
    return render_template("therapy.html", paper, c=context, t=therapy)


def therapy_pdf(therapy: Therapy, glossary: Glossary | None = None, paper: Paper = "a4") -> bytes:
    return html_to_pdf(therapy_html(therapy, glossary, paper))


def glossary_terms(glossary: Glossary | None) -> list[GlossaryTerm]:
    if glossary is None:
        return []
    return sorted(glossary.terms, key=lambda term: term.term.lower())


def booklet_html(library: Library, paper: Paper = "a4", today: dt.date | None = None) -> str:
    """Cover, contents with page numbers, one section per therapy, glossary last."""
    sections = [_therapy_context(t, library.glossary) for t in library.therapies]
    return render_template(
        "booklet.html",
        paper,
        sections=sections,
        terms=glossary_terms(library.glossary),
        made_on=today or dt.date.today(),
        headings=HEADINGS,
    )


def booklet_pdf(library: Library, paper: Paper = "a4") -> bytes:
    return html_to_pdf(booklet_html(library, paper))
