"""The article report a patient can act on: one plan, three outputs.

``build_report`` turns an :class:`Analysis` into a :class:`ReportView`: plain data in the
order a reader needs it (the bottom line first, then the summary, claims checked against
the library, red flags grouped by kind, side effects, the details, questions, links and,
last and apart, the figures only editors need). The Markdown report below, the page
(``ui/article_report.py``) and the printable PDF (``handout/report.py``) all render this
view, so they show the same things in the same order. Everything from the analysed text
stays raw here; each renderer escapes it for its own format.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from plainleaf.analysis_models import Analysis, ClaimCheck, Evidence, RedFlagHit
from plainleaf.analyzer.engine import Doc
from plainleaf.analyzer.explain import side_effect_line, why_ask_first
from plainleaf.analyzer.quotes import context_span, is_cut
from plainleaf.analyzer.side_effects import SERIOUS
from plainleaf.analyzer.side_effects import SHORT_NAMES as SIDE_EFFECT_SHORT
from plainleaf.analyzer.summary import says_what_the_text_says
from plainleaf.analyzer.therapies import PLAIN_NAMES
from plainleaf.help_picture import evidence_scale_text
from plainleaf.limits import LIMITS
from plainleaf.models import APPROVED_STATUSES, ApprovalStatus
from plainleaf.spec import (
    EVIDENCE_EXPLAINED,
    EXPECTED_SIDE_EFFECTS,
    SOURCE_TYPE_EXPLAINED,
    EvidenceLevel,
    RedFlag,
    SideEffectCode,
    SourceType,
    TherapyCode,
)

if TYPE_CHECKING:
    from plainleaf.content import Library

# The report's "Get help now": the same two rows as the therapy pages, with no fever line
# (a report is about a text, not a treatment, so it states none).
HELP_WORDS = ("Having treatment now and feel very ill? Call 911 or go to the emergency room. "
              "Outside the US, call your local emergency number. For other new or worrying "
              "signs, call your care team, day or night.")

NOT_ADVICE = ("This check is not medical advice. It looks at how a text is written, not at "
              "whether a treatment is right for you. Talk to your care team.")

# One heading per section, in the order every output shows them.
HEADINGS: dict[str, str] = {
    "bottom_line": "The bottom line",
    "summary": "In plain words",
    "claims": "Claims checked against our library",
    "red_flags": "Red flags",
    "side_effects": "Side effects",
    "source_type": "How we can tell who wrote it",
    "evidence": "Why we give this evidence grade",
    "questions": "Questions to ask your care team",
    "help": "Get help now",
    "read_more": "Read more",
    "notes": "Notes",
    "editors": "For editors",
}

# Who is speaking, in plain words (the bottom line's first line).
WHO_WROTE: dict[SourceType, str] = {
    SourceType.clinic_marketing: "A clinic or seller, about a treatment it sells.",
    SourceType.news: "A journalist or blogger, reporting on other people's work.",
    SourceType.study_report: "The researchers who ran a study, reporting it.",
    SourceType.patient_education: "A public body, charity or hospital, explaining a "
    "treatment.",
    SourceType.press_release: "A company or institution, announcing its own news.",
}

# How much a warning matters to a patient deciding whether to pay or travel. The highest
# go in the bottom line. Selling an unproven treatment and naming no risks come first.
# (When the engine's one-record-per-flag-kind lands, this weight belongs there.)
WARNING_WEIGHT: dict[str, int] = {
    RedFlag.offered_outside_trials: 100,
    "no_risks_named": 95,
    RedFlag.risks_minimized: 90,
    "claims": 85,
    RedFlag.overclaiming: 70,
    RedFlag.call_to_action: 60,
    RedFlag.testimonials: 50,
    RedFlag.vague_evidence: 45,
    RedFlag.small_uncontrolled: 40,
    RedFlag.unnamed_source: 35,
    RedFlag.hype: 30,
}
WARNING_SENTENCES: dict[str, str] = {
    RedFlag.offered_outside_trials: "It sells a treatment outside a registered clinical "
    "trial.",
    "no_risks_named": "It names no risks of the treatment it is about.",
    RedFlag.risks_minimized: "It plays down the risks of the treatment.",
    RedFlag.overclaiming: "It promises more than any study can show.",
    RedFlag.call_to_action: "It pushes you to call, book or pay.",
    RedFlag.testimonials: "It uses patient stories as proof that the treatment works.",
    RedFlag.vague_evidence: "It says 'studies show' but names no study you can check.",
    RedFlag.small_uncontrolled: "It treats a small study with no comparison group as proof.",
    RedFlag.unnamed_source: "It gives results without saying who got them.",
    RedFlag.hype: "It uses hype words that make the treatment sound better than the proof.",
}
MAX_WARNINGS = 3
# Sources that speak for a treatment: naming no risk there is a warning in itself.
PROMOTING = frozenset({SourceType.clinic_marketing, SourceType.press_release})
CLINICAL_TRIALS_URL = "https://clinicaltrials.gov"


@dataclass(frozen=True)
class Quote:
    """Words from the text, with the parts that raised a finding marked. Raw text."""

    parts: tuple[tuple[str, bool], ...]  # (words, marked?) in order
    cut_left: bool = False
    cut_right: bool = False

    @property
    def plain(self) -> str:
        return " ".join("".join(p for p, _ in self.parts).split())

    @property
    def marked(self) -> list[str]:
        return [p for p, m in self.parts if m]


@dataclass(frozen=True)
class Step:
    text: str
    link_label: str = ""
    link: str = ""
    why: tuple[str, ...] = ()  # reasons, in the library's own words


@dataclass(frozen=True)
class BottomLine:
    who: str
    source_label: str
    evidence_title: str
    evidence_explained: str
    warnings: list[str]
    steps: list[Step]
    heading_steps: str = "Before you pay or travel"


@dataclass(frozen=True)
class ClaimView:
    """The claims checked against one library page: its note is said once for all."""

    quotes: list[Quote]
    note: str
    page_name: str
    slug: str


@dataclass(frozen=True)
class FlagGroup:
    code: str
    name: str
    whys: list[str]
    quotes: list[Quote]
    # Already said in the bottom line: the group shows its quotes, not its reason again.
    in_bottom_line: bool = False


@dataclass(frozen=True)
class SideEffectItem:
    name: str
    note: str = ""  # the text's own words for it, or why it is listed
    meaning: str = ""  # what it is and what it can do, from the library


@dataclass(frozen=True)
class SideEffectsView:
    named: list[SideEffectItem] = field(default_factory=list)
    negated: list[str] = field(default_factory=list)
    other_treatment: list[str] = field(default_factory=list)
    missing: list[SideEffectItem] = field(default_factory=list)


@dataclass(frozen=True)
class EditorFigures:
    summary_fk: float
    summary_smog: float
    summary_passes: bool
    source_fk: float
    source_smog: float
    words: int
    key_numbers: list[str]
    # The analyzer's own reasons, with its word lists: an editor's view, not a patient's.
    source_reasons: list[str] = field(default_factory=list)
    evidence_reasons: list[str] = field(default_factory=list)
    limit_fk: float = LIMITS.max_flesch_kincaid_grade
    limit_smog: float = LIMITS.max_smog_index


@dataclass(frozen=True)
class ReportView:
    bottom_line: BottomLine
    summary: list[str]
    claims: list[ClaimView]
    flag_groups: list[FlagGroup]
    side_effects: SideEffectsView
    source_label: str
    source_explained: str
    source_reasons: list[str]
    source_quotes: list[Quote]
    evidence_title: str
    evidence_explained: str
    evidence_reasons: list[str]
    evidence_quotes: list[Quote]
    questions: list[str]
    read_more: list[tuple[str, str]]  # (page name, slug)
    notes: list[str]
    editors: EditorFigures
    headings: dict[str, str] = field(default_factory=lambda: dict(HEADINGS))


def _quote(text: str, lo: int, hi: int, marks: list[tuple[int, int]]) -> Quote:
    merged: list[list[int]] = []  # overlapping hits become one mark that holds both
    for s, e in sorted(marks):
        if merged and s <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], e)
        else:
            merged.append([s, e])
    parts: list[tuple[str, bool]] = []
    pos = lo
    for s, e in merged:
        if s > pos:
            parts.append((text[pos:s], False))
        parts.append((text[s:e], True))
        pos = e
    if pos < hi:
        parts.append((text[pos:hi], False))
    left, right = is_cut(text, lo, hi)
    return Quote(tuple(parts), left, right)


def quotes_in_context(text: str | None, hits: list[tuple[int, int, str]]) -> list[Quote]:
    """Each hit in its sentence, cut at word boundaries; hits whose contexts overlap
    share one quote with several marks. Without the text, the exact words alone."""
    if text is None or any(text[s:e] != q for s, e, q in hits):
        seen = dict.fromkeys(" ".join(q.split()) for _, _, q in hits)
        return [Quote(((q, True),)) for q in seen]
    spans: list[list] = []  # [lo, hi, marks]
    doc = Doc(text)  # one sentence split for all the quotes
    for s, e, _ in sorted(hits):
        lo, hi = context_span(doc, s, e)
        if spans and lo < spans[-1][1]:
            spans[-1][1] = max(spans[-1][1], hi)
            spans[-1][2].append((s, e))
        else:
            spans.append([lo, hi, [(s, e)]])
    return [_quote(text, lo, hi, marks) for lo, hi, marks in spans]


def _claim_quote(text: str | None, c: ClaimCheck) -> Quote:
    q = c.quote
    a, b = c.claim_start - c.start, c.claim_end - c.start
    if not (0 <= a <= b <= len(q)):
        return Quote(((q, False),))
    left = right = False
    if text is not None and text[c.start:c.end] == q:
        left, right = is_cut(text, c.start, c.end)
    parts = tuple(p for p in ((q[:a], False), (q[a:b], True), (q[b:], False)) if p[0])
    return Quote(parts, left, right)


def _warning_codes(a: Analysis, warnings: list[str]) -> set[str]:
    """The kinds of flag the bottom line's warnings speak for."""
    codes = {k for k, w in _ranked_warnings(a) if w in warnings}
    if "no_risks_named" in codes:
        codes.add(RedFlag.risks_minimized)  # the same point, said more plainly
    if "claims" in codes:
        codes.add(RedFlag.overclaiming)  # a claim stated as fact is the promise
    return codes


