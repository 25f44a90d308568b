"""One page per therapy, for patients and carers: the bottom line and help first.

Order: title, the bottom line (with the evidence grade in words about outcomes), "Get
help now" (emergency signs first, above the fold on a phone), then the details. The
bottom line, the help block, the trial steps and the pictures are the same HTML
fragments the handout prints (plainleaf.blocks, plainleaf.pictures). Reading-level
figures are for editors and live on the "Reading level report" page, not here.
"""

from __future__ import annotations

import html

import streamlit as st

from plainleaf import blocks, pictures
from plainleaf.content import Library
from plainleaf.models import CATEGORY_LABELS, Severity, SideEffect, Therapy
from plainleaf.ui.text import md

SEVERITY_MARK = {
    Severity.usually_mild: "",
    Severity.can_be_serious: "⚠ ",
    Severity.can_be_life_threatening: "⚠⚠ ",
}

# Benefit pictures: two arrays side by side on a 390 px phone, each big enough to count.
PICTURE_CSS = """<style>
.pl-benefit .pl-icons { gap: 0.75rem 1.25rem; }
.pl-benefit-group { width: 150px; }
.pl-benefit-group img { width: 150px; }
.pl-benefit-who { margin: 0 0 0.25rem; font-size: 0.95rem; line-height: 1.3; min-height: 2.6em; }
.pl-legend-row { display: inline-block; margin-right: 0.75rem; }
.pl-picture.pl-median img { width: 100%; max-width: 360px; height: auto; }
.pl-caveat { font-style: italic; }
</style>"""

SECTIONS = [
    "In short",
    "How it is given",
    "What it is",
    "Is it approved?",
    "How strong is the evidence?",
    "Side effects",
    "Be careful",
    "Looking for a clinical trial?",
    "Questions to ask your care team",
    "Sources",
]


def render(library: Library, slug: str, nav: object | None = None) -> None:
    therapy = library.get(slug)
    if therapy is None:  # the file broke after the app started
        render_broken(library, slug)
        return
    st.title(md(therapy.name))
    st.markdown(f"**{CATEGORY_LABELS[therapy.category]}** · {md(therapy.regulatory.label)}")
    st.html(blocks.bottom_line_html(therapy, with_grade=False))
    st.html(blocks.help_html(therapy, write_in=True))
    st.html(blocks.grade_box_html(therapy))
    _download(library, therapy)

    st.header("In short")
    st.markdown(md(therapy.summary))
    if therapy.other_names:
        st.markdown("Also called: " + md(", ".join(therapy.other_names)))
    st.markdown("Used or tried for: " + md(", ".join(therapy.cancers)))

    st.header("How it is given")
    steps = pictures.steps_diagram(therapy.how_it_is_given)
    st.html(_figure(steps, "The steps, in order. The words below say more about each one."))
    st.markdown("\n".join(f"{i}. {md(step)}" for i, step in enumerate(therapy.how_it_is_given, 1)))
    if therapy.timeline:
        st.subheader("The first weeks after treatment")
        st.html(_figure(pictures.timeline_diagram(therapy.timeline), ""))

    st.header("What it is")
    st.markdown(md(therapy.what_it_is))

    _regulatory(therapy)
    _evidence(therapy)
    _side_effects(therapy)
    _caveats(therapy)
    st.html(blocks.trials_html(therapy))

    st.header("Questions to ask your care team")
    st.markdown("\n".join(f"- {md(q)}" for q in therapy.questions))

    _words_on_page(therapy, library)
    _sources(therapy)
    _review_log(therapy)
    if callable(nav):
        nav(slug)


def _figure(picture: pictures.Picture, caption: str) -> str:
    cap = f"<figcaption>{html.escape(caption)}</figcaption>" if caption else ""
    return f'<figure class="pl-picture pl-{picture.kind}">{picture.img_html()}{cap}</figure>'


def _regulatory(therapy: Therapy) -> None:
    reg = therapy.regulatory
    st.header("Is it approved?")
    st.markdown(f"**{reg.label}** (as of {reg.as_of:%B %Y}). " + md(reg.summary))
    if reg.products:
        # A list, not a five-column table: it reflows on a phone or at 200% zoom.
        st.markdown(
            "\n".join(
                f"- **{md(p.name)}**"
                + (f" ({md(p.generic_name)})" if p.generic_name else "")
                + f": {md(p.agency)}, {p.year}. Approved for: {md(p.use)}"
                for p in reg.products
            )
        )


