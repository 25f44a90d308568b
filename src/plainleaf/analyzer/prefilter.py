"""Where can a pattern start? A literal prefilter that keeps ``finditer`` exact but fast.

Python's ``re`` tries a case-insensitive pattern that begins with ``\\b`` at every position
of the text, and the analyzer has about 400 such patterns. Most of them can only start
with one of a few literal words ("miracle", "offer", "study"). This module reads those
words from the parsed pattern; the engine finds them in a lower-cased copy of the text
with one fast case-sensitive scan and runs the real pattern only there.

The candidate set is a superset of the real match starts (zero-width assertions are
skipped, optional parts add their alternatives), so the results equal ``finditer``'s.
A pattern whose start cannot be bounded this way gets ``None`` and is scanned in full.
"""

from __future__ import annotations

import re
from re import _constants as C
from re import _parser as P

# A prefix longer than this adds little selectivity.
MAX_PREFIX = 8
# A branch with more alternatives than this is scanned in full (a prefilter that
# lists every letter finds almost every position anyway).
MAX_ALTERNATIVES = 400
# Characters that Python folds onto ASCII letters under IGNORECASE but that lower() does
# not map to them; a text holding one is scanned in full.
UNSAFE_FOLDS = frozenset("\u0131\u0130\u017f\u212a")  # ı İ ſ, Kelvin sign

LINE_START = "^"  # the pattern can only start at the start of a line


class _Unbounded(Exception):
    """The pattern's first characters cannot be listed."""


def _class_chars(items: list) -> list[str]:
    out: list[str] = []
    for op, av in items:
        if op is C.LITERAL:
            out.append(chr(av))
        elif op is C.RANGE:
            lo, hi = av
            if hi - lo > 30:
                raise _Unbounded
            out.extend(chr(c) for c in range(lo, hi + 1))
        elif op is C.CATEGORY and av is C.CATEGORY_DIGIT:
            out.extend("0123456789")
        else:
            raise _Unbounded
    return out


def _starts(seq: list, i: int = 0) -> set[str]:
    """Literal prefixes (lower case) that any match of seq[i:] must begin with."""
    while i < len(seq):
        op, av = seq[i]
        if op in (C.AT, C.ASSERT, C.ASSERT_NOT):
            if op is C.AT and av in (C.AT_BEGINNING, C.AT_BEGINNING_LINE, C.AT_BEGINNING_STRING):
                return {LINE_START}
            i += 1  # zero width: it restricts, never widens, where a match starts
            continue
        if op is C.LITERAL:
            prefix = ""
            while i < len(seq) and seq[i][0] is C.LITERAL and len(prefix) < MAX_PREFIX:
                prefix += chr(seq[i][1]).lower()
                i += 1
            return {prefix}
        if op is C.IN:
            if av and av[0][0] is C.NEGATE:
                raise _Unbounded
            return {c.lower() for c in _class_chars(av)}
        if op is C.BRANCH:
            out: set[str] = set()
            for alt in av[1]:
                out |= _starts(list(alt)) if len(alt) else _starts(seq, i + 1)
            return out
        if op is C.SUBPATTERN:
            inner = list(av[-1])
            return _starts(inner + seq[i + 1 :]) if _may_be_empty(inner) else _starts(inner)
        if op is C.ATOMIC_GROUP:
            inner = list(av)
            return _starts(inner + seq[i + 1 :]) if _may_be_empty(inner) else _starts(inner)
        if op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
            lo, _hi, item = av
            first = _starts(list(item))
            return first | _starts(seq, i + 1) if lo == 0 else first
        raise _Unbounded
    raise _Unbounded  # the pattern can match the empty string


def _may_be_empty(seq: list) -> bool:
    for op, av in seq:
        if op in (C.AT, C.ASSERT, C.ASSERT_NOT):
            continue
        if op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT) and av[0] == 0:
            continue
        if op is C.SUBPATTERN and _may_be_empty(list(av[-1])):
            continue
        if op is C.BRANCH and any(_may_be_empty(list(alt)) for alt in av[1]):
            continue
        return False
    return True


def start_words(pattern: str, flags: int = 0) -> frozenset[str] | None:
    """The literal prefixes a match must start with, or None when they cannot be listed."""
    try:
        parsed = P.parse(pattern, flags)
    except (re.error, RecursionError):
        return None
    return starts_of_parsed(parsed)


def starts_of_parsed(parsed: P.SubPattern) -> frozenset[str] | None:
    """start_words for a pattern the caller has parsed already."""
    try:
        out = _starts(list(parsed))
    except (_Unbounded, RecursionError):
        return None
    if not out or "" in out or len(out) > MAX_ALTERNATIVES:
        return None
    return frozenset(out)


def starts_pattern(words: frozenset[str]) -> str | None:
    """One case-sensitive scan for the prefixes (longest first, so a prefix never hides)."""
    literal = sorted(w for w in words if w != LINE_START)
    if not literal:
        return None
    return "|".join(re.escape(w) for w in sorted(literal, key=len, reverse=True))


def compile_starts(words: frozenset[str]) -> re.Pattern[str] | None:
    pattern = starts_pattern(words)
    return re.compile(pattern) if pattern is not None else None


def lowered(text: str) -> str | None:
    """A lower-case copy with the same offsets, or None when no such copy is safe."""
    low = text.lower()
    if len(low) != len(text) or (not text.isascii() and UNSAFE_FOLDS & set(text)):
        return None
    return low
