"""Claims checked against the library: a benefit stated as fact, next to our own page.

``check_claims`` is a plain function over models. For each benefit claim in the writer's
own voice (rules/claims.py) it finds the therapy the claim is about (named in the same
sentence, else the nearest one named before it, else the text's one topic), the library
page for that therapy, and keeps the claim only when that page says "not approved" or
"only in research studies", or grades its evidence C, D or N. A claim about a proven
treatment (TACE for liver cancer, CAR-T for blood cancers) raises nothing.
"""

from __future__ import annotations

import re

from plainleaf.analysis_models import Analysis, ClaimCheck
from plainleaf.analyzer.common import CLAIM_VERB, Hit, body_end, find_hits
from plainleaf.analyzer.engine import Doc
from plainleaf.analyzer.mentions import drop_mentions
from plainleaf.analyzer.quotes import context_span
from plainleaf.analyzer.rules.claims import RULES
from plainleaf.analyzer.therapies import therapy_hits
from plainleaf.content import Library
from plainleaf.models import ApprovalStatus, Therapy
from plainleaf.spec import EvidenceLevel, SourceType

# "Approved only outside the US and Europe" is for one narrow use (satri-cel in China):
# a claim that it cures other cancers still needs the note.
WEAK_STATUS = frozenset({
    ApprovalStatus.investigational, ApprovalStatus.not_approved,
    ApprovalStatus.approved_outside_us_eu,
})
WEAK_EVIDENCE = frozenset({EvidenceLevel.C, EvidenceLevel.D, EvidenceLevel.N})
EVIDENCE_WORDS: dict[EvidenceLevel, str] = {
    EvidenceLevel.A: "strong",
    EvidenceLevel.B: "moderate",
    EvidenceLevel.C: "limited",
    EvidenceLevel.D: "very limited",
    EvidenceLevel.N: "none shown",
}
# How far back a therapy named before the claim still counts as its subject.
SUBJECT_REACH = 600
MAX_CLAIMS = 12
# A claim inside quotation marks in a story or explainer is someone else's words.
_QUOTED = re.compile(r"[\"“][^\"”\n]{0,400}$")
# Words that hold a claim at arm's length in a story: "the clinic claims its cells cure".
ATTRIBUTED = re.compile(
    r"\b(?:(?!promis)(?:" + CLAIM_VERB + r")|promis(?:e|es|ed) (?:that|to)|market(?:s|ed) "
    r"(?:it|them) as|so-called|supposedly|falsely|without evidence|"
    r"says|said|told|tells|according to|writes|wrote|"
    # What people search for ("search the internet for stem cell cures") is no claim.
    r"search(?:es|ed|ing)? (?:\w+ ){0,3}?for)\b",
    re.IGNORECASE,
)


# Hearsay holds a claim at arm's length on any page, a seller's too.
_HEARSAY = re.compile(r"\b(?:was|were) told\b|\breportedly\b|\ballegedly\b", re.IGNORECASE)


def _cancer_words(therapy: Therapy) -> set[str]:
    """Lower-case stems of the cancers a page covers ("leukemia", "stomach", "solid")."""
    words: set[str] = set()
    for cancer in therapy.cancers:
        for w in re.findall(r"[a-z]+", cancer.lower()):
            if w not in {"cancer", "cancers", "multiple", "and", "the"}:
                words.add(w[:6])  # "tumours"/"tumors", "leukemia"/"leukaemia" share a stem
    if "stomac" in words:
        words.add("gastri")
    return words


def _mentions_cancers(therapy: Therapy, text: str) -> int:
    stems = _cancer_words(therapy)
    found = {w[:6] for w in re.findall(r"[a-z]+", text.lower())}
    return len(stems & found)


def page_for(codes: set[str], library: Library, sentence: str, text: str) -> Therapy | None:
    """The library page for the therapies a claim names, most specific first.

    When two pages share the codes (CAR-T for blood cancers, CAR-T for solid tumours)
    the cancers named in the sentence, then in the text, decide; if they cannot, the
    better-proven page wins, so an honest text never gets a false note.
    """
    pages = [t for t in library.therapies
             if t.therapy_codes and {str(c) for c in t.therapy_codes} <= codes]
    if not pages:
        return None
    most = max(len(t.therapy_codes) for t in pages)
    pages = [t for t in pages if len(t.therapy_codes) == most]
    if len(pages) == 1:
        return pages[0]
    for scope in (sentence, text):
        scored = [(_mentions_cancers(t, scope), t) for t in pages]
        best = max(s for s, _ in scored)
        if best and [s for s, _ in scored].count(best) == 1:
            return next(t for s, t in scored if s == best)
    return min(pages, key=lambda t: (_is_weak(t), t.slug))


