"""The report shown after "Check an article": the same plan as the Markdown and PDF reports.

All of it comes from :func:`plainleaf.analyzer.report.build_report`, in its order. Untrusted
text is never rendered as HTML: text from the article goes through ``html.escape`` (in
``st.html`` blocks, which add only our own <mark>, <strong> and <blockquote> tags) or
through :func:`plainleaf.ui.text.md` (in Markdown, which then shows it literally).
"""

from __future__ import annotations

import html

import streamlit as st

from plainleaf import help_picture
from plainleaf.analysis_models import Analysis
from plainleaf.analyzer.report import (
    HELP_WORDS,
    NOT_ADVICE,
    Quote,
    SideEffectItem,
    build_report,
)
from plainleaf.content import Library
from plainleaf.ui.text import md

# Showing the whole text with marks is only useful (and fast) up to a point.
MAX_HIGHLIGHT_CHARS = 60_000
QUOTE_STYLE = "margin:0 0 0.75rem;padding:0.25rem 1rem;border-left:4px solid #555;color:#222"
TEXT_STYLE = "color:#222;line-height:1.6"
ANCHOR_ID = "plainleaf-report"
# Our own fixed script, no input in it: bring the report's top into view after Analyze,
# so a phone user sees the results instead of the unchanged input box. It retries for a
# moment because Streamlit draws the report in pieces, and removes itself at once, so the
# live page holds no script element (tests/e2e/test_hostile_dom.py checks that).
SCROLL_SCRIPT = f"""<script>
(function () {{
  // Leave no script element behind in the page once it has run.
  const me = document.currentScript;
  if (me) {{ me.remove(); }}
  let tries = 0;
  function go() {{
    const el = document.getElementById("{ANCHOR_ID}");
    if (el) {{ el.scrollIntoView({{block: "start"}}); }}
    if (++tries < 6) {{ setTimeout(go, 250); }}
  }}
  setTimeout(go, 50);
}})();
</script>"""


def _md(text: str) -> str:
    """Make untrusted text inert in Markdown (no links, no HTML, no formatting), on one line."""
    return md(" ".join(str(text).split()))


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


def quote_html(q: Quote, tag: str = "mark") -> str:
    """A quote as escaped HTML, its raising words in ``tag``, cuts shown with '…'."""
    alone = len(q.parts) == 1
    pieces = []
    for words, marked in q.parts:
        piece = html.escape(words)
        # A red-flag quote is always marked; a claim shown alone needs no bold.
        if marked and (tag == "mark" or not alone):
            piece = f"<{tag}>{piece}</{tag}>"
        pieces.append(piece)
    body = "".join(pieces)
    body = " ".join(body.split())
    return (f'<blockquote style="{QUOTE_STYLE}">"{"…" if q.cut_left else ""}{body}'
            f'{"…" if q.cut_right else ""}"</blockquote>')


def side_effect_html(item: SideEffectItem, quoted: bool) -> str:
    """One side effect as escaped HTML: its name, the text's words or why it is listed,
    and one plain line on what it is and what it can do."""
    name = html.escape(item.name[:1].upper() + item.name[1:])
    out = f"<strong>{name}</strong>"
    if item.note:
        note = html.escape(" ".join(item.note.split()))
        out += f' ("{note}").' if quoted else f": {note}"
    else:
        out += "."
    if item.meaning:
        out += " " + html.escape(item.meaning)
    return f'<li style="margin:0 0 0.4rem">{out}</li>'


def _side_effect_list(items: list[SideEffectItem], quoted: bool) -> str:
    body = "".join(side_effect_html(i, quoted) for i in items)
    return f'<ul style="{TEXT_STYLE};margin:0 0 1rem;padding-left:1.25rem">{body}</ul>'


def _link(label: str, target: str) -> str:
    return f"[{_md(label)}]({target if target.startswith('http') else './' + target})"


def _quotes(quotes: list[Quote], **kw: str) -> None:
    # st.html raises on an empty body, which crashed the page for a text with reasons but
    # no quotes: draw nothing instead.
    if quotes:
        st.html("".join(quote_html(q, **kw) for q in quotes))


