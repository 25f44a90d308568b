"""The editors' view: reading-level figures, hardest sentences and sections over the limit.

These tools check the writing; they are not for patients, so they live here (and in
`plainleaf check` / `plainleaf list`), never on a therapy page or a handout.
"""

from __future__ import annotations

import streamlit as st

from plainleaf.content import Library
from plainleaf.limits import LIMITS
from plainleaf.models import Therapy
from plainleaf.ui.text import md, pass_fail

TITLE = "Reading level report"


@st.cache_data(show_spinner=False)
def _measure(text: str):
    from plainleaf.readability import measure

    return measure(text)


@st.cache_data(show_spinner=False)
def _failing_sections(therapy_json: str) -> list[str]:
    """Reading-level problems of every section, as 'field: message' lines."""
    from plainleaf.quality import review_therapy

    report = review_therapy(Therapy.model_validate_json(therapy_json))
    return [f"{e.field}: {e.message}" for e in report.errors if "reading level" in e.message]


@st.cache_data(show_spinner=False)
def _handout_text(therapy_json: str) -> str:
    from plainleaf.handout.therapy import handout_text

    return handout_text(Therapy.model_validate_json(therapy_json))


def render(library: Library) -> None:
    st.title(TITLE)
    st.markdown(
        "For editors. Readability formulas count word and sentence length only: a pass is "
        f"a floor, not proof of clear writing. Limits: Flesch-Kincaid grade "
        f"{LIMITS.max_flesch_kincaid_grade:.0f} or lower and SMOG {LIMITS.max_smog_index:.0f} "
        "or lower, for every section and the whole page. The same checks run in "
        "`plainleaf check`; `plainleaf list` prints the figures."
    )
    if not library.therapies:
        st.info("No therapies loaded.")
        return
    names = {t.name: t for t in library.therapies}
    choice = st.selectbox("Therapy", list(names))
    therapy = names[choice]
    _report(therapy, library)


def _report(therapy: Therapy, library: Library) -> None:
    summary = _measure(therapy.summary)
    whole = _measure(therapy.patient_text())
    printed = _measure(_handout_text(therapy.model_dump_json()))
    failing = _failing_sections(therapy.model_dump_json())
    ok = summary.passes() and whole.passes() and not failing
    st.header(md(therapy.name))
    st.markdown(f"**Reading level: {pass_fail(ok)}.**")
    st.markdown(
        "\n".join(
            [
                f"- Summary: grade {summary.flesch_kincaid_grade:.1f} "
                f"(Flesch-Kincaid), SMOG {summary.smog_index:.1f}",
                f"- Whole page: grade {whole.flesch_kincaid_grade:.1f}, "
                f"SMOG {whole.smog_index:.1f}",
                f"- Printed handout text: grade {printed.flesch_kincaid_grade:.1f}, "
                f"SMOG {printed.smog_index:.1f}",
            ]
        )
    )
    if failing:
        st.subheader("Sections over the limit")
        st.markdown("\n".join(f"- {md(line)}" for line in failing))
    st.subheader("Hardest sentences")
    hardest = whole.hardest(5)
    if hardest:
        for s in hardest:
            st.markdown(f"- Grade {s.flesch_kincaid_grade:.1f}, {s.words} words: {md(s.text)}")
    else:
        st.markdown("No sentence on this page is over the grade limit.")
    hard = whole.hard_words
    if hard:
        from plainleaf.readability import glossary_index, lookup

        index = glossary_index(library.glossary) if library.glossary else {}
        st.subheader("Long or uncommon words")
        lines = []
        for h in hard[:15]:
            term = lookup(index, h.word)
            plain = f" (plainer: *{md(term.plain)}*)" if term and term.plain else ""
            lines.append(f"- **{md(h.word)}**, {h.syllables} syllables{plain}")
        st.markdown("\n".join(lines))
