"""Grounding: a summary sentence may only carry facts that are in its source.

A sentence is rejected when it contains a number that is not in its source span, or a
therapy, drug or side effect that the source text never names. A "gap" sentence ("It
does not mention CRS") is the reverse: each side effect it names must be absent from
the source, or the sentence would be false.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from plainleaf.analyzer.common import SMALL_COUNT, TENS
from plainleaf.analyzer.engine import Doc
from plainleaf.analyzer.rules.side_effects import RULES as SIDE_EFFECT_RULES
from plainleaf.analyzer.rules.therapies import (
    CAR_T_PRODUCTS,
    CHECKPOINT_DRUGS,
    DENDRITIC_PRODUCTS,
    TARGETED_DRUGS,
    TCR_PRODUCTS,
    TIL_PRODUCTS,
)
from plainleaf.analyzer.rules.therapies import (
    RULES as THERAPY_RULES,
)

_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")
_NUMBER_WORDS = re.compile(
    rf"\b(?:{SMALL_COUNT}|{TENS}|hundred|thousand|million|billion|dozen|half|twice|"
    r"double|triple|percent)\b",
    re.IGNORECASE,
)
_DRUGS = re.compile(
    r"\b(?:" + "|".join(
        re.escape(n) for n in (*CAR_T_PRODUCTS, *CHECKPOINT_DRUGS, *TARGETED_DRUGS,
                               *TIL_PRODUCTS, *TCR_PRODUCTS, *DENDRITIC_PRODUCTS)
    ) + r")\w*|\b\w+(?:mab|nib|cel|leucel|tinib|umab|zumab)\b",
    re.IGNORECASE,
)
# Claims that must be in the source span if a sentence makes them.
_CLAIMS = re.compile(
    r"\b(?:cures?|cured|guarantee\w*|approv\w+|randomi[sz]ed|remission|survival|"
    r"safe|proven)\b",
    re.IGNORECASE,
)


def _codes(rules, text: str | Doc) -> set[str]:
    doc = text if isinstance(text, Doc) else Doc(text)  # one index for all the rules
    return {str(r.code) for r in rules if r.matches(doc)}


@dataclass
class Grounding:
    """Facts of one source text, computed once, to check many summary sentences."""

    source: str
    # The analyzer's own reading of the source, when it has one (its indexes are reused).
    doc: Doc | None = field(default=None, repr=False)
    therapy_codes: set[str] = field(init=False)
    side_effect_codes: set[str] = field(init=False)
    lowered: str = field(init=False)

    def __post_init__(self) -> None:
        doc = self.doc if self.doc is not None and self.doc.text == self.source \
            else Doc(self.source)
        self.therapy_codes = _codes(THERAPY_RULES, doc)
        self.side_effect_codes = _codes(SIDE_EFFECT_RULES, doc)
        self.lowered = self.source.lower()

    def problems(self, sentence: str, start: int, end: int, gap: bool = False) -> list[str]:
        """Why ``sentence`` is not grounded in source[start:end] (empty when it is)."""
        out = []
        if not (0 <= start <= end <= len(self.source)):
            return [f"source span {start}-{end} is outside the text"]
        span = self.source[start:end]
        span_numbers = set(_NUMBER.findall(span))
        for n in _NUMBER.findall(sentence):
            if n not in span_numbers:
                out.append(f"number {n} is not in its source")
        span_lower = span.lower()
        for w in _NUMBER_WORDS.findall(sentence):
            if not re.search(rf"\b{re.escape(w.lower())}\b", span_lower):
                out.append(f"number word '{w}' is not in its source")
        for m in _DRUGS.finditer(sentence):
            if m.group(0).lower() not in self.lowered:
                out.append(f"drug '{m.group(0)}' is not in the source")
        said = Doc(sentence)
        for code in _codes(THERAPY_RULES, said):
            if code not in self.therapy_codes:
                out.append(f"therapy {code} is not in the source")
        for code in _codes(SIDE_EFFECT_RULES, said):
            if gap and code in self.side_effect_codes:
                out.append(f"says {code} is not mentioned, but the source mentions it")
            if not gap and code not in self.side_effect_codes:
                out.append(f"side effect {code} is not in the source")
        for m in _CLAIMS.finditer(sentence):
            if m.group(0).lower() not in span_lower:
                out.append(f"claim word '{m.group(0)}' is not in its source span")
        return out

    def ok(self, sentence: str, start: int, end: int, gap: bool = False) -> bool:
        return not self.problems(sentence, start, end, gap)


def check(source: str, sentence: str, start: int, end: int, gap: bool = False) -> list[str]:
    return Grounding(source).problems(sentence, start, end, gap)
