"""Which words a text uses: a small trained model of the source type over single words.

The rule-based model (trained_type.py) weighs what the rules find. This one weighs the
words themselves, which carry who is speaking ("our", "we", "consultation", "reported",
"patients were enrolled") in more ways than any phrase list. Under grouped
cross-validation on the labelled real pages it calls the source type better than the
rules' own features (docs/analyzer.md, "Round six").

It is TF-IDF over single words with a multinomial logistic regression, fitted by
``scripts/train_source_type.py`` and shipped as plain numbers: the words, their inverse
document frequencies and one weight per word and type. This module computes what
scikit-learn's ``TfidfVectorizer(sublinear_tf=True)`` and ``predict_proba`` would (a test
checks it), so the analyze path needs neither scikit-learn nor numpy.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from functools import cached_property

# scikit-learn's default token: two or more word characters.
TOKEN = re.compile(r"(?u)\b\w\w+\b")


# Words too common to show a reader as a reason ("by", "in"): the model weighs them, a
# report quotes the next words instead. Who speaks ("we", "our", "you") is kept.
FUNCTION_WORDS = frozenset({
    "a", "an", "and", "are", "as", "at", "be", "been", "but", "by", "can", "do", "for",
    "from", "has", "have", "in", "into", "is", "it", "its", "of", "on", "or", "than", "that",
    "the", "their", "them", "then", "there", "these", "they", "this", "those", "to", "was",
    "were", "which", "who", "will", "with", "would", "also", "used", "use", "may",
})


@dataclass(frozen=True)
class WordModel:
    classes: tuple[str, ...]
    words: tuple[str, ...]
    idf: tuple[float, ...]
    intercept: tuple[float, ...]
    # One row per class, one weight per word.
    coef: tuple[tuple[float, ...], ...]

    @cached_property
    def index(self) -> dict[str, int]:
        return {w: i for i, w in enumerate(self.words)}

    def vector(self, text: str) -> dict[int, float]:
        """The text's TF-IDF weights (1 + log count, times idf, unit length), by word index."""
        index = self.index
        counts: dict[int, int] = {}
        for m in TOKEN.finditer(text.lower()):
            i = index.get(m.group())
            if i is not None:
                counts[i] = counts.get(i, 0) + 1
        vec = {i: (1.0 + math.log(n)) * self.idf[i] for i, n in counts.items()}
        norm = math.sqrt(sum(v * v for v in vec.values()))
        return {i: v / norm for i, v in vec.items()} if norm else {}

    def scores(self, vec: dict[int, float]) -> dict[str, float]:
        return {c: b + sum(row[i] * v for i, v in vec.items())
                for c, b, row in zip(self.classes, self.intercept, self.coef, strict=True)}

    def probabilities(self, vec: dict[int, float]) -> dict[str, float]:
        z = self.scores(vec)
        top = max(z.values())
        e = {c: math.exp(v - top) for c, v in z.items()}
        total = sum(e.values())
        return {c: v / total for c, v in e.items()}

    def top_words(self, vec: dict[int, float], code: str, other: str,
                  limit: int = 5) -> list[str]:
        """The words in the text that pushed most toward ``code`` rather than ``other``."""
        a, b = self.coef[self.classes.index(code)], self.coef[self.classes.index(other)]
        pushes = sorted(((a[i] - b[i]) * v, self.words[i]) for i, v in vec.items())
        return [w for push, w in reversed(pushes) if push > 0][:limit]


def first_spans(text: str, words: list[str]) -> list[tuple[int, int]]:
    """Where each word first appears in the text, as the tokenizer found it."""
    wanted = set(words)
    found: dict[str, tuple[int, int]] = {}
    for m in TOKEN.finditer(text):
        w = m.group().lower()
        if w in wanted and w not in found:
            found[w] = m.span()
            if len(found) == len(wanted):
                break
    return [found[w] for w in words if w in found]


def from_json(data: dict) -> WordModel:
    return WordModel(tuple(data["classes"]), tuple(data["words"]), tuple(data["idf"]),
                     tuple(data["intercept"]), tuple(tuple(r) for r in data["coef"]))
