"""The rule engine: a document read once, rules as data, hits with their rule.

``Doc`` holds what every pass needs and computes it once per text: the sentences from
the one sentence splitter (:mod:`plainleaf.sentences`), a lower-cased copy for the
literal prefilter, the line starts, and the matches of any helper pattern (so "does this
sentence contain X?" is a lookup, not a new scan per hit). Every pass is linear in the
text: patterns run once over it, and each hit costs a bounded amount of work.
"""

from __future__ import annotations

import bisect
import itertools
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
# A rule that fires more often than this says nothing more (only 3 hits of a kind are
# shown and each rule votes 3 times at most), and each hit costs checks: 1 MB of "$1"
# would otherwise mean 500,000 price hits (issue 14, M1).
MAX_HITS_PER_RULE = 250
# When more than one position in DENSE_SHARE is a candidate (after DENSE_AFTER of them),
# the prefilter no longer pays for itself: the rule is scanned in full from there.
DENSE_AFTER = 500
DENSE_SHARE = 3
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
        # Keyed by id(): hashing a compiled pattern hashes its whole source every time.
        self._matches: dict[int, tuple[list[int], list[int]]] = {}

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
        found = self._matches.get(id(pattern))
        if found is None:
            starts: list[int] = []
            ends: list[int] = []
            cands = _helper_starts(pattern).candidates(self, len(self.text))
            if cands is None:
                pos, n = 0, len(self.text)
                while pos <= n and (m := pattern.search(self.text, pos)) is not None:
                    starts.append(m.start())
                    ends.append(m.end())
                    pos = m.start() + 1
            else:
                match = pattern.match
                for c in cands:
                    if (m := match(self.text, c)) is not None:
                        starts.append(c)
                        ends.append(m.end())
            found = self._matches[id(pattern)] = (starts, ends)
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


class Starts:
    """Where a pattern may start in a document (prefilter.py), or None = anywhere."""

    def __init__(self, regex: re.Pattern[str]) -> None:
        words = prefilter.start_words(regex.pattern, regex.flags)
        self.bounded = words is not None
        self.line_start = bool(words) and prefilter.LINE_START in words
        self.scan = prefilter.compile_starts(words) if words else None

    def candidates(self, doc: Doc, endpos: int) -> Iterator[int] | None:
        if not self.bounded or doc.low is None:
            return None
        words = self._word_starts(doc.low, endpos) if self.scan is not None else iter(())
        if not self.line_start:
            return words
        lines = doc.line_starts[: bisect.bisect_right(doc.line_starts, endpos)]
        return iter(sorted(set(words).union(lines)))

    def _word_starts(self, low: str, endpos: int) -> Iterator[int]:
        # Lazy: a caller that stops after MAX_HITS_PER_RULE hits stops the scan too.
        assert self.scan is not None
        pos, search = 0, self.scan.search
        while (m := search(low, pos, endpos)) is not None:
            yield m.start()
            pos = m.start() + 1


_HELPERS: dict[int, tuple[re.Pattern[str], Starts]] = {}


def _helper_starts(pattern: re.Pattern[str]) -> Starts:
    """The prefilter of a helper pattern, built once (helper patterns are module constants;
    the pattern is kept in the cache so its id is never reused)."""
    entry = _HELPERS.get(id(pattern))
    if entry is None:
        entry = _HELPERS[id(pattern)] = (pattern, Starts(pattern))
    return entry[1]


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
    # signals: "provider", "unproven_topic", "framing", "framing_weak", "warning",
    # "reporter", "stats", "promo" (classify.py, redflags.py); red flags: "risk_claim"
    # (redflags.py).
    role: str = ""
    regex: re.Pattern[str] = field(init=False, repr=False, compare=False)
    unless_regex: re.Pattern[str] | None = field(init=False, repr=False, compare=False)
    _start_index: Starts = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        regex = re.compile("|".join(f"(?:{p})" for p in self.patterns), FLAGS)
        unless = re.compile("|".join(f"(?:{p})" for p in self.unless), FLAGS) if self.unless \
            else None
        put = object.__setattr__
        put(self, "regex", regex)
        put(self, "unless_regex", unless)
        put(self, "_start_index", Starts(regex))

    def applies_to(self, source_type: str | None) -> bool:
        return self.contexts is None or source_type is None or source_type in self.contexts

    def _candidates(self, doc: Doc, endpos: int) -> Iterator[int] | None:
        return self._start_index.candidates(doc, endpos)

    def spans(self, doc: Doc, endpos: int | None = None) -> Iterator[tuple[int, int]]:
        """Exactly the spans of ``regex.finditer(text, 0, endpos)``, found faster."""
        end = len(doc.text) if endpos is None else endpos
        cands = self._candidates(doc, end)
        if cands is None:
            for m in self.regex.finditer(doc.text, 0, end):
                yield m.span()
            return
        pos, match, text = 0, self.regex.match, doc.text
        for tried, c in enumerate(cands, 1):
            if c < pos:
                continue
            if tried > DENSE_AFTER and tried * DENSE_SHARE > c:
                # Candidates everywhere ("1111..." for a phone pattern): one C scan from
                # here is cheaper than a Python call per candidate, and gives the same.
                for m in self.regex.finditer(text, c, end):
                    yield m.span()
                return
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
    """The hits of every rule in text[:end] (the first MAX_HITS_PER_RULE of each), in
    reading order."""
    limit = None if end is None or end >= len(doc.text) else end
    hits = [
        Hit(rule.id, str(rule.code), s, e, rule.message)
        for rule in rules
        for s, e in itertools.islice(rule.find(doc, limit), MAX_HITS_PER_RULE)
    ]
    hits.sort(key=lambda h: (h.start, h.end))
    return hits


def by_id(rules: tuple[Rule, ...]) -> dict[str, Rule]:
    return {r.id: r for r in rules}


def missing_examples(rules: tuple[Rule, ...] | list[Rule]) -> list[str]:
    """Rules that do not show what they catch and what they let pass."""
    return [r.id for r in rules if not r.should_flag or not r.should_pass]
