"""Key numbers with their unit or context, as written in the text."""

from __future__ import annotations

import itertools
import re

from plainleaf.analyzer.common import SMALL_COUNT, TENS

# A number is read whole (atomic) and only from its first digit: "1111..." or "1,1,1..."
# must not be re-read from every digit (quadratic, issue 14, H1).
_NUM = r"(?<![\d])(?<!\d[.,])(?>\d+(?:[.,]\d+)*)"
_WORDNUM = rf"(?:{SMALL_COUNT}|{TENS}|hundred|a hundred|dozens?)"
_UNIT = (r"(?:%|\s?percent\b|\s(?:months?|weeks?|years?|days?|hours?|mo)\b)")
_COUNT_NOUN = (
    r"(?:patients|people|participants|subjects|adults|children|men|women|pairs|cases|"
    r"clinical trials|trials|studies|centers|centres|hospitals|cycles|doses|infusions|"
    r"applications|sessions|volunteers|mice|responders|days|weeks|months|years|hours|"
    r"countries|infusions|vaccinations|rounds)"
)
KEY_NUMBER = re.compile(
    rf"""
    \b{_NUM}\s(?:of|out\sof)\s(?:the\s)?{_NUM}\s(?:\w+\s)?{_COUNT_NOUN}\b  # 36 of 42 patients
    | {_NUM}{_UNIT}?\s+(?:vs\.?|versus|compared with|compared to)\s+{_NUM}{_UNIT}?  # 9.7% vs 38.8%
    | \b{_NUM}{_UNIT}?\s(?:to|-|–)\s{_NUM}{_UNIT}(?!\s?(?:CI\b|confidence))  # 2% to 9%
    | \b{_NUM}(?:\s?[-–]\s?{_NUM})?\s(?:million|billion)(?:\s(?:cells\s)?per\s(?:kilogram|kg))?
    | \b(?:{_NUM}|{_WORDNUM})(?:\s(?:to|or|-)\s(?:{_NUM}|{_WORDNUM}))?\s(?:\w+\s)?{_COUNT_NOUN}\b
    | (?:US\s?)?\$\s?{_NUM}|[€£]\s?{_NUM}|\b{_NUM}\s(?:euros|dollars|USD|EUR|pounds)\b
    | \b{_NUM}{_UNIT}(?!\s?(?:CI\b|confidence))
    """,
    re.IGNORECASE | re.VERBOSE,
)
# Numbers that are not results: P values, years, phases, grades, phone numbers.
_SKIP = re.compile(
    r"^(?:19|20)\d\d\b(?!\s*(?:patients|people))|^p\s?[<=>]|^phase|^grade", re.IGNORECASE
)
MAX_NUMBERS = 15
# The first numbers are the key ones; past this many matches, stop reading (a text of
# 500,000 "$1" would otherwise cost a loop turn for each).
MAX_MATCHES = 2_000
_HAS_NUMBER = re.compile(r"\d|" + _WORDNUM, re.IGNORECASE)


def key_numbers(text: str, end: int | None = None) -> list[str]:
    """Numbers with their unit as written ("9.7% vs 38.8%", "15 patients")."""
    out: list[str] = []
    seen: set[str] = set()
    covered_until = -1
    matches = KEY_NUMBER.finditer(text, 0, len(text) if end is None else end)
    for m in itertools.islice(matches, MAX_MATCHES):
        if m.start() < covered_until:
            continue
        value = " ".join(m.group(0).split())
        if _SKIP.search(value) or not _HAS_NUMBER.search(value):
            continue
        covered_until = m.end()
        if value.lower() not in seen:
            seen.add(value.lower())
            out.append(value)
        if len(out) >= MAX_NUMBERS:
            break
    return out
