"""The app shell: loads the library once per content change and routes to the pages."""

from __future__ import annotations

import functools
from pathlib import Path

import streamlit as st

from plainleaf.content import Library, content_dir, load_library
from plainleaf.readability import measure
from plainleaf.ui import glossary_page, home_page, therapy_page
from plainleaf.ui.text import md

NOT_ADVICE = (
    "**This is not medical advice.** It is plain information to help you talk with your "
    "care team. They know your case; use this to ask them better questions."
)


# A clear focus ring for keyboard users (WCAG 2.4.7). Streamlit marks a focused page link
# only with a faint background tint and sidebar links barely at all. Constant CSS written
# here, never built from content or user text.
FOCUS_CSS = """<style>
a:focus-visible, summary:focus-visible, button:focus-visible, [role="tab"]:focus-visible {
  outline: 3px solid #1a4fb4 !important;
  outline-offset: 2px !important;
}
</style>"""


def content_signature(root: Path) -> tuple[tuple[str, int, int], ...]:
    """Names, sizes and times of the content files: a cheap key that changes on edit."""
    files = sorted(root.rglob("*.y*ml")) if root.is_dir() else []
    return tuple((str(p), p.stat().st_mtime_ns, p.stat().st_size) for p in files)


@st.cache_resource(show_spinner=False)
def _library(root: str, signature: tuple) -> Library:
    # `signature` is only part of the cache key: an edited file loads again.
    measure("Warm up the dictionaries once, not on the first page a reader opens.")
    return load_library(Path(root))


def current_library() -> Library:
    root = content_dir()
    return _library(str(root), content_signature(root))


def _article_page(library: Library) -> None:
    try:
        from plainleaf.ui import article_page
    except ImportError:
        st.title("Check an article")
        st.info("The article checker is not installed in this version.")
        return
    article_page.render(library)


def main() -> None:
    st.set_page_config(
        page_title="plainleaf: cancer cell therapies in plain words", layout="centered"
    )
    st.html(FOCUS_CSS)
    library = current_library()

    therapy_pages = [
        st.Page(
            functools.partial(therapy_page.render, library, t.slug),
            title=md(t.name),
            url_path=t.slug,
        )
        for t in library.therapies
    ]
    home = st.Page(
        functools.partial(home_page.render, library, {p.url_path: p for p in therapy_pages}),
        title="All therapies",
        url_path="therapies",
        default=True,
    )
    loaded = {t.slug for t in library.therapies}
    broken = sorted({Path(e.file).stem for e in library.errors if "therapies" in e.file} - loaded)
    broken_pages = [
        st.Page(
            functools.partial(therapy_page.render_broken, library, stem),
            title=md(f"{stem} (cannot be shown)"),
            url_path=stem,
        )
        for stem in broken
    ]
    tools = [
        st.Page(
            functools.partial(_article_page, library),
            title="Check an article",
            url_path="check-an-article",
        ),
        st.Page(
            functools.partial(glossary_page.render, library),
            title="Glossary",
            url_path="glossary",
        ),
    ]
    page = st.navigation(
        {"Start": [home], "Therapies": therapy_pages + broken_pages, "Tools": tools}
    )
    st.caption(NOT_ADVICE)
    page.run()
