"""A short, plain, grounded summary: what the text claims, on what evidence, what it omits.

Sentences are either simplified extracts of the text or fixed templates raised by the
labels; every one carries the span it came from and passes the grounding check. The
whole summary must pass the reading-level limits; optional sentences are dropped until
it does.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from plainleaf.analysis_models import (
    EvidenceResult,
    ReadabilityFigures,
    RedFlagHit,
    SideEffectsResult,
    SourceTypeResult,
    Summary,
    SummarySentence,
)
from plainleaf.analyzer.engine import Hit
from plainleaf.analyzer.evidence import RULE as EVIDENCE_RULE
from plainleaf.analyzer.grounding import Grounding
from plainleaf.analyzer.side_effects import SERIOUS, SHORT_NAMES
from plainleaf.analyzer.simplify import clause_variants, fragment_problem, substitutions
from plainleaf.analyzer.therapies import PLAIN_NAMES
from plainleaf.models import Glossary
from plainleaf.readability import measure
from plainleaf.sentences import Sentence
from plainleaf.spec import FLAG_KIND, FLAG_KINDS, EvidenceLevel, SourceType

MIN_SENTENCES, MAX_SENTENCES = 5, 8
MAX_EXTRACT_WORDS = 28
MAX_EXTRACT_GRADE = 16.0

TYPE_SENTENCES = {
    SourceType.clinic_marketing: "This is an advert for a treatment.",
    SourceType.news: "This is a news story about research.",
    SourceType.study_report: "This is a research report.",
    SourceType.patient_education: "This is an explainer for patients.",
    SourceType.press_release: "This is a press release from the people who made the news.",
}
EDUCATION_N = "It does not name the studies behind what it says."
HEDGES = {
    EvidenceLevel.B: "So it probably helps some people, but we cannot be sure.",
    EvidenceLevel.C: "So it may help, but this is not yet shown.",
    EvidenceLevel.D: "So we do not know if it helps people.",
    EvidenceLevel.N: "So we do not know if it helps.",
}
# Red flags, most serious first: the order of spec.FLAG_KINDS.
_SEVERITY = {k.code: i for i, k in enumerate(FLAG_KINDS)}
_OUTCOME = re.compile(
    r"\b(?:improv\w*|surviv\w*|longer|shr[iau]nk\w*|remission|respon\w+|reduc\w+|"
    r"benefit\w*|effective\w*|works?|helps?|better|cure\w*|control\w*|kill\w*|lower|"
    r"approv\w+|outcomes?|recurrence|eradicat\w+)\b",
    re.IGNORECASE,
)
_CONCLUDING = re.compile(
    r"\b(?:these (?:findings|results|data)|suggest\w*|conclu\w+|showed|shows|found|"
    r"can|offers?|represents?|promis\w+)\b",
    re.IGNORECASE,
)


_CONCLUSION_HEADING = re.compile(
    r"^[ \t]*+(?:Conclusions?|Interpretation|Significance|Summary|Key Findings)\b",
    re.IGNORECASE | re.MULTILINE,
)
_FIRST_PERSON = re.compile(
    r"\b(?:I|my|me|I['’]m)\b|^[\"“”'‘]|^(?:To|She|He)\b|\b(?:said|noted|told)\b"
)


# The summary's sentences on what the text itself says (its topic, its claim, a result).
# The rest (what kind of text, its evidence, its flags, its side effects) the article
# report says in its own sections, so the report shows only these under "In plain words".
ABOUT_THE_TEXT = ("It is about ", "It says: ", "It claims the treatment helps.",
                  "It gives this result: ")


def says_what_the_text_says(sentence: str) -> bool:
    return sentence.startswith(ABOUT_THE_TEXT)


def _CLAIM_SHAPE(sentence: str) -> bool:
    """A claim is a real sentence (not a heading) in the text's own voice (not a quote)."""
    return len(sentence.split()) >= 6 and not _FIRST_PERSON.search(sentence)


@dataclass
class Candidate:
    text: str
    start: int
    end: int
    kind: str
    priority: int  # lower = kept first when the summary is too long or too hard
    order: int  # reading order


