"""Safe text helpers for Streamlit: content and user text are shown, never interpreted."""

from __future__ import annotations

import re

# Characters that Streamlit's Markdown treats specially, "$" included (it starts LaTeX).
_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!|~<>$&:])")


def md(text: str) -> str:
    """Escape text so st.markdown shows it literally: no links, no HTML, no maths."""
    return _MD_SPECIAL.sub(r"\\\1", text)


def first_sentence(text: str) -> str:
    from plainleaf.sentences import split_sentences

    sentences = split_sentences(text)
    return sentences[0].text if sentences else text


def pass_fail(ok: bool) -> str:
    """A text label, so colour is never the only signal."""
    return "PASS" if ok else "OVER THE LIMIT"
