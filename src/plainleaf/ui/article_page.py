"""The "Check an article" page: paste or upload, then a plain report.

Untrusted text is never rendered as HTML: the one place we build HTML (the text with
the red-flag quotes marked) escapes every piece of input first and adds only <mark>.
"""

from __future__ import annotations

import hashlib

import streamlit as st

from plainleaf.analysis_models import Analysis
from plainleaf.analyzer import InputError, analyze_file, analyze_pasted
from plainleaf.analyzer.extract import MAX_WORDS
from plainleaf.analyzer.report import NOT_ADVICE
from plainleaf.content import Library
from plainleaf.ui import article_report
from plainleaf.ui.text import md

TEXT_KEY = "article_text"
RESULT_KEY = "article_result"
SCROLL_KEY = "article_scroll"
UPLOAD_TYPES = ["txt", "md", "html", "htm", "pdf"]


@st.cache_data(show_spinner=False, max_entries=64)
def _analyze_cached(
    kind: str, name: str, data: bytes, digest: str, _library: Library | None, library_key: str
) -> tuple[str | None, str | None, str | None]:
    """(analysis JSON, analyzed text, error). Cached on the input hash, so reruns are fast."""
    from plainleaf.analyzer.extract import extract, extract_pasted

    try:
        if kind == "file":
            text = extract(name, data)
            analysis = analyze_file(name, data, _library)
        else:
            text = extract_pasted(data.decode("utf-8"))
            analysis = analyze_pasted(data.decode("utf-8"), _library)
    except InputError as exc:
        return None, None, str(exc)
    return analysis.model_dump_json(), text, None


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
    if st.button("Analyze", type="primary"):
        if upload is not None:
            data, kind, name = upload.getvalue(), "file", upload.name
        else:
            data, kind, name = st.session_state[TEXT_KEY].encode("utf-8"), "text", "pasted text"
        digest = hashlib.sha256(kind.encode() + name.encode() + data).hexdigest()
        result, text, error = _analyze_cached(
            kind, name, data, digest, library, _library_key(library)
        )
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