def build_summary(
    text: str,
    sentences: list[Sentence],
    source_type: SourceTypeResult,
    evidence: EvidenceResult,
    flags: list[RedFlagHit],
    side_effects: SideEffectsResult,
    therapies: list[str],
    therapy_mentions: list[Hit],
    key_numbers: list[str],
    glossary: Glossary | None,
    grounding: Grounding | None = None,
) -> Summary:
    g = grounding or Grounding(text)
    subs = substitutions(glossary)
    n = len(text)
    first = sentences[0] if sentences else Sentence(0, min(n, 200), text[:200])
    cands: list[Candidate] = []

    # 1. What kind of text it is.
    ev = source_type.evidence[0] if source_type.evidence else None
    cands.append(Candidate(TYPE_SENTENCES[source_type.code], *(
        (ev.start, ev.end) if ev else (first.start, first.end)), "template", 0, 0))

    # 2. Which therapy.
    if therapies:
        anchor = next((h for h in therapy_mentions if h.code == therapies[0]), None)
        main = [t for t in therapies if t != "chemotherapy"] or therapies
        names = [PLAIN_NAMES[t] for t in main[:3]]
        if anchor:
            cands.append(Candidate(f"It is about {_join(names)}.", anchor.start, anchor.end,
                                   "template", 1, 1))

    # 3. The main claim, simplified from the text itself.
    ranked = _claim_sentences(text, sentences, therapy_mentions)
    claim = ranked[0] if ranked else None
    picked = None
    for candidate in ranked:
        plain = next(
            (v for v in clause_variants(candidate.text, subs)
             if _OUTCOME.search(v) and _fits(v) and g.ok(v, candidate.start, candidate.end)
             # A garbled or cut-off rewrite is worse than the fixed sentence below.
             and not fragment_problem(v, candidate.text)),
            None,
        )
        if plain is not None:
            picked = (plain, candidate)
            break
    if picked is not None:
        plain, claim = picked
        cands.append(Candidate(f"It says: {plain}", claim.start, claim.end, "extracted", 2, 2))
    elif claim is not None and g.ok("It claims the treatment helps.", claim.start, claim.end):
        cands.append(Candidate("It claims the treatment helps.", claim.start, claim.end,
                               "template", 2, 2))

    # 4. One result, as written.
    number = _number_sentence(text, key_numbers)
    if number is not None:
        value, s, e = number
        sentence = f"It gives this result: {value}."
        if g.ok(sentence, s, e):
            cands.append(Candidate(sentence, s, e, "template", 7, 3))

    # 5. Evidence, and what it means.
    if evidence.level == EvidenceLevel.N and source_type.code == SourceType.patient_education:
        span = (claim.start, claim.end) if claim else (first.start, first.end)
        cands.append(Candidate(EDUCATION_N, *span, "template", 5, 4))
    elif evidence.level == EvidenceLevel.N:
        span = (evidence.evidence[0].start, evidence.evidence[0].end) if evidence.evidence \
            else ((claim.start, claim.end) if claim else (first.start, first.end))
        cands.append(Candidate("It names no study that you can check.", *span, "template", 3, 4))
    elif evidence.evidence:
        e0 = evidence.evidence[0]
        sentence = EVIDENCE_RULE[evidence.rule_id].summary if evidence.rule_id else ""
        if sentence:
            cands.append(Candidate(sentence, e0.start, e0.end, "template", 3, 4))
    if evidence.level in HEDGES and source_type.code != SourceType.patient_education:
        span = (evidence.evidence[0].start, evidence.evidence[0].end) if evidence.evidence \
            else ((claim.start, claim.end) if claim else (first.start, first.end))
        cands.append(Candidate(HEDGES[evidence.level], *span, "template", 5, 5))

    # 6. Red flags, most serious first.
    ranked = sorted(flags, key=lambda f: _SEVERITY[f.code])
    seen: set[str] = set()
    for i, f in enumerate(ranked):
        if f.code in seen or len(seen) >= 2:
            continue
        seen.add(f.code)
        cands.append(Candidate(FLAG_KIND[f.code].sentence, f.start, f.end, "template",
                               4 + 2 * i, 6))

    # 7. Side effects it names, and serious ones it leaves out.
    # A harm named only for another treatment (chemo, transplant) is not this text's risk.
    named = [m for m in side_effects.mentioned if not m.negated and not m.of_other_treatment]
    # The serious ones first: with room for four, CRS matters more than dizziness.
    named.sort(key=lambda m: (m.code not in SERIOUS, m.spans[0][0] if m.spans else 0))
    if named:
        names = [SHORT_NAMES[m.code] for m in named[:4]]
        s0, e0 = named[0].spans[0]
        sentence = f"It names these side effects: {_join(names)}."
        if len(names) == 1:
            sentence = f"It names a single side effect: {names[0]}."
        if g.ok(sentence, s0, e0):
            cands.append(Candidate(sentence, s0, e0, "template", 6, 7))
    elif therapies and therapy_mentions:
        a = therapy_mentions[0]
        cands.append(Candidate("It names no side effects.", a.start, a.end, "template", 6, 7))
    missing = [gap.code for gap in side_effects.not_mentioned if gap.code in SERIOUS][:3]
    if missing and therapy_mentions:
        anchor = next((h for h in therapy_mentions if h.code in therapies), therapy_mentions[0])
        sentence = f"It does not mention {_join([SHORT_NAMES[c] for c in missing], 'or')}."
        if g.ok(sentence, anchor.start, anchor.end, gap=True):
            cands.append(Candidate(sentence, anchor.start, anchor.end, "gap", 3, 8))

    # With no warning signs, say so: that is a finding too.
    if not flags:
        span = (ev.start, ev.end) if ev else (first.start, first.end)
        cands.append(Candidate("We found none of the warning signs of a sales pitch.", *span,
                               "template", 8, 6))

    # Every sentence, template or not, must pass the grounding check.
    cands = [c for c in cands if g.ok(c.text, c.start, c.end, gap=c.kind == "gap")]
    chosen = _fit_limits(cands)
    chosen.sort(key=lambda c: c.order)
    joined = " ".join(c.text for c in chosen)
    r = measure(joined)
    return Summary(
        sentences=[SummarySentence(text=c.text, source_start=c.start, source_end=c.end,
                                   kind=c.kind) for c in chosen],
        readability=ReadabilityFigures(flesch_kincaid_grade=r.flesch_kincaid_grade,
                                       smog_index=r.smog_index),
    )


