"""Small shared helpers: where the reference list starts, spans, and rule hits."""

from __future__ import annotations

import re
from dataclasses import dataclass

from plainleaf.analysis_models import Evidence

_REFERENCES = re.compile(
    r"^\s*(?:References|Bibliography|Works cited|Sources|Citations|Literature cited|"
    r"Further reading|Similar articles|Related (?:articles|posts|stories|coverage|reading|"
    r"news)|Cited by(?: \d+ articles?)?|You may also like|More (?:stories|news|from \w+)|"
    r"Recommended(?: for you| reading)?)\s*:?\s*$",
    re.IGNORECASE | re.MULTILINE,
)


def body_end(text: str) -> int:
    """Where the article body ends: a reference list or links to related articles are not
    evidence the text describes.

    Only a heading in the second half counts, so a "Sources" heading near the top of a
    short page does not hide the page.
    """
    for m in _REFERENCES.finditer(text):
        if m.start() > len(text) * 0.4:
            return m.start()
    return len(text)


@dataclass(frozen=True, slots=True)
class Hit:
    rule_id: str
    code: str
    start: int
    end: int
    message: str

    def evidence(self, text: str) -> Evidence:
        return Evidence(quote=text[self.start : self.end], start=self.start, end=self.end)


def find_hits(rules, text: str, end: int | None = None) -> list[Hit]:
    """Every hit of every rule in text[:end]; spans index into ``text``."""
    scope = text if end is None or end >= len(text) else text[:end]
    hits = [
        Hit(rule.id, str(rule.code), s, e, rule.message)
        for rule in rules
        for s, e in rule.find(scope)
    ]
    hits.sort(key=lambda h: (h.start, h.end))
    return hits


def quote_of(text: str, start: int, end: int) -> Evidence:
    return Evidence(quote=text[start:end], start=start, end=end)


def short(text: str, limit: int = 80) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"
