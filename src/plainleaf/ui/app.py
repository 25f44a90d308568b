"""The app shell: loads the library once per content change, routes, and draws the menu.

Navigation is ours, not Streamlit's sidebar: the sidebar's page list broke the list and
listitem rules of axe-core, and on a phone it hid behind an unlabelled "»". Every page
gets a labelled "Menu" button at the top; therapy pages also get previous and next links.
"""

from __future__ import annotations

import functools
from pathlib import Path

import streamlit as st
from streamlit.navigation.page import StreamlitPage

from plainleaf.blocks import APP_CSS
from plainleaf.content import Library, content_dir, is_reserved_slug, load_library
from plainleaf.ui import editor_page, glossary_page, home_page, therapy_page
from plainleaf.ui.text import md

NOT_ADVICE = "**This is not medical advice.** Use it to talk with your care team."

PRIVACY = (
    "**Your privacy.** We do not ask who you are, and there are no adverts or tracking. "
    "Reading these pages stores nothing about you. If you use *Check an article*, the text "
    "you paste or upload goes to the computer that runs this app and is checked there. It "
    "is not sent anywhere else and not saved to a file or database, but it stays in that "
    "computer's memory for a while (until the app restarts) so a second check is quick. "
    "Do not paste your name, address or medical record number."
)

# Every url_path the app uses besides the therapy slugs. A therapy slug must never be one
# of these (content.RESERVED_SLUGS, owned by the content loader, should list them).
HOME_PATH = "therapies"
ARTICLE_PATH = "check-an-article"
GLOSSARY_PATH = "glossary"
EDITOR_PATH = "reading-level-report"
APP_PATHS = (HOME_PATH, ARTICLE_PATH, GLOSSARY_PATH, EDITOR_PATH)


# Constant CSS written here, never built from content or user text:
# - a clear focus ring for keyboard users (WCAG 2.4.7);
# - page links wrap whole words instead of being cut off with an ellipsis;
# - tap targets of at least 44 px for the menu and page links.
SHELL_CSS = """<style>
a:focus-visible, summary:focus-visible, button:focus-visible, [role="tab"]:focus-visible {
  outline: 3px solid #1a4fb4 !important;
  outline-offset: 2px !important;
}
[data-testid="stPageLink"] a, [data-testid="stPageLink-NavLink"] { min-height: 44px; }
[data-testid="stPageLink"] a *, [data-testid="stPageLink-NavLink"] * {
  white-space: normal !important; overflow: visible !important;
  text-overflow: clip !important; overflow-wrap: normal; word-break: normal;
}
[data-testid="stPageLink"] a p { text-decoration: underline; font-size: 1.05rem; }
[data-testid="stPopoverButton"] { min-height: 44px; min-width: 88px; }
[data-testid="stMainBlockContainer"] { padding-top: 3.25rem; }
@media (max-width: 640px) {
  [data-testid="stMainBlockContainer"] { padding-top: 2.5rem; }
  [data-testid="stMain"] h1 { font-size: 1.75rem; }
  .pl-bottom, .pl-help { padding: 0.5rem 0.75rem; line-height: 1.4; }
  .pl-bottom h2, .pl-help h2 { font-size: 1.2rem; }
  .pl-bottom p, .pl-help p { margin-bottom: 0.25rem; }
  .pl-help li { margin-bottom: 0.1rem; }
}
</style>"""


def content_signature(root: Path) -> tuple[tuple[str, int, int], ...]:
    """Names, sizes and times of the content files: a cheap key that changes on edit."""
    files = sorted(root.rglob("*.y*ml")) if root.is_dir() else []
    return tuple((str(p), p.stat().st_mtime_ns, p.stat().st_size) for p in files)


@st.cache_resource(show_spinner=False)
def _library(root: str, signature: tuple) -> Library:
    # `signature` is only part of the cache key: an edited file loads again.
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


class Pages:
    """Every page of the app, by role, for the menu and the previous/next links."""

    def __init__(self, library: Library) -> None:
        self.library = library
        self.therapies: dict[str, StreamlitPage] = {}
        for t in library.therapies:
            self.therapies[t.slug] = st.Page(
                functools.partial(therapy_page.render, library, t.slug, self.prev_next),
                title=t.name,
                url_path=t.slug,
            )
        loaded = {t.slug for t in library.therapies}
        # A broken file named like an app page ("glossary.yaml") must not take its address;
        # `plainleaf check` and the home page already name it.
        broken = sorted(
            stem
            for stem in {Path(e.file).stem for e in library.errors if "therapies" in e.file}
            - loaded
            if not is_reserved_slug(stem)
        )
        self.broken = [
            st.Page(
                functools.partial(therapy_page.render_broken, library, stem),
                title=f"{stem} (cannot be shown)",
                url_path=stem,
            )
            for stem in broken
        ]
        self.article = st.Page(
            functools.partial(_article_page, library),
            title="Check an article",
            url_path=ARTICLE_PATH,
        )
        self.home = st.Page(
            functools.partial(home_page.render, library, self.therapies, self.article),
            title="All therapies",
            url_path=HOME_PATH,
            default=True,
        )
        self.glossary = st.Page(
            functools.partial(glossary_page.render, library),
            title="Glossary",
            url_path=GLOSSARY_PATH,
        )
        self.editor = st.Page(
            functools.partial(editor_page.render, library),
            title="Reading level report (for editors)",
            url_path=EDITOR_PATH,
        )

    def all(self) -> list[StreamlitPage]:
        return [
            self.home,
            *self.therapies.values(),
            *self.broken,
            self.article,
            self.glossary,
            self.editor,
        ]

    def menu(self) -> None:
        with st.popover("Menu", help="All pages of this guide"):
            st.markdown("**Start**")
            st.page_link(self.home, label="All therapies")
            st.page_link(self.article, label="Check an article or advert")
            st.markdown("**Therapies**")
            for t in self.library.therapies:
                st.page_link(self.therapies[t.slug], label=md(t.name))
            for page in self.broken:
                st.page_link(page, label=md(page.title))
            st.markdown("**Tools**")
            st.page_link(self.glossary, label="Glossary: medical words explained")
            st.page_link(self.editor, label="Reading level report (for editors)")

    def prev_next(self, slug: str) -> None:
        """Previous and next therapy, and the way back to the list, at the end of a page."""
        slugs = [t.slug for t in self.library.therapies]
        i = slugs.index(slug)
        st.markdown("**More therapies**")
        if i > 0:
            prev = self.library.therapies[i - 1]
            st.page_link(self.therapies[prev.slug], label=f"← Previous: {md(prev.name)}")
        if i + 1 < len(slugs):
            nxt = self.library.therapies[i + 1]
            st.page_link(self.therapies[nxt.slug], label=f"Next: {md(nxt.name)} →")
        st.page_link(self.home, label="All therapies")


def main() -> None:
    st.set_page_config(
        page_title="plainleaf: cancer cell therapies in plain words", layout="centered"
    )
    st.html(SHELL_CSS)
    st.html(APP_CSS)
    library = current_library()
    pages = Pages(library)
    page = st.navigation(pages.all(), position="hidden")
    pages.menu()
    page.run()
    st.divider()
    st.markdown(NOT_ADVICE)
    st.markdown(PRIVACY)