def _join(items: list[str], last: str = "and") -> str:
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + f" {last} " + items[-1]


def _fits(sentence: str) -> bool:
    r = measure(sentence)
    return 3 <= r.words <= MAX_EXTRACT_WORDS and r.flesch_kincaid_grade <= MAX_EXTRACT_GRADE


def _fit_limits(cands: list[Candidate]) -> list[Candidate]:
    """Keep the most important sentences that together pass the reading limits."""
    pool = sorted(cands, key=lambda c: (c.priority, c.order))[:MAX_SENTENCES]
    while True:
        r = measure(" ".join(c.text for c in sorted(pool, key=lambda c: c.order)))
        if r.passes() or len(pool) <= MIN_SENTENCES - 1:
            return pool
        # Drop the hardest optional sentence first (never the first two).
        optional = pool[2:]
        if not optional:
            return pool
        hardest = max(optional, key=lambda c: measure(c.text).flesch_kincaid_grade
                      + 0.01 * c.priority)
        pool.remove(hardest)


def _claim_sentences(text: str, sentences: list[Sentence],
                     therapy_mentions: list[Hit], k: int = 6) -> list[Sentence]:
    """Sentences that best state what the text claims about the therapy, best first."""
    mention_starts = [h.start for h in therapy_mentions]
    conclusion_at = _CONCLUSION_HEADING.search(text)
    scored: list[tuple[float, int, Sentence]] = []
    for i, s in enumerate(sentences[:400]):  # the claim is stated early; stay linear
        if len(s.text) > 400 or s.text.endswith(":") or not _CLAIM_SHAPE(s.text):
            continue
        outcome = len(_OUTCOME.findall(s.text))
        if not outcome:
            continue
        j = bisect.bisect_left(mention_starts, s.start)
        has_therapy = j < len(mention_starts) and mention_starts[j] < s.end
        score = outcome + (2 if has_therapy else 0) + (1 if _CONCLUDING.search(s.text) else 0)
        if conclusion_at and s.start >= conclusion_at.start():
            score += 2  # an abstract's own conclusion is its main claim
        scored.append((score - i * 0.01, i, s))
    scored.sort(key=lambda t: (-t[0], t[1]))
    return [s for _, _, s in scored[:k]]


def _number_sentence(text: str, key_numbers: list[str]) -> tuple[str, int, int] | None:
    for value in key_numbers:
        # A bare "50%" does not say what it measures (50% of the liver? of patients?); only a
        # figure that carries its comparison or its unit of time reads as a result.
        if not re.search(r"\d", value) or not re.search(r"vs|versus|compared|month", value):
            continue
        # Find it as written (whitespace may differ), then its sentence.
        pattern = r"\s+".join(re.escape(p) for p in value.split())
        m = re.search(pattern, text)
        if m:
            return value, m.start(), m.end()
    return None
