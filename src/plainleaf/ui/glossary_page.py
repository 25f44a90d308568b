"""The glossary: every medical word the guide uses, explained in plain words."""

from __future__ import annotations

import streamlit as st

from plainleaf.content import Library
from plainleaf.ui.text import md


def render(library: Library) -> None:
    st.title("Glossary")
    st.markdown("Medical words used in this guide, explained in plain words.")
    if library.glossary is None:
        st.error("The glossary file could not be loaded. The therapy pages still work.")
        return
    query = st.text_input("Find a word", placeholder="For example: CRS").strip().lower()
    terms = sorted(library.glossary.terms, key=lambda t: t.term.lower())
    if query:
        terms = [
            t
            for t in terms
            if query in t.term.lower()
            or any(query in a.lower() for a in t.aliases)
            or query in t.definition.lower()
        ]
    st.markdown(f"{len(terms)} word(s).")
    for term in terms:
        aliases = f" (also: {md(', '.join(term.aliases))})" if term.aliases else ""
        plain = f" In plain words: *{md(term.plain)}*." if term.plain else ""
        st.markdown(f"**{md(term.term)}**{aliases}: {md(term.definition)}{plain}")
