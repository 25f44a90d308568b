"""Read text the way a person sees it before any rule runs, and keep the way back.

A clinic page can hide "miracle" from a word list without hiding it from a reader: a soft
hyphen (``mir\\u00adacle``), a zero-width space, a Cyrillic "а", fullwidth letters or
non-breaking spaces. :func:`normalize` applies NFKC (fullwidth letters, NBSP and other
compatibility forms), drops invisible format characters and maps common Cyrillic and
Greek look-alikes to Latin letters. It returns the new text with an offset map, so every
span found in it can be mapped back to the original: quotes stay exact slices of what
the user pasted.

Each character is normalized on its own (composition across characters, such as "e" +
a combining accent, is left as it is: it does not hide English words).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

# Invisible characters that split a word without showing: soft hyphen, zero-width
# space/joiners, word joiner, BOM, bidi marks and isolates, Mongolian vowel separator.
INVISIBLE = frozenset(
    "\u00ad\u180e\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e"
    "\u2060\u2061\u2062\u2063\u2064\u2066\u2067\u2068\u2069\ufeff"
)
# Letters that look like Latin ones (Unicode confusables, the common subset).
LOOKALIKES = {
    # Cyrillic
    "а": "a", "в": "b", "е": "e", "ё": "e", "к": "k", "м": "m", "н": "h", "о": "o",
    "р": "p", "с": "c", "т": "t", "у": "y", "х": "x", "ѕ": "s", "і": "i", "ї": "i",
    "ј": "j", "ԁ": "d", "ԛ": "q", "ԝ": "w", "һ": "h", "ӏ": "l",
    "А": "A", "В": "B", "Е": "E", "Ё": "E", "К": "K", "М": "M", "Н": "H", "О": "O",
    "Р": "P", "С": "C", "Т": "T", "У": "Y", "Х": "X", "Ѕ": "S", "І": "I", "Ј": "J",
    # Greek
    "Α": "A", "Β": "B", "Ε": "E", "Ζ": "Z", "Η": "H", "Ι": "I", "Κ": "K", "Μ": "M",
    "Ν": "N", "Ο": "O", "Ρ": "P", "Τ": "T", "Υ": "Y", "Χ": "X", "ο": "o", "ι": "i",
}  # fmt: skip


_NON_ASCII = re.compile(r"[^\x00-\x7f]")


_KEEP_FORMS = ("<super>", "<sub>", "<fraction>")


@lru_cache(maxsize=4096)
def _char(ch: str) -> str:
    if ch in INVISIBLE:
        return ""
    # Superscripts, subscripts and fractions carry meaning ("I²", "½"): kept as written.
    if unicodedata.decomposition(ch).startswith(_KEEP_FORMS):
        return LOOKALIKES.get(ch, ch)
    out = unicodedata.normalize("NFKC", ch)
    # NFKC can itself produce invisible or look-alike characters.
    return "".join(LOOKALIKES.get(c, c) for c in out if c not in INVISIBLE)


@dataclass(frozen=True)
class Normalized:
    """Normalized text and, for each of its characters, where it came from."""

    text: str
    original: str
    # starts[k] / ends[k]: the original span of normalized character k; None = same text.
    starts: list[int] | None = None
    ends: list[int] | None = None

    @property
    def changed(self) -> bool:
        return self.starts is not None

    def span(self, start: int, end: int) -> tuple[int, int]:
        """The original span of text[start:end]: whole original characters, never half."""
        if self.starts is None or self.ends is None:
            return start, end
        n = len(self.text)
        if start >= end:
            pos = self.starts[start] if start < n else len(self.original)
            return pos, pos
        return self.starts[start], self.ends[end - 1]

    def pos(self, i: int) -> int:
        return self.span(i, i)[0]


def normalize(text: str) -> Normalized:
    """NFKC, invisible characters dropped, look-alikes mapped; linear in the text."""
    if text.isascii():
        return Normalized(text, text)  # nothing to do for plain ASCII (most texts)
    parts: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    run = 0  # start of the current run of ASCII characters, copied as they are
    for m in _NON_ASCII.finditer(text):
        i, ch = m.start(), m.group()
        if run < i:
            parts.append(text[run:i])
            starts.extend(range(run, i))
            ends.extend(range(run + 1, i + 1))
        out = _char(ch)
        if out:
            parts.append(out)
            starts.extend([i] * len(out))
            ends.extend([i + 1] * len(out))
        run = i + 1
    if run < len(text):
        parts.append(text[run:])
        starts.extend(range(run, len(text)))
        ends.extend(range(run + 1, len(text) + 1))
    new = "".join(parts)
    if new == text:
        return Normalized(text, text)
    return Normalized(new, text, starts, ends)