def _warnings(a: Analysis) -> list[str]:
    """The one to three warnings that matter most, by weight."""
    return [w for _, w in _ranked_warnings(a)[:MAX_WARNINGS]]


def _ranked_warnings(a: Analysis) -> list[tuple[str, str]]:
    found: dict[str, str] = {}
    for f in a.red_flags:
        found.setdefault(f.code, WARNING_SENTENCES[f.code])
    if a.claims:
        c = a.claims[0]
        found["claims"] = (f"It states as fact that the treatment works. {c.note}")
    own = [m for m in a.side_effects.mentioned if not m.of_other_treatment]
    promoting = a.source_type.code in PROMOTING or RedFlag.risks_minimized in found
    if a.therapies and promoting and not own:
        found["no_risks_named"] = WARNING_SENTENCES["no_risks_named"]
        found.pop(RedFlag.risks_minimized, None)  # the same point, said more plainly
    elif RedFlag.risks_minimized in found and not any(m.code in SERIOUS for m in own):
        left_out = [SIDE_EFFECT_SHORT[c] for c in _expected(a) if c in SERIOUS][:2]
        if left_out:
            found[RedFlag.risks_minimized] = (
                "It names only mild side effects, not serious risks such as "
                f"{' or '.join(left_out)}.")
    ranked = sorted(found, key=lambda k: -WARNING_WEIGHT.get(k, 0))
    return [(k, found[k]) for k in ranked]


