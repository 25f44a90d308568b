"""The start page: check an advert, the grade legend, and every therapy by cancer type.

Nothing heavy happens here: no PDF is built until someone presses a download button.
"""

from __future__ import annotations

import streamlit as st
from streamlit.navigation.page import StreamlitPage

from plainleaf import blocks
from plainleaf.content import Library
from plainleaf.models import CATEGORY_LABELS
from plainleaf.ui.text import first_sentence, md

ALL = "All cancers"
INVITATION = "Saw an advert for a cell therapy? Check it here"


def render(
    library: Library, links: dict[str, StreamlitPage], article: StreamlitPage | None = None
) -> None:
    st.title("Cancer cell therapies in plain words")
    st.markdown(
        "Each page explains one treatment: what it is, whether it is proven, the side "
        "effects and when to get help. Every page shows its sources and when it was "
        "last checked. **This is not medical advice.** Use it to talk with your care team."
    )
    if article is not None:
        with st.container(border=True):
            st.page_link(article, label=f"**{INVITATION}**")
            st.markdown(
                "Paste the text of a clinic page, advert or news story. We tell you what kind "
                "of text it is, how strong its evidence is and which warning signs it shows."
            )
    if library.errors:
        st.warning(
            f"{len(library.errors)} problem(s) in the content files. The pages that loaded "
            "are still correct. Details are on each broken page."
        )

    # An h2 between the page title (h1) and each therapy card (h3): screen reader users
    # jump by heading level, and a skipped level reads as missing content.
    st.header("Find a therapy")
    cancer = st.selectbox(
        "Filter by cancer type",
        [ALL, *library.cancers],
        help="Show only the therapies used or tried for this cancer.",
    )
    shown = [t for t in library.therapies if cancer == ALL or cancer in t.cancers]
    st.markdown(f"Showing {len(shown)} of {len(library.therapies)} therapies.")
    for therapy in shown:
        with st.container(border=True):
            st.subheader(md(therapy.name))
            st.markdown(
                f"**{CATEGORY_LABELS[therapy.category]}** · "
                f"{md(therapy.regulatory.label)} · "
                f"Evidence grade {therapy.evidence.level}: {therapy.evidence.label}"
            )
            # What it was shown to do, in the page's own words: "Approved" or "grade A"
            # alone can read as "it works" (issue 12, fix 10).
            st.markdown(f"**Shown to do:** {md(blocks.outcome_words(therapy))}")
            where = blocks.approved_where(therapy)
            if where:
                st.markdown(f"**Approved in:** {md(where)}")
            st.markdown(md(first_sentence(therapy.summary)))
            st.markdown("Used or tried for: " + md(", ".join(therapy.cancers)))
            st.page_link(links[therapy.slug], label=f"Read about {md(therapy.name)}")

    st.html(blocks.grade_legend_html())
    st.header("Print the whole guide")
    st.markdown(
        "Every therapy and the glossary in one printable booklet. It is made when you "
        "press the button and can take a few seconds."
    )
    from plainleaf.ui import downloads

    downloads.booklet_download(library)
