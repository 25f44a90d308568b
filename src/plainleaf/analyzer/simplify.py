"""Make one source sentence plainer without adding facts: swap words, cut asides, shorten."""

from __future__ import annotations

import re

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
_LEAD = re.compile(r"^(?:However|Moreover|Furthermore|Additionally|Also|In addition|"
                   r"Thus|Therefore|Overall|Importantly|Notably|In conclusion|Conclusions?)"
                   r",?\s+", re.IGNORECASE)
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


def substitutions(glossary: Glossary | None) -> list[tuple[re.Pattern[str], str]]:
    table = dict(BUILTIN_PLAIN)
    if glossary is not None:
        for term in glossary.terms:
            if term.plain:
                for name in (term.term, *term.aliases):
                    # Acronyms stay: "CRS" is the word a doctor will use.
                    if not name.isupper():
                        table.setdefault(name.lower(), term.plain)
    ordered = sorted(table.items(), key=lambda kv: -len(kv[0]))
    return [
        (re.compile(rf"\b{re.escape(k.strip())}\b\s?" if k.endswith(" ") else
                    rf"\b{re.escape(k)}\b", re.IGNORECASE), v)
        for k, v in ordered
    ]


def plain_words(sentence: str, subs: list[tuple[re.Pattern[str], str]]) -> str:
    for pattern, plain in subs:
        sentence = pattern.sub(plain, sentence)
    return sentence


def _keep_paren(m: re.Match[str]) -> str:
    inner = m.group(0).strip()
    # Keep asides that carry a result ("(9.7% vs 38.8%)"); drop names and acronyms.
    return " " + inner if re.search(r"\d+(?:\.\d+)?\s?(?:%|months?)", inner) else ""


def shorten(sentence: str, must_keep: str | None = None) -> str:
    s = _PVALUE.sub("", sentence)
    s = _CI.sub("", s)
    s = _PAREN.sub(_keep_paren, s)
    s = _LEAD.sub("", s.strip())
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
        "it", "they", "this", "these", "the", "patients", "people", "most", "some",
        "all", "many", "tumours", "tumors", "cells", "survival", "responses", "side",
    )
)


def clause_variants(sentence: str, subs: list[tuple[re.Pattern[str], str]]) -> list[str]:
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


def simplify(sentence: str, subs: list[tuple[re.Pattern[str], str]],
             must_keep: str | None = None) -> str:
    return shorten(plain_words(sentence, subs), must_keep)
