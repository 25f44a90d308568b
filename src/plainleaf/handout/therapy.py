"""Therapy handouts and the booklet: what a nurse hands over, as HTML and as PDF.

Two pages per therapy: the bottom line with the evidence grade in words about outcomes,
the "Get help now" box with lines to write in the care team's 24-hour number, the
step diagram and (for CAR-T) the timeline of the first weeks, each side effect with its
icon array, one "Be careful" box, what we still do not know, how to find a trial, the
questions with room for answers, and the sources. The bottom line, the help box, the
trial steps and the pictures are the same HTML fragments the app shows
(:mod:`plainleaf.blocks`, :mod:`plainleaf.pictures`).

:func:`handout_text` is exactly the model prose that is printed (no headings, labels,
sources or boilerplate). Its reading level is for editors: the app's "Reading level
report" and the CLI show it; the handout does not.
"""

from __future__ import annotations

import datetime as dt
import html
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial

from markupsafe import Markup

from plainleaf import blocks, pictures
from plainleaf.content import Library
from plainleaf.models import Glossary, GlossaryTerm, Severity, Therapy
from plainleaf.readability import Readability, measure

from .glosses import add_glosses
from .render import Paper, first_that_fits, html_to_pdf, render_template

# Fixed words that the templates print around the model text. Tests strip them
# from extracted PDF text before measuring, so they are listed in one place.
HEADINGS = {
    "bottom_line": blocks.BOTTOM_LINE_HEADING,
    "help": blocks.HELP_HEADING,
    "how": "How it is given",
    "timeline": "The first weeks after treatment",
    "side_effects": "Side effects",
    "caveats": "Be careful",
    "unknowns": "What we still do not know",
    "benefits": "What the studies found",
    "trials": blocks.TRIALS_HEADING,
    "questions": "Questions to ask your care team",
    "sources": "Sources",
}


def _sentence(item: str) -> str:
    """A list item read as its own sentence (so the formulas count it as one)."""
    item = item.strip()
    return item if re.search(r"[.!?:]$", item) else item + "."


def effect_text(effect) -> str:
    """What a side effect is, in one or two sentences, as the handout prints it."""
    return blocks._first_sentences(effect.what_it_is, 1)


def _words_only(text: str, caveat: str | None) -> Markup:
    """A result in words, for a handout with no room for its picture."""
    after = f" {html.escape(caveat)}" if caveat else ""
    return Markup(f'<p class="pl-benefit-words"><b>{html.escape(text)}</b>{after}</p>')


def _result_figures(therapy: Therapy) -> list[tuple[Markup, Markup]]:
    """(picture, words only) for each result, in print order: medians, then benefits."""
    ev = therapy.evidence
    return [
        *(
            (Markup(pictures.median_figure_html(m, inline=True)), _words_only(m.text, m.caveat))
            for m in ev.medians
        ),
        *(
            (
                Markup(pictures.benefit_figure_html(b, inline=True, paper=True)),
                _words_only(b.text, b.caveat),
            )
            for b in ev.benefits
        ),
    ]


def handout_sections(therapy: Therapy) -> list[tuple[str, list[str]]]:
    """The model prose a handout prints, by section, in print order."""
    emergency, call, tell, wallet = blocks.help_lists(therapy)
    effects: list[str] = []
    for effect in blocks.ordered_effects(therapy):
        effects.append(effect_text(effect))
        if effect.risk:
            effects.append(effect.risk.text)
    sections = [
        ("bottom_line", [text for _, text in blocks.bottom_line_sentences(therapy)]),
        ("evidence", [blocks.outcome_words(therapy)]),
        ("benefits", [
            *(m.text for m in therapy.evidence.medians),
            *(m.caveat for m in therapy.evidence.medians if m.caveat),
            *(b.text for b in therapy.evidence.benefits),
            *(b.caveat for b in therapy.evidence.benefits if b.caveat),
        ]),
        ("get_help", [*emergency, *call, tell, *([wallet] if wallet else [])]),
        ("timeline", [s.what for s in therapy.timeline]),
        ("side_effects", effects),
        ("caveats", [c.text for c in therapy.caveats]),
        ("unknowns", list(therapy.evidence.unknowns)),
        ("questions", list(therapy.questions)),
    ]
    return [(name, items) for name, items in sections if items]


def handout_text(therapy: Therapy) -> str:
    """Patient text of the handout: every printed sentence that comes from the model.

    Left out on purpose: headings and labels (fixed, short, not sentences), names
    and titles (labels), the words inside the pictures (labels), sources and dates
    (references, not reading), and the fixed trial-search steps.
    """
    return "\n\n".join(
        " ".join(_sentence(item) for item in items) for _, items in handout_sections(therapy)
    )


def handout_readability(therapy: Therapy, glossary: Glossary | None = None) -> Readability:
    return measure(handout_text(therapy), glossary)


@dataclass(frozen=True)
class PrintedEffect:
    name: str
    label: str
    severe: bool
    text: str
    risk_text: str
    icons: Markup | None
    legend: Markup | None = None


