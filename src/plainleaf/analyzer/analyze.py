"""The article analyzer: text in, :class:`~plainleaf.analysis_models.Analysis` out."""

from __future__ import annotations

from plainleaf.analysis_models import Analysis, ReadabilityFigures
from plainleaf.analyzer.attribution import mark_other_treatment
from plainleaf.analyzer.claims import check_claims
from plainleaf.analyzer.classify import classify, signal_hits
from plainleaf.analyzer.common import body_end
from plainleaf.analyzer.evidence import evidence_hits, grade
from plainleaf.analyzer.extract import InputError, check_text, extract, extract_pasted
from plainleaf.analyzer.grounding import Grounding
from plainleaf.analyzer.numbers import key_numbers
from plainleaf.analyzer.questions import questions_for
from plainleaf.analyzer.redflags import raw_flags, select_flags
from plainleaf.analyzer.rules import is_negated
from plainleaf.analyzer.side_effects import SERIOUS, analyze_side_effects, side_effect_hits
from plainleaf.analyzer.summary import build_summary
from plainleaf.analyzer.therapies import therapies_from_hits, therapy_hits
from plainleaf.content import Library
from plainleaf.readability import measure
from plainleaf.sentences import Sentence, words

__all__ = ["InputError", "analyze_file", "analyze_pasted", "analyze_text"]


def analyze_text(text: str, library: Library | None = None) -> Analysis:
    """Analyze text that is already plain text. Never raises on odd input."""
    end = body_end(text)
    t_hits = therapy_hits(text[:end] if end < len(text) else text)
    therapies = therapies_from_hits(t_hits, text)
    flags_raw = raw_flags(text)
    se_hits = side_effect_hits(text)
    serious = [h for h in se_hits if h.code in SERIOUS and not is_negated(text, h.start, h.end)]
    source_type = classify(text, signal_hits(text, end), flags_raw, serious)
    side_effects = analyze_side_effects(text, therapies, se_hits)
    # Before the summary: it must not credit a text with naming another treatment's harms.
    mark_other_treatment(text, side_effects, t_hits, therapies)
    flags = select_flags(text, flags_raw, source_type.code, side_effects, t_hits, therapies)
    evidence = grade(text, evidence_hits(text, end), source_type.code,
                     [h for h in flags_raw if any(f.start == h.start for f in flags)])
    numbers = key_numbers(text, end)
    readability = measure(text)
    # Reuse the sentences that measure() already split (one pass over the text).
    sentences = [Sentence(s.start, s.end, s.text) for s in readability.sentence_scores]
    glossary = library.glossary if library else None
    summary = build_summary(
        text, sentences, source_type, evidence, flags, side_effects, therapies, t_hits,
        numbers, glossary, Grounding(text),
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
    analysis.claims = check_claims(text, analysis, library, t_hits)
    return analysis


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


def validate(text: str) -> str:
    return check_text(text)
