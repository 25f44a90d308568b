"""The "Check an article" page: paste or upload, then a plain report.

Untrusted text is never rendered as HTML: the one place we build HTML (the text with
the red-flag quotes marked) escapes every piece of input first and adds only <mark>.
"""

from __future__ import annotations

import hashlib

import streamlit as st

from plainleaf.analysis_models import Analysis
from plainleaf.analyzer import InputError
from plainleaf.analyzer.extract import MAX_WORDS
from plainleaf.analyzer.report import NOT_ADVICE
from plainleaf.content import Library
from plainleaf.ui import article_report
from plainleaf.ui.text import md

TEXT_KEY = "article_text"
LINK_KEY = "article_link"
FETCH_NOTICE = (
    "If you paste a link, plainleaf downloads that one page from the web when you press "
    "Analyze. That is the only time it uses the internet; your text is never sent anywhere."
)
RESULT_KEY = "article_result"
SCROLL_KEY = "article_scroll"
UPLOAD_TYPES = ["txt", "md", "html", "htm", "pdf"]


class _OverBudget(Exception):
    """Raised out of the cached function so that a timeout is never cached: the same text
    may fit next time, on a quieter server."""


def _run_in_worker(
    kind: str, name: str, data: bytes, library: Library | None
) -> tuple[str, str]:
    """The analysis runs in the app's worker pool, with a time limit and a memory cap, so a
    heavy paste costs one worker process and never blocks other people's pages."""
    from plainleaf.budget import BudgetError, app_budget
    from plainleaf.fetch_rules import local_allowed
    from plainleaf.jobs import analyze_source

    try:
        return app_budget().run(analyze_source, kind, name, data, local_allowed(), library)
    except BudgetError as exc:
        raise _OverBudget(str(exc)) from exc


@st.cache_data(show_spinner=False, max_entries=64)
def _analyze_cached(
    kind: str, name: str, data: bytes, digest: str, _library: Library | None, library_key: str
) -> tuple[str | None, str | None, str | None]:
    """(analysis JSON, analyzed text, error). Cached on the input hash, so reruns are fast."""
    return _analyze(kind, name, data, _library)


def _analyze(
    kind: str, name: str, data: bytes, library: Library | None
) -> tuple[str | None, str | None, str | None]:
    try:
        result, text = _run_in_worker(kind, name, data, library)
    except InputError as exc:
        return None, None, str(exc)
    return result, text, None


@st.cache_data(show_spinner=False, max_entries=32, ttl=600)
def _analyze_link_cached(
    url: str, _library: Library | None, library_key: str
) -> tuple[str | None, str | None, str | None]:
    """A page can change: a downloaded link is reused for ten minutes at most."""
    return _analyze("url", url, url.encode("utf-8"), _library)


def _library_key(library: Library | None) -> str:
    return ",".join(t.slug for t in library.therapies) if library else ""


def render(library: Library | None) -> None:
    st.title("Check an article")
    st.write(
        "Paste a clinic page, a news story or a study abstract, or upload a file. "
        "We check it on this computer; nothing is sent anywhere."
    )
    st.info(NOT_ADVICE)

    st.session_state.setdefault(TEXT_KEY, "")
    st.text_area(
        "Paste the text here",
        key=TEXT_KEY,
        height=220,
        help=f"English only, up to {MAX_WORDS:,} words.",
    )
    upload = st.file_uploader(
        "Or upload a file",
        type=UPLOAD_TYPES,
        help="Text, Markdown, web page (HTML) or PDF with a text layer.",
    )
    st.session_state.setdefault(LINK_KEY, "")
    st.text_input(
        "Or paste a link to a web page",
        key=LINK_KEY,
        placeholder="https://",
        help="An http:// or https:// address of a public web page, in English.",
    )
    st.caption(FETCH_NOTICE)
    if st.button("Analyze", type="primary"):
        link = st.session_state[LINK_KEY].strip()
        try:
            if upload is not None:
                name = upload.name
                data, kind = upload.getvalue(), "file"
                digest = hashlib.sha256(kind.encode() + name.encode() + data).hexdigest()
                with st.spinner("Checking the file..."):
                    outcome = _analyze_cached(
                        kind, name, data, digest, library, _library_key(library))
            elif link:
                name = link
                with st.spinner("Downloading the page and checking it..."):
                    outcome = _analyze_link_cached(link, library, _library_key(library))
            else:
                name = "pasted text"
                data, kind = st.session_state[TEXT_KEY].encode("utf-8"), "text"
                digest = hashlib.sha256(kind.encode() + name.encode() + data).hexdigest()
                with st.spinner("Checking the text..."):
                    outcome = _analyze_cached(
                        kind, name, data, digest, library, _library_key(library))
        except _OverBudget as exc:
            outcome = (None, None, str(exc))
        result, text, error = outcome
        st.session_state[RESULT_KEY] = (result, text, error, name)
        st.session_state[SCROLL_KEY] = True  # the next report draw brings itself into view

    stored = st.session_state.get(RESULT_KEY)
    if not stored:
        return
    result, text, error, name = stored
    if error:
        # The pasted text stays in the box (session state), so nothing is lost.
        st.error(error)
        return
    _report(Analysis.model_validate_json(result), text, name, library)


def _report(a: Analysis, text: str, name: str, library: Library | None) -> None:
    # The report itself lives in article_report.py (same plan as the Markdown and PDF).
    scroll = bool(st.session_state.pop(SCROLL_KEY, False))
    article_report.render_report(a, text, name, library, scroll=scroll)


def _md(text: str) -> str:
    """Make untrusted text inert in Markdown (no links, no HTML, no formatting), on one line."""
    return md(" ".join(str(text).split()))