def _effects(therapy: Therapy) -> list[PrintedEffect]:
    out = []
    for effect in blocks.ordered_effects(therapy):
        icons = Markup(pictures.icon_array(effect.risk).inline_html()) if effect.risk else None
        legend = Markup(pictures.risk_legend_html(effect.risk)) if effect.risk else None
        out.append(
            PrintedEffect(
                name=effect.name,
                label=blocks.severity_label(effect),
                severe=effect.severity == Severity.can_be_life_threatening,
                text=effect_text(effect),
                risk_text=effect.risk.text if effect.risk else "",
                icons=icons,
                legend=legend,
            )
        )
    return out


def effect_rows(effects: list[PrintedEffect]) -> list[list[PrintedEffect]]:
    """The effects two by two, most serious first, as rows of a two-column table.

    Table rows, not CSS columns: WeasyPrint balances CSS columns by laying their content
    out again and again, which took 30 s for one handout with icon arrays (issue 13). Rows
    are laid out once and a page can break between them.
    """
    return [effects[i : i + 2] for i in range(0, len(effects), 2)]


def _therapy_context(
    therapy: Therapy,
    glossary: Glossary | None,
    drawn: int = 99,
    big_risks: bool = True,
) -> dict[str, object]:
    timeline = (
        Markup(pictures.timeline_diagram(therapy.timeline).inline_html())
        if therapy.timeline
        else None
    )
    return {
        "t": therapy,
        "headings": HEADINGS,
        # Markup from plainleaf.blocks and plainleaf.pictures: every content value in
        # it is escaped there, once, for the app and the handout alike.
        "bottom_line": Markup(blocks.bottom_line_html(therapy, paper=True)),
        "help": Markup(blocks.help_html(therapy, write_in=True, paper=True)),
        "trials_line": blocks.trials_line(therapy),
        "steps_svg": Markup(pictures.steps_diagram(therapy.how_it_is_given).inline_html()),
        "timeline_svg": timeline,
        "effect_rows": effect_rows(_effects(therapy)),
        # A caveat's "N in 100" harm as a small icon array with its key, or None.
        "caveat_pictures": [
            (
                Markup(pictures.icon_array(cv.risk).inline_html()),
                Markup(pictures.risk_legend_html(cv.risk)),
            )
            if cv.risk
            else None
            for cv in therapy.caveats
        ],
        "big_risks": big_risks,
        # The result pictures (medians first: where a page has them they are its main
        # result), or, past the first ``drawn``, the same words without the picture: see
        # handout_variants.
        "benefits": [
            picture if i < drawn else words
            for i, (picture, words) in enumerate(_result_figures(therapy))
        ],
        # One group's array is narrow enough to sit under "What we still do not know",
        # in the room the picture beside it leaves; two side by side need the full width.
        "benefits_beside": drawn > 0
        and len(therapy.evidence.benefits) == 1
        and not therapy.evidence.medians
        and therapy.evidence.benefits[0].compared_in_100 is None,
        "latest_change": therapy.review_log[0] if therapy.review_log else None,
    }


def therapy_html(
    therapy: Therapy,
    glossary: Glossary | None = None,
    paper: Paper = "a4",
    drawn: int = 99,
    big_risks: bool = True,
) -> str:
    """One therapy as a complete, print-ready HTML page, with its first ``drawn`` result
    pictures (the rest in words)."""
    context = _therapy_context(therapy, glossary, drawn, big_risks)
    page = render_template("therapy.html", paper, c=context, t=therapy)
    return add_glosses(page, glossary, [c.value for c in therapy.therapy_codes])[0]


MAX_PAGES = 2


def therapy_pdf(therapy: Therapy, glossary: Glossary | None = None, paper: Paper = "a4") -> bytes:
    """The handout, with the biggest pictures that still fit on two pages."""
    return therapy_pdf_pages(therapy, glossary, paper)[0]


def therapy_pdf_pages(
    therapy: Therapy, glossary: Glossary | None = None, paper: Paper = "a4"
) -> tuple[bytes, int]:
    """:func:`therapy_pdf` and its number of pages (counted in the layout, not the PDF)."""
    return first_that_fits(handout_variants(therapy, glossary, paper), MAX_PAGES)


def handout_variants(
    therapy: Therapy, glossary: Glossary | None = None, paper: Paper = "a4"
) -> list[Callable[[], str]]:
    """The handout's HTML with the biggest pictures first, in the order they are tried.

    Icon arrays at least 4 cm wide (benefits, and risks with their legend) take about
    5 cm of height each. On a few full handouts that would make a third page, so those
    print smaller risk arrays, then only the main result's picture (the first), then the
    results' words without pictures.
    """
    has_risks = any(e.risk for e in therapy.side_effects)
    results = len(therapy.evidence.medians) + len(therapy.evidence.benefits)
    risk_sizes = [True, False] if has_risks else [True]
    drawn_counts = [results] + ([1] if results > 1 else []) + ([0] if results else [])
    tries = [(drawn, big) for drawn in drawn_counts for big in risk_sizes]
    return [partial(therapy_html, therapy, glossary, paper, drawn, big_risks)
            for drawn, big_risks in tries]


def _page_count(pdf: bytes) -> int:
    import io

    from pypdf import PdfReader

    return len(PdfReader(io.BytesIO(pdf)).pages)


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
