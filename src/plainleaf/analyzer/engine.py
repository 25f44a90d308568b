"""The rule engine: a document read once, rules as data, hits with their rule.

``Doc`` holds what every pass needs and computes it once per text: the sentences from
the one sentence splitter (:mod:`plainleaf.sentences`), a lower-cased copy for the
literal prefilter, the line starts, and the matches of any helper pattern (so "does this
sentence contain X?" is a lookup, not a new scan per hit). Every pass is linear in the
text: patterns run once over it, and each hit costs a bounded amount of work.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cached_property

from plainleaf.analysis_models import Evidence
from plainleaf.analyzer import prefilter
from plainleaf.sentences import Sentence, split_sentences

# A sentence is read at most this far either side of a match: a "sentence" of megabytes
# (no full stops) must not make each hit cost megabytes.
REACH = 400
FLAGS = re.IGNORECASE | re.MULTILINE

# A match is cancelled when one of these comes just before it in the same clause.
NEGATION_BEFORE = re.compile(
    r"\b(?:no|not|never|none|nor|without|free of|absence of|lack of|zero|neither|"
    r"isn['’]t|aren['’]t|wasn['’]t|weren['’]t|don['’]t|doesn['’]t|didn['’]t|is not|are not|"
    r"did not|does not|do not|cannot|rather than|instead of|ruled out|denied)\b"
    r"(?:(?!\b(?:but|however|although|though|except|while|whereas|yet)\b)[^.;:!?])*$",
    re.IGNORECASE,
)
NEGATION_AFTER = re.compile(
    r"[^.;!?]{0,40}?\b(?:(?:was|were|is|are|has been|have been)\s+(?:not|never)\s+"
    r"(?:seen|observed|reported|noted|found|recorded|detected)|did not (?:occur|happen)|"
    r"(?:was|were) absent)\b",
    re.IGNORECASE,
)
_CLAUSE_START = re.compile(r"[.;:!?\n]|\b(?:but|however|although|though|except|whereas)\b",
                           re.IGNORECASE)
# How far a negation word may sit before the words it governs, and after ("was not seen").
NEGATION_BEFORE_CHARS = 80
NEGATION_AFTER_CHARS = 60


def is_negated(text: str, start: int, end: int) -> bool:
    """True when a negation governs the words at text[start:end] within their clause."""
    lo = max(0, start - NEGATION_BEFORE_CHARS)
    window = text[lo:start]
    cut = 0
    for m in _CLAUSE_START.finditer(window):
        cut = m.end()
    if NEGATION_BEFORE.search(window, cut):
        return True
    return bool(NEGATION_AFTER.match(text, end, end + NEGATION_AFTER_CHARS))


class Doc:
    """One text, with the indexes every analyzer pass shares (built on first use)."""

    def __init__(self, text: str, sentences: list[Sentence] | None = None) -> None:
        self.text = text
        if sentences is not None:
            self.__dict__["sentences"] = sentences
        self._matches: dict[re.Pattern[str], tuple[list[int], list[int]]] = {}

    @cached_property
    def sentences(self) -> list[Sentence]:
        return split_sentences(self.text)

    @cached_property
    def _sentence_starts(self) -> list[int]:
        return [s.start for s in self.sentences]

    @cached_property
    def low(self) -> str | None:
        return prefilter.lowered(self.text)

    @cached_property
    def line_starts(self) -> list[int]:
        return [0, *(m.end() for m in re.finditer(r"\n", self.text))]

    def line_start(self, pos: int) -> int:
        lines = self.line_starts
        return lines[bisect.bisect_right(lines, pos) - 1]

    def sentence_span(self, start: int, end: int, window: int | None = None) -> tuple[int, int]:
        """The sentence(s) around text[start:end], at most REACH (or window) either side."""
        reach = REACH if window is None else min(window, REACH)
        sents, starts = self.sentences, self._sentence_starts
        i = bisect.bisect_right(starts, start) - 1
        # Between sentences (a bullet mark, spaces): the gap after the sentence before.
        s = (sents[i].start if start < sents[i].end else sents[i].end) if i >= 0 else 0
        j = bisect.bisect_right(starts, max(start, end - 1)) - 1
        if j >= 0 and end <= sents[j].end:
            e = sents[j].end
        else:
            e = sents[j + 1].start if j + 1 < len(sents) else len(self.text)
        return max(s, start - reach), min(max(e, end), end + reach)

    def _index(self, pattern: re.Pattern[str]) -> tuple[list[int], list[int]]:
        """Every match start of ``pattern`` (overlapping ones too) with its end."""
        found = self._matches.get(pattern)
        if found is None:
            starts: list[int] = []
            ends: list[int] = []
            pos, n = 0, len(self.text)
            while pos <= n:
                m = pattern.search(self.text, pos)
                if m is None:
                    break
                starts.append(m.start())
                ends.append(m.end())
                pos = m.start() + 1
            found = self._matches[pattern] = (starts, ends)
        return found

    def has(self, pattern: re.Pattern[str], start: int, end: int) -> bool:
        """Does ``pattern`` match inside text[start:end]? One scan per pattern per text."""
        starts, ends = self._index(pattern)
        i = bisect.bisect_left(starts, start)
        while i < len(starts) and starts[i] < end:
            if ends[i] <= end:
                return True
            i += 1
        return False

    def count(self, pattern: re.Pattern[str], start: int, end: int) -> int:
        """How many matches of ``pattern`` start inside text[start:end]."""
        starts = self._index(pattern)[0]
        return bisect.bisect_left(starts, end) - bisect.bisect_left(starts, start)

    def anywhere(self, pattern: re.Pattern[str]) -> bool:
        return bool(self._index(pattern)[0])


@dataclass(frozen=True, slots=True)
class Hit:
    rule_id: str
    code: str
    start: int
    end: int
    message: str

    def evidence(self, text: str) -> Evidence:
        return Evidence(quote=text[self.start : self.end], start=self.start, end=self.end)


@dataclass(frozen=True)
class Rule:
    """One detector: patterns, a plain message, a source and examples of what it catches.

    ``code`` is what the rule raises: a red-flag kind, a source type, an evidence level,
    a side effect or a therapy. The optional fields are the rule's declared exceptions
    and roles; no module outside ``rules/`` refers to a rule by its id.
    """

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
    contexts: frozenset[str] | None = None
    # Source-type signals: how strongly a hit votes for ``code``.
    weight: float = 1.0
    # If set, ``unless`` is only looked for this many characters around the match
    # (within its sentence), not in the whole sentence.
    unless_window: int | None = None
    # Named document checks (analyzer/checks.py) that cancel a hit of this rule.
    cancels: tuple[str, ...] = ()
    # Red flags: a sign an explainer never carries (classify.py), and the vote this
    # rule gives to "clinic marketing" when it differs from its kind's weight.
    strong_sales: bool = False
    sales_weight: float | None = None
    # Source-type signals: a reporter's credit line settles the question (news).
    credit_line: bool = False
    # Evidence rules: the summary's sentence for this design, and its role in grading.
    summary: str = ""
    # Evidence rules: "approval", "pooled" or "fallback" (see evidence.py); source-type
    # signals: "provider", "unproven_topic", "framing", "warning" (classify.py,
    # redflags.py); red flags: "risk_claim" (redflags.py).
    role: str = ""
    regex: re.Pattern[str] = field(init=False, repr=False, compare=False)
    unless_regex: re.Pattern[str] | None = field(init=False, repr=False, compare=False)
    _starts: re.Pattern[str] | None = field(init=False, repr=False, compare=False)
    _line_start: bool = field(init=False, repr=False, compare=False)
    _prefiltered: bool = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        regex = re.compile("|".join(f"(?:{p})" for p in self.patterns), FLAGS)
        unless = re.compile("|".join(f"(?:{p})" for p in self.unless), FLAGS) if self.unless \
            else None
        words = prefilter.start_words(regex.pattern, FLAGS)
        put = object.__setattr__
        put(self, "regex", regex)
        put(self, "unless_regex", unless)
        put(self, "_prefiltered", words is not None)
        put(self, "_line_start", bool(words) and prefilter.LINE_START in words)
        put(self, "_starts", prefilter.compile_starts(words) if words else None)

    def applies_to(self, source_type: str | None) -> bool:
        return self.contexts is None or source_type is None or source_type in self.contexts

    def _candidates(self, doc: Doc, endpos: int) -> Iterator[int] | None:
        """Positions where a match may start, in order; None = try everywhere."""
        if not self._prefiltered or doc.low is None:
            return None
        starts: list[int] = []
        if self._starts is not None:
            pos, search, low = 0, self._starts.search, doc.low
            while True:
                m = search(low, pos, endpos)
                if m is None:
                    break
                starts.append(m.start())
                pos = m.start() + 1
        if self._line_start:
            lines = doc.line_starts
            starts = sorted(set(starts).union(lines[: bisect.bisect_right(lines, endpos)]))
        return iter(starts)

    def spans(self, doc: Doc, endpos: int | None = None) -> Iterator[tuple[int, int]]:
        """Exactly the spans of ``regex.finditer(text, 0, endpos)``, found faster."""
        end = len(doc.text) if endpos is None else endpos
        cands = self._candidates(doc, end)
        if cands is None:
            for m in self.regex.finditer(doc.text, 0, end):
                yield m.span()
            return
        pos, match, text = 0, self.regex.match, doc.text
        for c in cands:
            if c < pos:
                continue
            m = match(text, c, end)
            if m is not None:
                yield m.span()
                pos = m.end() if m.end() > c else c + 1

    def find(self, text: str | Doc, endpos: int | None = None) -> Iterator[tuple[int, int]]:
        """Spans this rule raises, after its negation and ``unless`` checks."""
        doc = text if isinstance(text, Doc) else Doc(text)
        for start, end in self.spans(doc, endpos):
            if end == start:
                continue
            if self.negatable and is_negated(doc.text, start, end):
                continue
            if self.unless_regex is not None:
                s, e = doc.sentence_span(start, end, self.unless_window)
                if doc.has(self.unless_regex, s, e):
                    continue
            yield start, end

    def matches(self, text: str | Doc) -> bool:
        return next(self.find(text), None) is not None


def find_hits(rules: tuple[Rule, ...], doc: Doc, end: int | None = None) -> list[Hit]:
    """Every hit of every rule in text[:end], in reading order."""
    limit = None if end is None or end >= len(doc.text) else end
    hits = [
        Hit(rule.id, str(rule.code), s, e, rule.message)
        for rule in rules
        for s, e in rule.find(doc, limit)
    ]
    hits.sort(key=lambda h: (h.start, h.end))
    return hits


def by_id(rules: tuple[Rule, ...]) -> dict[str, Rule]:
    return {r.id: r for r in rules}


def missing_examples(rules: tuple[Rule, ...] | list[Rule]) -> list[str]:
    """Rules that do not show what they catch and what they let pass."""
    return [r.id for r in rules if not r.should_flag or not r.should_pass]
