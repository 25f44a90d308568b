"""Evidence level: the strongest evidence the text describes or cites for its main claim."""

from __future__ import annotations

import bisect
import re

from plainleaf.analysis_models import Evidence, EvidenceResult
from plainleaf.analyzer.common import SMALL_COUNT, TENS, short
from plainleaf.analyzer.engine import Doc, Hit, by_id, find_hits
from plainleaf.analyzer.rules import DENIAL
from plainleaf.analyzer.rules.evidence import RULES
from plainleaf.spec import EVIDENCE_LABELS, LEVEL_ORDER, EvidenceLevel, RedFlag, SourceType

RULE = by_id(RULES)


def _role(h: Hit) -> str:
    return RULE[h.rule_id].role

# Background sentences about other studies are not the text's own evidence.
_BACKGROUND = re.compile(
    r"\b(?:previous|prior|earlier|past|other) (?:studies|trials|research|reports)\b|"
    r"\bunlike (?:a |the )?randomi[sz]ed\b",
    re.IGNORECASE,
)


# A trial that has not yet run far enough to report anything...
_NOT_YET_RUN = re.compile(
    r"\bfirst (?:patient|participant|subject)s? (?:has been |have been |was |were |is |are )?"
    r"(?:dosed|enrolled|treated|randomi[sz]ed|recruited)\b|"
    r"\b(?:began|begins|started|starts|has begun|have begun|commenced|initiated) (?:patient )?"
    r"(?:enrolling|enrol+ment|recruiting|recruitment|dosing)\b|"
    r"\b(?:results|data|findings) (?:are|is) (?:expected|anticipated|(?:still )?pending|not yet "
    r"available)\b|"
    # ...or that says it tests nothing: "this is not a clinical trial".
    r"(?P<nothing>\b(?:is|are) not (?:a clinical trial|testing (?:its )?efficacy)\b)",
    re.IGNORECASE,
)
# ...unless the text reports results (of this trial or an earlier one).
_REPORTS_RESULTS = re.compile(
    r"\b(?:response rates?|responded|remissions?|survival (?:was|of|rates?)|hazard ratio|"
    r"HR|improved|reduced|showed|shown|demonstrated|met (?:its|the) primary|shrank|shrink|"
    r"no sign of (?:the )?(?:cancer|disease)|"
    r"\d+(?:\.\d+)? ?(?:%|percent) of (?:the )?(?:patients|participants|people))\b",
    re.IGNORECASE,
)


# One patient by age, in digits or words: "a 62-year-old", "a nine-year-old boy".
_AGE = r"an? (?:\d{1,3}|[a-z]+(?:-[a-z]+)?)-year-old\b"
# One patient's treatment told as the news: "the patient was discharged in a stable
# condition", "a patient ... has been treated with CAR-T cells produced in-house".
_ONE_CASE_TOLD = re.compile(
    r"\b(?:the|a|one|our) (?:[\w-]+ ){0,4}?patient\b[^.\n]{0,160}?\b(?:has been|had been|was|"
    r"is) (?:successfully |already |now )?(?:discharged|treated|cured)\b|"
    r"\b(?:administered|given) to (?:him|her) successfully\b|"
    r"\b(?:doctors|specialists|physicians|surgeons) (?:\w+ )?treated (?:him|her) with\b|"
    # "Salman, a 31-year-old from Karachi, has received stem cell therapy", "carried out a
    # stem cell transplant on a 62-year-old patient", "the patient is ... responding to".
    r"\b" + _AGE + r"[^.\n]{0,80}?\b(?:has|had) (?:received|undergone|been treated)\b|"
    r"\b(?:carried out|performed|completed) (?:[\w-]+ ){0,6}?on " + _AGE + r"|"
    r"\bthe patient (?:is|was) (?:[\w-]+ ){0,6}?responding (?:well )?to\b",
    re.IGNORECASE,
)


# Other groups' studies, in the plural, as a report's background.
_OTHERS_FOUND = re.compile(
    r"\b(?:a number of|several|many|some|multiple|numerous) (?:[\w-]+ ){0,3}?(?:trials|studies) "
    r"(?:have|has) (?:found|shown|reported|suggested|demonstrated)\b",
    re.IGNORECASE,
)


