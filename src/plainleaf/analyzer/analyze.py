"""The article analyzer: text in, :class:`~plainleaf.analysis_models.Analysis` out.

The text is normalized first (normalize.py: invisible characters, look-alike letters,
NFKC), every pass runs on one shared :class:`~plainleaf.analyzer.engine.Doc`, and all
spans are mapped back at the end, so every quote is a slice of the text as given.
"""

from __future__ import annotations

from dataclasses import dataclass

from plainleaf.analysis_models import Analysis, Evidence, ReadabilityFigures
from plainleaf.analyzer.attribution import mark_other_treatment
from plainleaf.analyzer.claims import check_claims
from plainleaf.analyzer.classify import explain_rules, offered_not_neutral, rule_call, signal_hits
from plainleaf.analyzer.common import body_end
from plainleaf.analyzer.engine import Doc, Hit, is_negated
from plainleaf.analyzer.evidence import approval_hits, evidence_hits, grade
from plainleaf.analyzer.extract import InputError, extract, extract_pasted
from plainleaf.analyzer.grounding import Grounding
from plainleaf.analyzer.normalize import Normalized, normalize
from plainleaf.analyzer.numbers import key_numbers
from plainleaf.analyzer.questions import questions_for
from plainleaf.analyzer.redflags import raw_flags, select_flags, unproven_offers
from plainleaf.analyzer.side_effects import SERIOUS, analyze_side_effects, side_effect_hits
from plainleaf.analyzer.summary import build_summary
from plainleaf.analyzer.therapies import therapies_from_hits, therapy_hits
from plainleaf.analyzer.trained_type import classify_with_model, marker_hits
from plainleaf.content import Library
from plainleaf.readability import measure
from plainleaf.sentences import Sentence, words

__all__ = ["InputError", "analyze_file", "analyze_pasted", "analyze_text"]


def analyze_text(text: str, library: Library | None = None) -> Analysis:
    """Analyze text that is already plain text. Never raises on odd input.

    Every span in the result indexes ``text`` itself (not its normalized form).
    """
    norm = normalize(text)
    analysis = _analyze(norm.text, library)
    if norm.changed:
        analysis = _map_back(analysis, norm)
    analysis.words = len(words(text))
    return analysis


@dataclass
class TypeInputs:
    """What the source-type decision reads (scripts/train_source_type.py trains on these)."""

    text: str
    signals: list[Hit]
    raw_flags: list[Hit]
    serious: list[Hit]
    approvals: list[Hit]
    markers: list[Hit]


def type_inputs(text: str) -> TypeInputs:
    """The source-type inputs of a text, computed exactly as :func:`analyze_text` does."""
    norm = normalize(text).text
    readability = measure(norm)
    doc = Doc(norm, [Sentence(s.start, s.end, s.text) for s in readability.sentence_scores])
    end = body_end(norm)
    se_hits = side_effect_hits(doc)
    return _type_inputs(doc, end, raw_flags(doc), se_hits, evidence_hits(doc, end))


def _type_inputs(doc: Doc, end: int, flags_raw: list[Hit], se_hits: list[Hit],
                 ev_hits: list[Hit]) -> TypeInputs:
    text = doc.text
    serious = [h for h in se_hits if h.code in SERIOUS and not is_negated(text, h.start, h.end)]
    return TypeInputs(text, signal_hits(doc, end, flags_raw), flags_raw, serious,
                      approval_hits(ev_hits), marker_hits(doc, end))


