"""The "Check an article" page: paste or upload, then a plain report.

Untrusted text is never rendered as HTML: the one place we build HTML (the text with
the red-flag quotes marked) escapes every piece of input first and adds only <mark>.
"""

from __future__ import annotations

import hashlib
import html

import streamlit as st

from plainleaf.analysis_models import Analysis
from plainleaf.analyzer import InputError
from plainleaf.analyzer.extract import MAX_WORDS
from plainleaf.analyzer.report import NOT_ADVICE, reading_verdict
from plainleaf.content import Library
from plainleaf.spec import EVIDENCE_EXPLAINED, SOURCE_TYPE_EXPLAINED
from plainleaf.ui.text import md

TEXT_KEY = "article_text"
LINK_KEY = "article_link"
FETCH_NOTICE = (
    "If you paste a link, plainleaf downloads that one page from the web when you press "
    "Analyze. That is the only time it uses the internet; your text is never sent anywhere."
)
RESULT_KEY = "article_result"
UPLOAD_TYPES = ["txt", "md", "html", "htm", "pdf"]
# Showing the whole text with marks is only useful (and fast) up to a point.
MAX_HIGHLIGHT_CHARS = 60_000
CONTEXT_CHARS = 120


class _OverBudget(Exception):
    """Raised out of the cached function so that a timeout is never cached: the same text
    may fit next time, on a quieter server."""


def _run_in_worker(kind: str, name: str, data: bytes) -> tuple[str, str]:
    """The analysis runs in the app's worker pool, with a time limit and a memory cap, so a
    heavy paste costs one worker process and never blocks other people's pages."""
    from plainleaf.budget import BudgetError, app_budget
    from plainleaf.fetch_rules import local_allowed
    from plainleaf.jobs import analyze_source

    try:
        return app_budget().run(analyze_source, kind, name, data, local_allowed())
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
    from plainleaf.analyzer.analyze import library_slugs

    try:
        result, text = _run_in_worker(kind, name, data)
    except InputError as exc:
        return None, None, str(exc)
    analysis = Analysis.model_validate_json(result)
    analysis.library_slugs = library_slugs(analysis.therapies, library)
    return analysis.model_dump_json(), text, None


@st.cache_data(show_spinner=False, max_entries=32, ttl=600)
def _analyze_link_cached(
    url: str, _library: Library | None, library_key: str
) -> tuple[str | None, str | None, str | None]:
    """A page can change: a downloaded link is reused for ten minutes at most."""
    return _analyze("url", url, url.encode("utf-8"), _library)


def _library_key(library: Library | None) -> str:
    return ",".join(t.slug for t in library.therapies) if library else ""


QUOTE_STYLE = "margin:0 0 1rem;padding:0.25rem 1rem;border-left:4px solid #555;color:#222"
TEXT_STYLE = "color:#222;line-height:1.6"


def highlighted_html(text: str, spans: list[tuple[int, int]]) -> str:
    """Escaped text with the given spans wrapped in <mark>. Overlaps are merged."""
    merged: list[list[int]] = []
    for s, e in sorted(spans):
        if merged and s <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], e)
        else:
            merged.append([s, e])
    out, pos = [], 0
    for s, e in merged:
        out.append(html.escape(text[pos:s]))
        out.append("<mark>" + html.escape(text[s:e]) + "</mark>")
        pos = e
    out.append(html.escape(text[pos:]))
    return "".join(out).replace("\n", "<br>")


def _in_context(text: str, start: int, end: int) -> str:
    lo, hi = max(0, start - CONTEXT_CHARS), min(len(text), end + CONTEXT_CHARS)
    return (
        ("…" if lo else "")
        + html.escape(text[lo:start])
        + "<mark>"
        + html.escape(text[start:end])
        + "</mark>"
        + html.escape(text[end:hi])
        + ("…" if hi < len(text) else "")
    ).replace("\n", " ")


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
    try:
        from plainleaf.ui import downloads
    except ImportError:  # handouts not installed in this version
        pass
    else:
        downloads.report_download(a, name)
    st.header("In plain words")
    for s in a.summary.sentences:
        st.markdown(f"- {_md(s.text)}")
    r = a.summary.readability
    verdict = reading_verdict(r.flesch_kincaid_grade, r.smog_index)
    st.caption(f"Reading level of this summary: {verdict}")

    st.header("What kind of text this is")
    st.subheader(a.source_type.label)
    st.write(SOURCE_TYPE_EXPLAINED[a.source_type.code])
    for reason in a.source_type.reasons:
        st.markdown(f"- {_md(reason)}")

    st.header("How strong is the evidence?")
    st.subheader(f"Evidence level {a.evidence.level}: {a.evidence.label}")
    st.write(EVIDENCE_EXPLAINED[a.evidence.level])
    for reason in a.evidence.reasons:
        st.markdown(f"- {_md(reason)}")

    st.header("Red flags")
    if not a.red_flags:
        st.success("No red flags found.")
    for f in a.red_flags:
        st.markdown(f"**{_md(f.name)}.** {_md(f.why)}")
        # Escaped input plus our own <mark> tags only. st.html, not st.markdown: Markdown
        # would still turn "![](http://...)" in the input into an image fetched from the web.
        st.html(
            f'<blockquote style="{QUOTE_STYLE}">{_in_context(text, f.start, f.end)}</blockquote>'
        )

    st.header("Side effects")
    if a.side_effects.mentioned:
        for m in a.side_effects.mentioned:
            said = "the text says it did not happen" if m.negated else "mentioned"
            st.markdown(f'- **{_md(m.name)}**: {said} ("{_md(m.quotes[0])}")')
    else:
        st.write("The text names no side effects.")
    if a.side_effects.not_mentioned:
        st.subheader("Not mentioned")
        for g in a.side_effects.not_mentioned:
            st.markdown(f"- {_md(g.why)}")

    if a.key_numbers:
        st.header("Key numbers")
        st.markdown(_md("; ".join(a.key_numbers)))

    st.header("Questions to ask your care team")
    for q in a.questions:
        st.markdown(f"- {_md(q)}")

    if a.library_slugs:
        st.header("Read more")
        for slug in a.library_slugs:
            therapy = library.get(slug) if library else None
            label = therapy.name if therapy else slug.replace("-", " ")
            st.markdown(f"- [{_md(label)}](./{slug})")

    with st.expander("The text, with red-flag words marked"):
        if len(text) > MAX_HIGHLIGHT_CHARS:
            st.write(f"The text is long; the first {MAX_HIGHLIGHT_CHARS:,} characters are shown.")
        shown = text[:MAX_HIGHLIGHT_CHARS]
        spans = [(f.start, f.end) for f in a.red_flags if f.end <= len(shown)]
        st.html(f'<div style="{TEXT_STYLE}">{highlighted_html(shown, spans)}</div>')
    st.caption(f"Checked: {name}. {a.words:,} words. {NOT_ADVICE}")


def _md(text: str) -> str:
    """Make untrusted text inert in Markdown (no links, no HTML, no formatting), on one line."""
    return md(" ".join(str(text).split()))