# A meta-analysis of retrospective cohorts is no stronger than they are (spec: A is "a
# meta-analysis of them", randomized trials).
_POOLS_OBSERVATIONAL = re.compile(
    r"\bno randomi[sz]ed (?:controlled )?trials? (?:was|were) (?:identified|found|included|"
    r"available|eligible)\b|\b(?:studies|all|most|\d+|" + SMALL_COUNT + "|" + TENS
    + r") (?:of the (?:included )?studies )?(?:were|was) "
    r"(?:retrospective|observational|non-?randomi[sz]ed)\b|\bmeta-?analys[ie]s of (?:\d+ )?"
    r"(?:retrospective|observational|cohort|non-?randomi[sz]ed)\b|"
    r"\b(?:retrospective|observational|non-?randomi[sz]ed) (?:cohort )?studies\b[^.\n]{0,60}"
    r"\bwere included\b",
    re.IGNORECASE,
)


_REFERENCE_HEADING = re.compile(r"^[ \t]*+(?:References|Bibliography)\b",
                                re.IGNORECASE | re.MULTILINE)


def evidence_hits(text: str | Doc, end: int) -> list[Hit]:
    doc = text if isinstance(text, Doc) else Doc(text)
    return find_hits(RULES, doc, end)


def approval_hits(hits: list[Hit]) -> list[Hit]:
    """Where the text states that a regulator approved a treatment."""
    return [h for h in hits if _role(h) == "approval"]


def grade(
    text: str | Doc, hits: list[Hit], source_type: SourceType, flags: list[Hit],
    main_therapy: list[Hit] | None = None, warning_page: bool = False,
) -> EvidenceResult:
    """``main_therapy``: where the text names the therapy it is about (therapies.py);
    ``warning_page``: the rules read the text as a warning about unproven treatments."""
    doc = text if isinstance(text, Doc) else Doc(text)
    text = doc.text
    not_yet = _not_yet_run(doc)
    own = _own_evidence(doc, hits, source_type, main_therapy or [], warning_page, not_yet)
    level = _main_level(own, source_type, len(text))
    stories = [f for f in flags if f.code == RedFlag.testimonials]
    vague_claims = any(f.code == RedFlag.vague_evidence for f in flags)
    if level is None and source_type == SourceType.news and stories and not vague_claims:
        story = stories[0]
        # A story built on one patient's outcome reports a single case: the spec's D
        # ("case reports"), not "no evidence". (On a sales page a testimonial is selling,
        # not evidence; and a story that rests its claim on "studies have shown" names
        # no evidence at all: N.)
        return EvidenceResult(
            level=EvidenceLevel.D,
            label=EVIDENCE_LABELS[EvidenceLevel.D],
            reasons=[f"It rests on one patient's story (\"{short(text[story.start:story.end])}"
                     "\"), which is like a single case report."],
            evidence=[story.evidence(text)],
        )
    case = _ONE_CASE_TOLD.search(text) if level is None and not vague_claims and (
        source_type in (SourceType.news, SourceType.press_release)) else None
    if case:
        # A hospital's or a reporter's account of one patient treated ("the patient was
        # discharged in a stable condition") is a single case report: D.
        return EvidenceResult(
            level=EvidenceLevel.D,
            label=EVIDENCE_LABELS[EvidenceLevel.D],
            reasons=[f"It tells of one patient's treatment (\"{short(case.group())}\"), "
                     "which is like a single case report."],
            evidence=[Evidence(quote=case.group(), start=case.start(), end=case.end())],
        )
    # Only a speaker's own series: a seller's ("in our 300 cases", as for studies above) or
    # a press release's. A news story may count patients to question a clinic.
    series = [f for f in flags if f.code == RedFlag.small_uncontrolled and (
        source_type == SourceType.press_release or (
            source_type == SourceType.clinic_marketing and _sellers_series(doc, f)))]
    if level is None and series:
        # Patients counted with no comparison group ("in our 300 cases", "tens of patients
        # have been treated") are the spec's case series, C; one case alone is D.
        quote = text[series[0].start:series[0].end]
        single = bool(_ONE_CASE.search(quote))
        lvl = EvidenceLevel.D if single else EvidenceLevel.C
        return EvidenceResult(
            level=lvl,
            label=EVIDENCE_LABELS[lvl],
            reasons=[f"It counts {'one patient' if single else 'its own patients'} "
                     f"(\"{short(quote)}\") but has no group to compare with. That is "
                     f"{'very weak' if single else 'weak'} proof."],
            evidence=[series[0].evidence(text)],
        )
    if level is None and source_type == SourceType.study_report:
        # A report of a study is itself a study you can look up, even when it names no
        # design the rules know (a registry summary, "experience from a tertiary centre"):
        # an observational account, C (labels spec; the labellers gave none of the 83 real
        # study reports N).
        return EvidenceResult(
            level=EvidenceLevel.C,
            label=EVIDENCE_LABELS[EvidenceLevel.C],
            reasons=["It reports a study, but does not say how it was set up, for example "
                     "with a group to compare with. That is weak proof."],
            evidence=[],
        )
    if level is None:
        vague = [f for f in flags if f.code == RedFlag.vague_evidence][:3]
        reasons = []
        if vague:
            reasons.append(
                f"It says \"{short(text[vague[0].start:vague[0].end])}\" but names no study "
                "you can check."
            )
        if not_yet:
            reasons.append(f"It tells of a trial that has only just started (\""
                           f"{short(not_yet.group())}\"). There are no results yet, so it "
                           "shows nothing so far.")
        else:
            reasons.append("It does not describe a study of the treatment that you could "
                           "look up.")
        if source_type == SourceType.clinic_marketing and doc.anywhere(_REFERENCE_HEADING):
            reasons.append("Its reference list is not counted: general reviews do not test "
                           "the treatment being sold.")
        return EvidenceResult(
            level=EvidenceLevel.N,
            label=EVIDENCE_LABELS[EvidenceLevel.N],
            reasons=reasons,
            evidence=[f.evidence(text) for f in vague] + ([Evidence(
                quote=not_yet.group(), start=not_yet.start(), end=not_yet.end())]
                if not_yet else []),
        )
    chosen = [h for h in own if h.code == level and _role(h) != "fallback"]
    if not chosen:  # only a study named by size or journal
        chosen = [h for h in own if _role(h) == "fallback"]
    reasons = []
    seen = set()
    for h in chosen:
        if h.rule_id in seen:
            continue
        seen.add(h.rule_id)
        reasons.append(f"It describes {RULE[h.rule_id].message}: \"{short(text[h.start:h.end])}\".")
    return EvidenceResult(
        level=EvidenceLevel(level),
        label=EVIDENCE_LABELS[EvidenceLevel(level)],
        reasons=reasons,
        evidence=[h.evidence(text) for h in chosen[:4]],
        rule_id=chosen[0].rule_id if chosen else "",
    )


