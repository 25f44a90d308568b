"""Make one source sentence plainer without adding facts: swap words, cut asides, shorten."""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable

from plainleaf.models import Glossary

# Built in, so simplification works without the content glossary. Each swap keeps the
# meaning and adds no number, drug or side effect.
BUILTIN_PLAIN: dict[str, str] = {
    "hepatocellular carcinoma": "liver cancer",
    "transarterial chemoembolization": "TACE",
    "transarterial chemoembolisation": "TACE",
    "natural killer": "NK",
    "chimeric antigen receptor": "CAR",
    "progression-free survival": "time before the cancer grew",
    "overall survival": "survival",
    "tumor-infiltrating lymphocytes": "TIL cells",
    "tumour-infiltrating lymphocytes": "TIL cells",
    "malignancies": "cancers",
    "malignancy": "cancer",
    "malignant cells": "cancer cells",
    "efficacy": "benefit",
    "administered": "given",
    "approximately": "about",
    "demonstrated": "showed",
    "demonstrate": "show",
    "exhibited": "showed",
    "utilize": "use",
    "utilized": "used",
    "prolonged": "longer",
    "significantly ": "",
    "monotherapy": "one treatment alone",
    "combination therapy": "the combined treatment",
    "adverse events": "side effects",
    "adverse effects": "side effects",
    "immunotherapy": "immune treatment",
    "therapeutic": "treatment",
    "intravenous": "into a vein",
    "individuals": "people",
    "participants": "people",
    "additionally": "also",
    "subsequently": "later",
    "furthermore": "also",
    "moreover": "also",
    "in addition": "also",
}
_PAREN = re.compile(r"\s*[(\[][^()\[\]]*[)\]]")
_PVALUE = re.compile(r",?\s*\b[Pp]\s?[<=>≤]\s?0?\.\d+")
_CI = re.compile(r",?\s*95\s?%\s?CI[^;,)]*", re.IGNORECASE)
_LEAD = re.compile(
    r"^(?:However|Moreover|Furthermore|Additionally|Also|In addition|"
    r"Thus|Therefore|Overall|Importantly|Notably|In conclusion|Conclusions?)"
    r",?\s+",
    re.IGNORECASE,
)
# "These findings suggest that X" -> "X": the summary already says whose claim it is.
_ATTRIBUTION = re.compile(
    r"^(?:This|These (?:findings|results|data)|Our (?:findings|results|data)|The results|"
    r"It) (?:suggests?|shows?|indicates?|demonstrates?|underscores?|highlights?|confirms?)"
    r"(?: that)?\s+",
    re.IGNORECASE,
)
_SPLIT = re.compile(
    r";|,\s+(?:and|but|while|whereas|which|suggesting|indicating|making|allowing)\s+|"
    r"\s+—\s+|:\s+"
)


# Therapy names stay whole: "CAR T-cell therapy" must not become "CAR T-" + plain words.
_KEEP = r"(?:CAR[- ]?(?:T|NK)|NK|TIL|TCR[- ]?T|T)(?:[- ]cells?)?(?:[- ]therap(?:y|ies))?"

Substitution = tuple[re.Pattern[str], Callable[[re.Match[str]], str]]


# A glossary phrase is a noun phrase: it can stand in for a noun, not for an adjective
# ("relapsed or refractory DLBCL" must not become "that came back or not helped by
# treatment DLBCL"). Terms that read as adjectives or verbs are left as written.
_ADJECTIVE = re.compile(r"(?:ic|ed|ous|ive|able|ible|ory|ary|ant|ent|ing|i[sz]e)$", re.IGNORECASE)
# Words that may follow or precede a swapped-in phrase: the term closes its noun phrase
# there. Before any other word the term is a modifier ("tumor cells", "median PFS") and
# a phrase in its place garbles the sentence.
_CLOSERS = frozenset({
    "and", "or", "but", "nor", "is", "are", "was", "were", "be", "been", "being", "has",
    "have", "had", "can", "could", "may", "might", "will", "would", "should", "must",
    "did", "does", "do", "in", "at", "on", "with", "without", "for", "to", "by", "from",
    "that", "which", "who", "whose", "after", "before", "than", "as", "when", "while",
    "if", "because", "among", "versus", "vs", "compared", "alone", "only", "also",
})
_PUNCT_NEXT = re.compile(r"\s*(?:$|[.,;:!?)\]\"'”’—–])")
_NEXT_WORD = re.compile(r"\s+([A-Za-z]+)")
_PREV_WORD = re.compile(r"([A-Za-z][\w-]*)\s+$")


