"""Reading-level measurement for any text, sentence by sentence.

Sentences come from :mod:`plainleaf.sentences` (so "e.g.", "9.7%" and "P < 0.001" do
not create fake sentences); syllables and difficult words come from textstat, running
on the packaged CMU dictionary (:mod:`plainleaf.textstat_offline`). The formulas are the
published ones, applied to those counts:

- Flesch-Kincaid grade = 0.39 x words/sentence + 11.8 x syllables/word - 15.59
- Flesch reading ease  = 206.835 - 1.015 x words/sentence - 84.6 x syllables/word
- SMOG                 = 1.0430 x sqrt(polysyllables x 30 / sentences) + 3.1291
- Dale-Chall           = 0.1579 x % difficult words + 0.0496 x words/sentence
                         (+ 3.6365 when more than 5% of words are difficult)
"""

from __future__ import annotations

import functools
import math
import re
from collections.abc import Iterable
from pathlib import Path

# First, before textstat: it keeps textstat from importing nltk (see textstat_offline).
from plainleaf import textstat_offline  # isort: skip
import textstat
from pydantic import BaseModel, Field

from plainleaf.limits import LIMITS, ReadingLimits
from plainleaf.models import Glossary, GlossaryTerm
from plainleaf.sentences import split_sentences, words

textstat_offline.install()

# A word this rare in everyday English (Zipf scale, wordfreq) is "uncommon".
UNCOMMON_ZIPF = 3.5
HARD_SENTENCE_WORDS = 25


class SentenceScore(BaseModel):
    text: str
    start: int
    end: int
    words: int
    flesch_kincaid_grade: float
    hard: bool = Field(description="Over the grade limit or too long.")


class HardWord(BaseModel):
    word: str
    syllables: int
    count: int
    plain: str | None = None
    definition: str | None = None


class Readability(BaseModel):
    words: int
    sentences: int
    syllables: int
    polysyllables: int
    flesch_kincaid_grade: float
    smog_index: float
    flesch_reading_ease: float
    dale_chall: float
    sentence_scores: list[SentenceScore] = Field(default_factory=list)
    hard_words: list[HardWord] = Field(default_factory=list)

    def problems(self, limits: ReadingLimits = LIMITS) -> list[str]:
        """Plain reasons this text is over the limits (empty when it passes)."""
        out = []
        if self.flesch_kincaid_grade > limits.max_flesch_kincaid_grade:
            out.append(
                f"Flesch-Kincaid grade {self.flesch_kincaid_grade:.1f} is over "
                f"{limits.max_flesch_kincaid_grade:.1f}"
            )
        if self.smog_index > limits.max_smog_index:
            out.append(f"SMOG {self.smog_index:.1f} is over {limits.max_smog_index:.1f}")
        return out

    def passes(self, limits: ReadingLimits = LIMITS) -> bool:
        return not self.problems(limits)

    def hardest(self, n: int = 3) -> list[SentenceScore]:
        hard = [s for s in self.sentence_scores if s.hard]
        return sorted(hard, key=lambda s: s.flesch_kincaid_grade, reverse=True)[:n]


@functools.lru_cache(maxsize=65536)
def syllables(word: str) -> int:
    """Syllables in one word; hyphenated words count each part (CAR-T = 2)."""
    parts = [p for p in re.split(r"[-‐]", word) if p]
    return sum(max(1, textstat.syllable_count(p)) for p in parts) or 1


@functools.lru_cache(maxsize=65536)
def _is_difficult(word: str) -> bool:
    return bool(textstat.is_difficult_word(word.lower()))


COMMON_WORDS_FILE = Path(__file__).parent / "data" / "common_words.tsv"
# Words the table can answer for: letters (with inner apostrophes), alone or joined by
# hyphens, as wordfreq splits them. Anything else (other scripts, accents) asks wordfreq.
_TABLE_WORD = re.compile(r"[a-z]+(?:'[a-z]+)*(?:-[a-z]+(?:'[a-z]+)*)*")
_DIGIT = re.compile(r"\d")


@functools.cache
def _common_words() -> dict[str, float]:
    """wordfreq's frequency of every everyday word (see scripts/build_common_words.py)."""
    table: dict[str, float] = {}
    for line in COMMON_WORDS_FILE.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            bucket, words = line.split("\t")
            freq = 10 ** (-int(bucket) / 100)  # wordfreq's cB_to_freq
            table.update(dict.fromkeys(words.split(), freq))
    return table


# wordfreq splits one or two letters, an apostrophe and a vowel or "h" ("xi'an" -> xi, an;
# "d'arcy"), French-style elision, but keeps "o'brien" and "don't" whole.
_ELISION = re.compile(r"([a-z]{1,2})'(?=[aehiouy])")


def _elisions(token: str) -> list[str]:
    out = []
    while (m := _ELISION.match(token)) and m.end() < len(token):
        out.append(m.group(1))
        token = token[m.end():]
    return [*out, token]


