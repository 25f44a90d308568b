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
from plainleaf.analyzer import compiled, prefilter
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
# A word that denies itself ("painless", "fever-free"); "breathless" names the harm.
_NEGATED_WORD = re.compile(r"(?:(?<!breath)less|-free)$", re.IGNORECASE)
_CLAUSE_START = re.compile(r"[.;:!?\n]|\b(?:but|however|although|though|except|whereas)\b",
                           re.IGNORECASE)
# How far a negation word may sit before the words it governs, and after ("was not seen").
NEGATION_BEFORE_CHARS = 80
NEGATION_AFTER_CHARS = 60


def is_negated(text: str, start: int, end: int) -> bool:
    """True when a negation governs the words at text[start:end] within their clause."""
    if _NEGATED_WORD.search(text, start, end):
        return True  # "painless", "pain-free": the word denies itself
    lo = max(0, start - NEGATION_BEFORE_CHARS)
    window = text[lo:start]
    cut = 0
    for m in _CLAUSE_START.finditer(window):
        cut = m.end()
    if NEGATION_BEFORE.search(window, cut):
        return True
    return bool(NEGATION_AFTER.match(text, end, end + NEGATION_AFTER_CHARS))


QUOTE_MARKS = {mark: re.compile(re.escape(mark)) for mark in ('"', "“", "”", "‘", "’")}


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
    def _shared(self) -> tuple[list[list[int]], list[int | None]] | None:
        return START_INDEX.scan(self.low) if self.low is not None else None

    def shared_starts(self, slot: int) -> tuple[list[int], int | None] | None:
        """A rule's candidate positions from the shared scan, and where they stop."""
        shared = self._shared
        if shared is None or slot >= len(shared[0]):
            return None  # the rule was made after this document was scanned
        return shared[0][slot], shared[1][slot]

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

    def in_quotation(self, pos: int) -> bool:
        """Is ``pos`` inside a quotation opened on its own line (an odd number of straight
        double quotes before it, or more opening than closing curly ones)?"""
        q, line = self.count, self.line_start(pos)
        return (q(QUOTE_MARKS['"'], line, pos) % 2 == 1
                or q(QUOTE_MARKS["“"], line, pos) > q(QUOTE_MARKS["”"], line, pos)
                or q(QUOTE_MARKS["‘"], line, pos) > q(QUOTE_MARKS["’"], line, pos))


class Starts:
    """Where a pattern may start in a document (prefilter.py), or None = anywhere.

    A rule's start words are also registered in one shared index (``StartIndex``): a
    document is scanned once for every rule's words, instead of once per rule.
    """

    def __init__(self, regex: re.Pattern[str], words: frozenset[str] | None = None,
                 known: bool = False, shared: bool = False) -> None:
        if not known:
            words = prefilter.start_words(regex.pattern, regex.flags)
        self.bounded = words is not None
        self.line_start = bool(words) and prefilter.LINE_START in words
        scan = prefilter.starts_pattern(words) if words else None
        self.scan = compiled.compile_rule(scan, 0)[0] if scan is not None else None
        literal = frozenset(w for w in words or () if w != prefilter.LINE_START)
        self.slot = START_INDEX.register(literal) if shared and literal else None

    def candidates(self, doc: Doc, endpos: int) -> Iterator[int] | None:
        if not self.bounded or doc.low is None:
            return None
        words = self._words(doc, endpos) if self.scan is not None else iter(())
        if not self.line_start:
            return words
        lines = doc.line_starts[: bisect.bisect_right(doc.line_starts, endpos)]
        return iter(sorted(set(words).union(lines)))

    def _words(self, doc: Doc, endpos: int) -> Iterator[int]:
        found = doc.shared_starts(self.slot) if self.slot is not None else None
        if found is None:
            return self._word_starts(doc.low or "", 0, endpos)
        positions, cut = found
        head = itertools.islice(positions, bisect.bisect_left(positions, endpos))
        if cut is None or cut >= endpos:
            return head
        # The shared scan stopped recording this rule at ``cut``: its own scan goes on.
        return itertools.chain(head, self._word_starts(doc.low or "", cut, endpos))

    def _word_starts(self, low: str, pos: int, endpos: int) -> Iterator[int]:
        # Lazy: a caller that stops after MAX_HITS_PER_RULE hits stops the scan too.
        assert self.scan is not None
        search = self.scan.search
        while (m := search(low, pos, endpos)) is not None:
            yield m.start()
            pos = m.start() + 1


