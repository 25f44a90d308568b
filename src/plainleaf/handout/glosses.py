"""Short glosses on paper: "MAGE-A4 (a marker on the tumor)", once per handout.

A handout has no room for a glossary, so the first time a product or marker name is
printed, its glossary entry's ``plain`` words follow it in brackets. The words live in
one place, content/glossary.yaml; nothing here or in the therapy files repeats them.

Which terms: glossary entries with ``plain`` words whose name is a product or marker
name: it holds a capital letter or a digit ("IL-2", "Tecelra", "claudin 18.2", "IND"),
and entries marked ``print_gloss`` ("platelets (clotting cells)"), singular or plural
("T cells (fighter white blood cells)", "solid tumors (cancers that form a lump)").
Everyday-word terms ("fever") are left alone: the page's own words explain them.

The glosses are added to the finished HTML, text node by text node in print order, so
they reach every block (the bottom line and help box come ready-made from
plainleaf.blocks). Headings, pictures and the page header are left as they are.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass

from plainleaf.models import Glossary

# Text inside these elements is never glossed.
_SKIP = {"svg", "style", "title", "h1", "h2", "h3", "head", "figcaption", "script"}
_TAG = re.compile(r"(<[^>]+>)")
_TAG_NAME = re.compile(r"^<\s*(/?)\s*([a-zA-Z0-9]+)")


@dataclass(frozen=True)
class Gloss:
    term: str  # the glossary entry's name
    plain: str  # the words printed in brackets
    pattern: re.Pattern[str]  # matches the name or any alias, as a whole word
    names: tuple[str, ...] = ()


def _is_name(word: str) -> bool:
    return any(c.isupper() or c.isdigit() for c in word)


def handout_glosses(glossary: Glossary | None) -> list[Gloss]:
    if glossary is None:
        return []
    out = []
    for entry in glossary.terms:
        if not entry.plain:
            continue
        everyday = not _is_name(entry.term)
        names = [n for n in (entry.term, *entry.aliases) if _is_name(n) or entry.print_gloss]
        if not names:
            continue
        # Longest first, so "CIK cells" wins over "CIK". Case matters: "IND" is not "ind";
        # a marked everyday-looking term may start a sentence or be plural.
        names.sort(key=len, reverse=True)
        # Names take a plural too ("T cells"), but keep their case; "INDs" is rare enough.
        alternatives = "|".join(
            f"(?i:{re.escape(n)})s?" if everyday and not _is_name(n)
            else re.escape(html.escape(n, quote=False)) + ("s?" if n[-1].islower() else "")
            for n in names
        )
        pattern = re.compile(rf"(?<![\w-])(?:{alternatives})(?![\w-])")
        out.append(Gloss(entry.term, entry.plain, pattern, tuple(names)))
    return out


# Words after the head noun of a plain phrase: "drug [aimed at one target]".
_AFTER_HEAD = {"aimed", "from", "with", "for", "of", "in", "taken", "grown", "made", "to"}


def plural(plain: str) -> str:
    """A plain phrase made plural at its head noun, so a gloss agrees with the plural word
    it follows: "cancer that forms a lump" -> "cancers that form a lump", "drug aimed at
    one target" -> "drugs aimed at one target", "clotting cell" -> "clotting cells"."""
    words = plain.split()
    if words[0] in ("a", "an") and len(words) > 1:
        words = words[1:]
    head = len(words) - 1
    for i, word in enumerate(words[1:], 1):
        if word in _AFTER_HEAD or word == "that":
            head = i - 1
            if word == "that" and i + 1 < len(words) and re.fullmatch(r"\w+[^s]s", words[i + 1]):
                words[i + 1] = words[i + 1][:-1]  # "that forms" -> "that form"
            break
    if not words[head].endswith("s"):
        words[head] += "s"
    return " ".join(words)


def _plain_for(gloss: Gloss, printed: str) -> str:
    """The plain words, plural when the printed word is ("platelets (clotting cells)")."""
    names = {n.lower() for n in gloss.names}
    word = printed.lower()
    if word not in names and word.endswith("s") and word[:-1] in names:
        return plural(gloss.plain)
    return gloss.plain


def add_glosses(
    page_html: str, glossary: Glossary | None, own_names: list[str] | None = None
) -> tuple[str, list[str]]:
    """The page with a gloss after the first printed use of each term, and the terms glossed.

    A use already followed by brackets ("cytokine release syndrome (CRS)") counts as
    explained: it takes no gloss, and neither do later uses. Terms in ``own_names`` (the
    kinds of treatment the handout is about: "TACE", "TIL") are not glossed: the bottom
    line says what the therapy is.
    """
    own = [re.compile(rf"(?<![\w-]){re.escape(n)}(?![\w])") for n in own_names or []]
    glosses = [
        g
        for g in handout_glosses(glossary)
        if not any(o.search(name) for o in own for name in g.names)
    ]
    # Longest names first, so where two names overlap the longer one takes the gloss.
    glosses.sort(key=lambda g: -max(len(n) for n in g.names))
    seen: set[str] = set()
    done: list[str] = []
    parts = _TAG.split(page_html)
    skip_depth = 0
    in_body = False
    for i, part in enumerate(parts):
        if part.startswith("<"):
            m = _TAG_NAME.match(part)
            if m:
                closing, name = m.group(1) == "/", m.group(2).lower()
                if name == "body":
                    in_body = not closing
                if name in _SKIP and not part.endswith("/>"):
                    skip_depth += -1 if closing else 1
            continue
        if not in_body or skip_depth > 0 or not part.strip():
            continue
        parts[i] = _gloss_text(part, glosses, seen, done)
    return "".join(parts), done


def _gloss_text(text: str, glosses: list[Gloss], seen: set[str], done: list[str]) -> str:
    # Find every term's first use in this text node, then insert from the end backwards.
    inserts: list[tuple[int, str]] = []
    taken: list[tuple[int, int]] = []  # spans already glossed in this text
    for gloss in glosses:
        if gloss.term in seen:
            continue
        # The first use that is not part of a longer glossed name: "activated T cells"
        # takes one gloss, not a second one for its "T cells".
        m = next(
            (m for m in gloss.pattern.finditer(text)
             if not any(m.start() < end and start < m.end() for start, end in taken)),
            None,
        )
        if not m:
            continue
        seen.add(gloss.term)
        taken.append((m.start(), m.end()))
        if text[m.end() : m.end() + 2] == " (" or text[m.start() - 1 : m.start()] == "(":
            continue  # already explained in brackets where it is printed
        near = text[max(0, m.start() - 40) : m.end() + 40].lower()
        if gloss.plain.lower() in near:
            continue  # the plain words are printed right there ("ethics board (an IRB)")
        plain = html.escape(_plain_for(gloss, m.group(0)), quote=False)
        # Inside brackets already: "(an IRB, ethics board)", not "(an IRB (ethics board))".
        inside = text[m.end() : m.end() + 1] == ")"
        inserts.append((m.end(), f", {plain}" if inside else f" ({plain})"))
        done.append(gloss.term)
    for at, words in sorted(inserts, reverse=True):
        text = text[:at] + words + text[at:]
    return text
