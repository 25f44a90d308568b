"""The start page: every therapy, filtered by cancer type."""

from __future__ import annotations

import streamlit as st
from streamlit.navigation.page import StreamlitPage

from plainleaf.content import Library
from plainleaf.models import CATEGORY_LABELS
from plainleaf.ui.text import first_sentence, md

ALL = "All cancers"


def render(library: Library, links: dict[str, StreamlitPage]) -> None:
    st.title("Cancer cell therapies in plain words")
    st.markdown(
        "Each page explains one treatment: what it is, how strong the evidence is, the "
        "side effects, and what to watch out for. Every page shows its sources and when "
        "it was last checked. You can also paste an article to check it."
    )
    if library.errors:
        st.warning(
            f"{len(library.errors)} problem(s) in the content files. The pages that loaded "
            "are still correct. Details are on each broken page."
        )

    try:
        from plainleaf.ui import downloads
    except ImportError:  # handouts not installed in this version
        pass
    else:
        downloads.booklet_download(library)

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
                f"Status: {therapy.regulatory.label} · "
                f"Evidence: {therapy.evidence.level} — {therapy.evidence.label}"
            )
            st.markdown(md(first_sentence(therapy.summary)))
            st.markdown("Used or tried for: " + md(", ".join(therapy.cancers)))
            st.page_link(links[therapy.slug], label=f"Read about {therapy.name}")