def _trie_pattern(words: frozenset[str]) -> str:
    """One pattern for many literal words, as a trie ("our(?: )?|we"): the matcher then
    reads each position once, and the greedy match is the longest word there."""
    trie: dict[str, dict] = {}
    for w in words:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict[str, dict]) -> str:
        alts = [re.escape(ch) + emit(sub) for ch, sub in sorted(node.items()) if ch]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return f"(?:{body})?" if "" in node else body

    return emit(trie)


class StartIndex:
    """Every rule's start words in one scan per document.

    At each position where some rule's word starts, the trie gives the longest word; the
    rules whose words are prefixes of it are exactly the rules with a candidate there, so
    each rule gets the same positions its own scan would find, from one pass. A rule whose
    list grows past CAP (a text made of one repeated word), or every rule once the pass
    has visited MAX_VISITS positions, goes back to its own lazy scan from there, so the
    cost and the memory stay linear and bounded.
    """

    CAP = 4 * DENSE_AFTER
    MAX_VISITS = 200_000

    def __init__(self) -> None:
        self.word_sets: list[frozenset[str]] = []
        self._built: tuple[int, re.Pattern[str], dict[str, tuple[int, ...]]] | None = None

    def register(self, words: frozenset[str]) -> int:
        self.word_sets.append(words)
        return len(self.word_sets) - 1

    def _scanner(self) -> tuple[int, re.Pattern[str], dict[str, tuple[int, ...]]]:
        if self._built is None or self._built[0] != len(self.word_sets):
            vocab = frozenset().union(*self.word_sets)
            slots_of: dict[str, list[int]] = {}
            for slot, words in enumerate(self.word_sets):
                for w in words:
                    slots_of.setdefault(w, []).append(slot)
            # The slots to credit when w is the longest word found: every word that is a
            # prefix of w starts there too.
            closure = {
                w: tuple(sorted({s for k in range(1, len(w) + 1) for s in slots_of.get(w[:k], ())}))
                for w in vocab
            }
            regex = compiled.compile_rule(_trie_pattern(vocab), 0)[0]
            self._built = (len(self.word_sets), regex, closure)
        return self._built

    def scan(self, low: str) -> tuple[list[list[int]], list[int | None]]:
        """(positions per slot, where each slot's list stops: None = it covers the text)."""
        n, regex, closure = self._scanner()
        lists: list[list[int]] = [[] for _ in range(n)]
        cuts: list[int | None] = [None] * n
        pos, search, visits = 0, regex.search, 0
        while (m := search(low, pos)) is not None:
            p = m.start()
            visits += 1
            if visits > self.MAX_VISITS:
                cuts = [p if c is None else c for c in cuts]
                break
            for slot in closure[m.group()]:
                if cuts[slot] is None:
                    positions = lists[slot]
                    positions.append(p)
                    if len(positions) >= self.CAP:
                        cuts[slot] = p + 1
            pos = p + 1
        return lists, cuts


START_INDEX = StartIndex()


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
    # Evidence rules: "approval", "pooled", "fallback" or "early" (see evidence.py); source-type
    # signals: "provider", "unproven_topic", "framing", "framing_weak", "warning",
    # "reporter", "stats", "promo" (classify.py, redflags.py); red flags: "risk_claim"
    # (redflags.py), "contact" (a phone or booking line: classify.signal_hits).
    role: str = ""
    regex: re.Pattern[str] = field(init=False, repr=False, compare=False)
    unless_regex: re.Pattern[str] | None = field(init=False, repr=False, compare=False)
    _start_index: Starts = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        # Compiled once per machine, not once per start (compiled.py).
        regex, words = compiled.compile_rule("|".join(f"(?:{p})" for p in self.patterns), FLAGS)
        unless = compiled.compile_rule("|".join(f"(?:{p})" for p in self.unless), FLAGS)[0] \
            if self.unless else None
        put = object.__setattr__
        put(self, "regex", regex)
        put(self, "unless_regex", unless)
        put(self, "_start_index", Starts(regex, words, known=True, shared=True))

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