def _not_yet_run(doc: Doc) -> re.Match[str] | None:
    """Where the text says its trial has only just started, if it reports no results."""
    m = _NOT_YET_RUN.search(doc.text)
    return None if m is None or doc.anywhere(_REPORTS_RESULTS) else m


def _own_evidence(doc: Doc, hits: list[Hit], source_type: SourceType,
                  main_therapy: list[Hit], warning_page: bool,
                  not_yet: re.Match[str] | None) -> list[Hit]:
    """The evidence hits that speak for the text's own main claim, not its background."""
    own = _early_trial_designs(doc, [h for h in hits if not _is_background(doc, h)])
    if not_yet:
        # A trial that has only just started (the first patient enrolled, results still
        # pending) has tested nothing yet: a randomized or phase 2 design promises evidence
        # it does not have (labels spec: the evidence the text describes for its main
        # claim; the third readers of four sets). A small early-phase trial is the spec's
        # C as described, results or not (the labellers of holdout12 and holdout19), unless
        # the text says it is no trial at all.
        limited = (EvidenceLevel.C, EvidenceLevel.D)
        keep_small = not not_yet.group("nothing")
        own = [h for h in own if _role(h) == "approval" or (keep_small and h.code in limited)]
    if source_type == SourceType.study_report:
        # A report's own study is its evidence; "a number of randomized trials have found"
        # is the background it starts from.
        own = [h for h in own if not doc.has(_OTHERS_FOUND, *doc.sentence_span(h.start, h.end))]
    if doc.anywhere(_POOLS_OBSERVATIONAL):
        own = [h for h in own if _role(h) != "pooled"]
    if warning_page and source_type != SourceType.clinic_marketing:
        # A warning's main claim is that what it warns about is unproven: the approvals it
        # names ("the FDA has approved only cord blood products") mark the limit of the
        # evidence, they are not evidence for it (labels spec: the main claim).
        own = [h for h in own if _role(h) != "approval"]
    if source_type == SourceType.clinic_marketing:
        # A seller's trials and approvals from the literature (ELIANA, "the FDA approved
        # Provenge", a JAMA phase 3) tested someone else's product (spec: N). Only a study
        # the seller calls its own ("our phase 1 trial", "we treated 20 patients") counts.
        # An approval the seller states for the very therapy it sells is evidence for it
        # (labels spec: a named regulator approved the treatment the text is about).
        own = [h for h in own if _role(h) != "fallback" and (
            _sellers_own(doc, h) or _approves_main_therapy(doc, h, main_therapy))]
    return own


_PHASE_WORD = re.compile(r"\bphase\b", re.IGNORECASE)