def _is_weak(t: Therapy) -> bool:
    return t.regulatory.status in WEAK_STATUS or t.evidence.level in WEAK_EVIDENCE


def note_for(t: Therapy) -> str:
    label = t.regulatory.label  # one home for status words: the model's labels
    return (f"Our page on {t.name}: {label[0].lower() + label[1:]}; "
            f"evidence: {EVIDENCE_WORDS[t.evidence.level]}.")


def _subject(hit: Hit, own: list[Hit], s: int, e: int, topics: list[str]) -> set[str]:
    """Therapy codes the claim is about."""
    in_sentence = {h.code for h in own if s <= h.start < e}
    if in_sentence:
        return in_sentence
    before = [h for h in own if hit.start - SUBJECT_REACH <= h.start < hit.start]
    if before:
        # Therapies named together just before ("TACE followed by NK cells") stay together.
        last = before[-1]
        return {h.code for h in before if last.start - 120 <= h.start}
    return set(topics[:1]) if len(topics) == 1 else set()


def _held_at_arms_length(text: str, hit: Hit, s: int, source_type: SourceType) -> bool:
    # Hearsay in the sentence ("was told it was cured", "reportedly") reports a claim on
    # any page.
    if _HEARSAY.search(text, s, hit.start):
        return True
    if source_type == SourceType.clinic_marketing:
        return False  # on a seller's page, quoted praise is still the seller's pitch
    if _QUOTED.search(text, max(s, hit.start - 400), hit.start):
        return True
    return bool(ATTRIBUTED.search(text, s, hit.start))


def claim_hits(doc: Doc, source_type: SourceType) -> list[Hit]:
    """Claim words in the writer's own voice, in the body of the text."""
    text = doc.text
    end = body_end(text)
    rules = tuple(r for r in RULES if r.applies_to(source_type))
    hits = drop_mentions(doc, find_hits(rules, doc, end))
    return [h for h in hits
            if not _held_at_arms_length(text, h, doc.sentence_span(h.start, h.end)[0],
                                        source_type)]


def check_claims(
    text: str | Doc, analysis: Analysis, library: Library | None,
    therapy_mentions: list[Hit] | None = None,
) -> list[ClaimCheck]:
    """Benefit claims about therapies our library calls unproven, each with its note.

    ``therapy_mentions``: the therapy hits the analyzer already found (saves a pass)."""
    if library is None or not library.therapies:
        return []
    doc = text if isinstance(text, Doc) else Doc(text)
    text = doc.text
    hits = claim_hits(doc, analysis.source_type.code)
    if not hits:
        return []
    topics = list(analysis.therapies)
    mentions = therapy_hits(doc) if therapy_mentions is None else therapy_mentions
    own = [h for h in mentions if h.code in topics]
    # One note per sentence, marking every claim in it ("strengthens the immune system
    # ... and helps prevent recurrence" is one claim to check, not two).
    by_sentence: dict[tuple[int, int], list[Hit]] = {}
    for hit in hits:
        by_sentence.setdefault(doc.sentence_span(hit.start, hit.end), []).append(hit)
    out: list[ClaimCheck] = []
    for (s, e), group in by_sentence.items():
        first = group[0]
        codes = _subject(first, own, s, e, topics)
        page = page_for(codes, library, text[s:e], text) if codes else None
        if page is None or not _is_weak(page):
            continue
        c_start, c_end = first.start, max(h.end for h in group)
        lo, hi = context_span(doc, c_start, c_end, reach=120)
        out.append(ClaimCheck(
            quote=text[lo:hi], start=lo, end=hi, claim_start=c_start, claim_end=c_end,
            rule_id=first.rule_id, therapy=" + ".join(sorted(codes)), slug=page.slug,
            page_name=page.name, status=str(page.regulatory.status),
            status_label=page.regulatory.label, evidence_level=page.evidence.level,
            evidence_label=page.evidence.label, note=note_for(page),
        ))
        if len(out) >= MAX_CLAIMS:
            break
    return out