def _fits_here(sentence: str, start: int, end: int, plain: str) -> bool:
    """Whether ``plain`` can stand where sentence[start:end] is without garbling it."""
    if _PUNCT_NEXT.match(sentence, end):
        ok_right = True
    else:
        m = _NEXT_WORD.match(sentence, end)
        ok_right = bool(m) and m.group(1).lower() in _CLOSERS
    if not ok_right:
        return False
    before = _PREV_WORD.search(sentence[max(0, start - 40):start])
    # "dendritic cell therapy", "Adoptive cell therapy": the word before is part of the
    # name, so the phrase would split it.
    return before is None or not (
        _ADJECTIVE.search(before.group(1)) or (before.group(1)[:1].isupper()
                                               and len(plain.split()) > 1 and start > 0
                                               and before.group(1).lower() not in _CLOSERS
                                               and not _starts_sentence(sentence, before))
    )


def _starts_sentence(sentence: str, before: re.Match[str]) -> bool:
    head = sentence[:max(0, before.start(1) - 0)]
    return not head.strip() or head.rstrip()[-1:] in ".!?:"


def substitutions(glossary: Glossary | None) -> list[Substitution]:
    table = dict(BUILTIN_PLAIN)
    curated = {k.strip() for k in BUILTIN_PLAIN}
    if glossary is not None:
        for term in glossary.terms:
            if term.plain:
                for name in (term.term, *term.aliases):
                    # Acronyms stay: "CRS" is the word a doctor will use. So do adjectives.
                    last = name.split()[-1]
                    if not name.isupper() and not _ADJECTIVE.search(last):
                        table.setdefault(name.lower(), term.plain)
    plain_for = {k.strip(): v for k, v in table.items()}
    # One pass, longest first, whole words only (never inside a hyphenated term), so a
    # swapped-in phrase is never swapped again.
    terms = "|".join(
        re.escape(k.strip()) + r"(?![\w-])" + (r"\s?" if k.endswith(" ") else "")
        for k in sorted(table, key=len, reverse=True)
    )
    pattern = re.compile(rf"(?<![\w-])(?:(?P<keep>{_KEEP})(?![\w-])|{terms})", re.IGNORECASE)

    def swap(m: re.Match[str]) -> str:
        if m.group("keep"):
            return m.group(0)
        term = m.group(0).strip().lower()
        plain = plain_for[term]
        before = _PREV_WORD.search(m.string[max(0, m.start() - 40):m.start()])
        first, _, rest = plain.partition(" ")
        if before and rest and before.group(1).lower() == first.lower():
            # "cancer recurrence" -> "cancer coming back", not "cancer cancer coming back".
            plain = rest
        elif term not in curated and not _fits_here(m.string, m.start(), m.end(), plain):
            return m.group(0)
        if m.start() == 0 and plain[:1].islower() and not m.group(0).isupper():
            return plain[:1].upper() + plain[1:]  # "Cell therapy is" -> "Treatment ... is"
        return plain

    return [(pattern, swap)]


def plain_words(sentence: str, subs: list[Substitution]) -> str:
    for pattern, swap in subs:
        sentence = pattern.sub(swap, sentence)
    return sentence


def _keep_paren(m: re.Match[str]) -> str:
    inner = m.group(0).strip()
    # Keep asides that carry a result ("(9.7% vs 38.8%)"); drop names and acronyms.
    return " " + inner if re.search(r"\d+(?:\.\d+)?\s?(?:%|months?)", inner) else ""


def shorten(sentence: str, must_keep: str | None = None) -> str:
    s = _PVALUE.sub("", sentence)
    s = _CI.sub("", s)
    s = _PAREN.sub(_keep_paren, s)
    s = _LEAD.sub("", s.strip().lstrip("•●▪◦·-–—* ").strip())  # list bullets are not words
    s = _ATTRIBUTION.sub("", s)
    parts = [p.strip() for p in _SPLIT.split(s) if p and p.strip()]
    if len(parts) > 1:
        chosen = next((p for p in parts if must_keep and must_keep in p), parts[0])
        s = chosen
    s = re.sub(r"\s+([,.;:])", r"\1", " ".join(s.split()))
    s = s.rstrip(" ,;:")
    if s and s[0].islower():
        s = s[0].upper() + s[1:]
    if s and s[-1] not in ".!?":
        s += "."
    return s