def _steps(a: Analysis, pages: list[tuple[str, str]], why: list[str],
           proven: bool = False) -> list[Step]:
    # "If there is no number, it is not a registered trial" reads as a warning sign on a
    # text that sells nothing about a standard or approved treatment (TACE): left out there.
    steps = [] if proven else [
        Step("Ask for the trial's registration number (it often starts with NCT) and look "
             "it up on ClinicalTrials.gov. If there is no number, it is not a registered "
             "trial.", "ClinicalTrials.gov", CLINICAL_TRIALS_URL),
    ]
    if pages:
        name, slug = pages[0]
        steps.append(Step("Read what our library says about this treatment:", name, slug))
    else:
        steps.append(Step("Look the treatment up in our library of therapy pages."))
    steps.append(Step("Talk to your cancer care team before you pay, sign or travel. "
                      "Show them this report.", why=tuple(why)))
    return steps


PROVEN_STATUSES = APPROVED_STATUSES | {ApprovalStatus.standard_procedure}


def _proven(a: Analysis, library: Library | None) -> bool:
    """A text that sells nothing, about treatments our pages call approved or standard."""
    own = [t for t in (library.therapies if library else []) if t.slug in a.library_slugs]
    return bool(own) and not _selling(a) and all(
        t.regulatory.status in PROVEN_STATUSES for t in own)