def _evidence(therapy: Therapy) -> None:
    ev = therapy.evidence
    st.header("How strong is the evidence?")
    with st.container(border=True):
        st.markdown(f"### Grade {ev.level}: {ev.label}")
        st.markdown(f"**What it was shown to do:** {md(blocks.outcome_words(therapy))}")
        # Medians first: where a page has them, they are its main result ("slows the
        # cancer"), and the survival picture after them carries its own caveat.
        for median in ev.medians:
            st.html(PICTURE_CSS + pictures.median_figure_html(median))
        for benefit in ev.benefits:
            st.html(PICTURE_CSS + pictures.benefit_figure_html(benefit))
        st.markdown(md(ev.summary))
        st.markdown("**How we graded it:** " + md(ev.explained))
        st.markdown("**Why this grade**")
        st.markdown("\n".join(f"- {md(r)}" for r in ev.reasons))
        st.markdown("**What we still do not know**")
        st.markdown("\n".join(f"- {md(u)}" for u in ev.unknowns))
        if ev.as_of:
            st.markdown(f"Evidence checked as of {ev.as_of.day} {ev.as_of:%B %Y}.")


def effect_title(effect: SideEffect) -> str:
    return f"{SEVERITY_MARK[effect.severity]}{effect.name} ({blocks.severity_label(effect)})"


def _side_effects(therapy: Therapy) -> None:
    st.header("Side effects")
    st.markdown(
        "These are the known side effects. The common ones are open; tap a name to open or "
        "close it. Your care team will tell you which ones to watch for in your case."
    )
    for effect in blocks.ordered_effects(therapy):
        with st.expander(md(effect_title(effect)), expanded=blocks.opens_by_default(effect)):
            st.markdown(md(effect.what_it_is))
            if effect.risk:
                st.html(_risk_figure(effect))
            st.markdown(f"**How common:** {md(effect.how_common)}")
            st.markdown(f"**How serious:** {md(effect.how_serious)}")
            st.markdown(f"**When it starts:** {md(effect.when)}")
            st.markdown(f"**What to do:** {md(effect.what_to_do)}")
            st.markdown(
                "**Call your care team if:**\n"
                + "\n".join(f"- {md(c)}" for c in effect.call_care_team_if)
            )
            if effect.emergency_if:
                st.markdown(
                    f"**{md(blocks.EMERGENCY_LABEL)}**\n"
                    + "\n".join(f"- {md(c)}" for c in effect.emergency_if)
                )


def _risk_figure(effect: SideEffect) -> str:
    assert effect.risk is not None
    return PICTURE_CSS + pictures.risk_figure_html(effect.risk)


def caveats_html(therapy: Therapy) -> str:
    """All caveats in one box: one warning per page, not six alike."""
    # A harm the caveat gives as "N in 100" is drawn too, with its key (its words are
    # the caveat's own, so the figure does not repeat them).
    items = "".join(
        f"<li><b>{html.escape(c.kind_label)}: {html.escape(c.title)}.</b> "
        f"{html.escape(c.text)}"
        + (pictures.risk_figure_html(c.risk, words=False) if c.risk else "")
        + "</li>"
        for c in therapy.caveats
    )
    return (
        '<section class="pl-careful" aria-label="Be careful">'
        f'<h2>Be careful</h2><ul class="pl-caveats">{items}</ul></section>'
    )


def _caveats(therapy: Therapy) -> None:
    st.html(PICTURE_CSS + caveats_html(therapy))


def _words_on_page(therapy: Therapy, library: Library) -> None:
    if not library.glossary:
        return
    found = blocks.page_terms(therapy, library.glossary)
    if found:
        with st.expander(f"Words used on this page ({len(found)})"):
            for term in found:
                st.markdown(f"- **{md(term.term)}**: {md(term.definition)}")


def _sources(therapy: Therapy) -> None:
    st.header("Sources")
    lines = []
    for s in therapy.sources:
        lines.append(f"- [{md(s.title)}]({s.link}). {md(s.publisher)}, {s.year}.")
    st.markdown("\n".join(lines))


def _review_log(therapy: Therapy) -> None:
    st.markdown(f"**Last reviewed:** {therapy.last_reviewed.day} {therapy.last_reviewed:%B %Y}")
    if therapy.review_log:
        with st.expander("What changed on this page"):
            st.markdown(
                "\n".join(
                    f"- **{e.date.day} {e.date:%B %Y}:** {md(e.changed)} Checked: {md(e.checked)}"
                    for e in therapy.review_log
                )
            )


def _download(library: Library, therapy: Therapy) -> None:
    from plainleaf.ui import downloads

    downloads.therapy_download(therapy, library.glossary)


def render_broken(library: Library, stem: str) -> None:
    st.title(f"{md(stem)}: this page cannot be shown")
    st.error(
        "The content file for this therapy has a problem, so we do not show it. "
        "Half-checked medical information could mislead. The other therapies are fine."
    )
    st.markdown("**What is wrong (for the editors):**")
    st.markdown("\n".join(f"- {md(str(e))}" for e in library.errors_for(stem)))
