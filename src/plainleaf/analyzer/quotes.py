"""Quotes a person can read: a hit in its sentence, cut only between words.

A quote that starts "…ility to infections" reads as a mistake and cannot be found in the
text, so every cut here lands on whitespace (or the edge of the sentence).
"""

from __future__ import annotations

from plainleaf.analyzer.engine import Doc


def _start_at_word(text: str, lo: int, limit: int) -> int:
    """Move ``lo`` forward to the start of a word (at most up to ``limit``)."""
    if lo == 0 or text[lo - 1].isspace():
        pos = lo
    else:
        pos = lo
        while pos < limit and not text[pos].isspace():
            pos += 1
    while pos < limit and text[pos].isspace():
        pos += 1
    return pos


def _end_at_word(text: str, hi: int, limit: int) -> int:
    """Move ``hi`` back to the end of a word (never before ``limit``)."""
    pos = hi
    if pos < len(text) and not text[pos].isspace():
        while pos > limit and not text[pos - 1].isspace():
            pos -= 1
    while pos > limit and text[pos - 1].isspace():
        pos -= 1
    return pos


def context_span(text: str | Doc, start: int, end: int, reach: int = 90) -> tuple[int, int]:
    """The sentence around text[start:end], at most ``reach`` characters either side,
    cut at word boundaries. The result always contains [start, end).

    Pass a Doc when quoting several hits of one text: it splits the sentences once."""
    doc = text if isinstance(text, Doc) else Doc(text)
    text = doc.text
    s, e = doc.sentence_span(start, end)
    # A line break ends a heading or list item: do not run into the next one.
    nl_before = text.rfind("\n", s, start)
    if nl_before >= 0:
        s = nl_before + 1
    nl_after = text.find("\n", end, e)
    if nl_after >= 0:
        e = nl_after
    lo = max(s, start - reach)
    hi = min(e, end + reach)
    lo = _start_at_word(text, lo, start) if lo > s else _start_at_word(text, s, start)
    hi = _end_at_word(text, hi, end) if hi < e else _end_at_word(text, e, end)
    return min(lo, start), max(hi, end)


def is_cut(text: str, lo: int, hi: int) -> tuple[bool, bool]:
    """Whether text[lo:hi] stops short of its sentence on the left and on the right
    (so a reader is shown '…' there)."""
    before = text[:lo].rstrip(" \t")
    left = bool(before) and before[-1] not in ".!?\n:;•*-" and lo > 0
    inside = text[lo:hi].rstrip()
    after = text[hi:hi + 1]
    right = (hi < len(text) and after != "\n" and bool(inside)
             and inside[-1] not in ".!?:;\"”’)")
    return left, right
