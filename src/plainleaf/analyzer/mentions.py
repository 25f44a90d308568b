"""Words a text warns about are not words it uses.

An explainer that lists "miracle", "no side effects" or "free consultation" as warning
signs of a clinic, or a columnist who writes that headlines "call this a breakthrough"
and disagrees, must not be flagged for them (labels spec: a neutral text comes out clean).
"""

from __future__ import annotations

import bisect
import re

from plainleaf.analyzer.engine import Doc, Hit

# The sentence around a phrase warns the reader about it, or holds it at arm's length.
WARNING_CUES = re.compile(
    r"\bbe (?:very )?(?:wary|cautious|careful|suspicious|sceptical|skeptical)\b|\bbeware\b|"
    r"\bwarning signs?\b|\bred flags?\b|\bwatch (?:out )?for\b|\blook out for\b|"
    r"\b(?:words|phrases|terms|claims|promises) (?:like|such as)\b|\bso-called\b|"
    r"\bI would not (?:put|call|describe)\b|"
    r"\b(?:call(?:s|ed|ing)?|dubb?(?:s|ed)?|label(?:s|led|ed)?) (?:it|this|that|them|these) "
    r"(?:a |an )?[\"“‘]|\bis not a (?:miracle|breakthrough|cure)\b|"
    r"\bavoid (?:any )?(?:clinics?|providers?|websites?|sellers?)\b|"
    r"\bif a (?:clinic|provider|website|seller|company|doctor)\b|"
    r"\b(?:clinics?|providers?|websites?|sellers?|companies) (?:that|which|who) "
    r"(?:promise|claim|offer|say|use|advertise|rely|charge|sell|ask)",
    re.IGNORECASE,
)
# A lead-in line introduces a list of warning signs ("Be wary of clinics that:"): it ends
# in a colon and holds a cue. Lines are read one by one (a regex spanning the line
# backtracks quadratically on long lines).
_LIST_ITEM_MAX = 300  # a list item longer than this is prose again
_MAX_ITEMS = 15
_LINE = re.compile(r"[^\n]*+")


def _lead_ins(text: str):
    for m in _LINE.finditer(text):
        line = m.group()
        if line.rstrip().endswith(":") and WARNING_CUES.search(line):
            yield m


def warning_spans(text: str) -> list[tuple[int, int]]:
    """Spans of lists introduced by a warning lead-in line."""
    spans = []
    for m in _lead_ins(text):
        pos = m.end() + 1 if m.end() < len(text) else m.end()
        end = pos
        items = 0
        for line in re.finditer(r"[^\n]*\n?", text[pos:pos + _LIST_ITEM_MAX * _MAX_ITEMS]):
            body = line.group().strip()
            if not body:
                if items:
                    # A blank line ends the list unless the next line is a bullet too.
                    nxt = text[pos + line.end():pos + line.end() + 3].lstrip()
                    if nxt[:1] not in ("-", "•", "*"):
                        break
                continue
            if len(body) > _LIST_ITEM_MAX or items >= _MAX_ITEMS:
                break
            items += 1
            end = pos + line.end()
        if items:
            spans.append((m.start(), end))
    return spans


def drop_mentions(text: str | Doc, hits: list[Hit]) -> list[Hit]:
    """Hits that the text uses in its own voice, not ones it warns about."""
    doc = text if isinstance(text, Doc) else Doc(text)
    spans = warning_spans(doc.text)
    starts = [s for s, _ in spans]
    kept = []
    for h in hits:
        i = bisect.bisect_right(starts, h.start) - 1
        if i >= 0 and h.start < spans[i][1]:
            continue
        s, e = doc.sentence_span(h.start, h.end)
        if doc.has(WARNING_CUES, s, e):
            continue
        kept.append(h)
    return kept