def _selling(a: Analysis) -> bool:
    """A seller's page, or any text that sells outside a trial or claims an unproven
    treatment works (a press release about an approved drug is not selling it to you)."""
    return (a.source_type.code == SourceType.clinic_marketing or bool(a.claims)
            or any(f.code == RedFlag.offered_outside_trials for f in a.red_flags))


def _expected(a: Analysis) -> dict[SideEffectCode, str]:
    """Serious effects a reader must be told about for the text's therapies -> therapy."""
    out: dict[SideEffectCode, str] = {}
    for t in a.therapies:
        if t not in TherapyCode.__members__.values():
            continue  # hand-built analyses may carry free text here
        for code in EXPECTED_SIDE_EFFECTS.get(TherapyCode(t), ()):
            out.setdefault(code, PLAIN_NAMES.get(t, t))
    return out


def _side_effects(a: Analysis, meaning: dict[str, str]) -> SideEffectsView:
    """Each effect once, with one plain line on what it is and what it can do."""
    expected = _expected(a)
    named: list[SideEffectItem] = []
    negated: list[str] = []
    other: list[str] = []
    missing: list[SideEffectItem] = []
    for m in a.side_effects.mentioned:
        short = SIDE_EFFECT_SHORT.get(m.code, m.name)
        if m.of_other_treatment and m.code in expected:
            # An expected risk named only for another treatment is, for this one, left out.
            missing.append(SideEffectItem(
                short, f"This text names it only as a harm of other treatments, not as a "
                f"risk of {expected[m.code]}.", meaning.get(m.code, "")))
        elif m.of_other_treatment:
            other.append(m.name)
        elif m.negated:
            negated.append(m.name)
        else:
            quote = m.quotes[0] if m.quotes else ""
            # "fever" quoted as "fever" adds nothing; "Low-grade fever" does.
            named.append(SideEffectItem(
                short, "" if quote.lower() == short.lower() else quote,
                meaning.get(m.code, "")))
    for g in a.side_effects.not_mentioned:
        therapy = expected.get(g.code, "this treatment")
        missing.append(SideEffectItem(SIDE_EFFECT_SHORT.get(g.code, g.name),
                                      f"It can happen with {therapy}.", meaning.get(g.code, "")))
    return SideEffectsView(named, negated, other, missing)


def _flag_groups(a: Analysis, text: str | None, said: set[str],
                 claimed: list[tuple[int, int]]) -> list[FlagGroup]:
    """One block per kind of flag, with all its quotes (the same words only once). A
    promise already quoted under the claims is not quoted again; ``said`` holds the kinds
    the bottom line already explains."""
    by_code: dict[str, list[RedFlagHit]] = {}
    for f in a.red_flags:
        if f.code == RedFlag.overclaiming and any(s <= f.start and f.end <= e
                                                  for s, e in claimed):
            continue
        by_code.setdefault(f.code, []).append(f)
    order = sorted(by_code, key=lambda c: -WARNING_WEIGHT.get(c, 0))
    groups = []
    for code in order:
        hits = by_code[code]
        quotes = quotes_in_context(text, [(f.start, f.end, f.quote) for f in hits])
        whys = list(dict.fromkeys(f.why for f in hits))
        groups.append(FlagGroup(code, hits[0].name, whys, quotes, code in said))
    return groups


# Lists in brackets are the analyzer's workings: "('we offer', 'our clinic')",
# "(P values, confidence intervals, hazard ratios)".
_EXAMPLES = re.compile(r"\s*\((?:'[^']*'(?:,\s*)?)+\)|\s*\([^()]*,[^()]*\)")
_WORDS_TAIL = re.compile(r"""\s*(?:Words:\s*)?(?:["“][^"”]*["”],?\s*)+\.?\s*$|:\s*$""")


def plain_reason(reason: str) -> str:
    """An analyzer reason without its workings: no word lists, no quoted trigger words
    (the report shows those as quotes, in their sentence)."""
    out = _EXAMPLES.sub("", reason)
    out = _WORDS_TAIL.sub("", out).rstrip(" :")
    return out if out.endswith((".", "!", "?")) else out + "."


_QUOTED = re.compile(r"[\"“]([^\"”]+)[\"”]")