def _analyze(text: str, library: Library | None) -> Analysis:
    readability = measure(text)
    # One sentence split for every pass (the readability measure already made it).
    doc = Doc(text, [Sentence(s.start, s.end, s.text) for s in readability.sentence_scores])
    end = body_end(text)
    t_hits = therapy_hits(doc, end)
    therapies = therapies_from_hits(t_hits, text)
    flags_raw = raw_flags(doc)
    se_hits = side_effect_hits(doc)
    ev_hits = evidence_hits(doc, end)
    ti = _type_inputs(doc, end, flags_raw, se_hits, ev_hits)
    signals = ti.signals
    call = rule_call(signals, flags_raw, ti.serious, ti.approvals)
    offers = unproven_offers(doc, t_hits, therapies)
    # The spec's convention first: a calm page the rules call neutral that offers an
    # unapproved treatment is not neutral information, whatever its words weigh.
    source_type = offered_not_neutral(text, explain_rules(text, call), call, signals, offers)
    if source_type.code == call.code:
        # The rules' call, corrected by the trained model (trained_type.py).
        source_type = offered_not_neutral(
            text, classify_with_model(text, signals, flags_raw, ti.serious, ti.approvals,
                                      ti.markers, call), call, signals, offers)
    side_effects = analyze_side_effects(text, therapies, se_hits)
    # Before the summary: it must not credit a text with naming another treatment's harms.
    mark_other_treatment(doc, side_effects, t_hits, therapies)
    flags = select_flags(doc, flags_raw, source_type.code, side_effects, t_hits, therapies,
                         signals)
    raised = {f.start for f in flags}
    evidence = grade(doc, ev_hits, source_type.code,
                     [h for h in flags_raw if h.start in raised],
                     [h for h in t_hits if therapies and h.code == therapies[0]],
                     call.facts["warning_page"])
    numbers = key_numbers(text, end)
    glossary = library.glossary if library else None
    summary = build_summary(
        text, doc.sentences, source_type, evidence, flags, side_effects, therapies, t_hits,
        numbers, glossary, Grounding(text, doc),
    )
    analysis = Analysis(
        source_type=source_type,
        evidence=evidence,
        red_flags=flags,
        side_effects=side_effects,
        therapies=therapies,
        key_numbers=numbers,
        summary=summary,
        source_readability=ReadabilityFigures(
            flesch_kincaid_grade=readability.flesch_kincaid_grade,
            smog_index=readability.smog_index,
        ),
        questions=questions_for(flags, evidence.level, side_effects, source_type.code),
        library_slugs=library_slugs(therapies, library),
        words=len(words(text)),
        warnings=_warnings(text, end),
    )
    analysis.claims = check_claims(doc, analysis, library, t_hits)
    return analysis


def _map_back(a: Analysis, norm: Normalized) -> Analysis:
    """Every span and quote of ``a`` (found in the normalized text) in the original."""
    original = norm.original

    def ev(e: Evidence) -> Evidence:
        s, t = norm.span(e.start, e.end)
        return e.model_copy(update={"start": s, "end": t, "quote": original[s:t]})

    a.source_type.evidence = [ev(e) for e in a.source_type.evidence]
    a.evidence.evidence = [ev(e) for e in a.evidence.evidence]
    for f in a.red_flags:
        f.start, f.end = norm.span(f.start, f.end)
        f.quote = original[f.start : f.end]
    for m in a.side_effects.mentioned:
        m.spans = [norm.span(s, e) for s, e in m.spans]
        m.quotes = [original[s:e] for s, e in m.spans]
    for s in a.summary.sentences:
        s.source_start, s.source_end = norm.span(s.source_start, s.source_end)
    for c in a.claims:
        c.start, c.end = norm.span(c.start, c.end)
        c.claim_start, c.claim_end = norm.span(c.claim_start, c.claim_end)
        c.quote = original[c.start : c.end]
    return a


def _warnings(text: str, end: int) -> list[str]:
    out = []
    if end < len(text):
        out.append("The reference list or related-article links at the end were not counted "
                   "as evidence: a list of papers does not show that they tested this "
                   "treatment.")
    return out


def analyze_pasted(text: str, library: Library | None = None) -> Analysis:
    """Pasted text: checked first; raises :class:`InputError` with a plain message."""
    return analyze_text(extract_pasted(text), library)


def analyze_file(name: str, data: bytes, library: Library | None = None) -> Analysis:
    """An uploaded file: raises :class:`InputError` with a plain message."""
    return analyze_text(extract(name, data), library)


def library_slugs(therapies: list[str], library: Library | None) -> list[str]:
    """Library pages whose therapies are all among those the text discusses."""
    if library is None or not therapies:
        return []
    found = set(therapies)
    matches = [
        t for t in library.therapies
        if t.therapy_codes and {str(c) for c in t.therapy_codes} <= found
    ]
    matches.sort(key=lambda t: (-len(t.therapy_codes), t.slug))
    return [t.slug for t in matches]