def render_report(
    a: Analysis, text: str, name: str, library: Library | None, scroll: bool = False
) -> None:
    """Draw the report. ``scroll``: bring it into view (only on the run after Analyze)."""
    names = {t.slug: t.name for t in library.therapies} if library else {}
    v = build_report(a, text, names, library)
    h = v.headings
    # The anchor has an id and no text: it is where the scroll lands.
    st.html(f'<div id="{ANCHOR_ID}" style="scroll-margin-top:3.5rem"></div>')
    if scroll:
        st.html(SCROLL_SCRIPT, unsafe_allow_javascript=True)

    b = v.bottom_line
    with st.container(border=True):
        st.header(h["bottom_line"])
        st.markdown(f"**Who wrote this:** {_md(b.source_label)}. {_md(b.who)}")
        st.markdown(f"**How strong the evidence is:** {_md(b.evidence_title)}. "
                    f"{_md(b.evidence_explained)}")
        st.html(help_picture.evidence_scale_html(a.evidence.level))
        st.markdown("**What matters most:**\n\n"
                    + "\n".join(f"{i}. {_md(w)}" for i, w in enumerate(b.warnings, 1)))
        steps = [
            f"{i}. {_md(s.text)}" + (f" {_link(s.link_label, s.link)}" if s.link else "")
            + (f"\n    - **Why:** {_md(' '.join(s.why))}" if s.why else "")
            for i, s in enumerate(b.steps, 1)
        ]
        st.markdown(f"**{_md(b.heading_steps)}:**\n\n" + "\n".join(steps))
    try:
        from plainleaf.ui import downloads
    except ImportError:  # handouts not installed in this version
        pass
    else:
        downloads.report_download(a, name, text, names, library)

    st.header(h["summary"])
    for s in v.summary:
        st.markdown(f"- {_md(s)}")

    if v.claims:
        st.header(h["claims"])
        st.write("The text states these benefits as facts. Here is what our own page says "
                 "about that treatment.")
        for c in v.claims:
            # <strong>, not <mark>: yellow marks are kept for red-flag words.
            _quotes(c.quotes, tag="strong")
            st.markdown(f"**{_md(c.note)}** Read it: {_link(c.page_name, c.slug)}")

    st.header(h["red_flags"])
    if not v.flag_groups:
        st.success("No red flags found. That does not prove the text is right.")
    else:
        st.write("The words in the text behind each warning sign:")
    for g in v.flag_groups:
        with st.container(border=True):
            # The bottom line already says why the first ones matter: here, only the words.
            why = "" if g.in_bottom_line else f" {_md(' '.join(g.whys))}"
            where = f" ({len(g.quotes)} places)" if len(g.quotes) > 1 else ""
            st.markdown(f"**{_md(g.name)}.**{where}{why}")
            # st.html, not st.markdown: Markdown would still turn "![](http://...)" in
            # the input into an image fetched from the web.
            _quotes(g.quotes)

    st.header(h["side_effects"])
    se = v.side_effects
    if se.named:
        st.markdown("**Risks of this treatment that the text names:**")
        st.html(_side_effect_list(se.named, quoted=True))
    else:
        st.write("It names no side effects of the treatment it is about.")
    if se.negated:
        st.markdown("**It says these did not happen:** " + _md(", ".join(se.negated)))
    if se.other_treatment:
        st.markdown("**Named only as harms of other treatments, not of this one:** "
                    + _md(", ".join(se.other_treatment)))
    if se.missing:
        st.markdown("**Serious side effects the text leaves out:**")
        st.html(_side_effect_list(se.missing, quoted=False))

    if v.source_reasons or v.source_quotes:
        st.header(h["source_type"])
        for reason in v.source_reasons:
            st.markdown(f"- {_md(reason)}")
        _quotes(v.source_quotes, tag="strong")

    if v.evidence_reasons or v.evidence_quotes:
        st.header(h["evidence"])
        for reason in v.evidence_reasons:
            st.markdown(f"- {_md(reason)}")
        _quotes(v.evidence_quotes, tag="strong")

    st.header(h["questions"])
    for q in v.questions:
        st.markdown(f"- {_md(q)}")

    st.header(h["help"])
    st.html(help_picture.help_figure_html(None))
    st.markdown(HELP_WORDS)

    if v.read_more:
        st.header(h["read_more"])
        for page_name, slug in v.read_more:
            st.markdown(f"- {_link(page_name, slug)}")

    for note in v.notes:
        st.caption(_md(note))

    with st.expander("The text, with red-flag words marked"):
        if len(text) > MAX_HIGHLIGHT_CHARS:
            st.write(f"The text is long; the first {MAX_HIGHLIGHT_CHARS:,} characters are shown.")
        shown = text[:MAX_HIGHLIGHT_CHARS]
        spans = [(f.start, f.end) for f in a.red_flags if f.end <= len(shown)]
        st.html(f'<div style="{TEXT_STYLE}">{highlighted_html(shown, spans)}</div>')

    # Reading-level figures help whoever maintains the summaries, not the patient: they are
    # in the Markdown and JSON reports (`plainleaf analyze`), not on this page.
    st.caption(f"Checked: {_md(name)}. {a.words:,} words. {NOT_ADVICE}")
