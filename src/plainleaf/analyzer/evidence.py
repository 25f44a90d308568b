"""Evidence level: the strongest evidence the text describes or cites for its main claim."""

from __future__ import annotations

import re

from plainleaf.analysis_models import EvidenceResult
from plainleaf.analyzer.common import Hit, find_hits, short
from plainleaf.analyzer.rules import sentence_bounds
from plainleaf.analyzer.rules.evidence import RULES
from plainleaf.spec import EVIDENCE_LABELS, LEVEL_ORDER, EvidenceLevel, RedFlag, SourceType

_LABELS = {r.id: r.message for r in RULES}
# Background sentences about other studies are not the text's own evidence.
_BACKGROUND = re.compile(
    r"\b(?:previous|prior|earlier|past|other) (?:studies|trials|research|reports)\b|"
    r"\bunlike (?:a |the )?randomi[sz]ed\b",
    re.IGNORECASE,
)


# A meta-analysis of retrospective cohorts is no stronger than they are (spec: A is "a
# meta-analysis of them", randomized trials).
_POOLS_OBSERVATIONAL = re.compile(
    r"\bno randomi[sz]ed (?:controlled )?trials? (?:was|were) (?:identified|found|included|"
    r"available|eligible)\b|\b(?:studies|all|most|\d+|[a-z]+teen|[a-z]+ty|one|two|three|four|"
    r"five|six|seven|eight|nine|ten|eleven|twelve) (?:of the (?:included )?studies )?(?:were|was) "
    r"(?:retrospective|observational|non-?randomi[sz]ed)\b|\bmeta-?analys[ie]s of (?:\d+ )?"
    r"(?:retrospective|observational|cohort|non-?randomi[sz]ed)\b",
    re.IGNORECASE,
)


def evidence_hits(text: str, end: int) -> list[Hit]:
    return find_hits(RULES, text, end)


def grade(
    text: str, hits: list[Hit], source_type: SourceType, flags: list[Hit]
) -> EvidenceResult:
    own = [h for h in hits if not _is_background(text, h)]
    if _POOLS_OBSERVATIONAL.search(text):
        own = [h for h in own if h.rule_id != "ev-meta"]
    if source_type == SourceType.clinic_marketing:
        # A seller's trials and approvals from the literature (ELIANA, "the FDA approved
        # Provenge", a JAMA phase 3) tested someone else's product (spec: N). Only a study
        # the seller calls its own ("our phase 1 trial", "we treated 20 patients") counts.
        own = [h for h in own if h.rule_id != "ev-named-study" and _sellers_own(text, h)]
    level = _main_level(own, source_type, len(text))
    if level is None:
        vague = [f for f in flags if f.code == RedFlag.vague_evidence][:3]
        reasons = []
        if vague:
            reasons.append(
                f"It says \"{short(text[vague[0].start:vague[0].end])}\" but names no study "
                "you can check."
            )
        reasons.append("It does not describe a study of the treatment that you could look up.")
        if source_type == SourceType.clinic_marketing and re.search(
            r"^\s*(?:References|Bibliography)\b", text, re.IGNORECASE | re.MULTILINE
        ):
            reasons.append("Its reference list is not counted: general reviews do not test "
                           "the treatment being sold.")
        return EvidenceResult(
            level=EvidenceLevel.N,
            label=EVIDENCE_LABELS[EvidenceLevel.N],
            reasons=reasons,
            evidence=[f.evidence(text) for f in vague],
        )
    chosen = [h for h in own if h.code == level and h.rule_id != "ev-named-study"]
    if not chosen:  # only a study named by size or journal
        chosen = [h for h in own if h.rule_id == "ev-named-study"]
    reasons = []
    seen = set()
    for h in chosen:
        if h.rule_id in seen:
            continue
        seen.add(h.rule_id)
        reasons.append(f"It describes {_LABELS[h.rule_id]}: \"{short(text[h.start:h.end])}\".")
    return EvidenceResult(
        level=EvidenceLevel(level),
        label=EVIDENCE_LABELS[EvidenceLevel(level)],
        reasons=reasons,
        evidence=[h.evidence(text) for h in chosen[:4]],
    )


# A literature citation in the sentence: author "et al", a journal abbreviation, a
# "year;volume" reference or a DOI.
_CITATION = re.compile(
    r"\bet al\b|\bN Engl J Med\b|\bNEJM\b|\bLancet\b|\bJ Clin Oncol\b|\bNat(?:ure)? "
    r"(?:Med|Rev)\w*\b|\b(?:19|20)\d\d;\s?\d+|\bdoi\b",
    re.IGNORECASE,
)
# ...unless the seller says the cited study is its own.
_OWN_STUDY = re.compile(r"\b(?:[Oo]ur|[Ww]e|us)\b")  # not "US FDA"


def _sellers_own(text: str, h: Hit) -> bool:
    s, e = sentence_bounds(text, h.start, h.end)
    return bool(_OWN_STUDY.search(text, s, e)) and not _CITATION.search(text, s, e)


def _is_background(text: str, h: Hit) -> bool:
    s, e = sentence_bounds(text, h.start, h.end)
    return bool(_BACKGROUND.search(text, s, e))


def _main_level(hits: list[Hit], source_type: SourceType, n: int) -> str | None:
    if not hits:
        return None
    named = [h for h in hits if h.rule_id == "ev-named-study"]
    hits = [h for h in hits if h.rule_id != "ev-named-study"]
    if not hits:
        # A study named only by its size or journal: a real study, design unknown.
        return EvidenceLevel.C if named else None
    designs = [h for h in hits if h.rule_id != "ev-approval"]
    approvals = [h for h in hits if h.rule_id == "ev-approval"]
    # An approval is the main claim when it leads the text (or it is the announcement);
    # a passing mention of another product's approval is background to a new study.
    lead = [a for a in approvals if a.start < max(600, n // 3)]
    if approvals and (lead or source_type == SourceType.press_release or not designs):
        return EvidenceLevel.A
    for level in LEVEL_ORDER:
        if any(h.code == level for h in designs):
            return level
    return None