def _zipf_from_table(parts: list[str]) -> float | None:
    """wordfreq's Zipf value for these tokens, or None when one of them is not everyday
    (the combined value would then be under the line anyway)."""
    table = _common_words()
    if any(p not in table for p in parts):
        return None
    # As wordfreq combines tokens: 1/f = 1/f1 + 1/f2 ..., rounded to 3 significant digits.
    freq = 1.0 / sum(1.0 / table[p] for p in parts)
    freq = round(freq, math.floor(-math.log10(freq)) + 3)
    return round(math.log10(freq) + 9, 2)


@functools.lru_cache(maxsize=65536)
def _is_uncommon(word: str) -> bool:
    lower = word.lower().replace("\u2019", "'")
    if _DIGIT.search(lower):
        # Trial, gene and marker names (IL-2, CD19, ZUMA-7) are hard for a patient, though
        # wordfreq rates "il-2" as everyday because "il" and "2" each are.
        return True
    if _TABLE_WORD.fullmatch(lower):
        zipf = _zipf_from_table([t for part in lower.split("-") for t in _elisions(part)])
        return zipf is None or zipf < UNCOMMON_ZIPF
    from wordfreq import zipf_frequency  # 0.6 s to load: only for words the table can't answer

    return zipf_frequency(lower, "en") < UNCOMMON_ZIPF


def _fk(n_words: int, n_sentences: int, n_syllables: int) -> float:
    if not n_words or not n_sentences:
        return 0.0
    return 0.39 * n_words / n_sentences + 11.8 * n_syllables / n_words - 15.59


def measure(
    text: str,
    glossary: Glossary | None = None,
    limits: ReadingLimits = LIMITS,
) -> Readability:
    """Measure a text. Empty or wordless text measures as zero everywhere."""
    sentence_list = split_sentences(text)
    n_words = n_syll = n_poly = n_difficult = 0
    scores: list[SentenceScore] = []
    word_counts: dict[str, int] = {}
    for sentence in sentence_list:
        ws = words(sentence.text)
        counts = [syllables(w) for w in ws]
        s_syll = sum(counts)
        n_words += len(ws)
        n_syll += s_syll
        n_poly += sum(1 for c in counts if c >= 3)
        n_difficult += sum(1 for w in ws if not w[0].isdigit() and _is_difficult(w))
        grade = round(_fk(len(ws), 1, s_syll), 1)
        scores.append(
            SentenceScore(
                text=sentence.text,
                start=sentence.start,
                end=sentence.end,
                words=len(ws),
                flesch_kincaid_grade=grade,
                hard=grade > limits.max_flesch_kincaid_grade or len(ws) > HARD_SENTENCE_WORDS,
            )
        )
        for w, c in zip(ws, counts, strict=True):
            if c >= 3 and not w[0].isdigit():
                word_counts[w.lower()] = word_counts.get(w.lower(), 0) + 1
    n_sent = len(sentence_list)
    if not n_words or not n_sent:
        return Readability(
            words=0,
            sentences=n_sent,
            syllables=0,
            polysyllables=0,
            flesch_kincaid_grade=0.0,
            smog_index=0.0,
            flesch_reading_ease=0.0,
            dale_chall=0.0,
        )
    pct_difficult = 100 * n_difficult / n_words
    dale_chall = 0.1579 * pct_difficult + 0.0496 * n_words / n_sent
    if pct_difficult > 5:
        dale_chall += 3.6365
    return Readability(
        words=n_words,
        sentences=n_sent,
        syllables=n_syll,
        polysyllables=n_poly,
        flesch_kincaid_grade=round(_fk(n_words, n_sent, n_syll), 2),
        smog_index=round(1.0430 * math.sqrt(n_poly * 30 / n_sent) + 3.1291, 2),
        flesch_reading_ease=round(206.835 - 1.015 * n_words / n_sent - 84.6 * n_syll / n_words, 2),
        dale_chall=round(dale_chall, 2),
        sentence_scores=scores,
        hard_words=_hard_words(word_counts, glossary),
    )


def _hard_words(word_counts: dict[str, int], glossary: Glossary | None) -> list[HardWord]:
    index = glossary_index(glossary) if glossary else {}
    out = []
    for word, count in word_counts.items():
        term = lookup(index, word)
        if term is None and not _is_uncommon(word):
            continue  # long but everyday ("important", "treatment")
        out.append(
            HardWord(
                word=word,
                syllables=syllables(word),
                count=count,
                plain=term.plain if term else None,
                definition=term.definition if term else None,
            )
        )
    return sorted(out, key=lambda h: (-h.syllables, -h.count, h.word))


def glossary_index(glossary: Glossary) -> dict[str, GlossaryTerm]:
    index: dict[str, GlossaryTerm] = {}
    for term in glossary.terms:
        for name in (term.term, *term.aliases):
            index[name.lower()] = term
    return index


def lookup(index: dict[str, GlossaryTerm], word: str) -> GlossaryTerm | None:
    w = word.lower()
    for candidate in (w, w.rstrip("s"), w[:-2] if w.endswith("es") else w):
        if candidate in index:
            return index[candidate]
    return None


def measure_all(texts: Iterable[str]) -> list[Readability]:
    return [measure(t) for t in texts]