def _reasons(reasons: list[str], skip: set[str], flagged: list[str]) -> list[str]:
    """Reasons in plain words, each once; none that a red flag already gives, whether in
    the same words or about the same quoted words."""
    out = []
    for r in reasons:
        plain = plain_reason(r)
        quoted = [q.lower() for q in _QUOTED.findall(r)]
        if quoted and all(any(q in f for f in flagged) for q in quoted):
            continue
        if plain not in skip and plain not in out:
            out.append(plain)
    return out


def _evidence_quotes(text: str | None, ev: list[Evidence], taken: list[tuple[int, int]],
                     limit: int = 3) -> list[Quote]:
    """Words that raised a label, in their sentences; words already quoted elsewhere in
    the report (a red flag, a claim) are not quoted twice."""
    hits = [(e.start, e.end, e.quote) for e in ev
            if not any(s < e.end and e.start < t for s, t in taken)]
    hits = list({(s, e): (s, e, q) for s, e, q in hits}.values())
    return quotes_in_context(text, hits)[:limit]


def _evidence_title(a: Analysis) -> str:
    return f"Evidence grade {a.evidence.level}: {a.evidence.label}"


def _evidence_explained(a: Analysis) -> str:
    out = EVIDENCE_EXPLAINED[a.evidence.level]
    if a.evidence.level == EvidenceLevel.N and a.source_type.code == SourceType.patient_education:
        # A fair explainer often names no study; say so, so "no evidence" is not read as
        # "this text is wrong".
        out += (" Explainers often do not name their studies. Our library page gives the "
                "evidence for the treatment.")
    return out


def _with_what_it_is(summary: list[str], a: Analysis, library: Library | None) -> list[str]:
    """After "It is about NK cells.", what NK cells are, in our page's own bottom line: the
    report has no word list, and the treatment's name is the word a reader needs most."""
    page = next((t for s in a.library_slugs for t in (library.therapies if library else [])
                 if t.slug == s and t.bottom_line), None)
    at = next((i for i, line in enumerate(summary) if line.startswith("It is about ")), None)
    if page is None or at is None or page.bottom_line is None:
        return summary
    return [*summary[:at + 1], f"Our library: {page.bottom_line.what_it_is}", *summary[at + 1:]]


def _meanings(a: Analysis, library: Library | None) -> dict[str, str]:
    if library is None:
        return {}
    codes = [m.code for m in a.side_effects.mentioned] + [g.code for g in
                                                            a.side_effects.not_mentioned]
    out = {}
    for code in dict.fromkeys(codes):
        line = side_effect_line(code, library.therapies, a.library_slugs, library.glossary)
        if line:
            out[code] = line
    return out


def _claim_views(a: Analysis, text: str | None) -> list[ClaimView]:
    """Claims grouped by the page they were checked against, so its note is said once."""
    by_page: dict[str, ClaimView] = {}
    for c in a.claims:
        view = by_page.setdefault(c.slug, ClaimView([], c.note, c.page_name, c.slug))
        view.quotes.append(_claim_quote(text, c))
    return list(by_page.values())


