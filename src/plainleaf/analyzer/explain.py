"""Plain lines for the article report, taken from the library's own words.

The report names side effects and tells the reader to ask before paying or travelling;
both need a reason a patient can follow (CDC Clear Communication Index items 18 and 19).
Those words already exist on the therapy pages and in the glossary, so they are looked
up here, never written a second time: the glossary's definition says what an effect is,
the therapy page's ``how_serious`` says what it can do, and the pages' cost and travel
notes say why to ask first. Without a library the report simply has no such lines.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from plainleaf.analyzer.side_effects import SHORT_NAMES
from plainleaf.models import Glossary, GlossaryTerm, Therapy
from plainleaf.spec import SIDE_EFFECT_NAMES, SideEffectCode

_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-Z])")
MAX_SERIOUS_SENTENCES = 2

# Why to talk to your care team first, each found in the pages' own notes, in order of
# preference: the cost you pay yourself, being far from your team, a product no one checked.
WHY_COST = (re.compile(r"\b(?:insurance|health plan)\b[^.]*\bpay", re.IGNORECASE),)
WHY_FAR = (re.compile(r"\bfar from\b", re.IGNORECASE),)
WHY_PRODUCT = (re.compile(r"\bwell-run lab\b", re.IGNORECASE),
               re.compile(r"\bwhat you were given\b", re.IGNORECASE))


def _sentences(text: str) -> list[str]:
    return [s.strip() for s in _SENTENCE.split(" ".join(text.split())) if s.strip()]


def _names(entry: GlossaryTerm) -> list[str]:
    return [entry.term, *entry.aliases]


def _glossary_entry(code: SideEffectCode, glossary: Glossary | None) -> GlossaryTerm | None:
    """The glossary entry for a side effect: its short name, acronym or plain words."""
    if glossary is None:
        return None
    wanted = {SHORT_NAMES.get(code, "").lower(), SIDE_EFFECT_NAMES[code].lower()}
    wanted |= {m.lower() for m in re.findall(r"\(([A-Z]{2,})\)", SIDE_EFFECT_NAMES[code])}
    wanted.discard("")
    for entry in glossary.terms:
        if {n.lower() for n in _names(entry)} & wanted or (entry.plain or "").lower() in wanted:
            return entry
    return None


def _term_pattern(glossary: Glossary | None, skip: GlossaryTerm | None) -> re.Pattern[str] | None:
    # A name that is its own plain words ("low blood count") is no hard word.
    names = [n for e in (glossary.terms if glossary else []) if e is not skip
             for n in _names(e) if n.lower() not in (e.plain or "").lower()]
    if not names:
        return None
    alternatives = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?:{alternatives})s?(?![\w-])", re.IGNORECASE)


def _hard_words(text: str, pattern: re.Pattern[str] | None) -> int:
    """How many medical terms a line uses: the fewer, the plainer."""
    return len(pattern.findall(text)) if pattern else 0


def _print_glosses(line: str, glossary: Glossary | None) -> str:
    """"platelets (clotting cells)": the glossary's marked terms get their plain words,
    once, as on the handouts (the report has no word list of its own)."""
    for entry in glossary.terms if glossary else []:
        if not (entry.print_gloss and entry.plain):
            continue
        names = "|".join(re.escape(n) for n in _names(entry))
        m = re.search(rf"(?<![\w-])(?:{names})(s?)(?![\w-])", line, re.IGNORECASE)
        if m and f"({entry.plain}" not in line:
            plain = entry.plain + ("s" if m.group(1) and not entry.plain.endswith("s") else "")
            line = f"{line[:m.end()]} ({plain}){line[m.end():]}"
    return line


def _ordered(pages: Iterable[Therapy], own: list[str]) -> list[Therapy]:
    """The text's own pages first (in their order), then the rest by slug."""
    rank = {slug: i for i, slug in enumerate(own)}
    return sorted(pages, key=lambda t: (rank.get(t.slug, len(rank)), t.slug))


def side_effect_line(code: SideEffectCode, pages: list[Therapy], own: list[str],
                     glossary: Glossary | None) -> str:
    """One plain line: what the side effect is and what it can do, in the library's words.

    Only the text's own pages speak for what an effect can do: another treatment's page
    describes its own harm ("a reaction within a day of the drip"), which would mislead
    about a treatment given another way. Without an own page only the glossary speaks."""
    entry = _glossary_entry(code, glossary)
    hard = _term_pattern(glossary, entry)
    found = [(i, se) for i, t in enumerate(_ordered(pages, own)) if t.slug in own
             for se in t.side_effects if se.code == code]
    if entry is not None:
        what = entry.definition
    elif found:
        what = _sentences(found[0][1].what_it_is)[0]
    else:
        return ""
    serious = ""
    if found:
        _, se = min(found, key=lambda f: (_hard_words(f[1].how_serious, hard), f[0]))
        serious = " ".join(_sentences(se.how_serious)[:MAX_SERIOUS_SENTENCES])
    return _print_glosses(" ".join(" ".join((what, serious)).split()), glossary)


def why_ask_first(pages: list[Therapy], own: list[str], selling: bool) -> list[str]:
    """Why to talk to the care team before paying or travelling, from the pages' notes."""
    ordered = _ordered(pages, own)
    texts = [c.text for t in ordered for c in t.caveats]
    texts += [se.what_it_is for t in ordered for se in t.side_effects]
    sentences = [s for text in texts for s in _sentences(text)]
    wanted = [WHY_COST, WHY_FAR] + ([WHY_PRODUCT] if selling else [])
    out: list[str] = []
    if not selling:
        # A text that sells nothing may be about a proven treatment (TACE): "insurance
        # does not pay for unproven care" would be wrong there. Only its own page's cost
        # note ("The cells cost a lot."), if it has one, speaks to cost.
        own_cost = [c.text for t in ordered if t.slug in own for c in t.caveats
                    if c.kind == "cost"]
        if own_cost:
            out.append(_sentences(own_cost[0])[0])
        wanted = wanted[1:]
    for patterns in wanted:
        hit = next((s for p in patterns for s in sentences if p.search(s)), None)
        if hit and hit not in out:
            out.append(hit)
    return out