def _early_trial_designs(doc: Doc, hits: list[Hit]) -> list[Hit]:
    """Drop a design word (randomized, single-arm, prospective) that describes an early
    trial named in the same sentence: "a single-arm phase 1 trial", "in the dose escalation
    stage, patients were randomly assigned" is the spec's "small early-phase (phase 1 or
    1/2) trial" (C), not a randomized (A) or phase 2 (B) trial. A phase named outright
    ("a phase 2 trial that follows phase 1") keeps its own level."""
    early = {doc.sentence_span(h.start, h.end) for h in hits if _role(h) == "early"}
    if not early:
        return hits
    return [h for h in hits if not (
        h.code in (EvidenceLevel.A, EvidenceLevel.B) and _role(h) == ""
        and not _PHASE_WORD.search(doc.text, h.start, h.end)
        and doc.sentence_span(h.start, h.end) in early)]


# A literature citation in the sentence: author "et al", a journal abbreviation, a
# "year;volume" reference or a DOI.
_CITATION = re.compile(
    r"\bet al\b|\bN Engl J Med\b|\bNEJM\b|\bLancet\b|\bJ Clin Oncol\b|\bNat(?:ure)? "
    r"(?:Med|Rev)\w*\b|\b(?:19|20)\d\d;\s?\d+|\bdoi\b",
    re.IGNORECASE,
)
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_ONE_CASE = re.compile(r"\b(?:a|one) (?:single )?(?:case|patient)\b|\bcase report\b",
                       re.IGNORECASE)
# ...unless the seller says the cited study is its own.
_OWN_STUDY = re.compile(r"\b(?:[Oo]ur|[Ww]e|us)\b")  # not "US FDA"


def _sellers_own(doc: Doc, h: Hit) -> bool:
    s, e = doc.sentence_span(h.start, h.end)
    return doc.has(_OWN_STUDY, s, e) and not doc.has(_CITATION, s, e)


def _sellers_series(doc: Doc, h: Hit) -> bool:
    """A patient count on a seller's page is the seller's own series unless its sentence
    cites a paper or a year ("the clinic has treated more than 150 patients": the
    provider's name as subject is a seller's tell, labels spec)."""
    s, e = doc.sentence_span(h.start, h.end)
    return _sellers_own(doc, h) or not (doc.has(_CITATION, s, e) or doc.has(_YEAR, s, e))


def _approves_main_therapy(doc: Doc, h: Hit, main_therapy: list[Hit]) -> bool:
    """An approval whose sentence names the text's own therapy, cites no paper and gives
    no year: "first approved in 2017" tells the history of the field (someone else's
    product), not the approval of what the seller offers."""
    if _role(h) != "approval":
        return False
    s, e = doc.sentence_span(h.start, h.end)
    if doc.has(_CITATION, s, e) or doc.has(_YEAR, s, e):
        return False
    i = bisect.bisect_left([m.start for m in main_therapy], s)
    return i < len(main_therapy) and main_therapy[i].start < e


def _is_background(doc: Doc, h: Hit) -> bool:
    s, e = doc.sentence_span(h.start, h.end)
    return doc.has(_BACKGROUND, s, e) or (_role(h) == "approval" and bool(
        _DENIED.match(doc.text, s, h.start)))


# A sentence that opens by denying ("Not one of those treatments, aimed at everything from
# asthma to arthritis, has been approved by the FDA") approves nothing: the denial can sit
# further back than the approval rule's window.
_DENIED = re.compile(r"\s*" + DENIAL + r"[^.\n]*$", re.IGNORECASE)


# An approval "leads" the text when it comes in its first third (or first 600 characters).
APPROVAL_LEAD_CHARS = 600


def _main_level(hits: list[Hit], source_type: SourceType, n: int) -> str | None:
    if not hits:
        return None
    named = [h for h in hits if _role(h) == "fallback"]
    hits = [h for h in hits if _role(h) != "fallback"]
    if not hits:
        # A study named only by its size or journal: a real study, design unknown (C);
        # judged on a primary endpoint, it was planned in advance (B).
        if not named:
            return None
        return min((h.code for h in named), key=lambda c: LEVEL_ORDER.index(EvidenceLevel(c)))
    designs = [h for h in hits if _role(h) != "approval"]
    approvals = [h for h in hits if _role(h) == "approval"]
    # An approval is the main claim when it leads the text (or it is the announcement);
    # a passing mention of another product's approval is background to a new study, and a
    # paper's own design is its main claim even when its background opens with approvals.
    lead = [a for a in approvals if a.start < max(APPROVAL_LEAD_CHARS, n // 3)]
    leads = bool(lead) and source_type != SourceType.study_report
    if approvals and (leads or source_type == SourceType.press_release or not designs):
        return EvidenceLevel.A
    for level in LEVEL_ORDER:
        if any(h.code == level for h in designs):
            return level
    return None