def build_report(
    a: Analysis, text: str | None = None, page_names: dict[str, str] | None = None,
    library: Library | None = None,
) -> ReportView:
    """The report in reading order. ``text`` (the analysed text) adds context to quotes;
    ``page_names`` maps library slugs to page titles; ``library`` gives the plain lines on
    what each side effect is and why to ask before paying (each said once, in its words)."""
    names = page_names or ({t.slug: t.name for t in library.therapies} if library else {})
    pages = [(names.get(s, s.replace("-", " ")), s) for s in a.library_slugs]
    claim_pages = [(c.page_name, c.slug) for c in a.claims]
    # The page a claim was checked against is the one to read first.
    pages = list(dict.fromkeys([*claim_pages, *pages]))
    r, rr = a.summary.readability, a.source_readability
    warnings = _warnings(a)
    said = _warning_codes(a, warnings)
    claimed = [(c.start, c.end) for c in a.claims]
    flagged = [(f.start, f.end) for f in a.red_flags]
    why = why_ask_first(library.therapies, a.library_slugs, _selling(a)) if library else []
    # Reasons the red flags already give are not given again as reasons for the label.
    flag_whys = {plain_reason(f.why) for f in a.red_flags} | {f.why for f in a.red_flags}
    flag_quotes = [f.quote.lower() for f in a.red_flags]
    evidence_reasons = _reasons(a.evidence.reasons, {_evidence_explained(a)} | flag_whys,
                                flag_quotes)
    evidence_quotes = _evidence_quotes(text, a.evidence.evidence, flagged + claimed)
    if a.evidence.level == EvidenceLevel.N and not evidence_quotes:
        # "No study you can check" is the whole reason, and the bottom line says it.
        evidence_reasons = []
    return ReportView(
        bottom_line=BottomLine(
            who=WHO_WROTE[a.source_type.code],
            source_label=a.source_type.label,
            evidence_title=_evidence_title(a),
            evidence_explained=_evidence_explained(a),
            warnings=warnings or ["We found none of the warning signs of a sales "
                                  "pitch. That does not prove the text is right."],
            steps=_steps(a, pages, why, _proven(a, library)),
        ),
        # What the text says; what kind of text it is, its evidence, its flags and its side
        # effects each have their own place in the report and are not said twice.
        summary=_with_what_it_is([s.text for s in a.summary.sentences
                                  if says_what_the_text_says(s.text)], a, library),
        claims=_claim_views(a, text),
        flag_groups=_flag_groups(a, text, said, claimed),
        side_effects=_side_effects(a, _meanings(a, library)),
        source_label=a.source_type.label,
        source_explained=SOURCE_TYPE_EXPLAINED[a.source_type.code],
        source_reasons=_reasons(a.source_type.reasons, flag_whys, flag_quotes),
        source_quotes=_evidence_quotes(text, a.source_type.evidence, flagged + claimed),
        evidence_title=_evidence_title(a),
        evidence_explained=_evidence_explained(a),
        evidence_reasons=evidence_reasons,
        evidence_quotes=evidence_quotes,
        questions=list(a.questions),
        read_more=pages,
        notes=list(a.warnings),
        editors=EditorFigures(
            summary_fk=r.flesch_kincaid_grade, summary_smog=r.smog_index,
            summary_passes=(r.flesch_kincaid_grade <= LIMITS.max_flesch_kincaid_grade
                            and r.smog_index <= LIMITS.max_smog_index),
            source_fk=rr.flesch_kincaid_grade, source_smog=rr.smog_index, words=a.words,
            key_numbers=list(a.key_numbers),
            source_reasons=list(a.source_type.reasons),
            evidence_reasons=list(a.evidence.reasons),
        ),
    )


# ----------------------------------------------------------------------- Markdown


def _md(text: str) -> str:
    """Quote untrusted text so Markdown does not treat it as markup."""
    out = " ".join(text.split())
    for ch in "\\`*_[]<>#|!$":
        out = out.replace(ch, "\\" + ch)
    return out


def quote_md(q: Quote) -> str:
    """A quote for Markdown: escaped, the raising words in bold, cuts shown with '…'."""
    alone = len(q.parts) == 1
    body = ""
    for words, marked in q.parts:
        # Bold markers must touch the words, so keep the spaces outside them.
        lead = " " if words[:1].isspace() else ""
        trail = " " if words[-1:].isspace() else ""
        inner = _md(words)
        body += lead + (f"**{inner}**" if marked and not alone and inner else inner) + trail
    body = " ".join(body.split())
    return f"\"{'…' if q.cut_left else ''}{body}{'…' if q.cut_right else ''}\""


def reading_verdict(fk: float, smog: float) -> str:
    ok = fk <= LIMITS.max_flesch_kincaid_grade and smog <= LIMITS.max_smog_index
    return (f"grade {fk:.1f} (Flesch-Kincaid), SMOG {smog:.1f}: "
            f"{'PASS' if ok else 'FAIL'} (limit grade {LIMITS.max_flesch_kincaid_grade:.0f}, "
            f"SMOG {LIMITS.max_smog_index:.0f})")


def side_effect_md(item: SideEffectItem, quoted: bool) -> str:
    """"**Low blood counts** ("quote"). What it is and can do." for Markdown."""
    out = f"**{_md(item.name[:1].upper() + item.name[1:])}**"
    if item.note:
        out += f" (\"{_md(item.note)}\")." if quoted else f": {_md(item.note)}"
    else:
        out += "."
    return out + (f" {_md(item.meaning)}" if item.meaning else "")