_SUBJECTS = frozenset(
    (
        "it",
        "they",
        "this",
        "these",
        "the",
        "patients",
        "people",
        "most",
        "some",
        "all",
        "many",
        "tumours",
        "tumors",
        "cells",
        "survival",
        "responses",
        "side",
    )
)


def clause_variants(sentence: str, subs: list[Substitution]) -> list[str]:
    """The whole simplified sentence first, then each of its clauses on its own."""
    whole = simplify(sentence, subs)
    s = _PAREN.sub(_keep_paren, _CI.sub("", _PVALUE.sub("", plain_words(sentence, subs))))
    parts = [p.strip() for p in _SPLIT.split(s) if p and len(p.split()) >= 4]
    out = [whole]
    for i, part in enumerate(parts):
        first = part.split()[0]
        # A clause that starts mid-sentence needs its own subject to stand alone.
        if i and first.islower() and first.lower() not in _SUBJECTS:
            continue
        v = shorten(part)
        if v not in out:
            out.append(v)
    return out


def simplify(sentence: str, subs: list[Substitution], must_keep: str | None = None) -> str:
    return shorten(plain_words(sentence, subs), must_keep)


# ------------------------------------------------------------------ whole sentences only

_FUNCTION_END = frozenset({
    "a", "an", "the", "of", "and", "or", "but", "to", "in", "on", "at", "by", "for",
    "with", "from", "as", "than", "that", "which", "who", "whose", "is", "are", "was",
    "were", "be", "been", "has", "have", "had", "can", "may", "will", "its", "their",
    "your", "our", "this", "these",
})
_SUBORDINATE_START = frozenset({
    "and", "but", "or", "nor", "so", "because", "although", "though", "while", "whereas",
    "if", "whether", "how", "why", "what", "when", "where", "which", "that", "exactly",
})
_AUX = frozenset({
    "is", "are", "was", "were", "be", "been", "am", "has", "have", "had", "can", "could",
    "may", "might", "will", "would", "should", "must", "do", "does", "did", "shows",
    "show", "showed", "found", "led",
})
_PAIRS = (("(", ")"), ("[", "]"), ("“", "”"))
_GLUED = re.compile(r"[a-z]\.[A-Z][a-z]")  # "test.ResultsThe": two sentences run together
_WORD = re.compile(r"[A-Za-z][\w'’-]*")


def doubled_words(sentence: str, source: str = "") -> list[str]:
    """Words said twice in a row ("cancer cancer") that the source does not say twice."""
    words = [w.lower() for w in _WORD.findall(sentence)]
    said = " ".join(w.lower() for w in _WORD.findall(source))
    return [a for a, b in itertools.pairwise(words)
            if a == b and f"{a} {a}" not in said]


def _has_verb(words: list[str]) -> bool:
    for i, w in enumerate(words):
        lw = w.lower()
        if lw in _AUX or (i and lw.endswith("ed") and "-" not in lw):
            return True
        # "TACE kills cancer cells": a verb in -s after its subject, not a plural after
        # "the", "of" or a number ("2 years").
        prev = words[i - 1].lower() if i else ""
        if (i and w.islower() and re.fullmatch(r"[a-z]+[^su]s", lw) and not lw.endswith("ies")
                and not prev.isdigit() and prev not in _FUNCTION_END):
            return True
    return False


def fragment_problem(sentence: str, source: str = "") -> str:
    """Why ``sentence`` is not a whole plain sentence (empty when it is one)."""
    s = sentence.strip()
    words = _WORD.findall(s)
    if not words:
        return "no words"
    if s.endswith("?"):
        return "a question"
    if doubled_words(s, source):
        return "a doubled word"
    for a, b in _PAIRS:
        if s.count(a) != s.count(b):
            return "an unclosed bracket"
    if s.count('"') % 2:
        return "an unclosed quote"
    if _GLUED.search(s):
        return "two sentences run together"
    if words[0].lower() in _SUBORDINATE_START:
        return "starts mid-sentence"
    if words[-1].lower() in _FUNCTION_END:
        return "ends mid-sentence"
    long_words = [w for w in words if len(w) > 3]
    capped = [w for w in long_words[1:] if w[:1].isupper()]
    if len(long_words) >= 4 and len(capped) >= 0.5 * (len(long_words) - 1):
        return "a headline"
    if not _has_verb(words):
        return "no verb"
    return ""
