"""Small shared helpers: where the reference list starts, and short quotes."""

from __future__ import annotations

import re

from plainleaf.analyzer.engine import Hit, find_hits

__all__ = ["CLAIM_VERB", "SMALL_COUNT", "TENS", "Hit", "body_end", "find_hits", "short"]

# What a seller is said to do with a claim ("the clinic claims", "promising a cure", "touted
# as"): one list for the flag checks (checks.py) and the claim notes (claims.py).
CLAIM_VERB = (r"claim(?:s|ed|ing)?|promis(?:e|es|ed|ing)|advertis(?:e|es|ed|ing)|"
              r"tout(?:s|ed|ing)?|boast(?:s|ed|ing)?")

# Counts in words, one list for every rule that reads them: a study small enough to be
# "tiny" (the small-study flag, the evidence grade's treated patients), key numbers and
# the numbers a summary may repeat. Every use ends at a word boundary or a space, so "four"
# never stops "fourteen" from matching.
SMALL_COUNT = ("one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|"
               "fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty")
TENS = "thirty|forty|fifty|sixty|seventy|eighty|ninety"

# A heading line; "[ \t]" not "\s" at the line start, so a run of blank lines is not
# re-read from every line (quadratic backtracking, issue 14).
_REFERENCES = re.compile(
    r"^[ \t]*+(?:References|Bibliography|Works cited|Sources|Citations|Literature cited|"
    r"Further reading|Similar articles|Related (?:articles|posts|stories|coverage|reading|"
    r"news)|Cited by(?: \d+ articles?)?|You may also like|More (?:stories|news|from \w+)|"
    r"Recommended(?: for you| reading)?)[ \t]*+(?::[ \t]*+)?$",
    re.IGNORECASE | re.MULTILINE,
)
# Only a heading past this share of the text ends the body, so a "Sources" heading near
# the top of a short page does not hide the page.
BODY_MIN_SHARE = 0.4


def body_end(text: str) -> int:
    """Where the article body ends: a reference list or links to related articles are not
    evidence the text describes."""
    m = _REFERENCES.search(text, int(len(text) * BODY_MIN_SHARE) + 1)
    return m.start() if m else len(text)


def short(text: str, limit: int = 80) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"