def markdown_report(a: Analysis, source_name: str, text: str | None = None,
                    page_names: dict[str, str] | None = None,
                    library: Library | None = None) -> str:
    v = build_report(a, text, page_names, library)
    h = v.headings
    b = v.bottom_line
    lines = [f"# Article check: {_md(source_name)}", "", f"_{NOT_ADVICE}_", ""]
    lines += [f"## {h['bottom_line']}", "",
              f"- **Who wrote this:** {b.source_label}. {b.who}",
              f"- **How strong the evidence is:** {b.evidence_title}. {b.evidence_explained}",
              f"- {evidence_scale_text(a.evidence.level)}",
              "- **What matters most:**"]
    lines += [f"    {i}. {_md(w)}" for i, w in enumerate(b.warnings, 1)]
    lines += [f"- **{b.heading_steps}:**"]
    for i, s in enumerate(b.steps, 1):
        link = ""
        if s.link:
            target = s.link if s.link.startswith("http") else f"./{s.link}"
            link = f" [{_md(s.link_label)}]({target})"
        lines.append(f"    {i}. {s.text}{link}")
        if s.why:
            lines.append(f"        - Why: {' '.join(_md(w) for w in s.why)}")
    lines += ["", f"## {h['summary']}", ""] + [f"- {_md(s)}" for s in v.summary]
    if v.claims:
        lines += ["", f"## {h['claims']}", "", "The text states these benefits as facts:", ""]
        for c in v.claims:
            lines += [f"- {quote_md(q)}" for q in c.quotes]
            lines += ["", f"{_md(c.note)} Read it: [{_md(c.page_name)}](./{c.slug})", ""]
    lines += ["", f"## {h['red_flags']}", ""]
    if not v.flag_groups:
        lines.append("No red flags found. That does not prove the text is right.")
    else:
        lines.append("The words in the text behind each warning sign:")
        lines.append("")
    for g in v.flag_groups:
        lines += [f"### {g.name}", ""]
        if not g.in_bottom_line:
            lines += [" ".join(_md(w) for w in g.whys), ""]
        lines += [f"- {quote_md(q)}" for q in g.quotes]
        lines.append("")
    lines += ["", f"## {h['side_effects']}", ""]
    se = v.side_effects
    if se.named:
        lines += ["Risks of this treatment that the text names:", ""]
        lines += [f"- {side_effect_md(n, quoted=True)}" for n in se.named]
    else:
        lines.append("- It names no side effects of the treatment it is about.")
    lines += [f"- It says {_md(n)} did not happen." for n in se.negated]
    lines += [f"- It names {_md(n)} only as a harm of other treatments, not of this one."
              for n in se.other_treatment]
    if se.missing:
        lines += ["", "Serious side effects the text leaves out:", ""]
        lines += [f"- {side_effect_md(m, quoted=False)}" for m in se.missing]
    if v.source_reasons or v.source_quotes:
        lines += ["", f"## {h['source_type']}", ""]
        lines += [f"- {_md(x)}" for x in v.source_reasons]
        lines += [f"- {quote_md(q)}" for q in v.source_quotes]
    if v.evidence_reasons or v.evidence_quotes:
        lines += ["", f"## {h['evidence']}", ""]
        lines += [f"- {_md(x)}" for x in v.evidence_reasons]
        lines += [f"- {quote_md(q)}" for q in v.evidence_quotes]
    lines += ["", f"## {h['questions']}", ""] + [f"- {_md(q)}" for q in v.questions]
    lines += ["", f"## {h['help']}", "", HELP_WORDS]
    if v.read_more:
        lines += ["", f"## {h['read_more']}", ""]
        lines += [f"- [{_md(n)}](./{s})" for n, s in v.read_more]
    if v.notes:
        lines += ["", f"## {h['notes']}", ""] + [f"- {_md(w)}" for w in v.notes]
    e = v.editors
    verdict = reading_verdict(e.summary_fk, e.summary_smog)
    lines += ["", f"## {h['editors']}", "",
              f"- Reading level of the plain summary: {verdict}",
              f"- The original text reads at grade {e.source_fk:.1f} (SMOG {e.source_smog:.1f}); "
              f"{e.words} words."]
    if e.key_numbers:
        lines.append("- Numbers found in the text, as written (check their meaning in the "
                     "text): " + "; ".join(_md(n) for n in e.key_numbers))
    lines += [f"- Source type rule: {_md(x)}" for x in e.source_reasons]
    lines += [f"- Evidence rule: {_md(x)}" for x in e.evidence_reasons]
    return "\n".join(lines)
