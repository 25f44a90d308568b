"""Detector rules as data. Each rule: id, code, patterns, plain message, source, examples.

The tests run every rule against its own ``should_flag`` and ``should_pass`` examples and
fail when a rule has none, so a rule cannot be added without showing what it catches.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from plainleaf.spec import SourceType

# A match is cancelled when one of these comes just before it in the same clause.
NEGATION_BEFORE = re.compile(
    r"\b(?:no|not|never|none|nor|without|free of|absence of|lack of|zero|neither|"
    r"isn['’]t|aren['’]t|wasn['’]t|weren['’]t|don['’]t|doesn['’]t|didn['’]t|is not|are not|"
    r"did not|does not|do not|cannot|rather than|instead of|ruled out|denied)\b"
    r"(?:(?!\b(?:but|however|although|though|except|while|whereas|yet)\b)[^.;:!?])*$",
    re.IGNORECASE,
)
NEGATION_AFTER = re.compile(
    r"^[^.;!?]{0,40}?\b(?:(?:was|were|is|are|has been|have been)\s+(?:not|never)\s+"
    r"(?:seen|observed|reported|noted|found|recorded|detected)|did not (?:occur|happen)|"
    r"(?:was|were) absent)\b",
    re.IGNORECASE,
)
_CLAUSE_START = re.compile(r"[.;:!?\n]|\b(?:but|however|although|though|except|whereas)\b",
                           re.IGNORECASE)


@dataclass(frozen=True)
class Rule:
    id: str
    code: str
    patterns: tuple[str, ...]
    message: str
    source: str
    should_flag: tuple[str, ...] = ()
    should_pass: tuple[str, ...] = ()
    # The match does not count if its sentence also matches one of these.
    unless: tuple[str, ...] = ()
    # Skip matches that a negation word governs ("not a miracle").
    negatable: bool = False
    # Source types where this rule applies; None = all.
    contexts: frozenset[SourceType] | None = None
    weight: float = 1.0
    # If set, ``unless`` is only looked for this many characters around the match
    # (within its sentence), not in the whole sentence.
    unless_window: int | None = None
    regex: re.Pattern[str] = field(init=False, repr=False, compare=False)
    unless_regex: re.Pattern[str] | None = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        flags = re.IGNORECASE | re.MULTILINE
        object.__setattr__(
            self, "regex", re.compile("|".join(f"(?:{p})" for p in self.patterns), flags)
        )
        object.__setattr__(
            self,
            "unless_regex",
            re.compile("|".join(f"(?:{p})" for p in self.unless), flags) if self.unless else None,
        )

    def applies_to(self, source_type: SourceType | None) -> bool:
        return self.contexts is None or source_type is None or source_type in self.contexts

    def find(self, text: str) -> Iterator[tuple[int, int]]:
        """Spans in ``text`` this rule raises, after its negation and ``unless`` checks."""
        for m in self.regex.finditer(text):
            start, end = m.span()
            if end == start:
                continue
            if self.negatable and is_negated(text, start, end):
                continue
            if self.unless_regex is not None:
                s, e = sentence_bounds(text, start, end)
                if self.unless_window is not None:
                    s = max(s, start - self.unless_window)
                    e = min(e, end + self.unless_window)
                if self.unless_regex.search(text, s, e):
                    continue
            yield start, end

    def matches(self, text: str) -> bool:
        return next(self.find(text), None) is not None


def sentence_bounds(text: str, start: int, end: int, reach: int = 400) -> tuple[int, int]:
    """The sentence around a match (bounded, so the cost stays linear)."""
    lo = max(0, start - reach)
    before = text[lo:start]
    cut = max(before.rfind(". "), before.rfind("\n"), before.rfind("? "), before.rfind("! "))
    s = lo + cut + 1 if cut >= 0 else lo
    hi = min(len(text), end + reach)
    after = text[end:hi]
    m = re.search(r"[.!?](?:\s|$)|\n", after)
    e = end + m.end() if m else hi
    return s, e


def is_negated(text: str, start: int, end: int) -> bool:
    """True when a negation governs the words at text[start:end] within their clause."""
    lo = max(0, start - 80)
    window = text[lo:start]
    cut = 0
    for m in _CLAUSE_START.finditer(window):
        cut = m.end()
    clause = window[cut:]
    if NEGATION_BEFORE.search(clause):
        return True
    return bool(NEGATION_AFTER.search(text[end : end + 60]))


def ctx(*types: SourceType) -> frozenset[SourceType]:
    return frozenset(types)


PROMOTIONAL = ctx(SourceType.clinic_marketing, SourceType.news, SourceType.press_release)
NOT_EDUCATION = ctx(
    SourceType.clinic_marketing, SourceType.news, SourceType.press_release,
    SourceType.study_report,
)
