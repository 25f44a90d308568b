"""One page per therapy: every section of the entry, with its measured reading level."""

from __future__ import annotations

import streamlit as st

from plainleaf.content import Library
from plainleaf.limits import LIMITS
from plainleaf.models import CATEGORY_LABELS, Severity, Therapy
from plainleaf.quality import review_therapy
from plainleaf.readability import Readability, glossary_index, lookup, measure
from plainleaf.sentences import words
from plainleaf.spec import EVIDENCE_EXPLAINED
from plainleaf.ui.text import md, pass_fail

SEVERITY_MARK = {
    Severity.usually_mild: "",
    Severity.can_be_serious: "⚠ ",
    Severity.can_be_life_threatening: "⚠⚠ ",
}


@st.cache_data(show_spinner=False)
def _measure(text: str) -> Readability:
    return measure(text)


def render(library: Library, slug: str) -> None:
    therapy = library.get(slug)
    if therapy is None:  # the file broke after the app started
        render_broken(library, slug)
        return
    st.title(md(therapy.name))
    if therapy.other_names:
        st.markdown("Also called: " + md(", ".join(therapy.other_names)))
    st.markdown(
        f"**{CATEGORY_LABELS[therapy.category]}** · Used or tried for: "
        + md(", ".join(therapy.cancers))
    )
    st.markdown(
        f"Status: **{therapy.regulatory.label}** · Evidence: **{therapy.evidence.level} — "
        f"{therapy.evidence.label}** · Last reviewed: **{therapy.last_reviewed:%d %B %Y}**"
    )
    _download(library, therapy)

    st.header("In short")
    st.markdown(md(therapy.summary))
    _reading_level(therapy, library)

    st.header("What it is")
    st.markdown(md(therapy.what_it_is))
    st.header("How it is given")
    st.markdown("\n".join(f"{i}. {md(step)}" for i, step in enumerate(therapy.how_it_is_given, 1)))

    _regulatory(therapy)
    _evidence(therapy)
    _side_effects(therapy)
    _caveats(therapy)

    st.header("Questions to ask your care team")
    st.markdown("\n".join(f"- {md(q)}" for q in therapy.questions))

    _words_on_page(therapy, library)
    _sources(therapy)


@st.cache_data(show_spinner=False)
def _failing_sections(therapy_json: str) -> list[str]:
    """Reading-level problems of every section, as 'field: message' lines."""
    report = review_therapy(Therapy.model_validate_json(therapy_json))
    return [f"{e.field}: {e.message}" for e in report.errors if "reading level" in e.message]


def _reading_level(therapy: Therapy, library: Library) -> None:
    reading = _measure(therapy.summary)
    whole = _measure(therapy.patient_text())
    failing = _failing_sections(therapy.model_dump_json())
    # PASS only when the summary, the whole page and every section are within the limits.
    ok = reading.passes() and whole.passes() and not failing
    st.markdown(
        f"**Reading level: {pass_fail(ok)}.** This summary reads at US school grade "
        f"{reading.flesch_kincaid_grade:.1f} (Flesch-Kincaid; SMOG {reading.smog_index:.1f}). "
        f"The whole page reads at grade {whole.flesch_kincaid_grade:.1f} "
        f"(SMOG {whole.smog_index:.1f}). Our limit is grade "
        f"{LIMITS.max_flesch_kincaid_grade:.0f} (SMOG {LIMITS.max_smog_index:.0f})."
    )
    with st.expander("Show the hardest sentences and words on this page"):
        hardest = whole.hardest(5)
        if hardest:
            st.markdown("**Hardest sentences**")
            for s in hardest:
                st.markdown(f"- Grade {s.flesch_kincaid_grade:.1f}, {s.words} words: {md(s.text)}")
        else:
            st.markdown("No sentence on this page is over the grade limit.")
        hard = whole.hard_words
        index = glossary_index(library.glossary) if library.glossary else {}
        if hard:
            st.markdown("**Long or uncommon words**")
            for h in hard[:15]:
                term = lookup(index, h.word)
                explained = f": {md(term.definition)}" if term else ""
                plain = f" (plainer: *{md(term.plain)}*)" if term and term.plain else ""
                st.markdown(f"- **{md(h.word)}**, {h.syllables} syllables{plain}{explained}")
        if failing:
            st.markdown("**Sections over the limit**")
            st.markdown("\n".join(f"- {md(line)}" for line in failing))


def _regulatory(therapy: Therapy) -> None:
    reg = therapy.regulatory
    st.header("Is it approved?")
    st.markdown(f"**{reg.label}** (as of {reg.as_of:%B %Y}). " + md(reg.summary))
    if reg.products:
        # A list, not a five-column table: it reflows on a phone or at 200% zoom (WCAG
        # 1.4.10), where the table made the whole page scroll sideways.
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
        st.markdown(md(EVIDENCE_EXPLAINED[ev.level]))
        st.markdown(md(ev.summary))
        st.markdown("**Why this grade**")
        st.markdown("\n".join(f"- {md(r)}" for r in ev.reasons))
        st.markdown("**What we still do not know**")
        st.markdown("\n".join(f"- {md(u)}" for u in ev.unknowns))


def _side_effects(therapy: Therapy) -> None:
    st.header("Side effects")
    st.markdown(
        "These are the known side effects. Your care team will tell you which ones to "
        "watch for in your case."
    )
    for effect in therapy.side_effects:
        title = f"{SEVERITY_MARK[effect.severity]}{effect.name} ({effect.severity_label})"
        with st.expander(md(title), expanded=effect.severity == Severity.can_be_life_threatening):
            st.markdown(md(effect.what_it_is))
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
                    "**Go to the emergency room or call 911 if:**\n"
                    + "\n".join(f"- {md(c)}" for c in effect.emergency_if)
                )


def _caveats(therapy: Therapy) -> None:
    st.header("Be careful")
    for caveat in therapy.caveats:
        st.warning(f"**{md(caveat.kind_label)}: {md(caveat.title)}**\n\n{md(caveat.text)}")


def _words_on_page(therapy: Therapy, library: Library) -> None:
    if not library.glossary:
        return
    index = glossary_index(library.glossary)
    text = therapy.patient_text()
    found = {}
    for w in words(text):
        term = lookup(index, w)
        if term:
            found[term.term] = term
    for name, term in index.items():  # multi-word terms such as "cytokine release syndrome"
        if " " in name and name in text.lower():
            found[term.term] = term
    if found:
        with st.expander(f"Words used on this page ({len(found)})"):
            for term in sorted(found.values(), key=lambda t: t.term.lower()):
                st.markdown(f"- **{md(term.term)}**: {md(term.definition)}")


def _sources(therapy: Therapy) -> None:
    st.header("Sources")
    lines = []
    for s in therapy.sources:
        lines.append(f"- [{md(s.title)}]({s.link}). {md(s.publisher)}, {s.year}.")
    st.markdown("\n".join(lines))
    st.markdown(f"**Last reviewed:** {therapy.last_reviewed:%d %B %Y}")


def _download(library: Library, therapy: Therapy) -> None:
    try:
        from plainleaf.ui import downloads
    except ImportError:
        return
    downloads.therapy_download(therapy, library.glossary)


def render_broken(library: Library, stem: str) -> None:
    st.title(f"{md(stem)}: this page cannot be shown")
    st.error(
        "The content file for this therapy has a problem, so we do not show it. "
        "Half-checked medical information could mislead. The other therapies are fine."
    )
    st.markdown("**What is wrong (for the editors):**")
    st.markdown("\n".join(f"- {md(str(e))}" for e in library.errors_for(stem)))
