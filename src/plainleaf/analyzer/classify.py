"""Source type: who wrote the text and why. Votes from signal rules plus sales flags."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from plainleaf.analysis_models import SourceTypeResult
from plainleaf.analyzer.common import short
from plainleaf.analyzer.engine import Doc, Hit, by_id, find_hits
from plainleaf.analyzer.rules.red_flags import RULES as FLAG_RULES
from plainleaf.analyzer.rules.source_types import RULES
from plainleaf.spec import FLAG_KIND, SOURCE_TYPE_NAMES, RedFlag, SourceType

SIGNAL = by_id(RULES)
FLAG = by_id(FLAG_RULES)
# Each rule votes at most this many times, so a long text does not win on length.
MAX_VOTES_PER_RULE = 3
# A paper's own structure (two strong study signals) frames what it quotes as its subject.
PAPER_VOTES = 3.0


def sales_vote(f: Hit) -> float:
    """How strongly a raw red flag says "a seller wrote this" (its rule, else its kind)."""
    rule = FLAG.get(f.rule_id)
    if rule is not None and rule.sales_weight is not None:
        return rule.sales_weight
    return FLAG_KIND[RedFlag(f.code)].sales_weight


# The genre of a text shows in its first pages; reading further only costs time.
GENRE_WINDOW = 30_000


def signal_hits(text: str | Doc, end: int | None = None,
                raw_flags: list[Hit] | None = None) -> list[Hit]:
    doc = text if isinstance(text, Doc) else Doc(text)
    limit = min(end if end is not None else len(doc.text), GENRE_WINDOW)
    hits = find_hits(RULES, doc, limit)
    # "We offer" inside quotation marks is the voice of the person quoted (a company's
    # founder in a news story), not the writer's (labels spec: "who is speaking decides"),
    # unless the writer gives the seller's own phone or booking line: then the quoted
    # doctor speaks for the seller (an advertorial).
    if raw_flags is not None and any(
            f.rule_id in FLAG and FLAG[f.rule_id].role == "contact"
            and not doc.in_quotation(f.start) for f in raw_flags):
        return hits
    return [h for h in hits
            if not (SIGNAL[h.rule_id].role == "provider" and doc.in_quotation(h.start))]


@dataclass
class RuleCall:
    """What the hand-written rules decided, and the facts and votes behind it (the trained
    model reads these as features; analyzer/trained_type.py)."""

    code: SourceType
    score: dict[str, float]
    why: dict[str, list[Hit]]
    facts: dict[str, bool]
    raw_flags: list[Hit]
    # The labels spec's convention that settled the call, if one did (a credit line, an
    # approved treatment with no seller, a hospital's programme page, an unproven therapy
    # promoted): the trained model does not overrule these.
    settled: str = ""


def classify(
    text: str, signals: list[Hit], raw_flags: list[Hit], serious_effects: list[Hit] | None = None,
    approvals: list[Hit] | None = None,
) -> SourceTypeResult:
    """``approvals``: where the text states that a regulator approved a treatment
    (evidence rules with the "approval" role)."""
    call = rule_call(signals, raw_flags, serious_effects, approvals)
    return explain_rules(text, call)


def explain_rules(text: str, call: RuleCall) -> SourceTypeResult:
    """The rules' call, with the words that raised it."""
    code = call.code
    evidence_hits = call.why.get(code, [])[:4]
    if code == SourceType.clinic_marketing and not evidence_hits:
        evidence_hits = [f for f in call.raw_flags
                         if FLAG_KIND[RedFlag(f.code)].promotional][:4]
    return SourceTypeResult(
        code=code,
        label=SOURCE_TYPE_NAMES[code],
        reasons=_reasons(code, text, evidence_hits),
        evidence=[h.evidence(text) for h in evidence_hits],
    )


def rule_call(
    signals: list[Hit], raw_flags: list[Hit], serious_effects: list[Hit] | None = None,
    approvals: list[Hit] | None = None,
) -> RuleCall:
    """The hand-written rules' decision (votes, then the spec's conventions in order)."""
    score: dict[str, float] = defaultdict(float)
    votes: dict[str, int] = defaultdict(int)
    why: dict[str, list[Hit]] = defaultdict(list)
    for h in signals:
        if not SIGNAL[h.rule_id].weight or votes[h.rule_id] >= MAX_VOTES_PER_RULE:
            continue
        votes[h.rule_id] += 1
        score[h.code] += SIGNAL[h.rule_id].weight
        why[h.code].append(h)
    # Statistics alone (P values, hazard ratios) are what a story or a release reports
    # about a study; the paper itself shows its structure too (headings, "we enrolled",
    # journal front matter). Without that structure the statistics are reporting.
    roles = {SIGNAL[h.rule_id].role for h in signals}
    if score[SourceType.study_report] and not any(
        SIGNAL[h.rule_id].code == SourceType.study_report and SIGNAL[h.rule_id].weight
        and SIGNAL[h.rule_id].role != "stats" for h in signals
    ):
        score[SourceType.news] += score.pop(SourceType.study_report)
        why[SourceType.news].extend(why.pop(SourceType.study_report, []))
    # A warning page (with no provider speaking for itself) quotes the sellers' promises,
    # hype, patient stories, safety claims and trips abroad in order to warn about them
    # (labels spec: "quoting to criticise is not using"): those words cast no sales vote.
    # So does a paper with a paper's own structure (headings, "we enrolled", front matter)
    # that describes what clinics sell: it studies the offers, it does not make them.
    paper = score[SourceType.study_report] >= PAPER_VOTES
    if ("warning" in roles or paper) and "provider" not in roles:
        raw_flags = [f for f in raw_flags if RedFlag(f.code) not in QUOTED_WHEN_WARNING]
    flag_votes: dict[str, int] = defaultdict(int)
    for f in raw_flags:
        w = sales_vote(f)
        if w and flag_votes[f.code] < FLAG_KIND[RedFlag(f.code)].sales_votes:
            flag_votes[f.code] += 1
            score[SourceType.clinic_marketing] += w
            why[SourceType.clinic_marketing].append(f)
    promo = {f.code for f in raw_flags if FLAG_KIND[RedFlag(f.code)].promotional}

    strong = any(FLAG[f.rule_id].strong_sales for f in raw_flags if f.rule_id in FLAG)
    # Naming several serious side effects is what a fair explainer does; sellers do not.
    if names_risks(serious_effects) and not strong:
        score[SourceType.patient_education] += 1.0
        why[SourceType.patient_education].extend(serious_effects[:1])
    # A reporter's credit line ("Health Correspondent", "(Reuters)") means journalism,
    # even when the story quotes a clinic's prices and promises to expose them.
    credited = any(SIGNAL[h.rule_id].credit_line for h in signals)
    # A reporter's voice (the clinic "said", "charged", a patient "says") with no provider
    # speaking for itself ("we offer", "our clinic") is a story about a clinic: news, even
    # when it quotes the prices and the promises (labels spec, "quoting is not using").
    reporting = "reporter" in roles and "provider" not in roles
    code = _decide(score, promo, strong, credited or (reporting and score[SourceType.news] >= 2
                                                      and score[SourceType.news] >= score[
                                                          SourceType.patient_education]))
    settled = "credit line" if credited and code == SourceType.news else ""
    # Praise for an approved treatment with no seller in sight (no "we offer", no contact,
    # booking or price, no trip abroad, no unproven cell therapy) is a third party's
    # enthusiasm: a story or an explainer, not a sales page (labels spec: "who is speaking
    # decides the source type, not the tone").
    if code == SourceType.clinic_marketing and approvals and not _seller_shows(
            signals, raw_flags):
        rest = {t: v for t, v in score.items() if t != SourceType.clinic_marketing}
        code = _decide(rest, set(), False, credited)
        if code == SourceType.patient_education and not rest.get(code):
            code = SourceType.news
        settled = "approved, no seller"
    # Labels spec: "a hospital or charity blog that promotes its own programme with hype and
    # a phone number is still patient education when it names the risks and the approval".
    # Not when it sells as a seller does (prices, booking, trips abroad, patient stories).
    if (code == SourceType.clinic_marketing and approvals and names_risks(serious_effects)
            and not strong):
        code = SourceType.patient_education
        why[code][:0] = serious_effects[:1]
        settled = "hospital programme"
    # Labels spec: when the signals are weak, a text that promotes an unapproved treatment
    # is never called neutral patient information.
    # A claim about risk of its own ("few side effects", "very safe") is a seller's, so
    # research words alone no longer frame the text as research.
    risk_claim = any(f.code == RedFlag.risks_minimized or (
        f.rule_id in FLAG and FLAG[f.rule_id].role == "risk_claim") for f in raw_flags)
    promotes_unproven = _promotes_unproven(signals, score, risk_claim)
    if code == SourceType.patient_education and promotes_unproven:
        code = SourceType.clinic_marketing
        settled = "promotes unproven"
    # Labels spec: "a provider's own page about a treatment it sells is clinic_marketing
    # even when it reads like an explainer": the provider speaking for itself ("we have
    # been offering", "our patients") about an unapproved cell therapy, neither warning
    # about it nor describing its own research, settles the call.
    if (code == SourceType.clinic_marketing and not settled and "provider" in roles
            and "unproven_topic" in roles and not roles & {"warning", "research"}):
        settled = "provider's unproven therapy"
    facts = dict(zip(RULE_FACTS, (
        promotes_unproven, _seller_shows(signals, raw_flags),
        "warning" in roles and "provider" not in roles, reporting, credited, strong,
        risk_claim), strict=True))
    return RuleCall(code, dict(score), why, facts, raw_flags, settled)


# The document facts the rules decide by, in a fixed order (the trained model's features).
RULE_FACTS = ("promotes_unproven", "seller_shows", "warning_page", "reporting", "credited",
              "strong_sales", "risk_claim")


SELLING_WORDS = frozenset({RedFlag.hype, RedFlag.overclaiming})
QUOTED_WHEN_WARNING = frozenset({RedFlag.hype, RedFlag.overclaiming, RedFlag.testimonials,
                                 RedFlag.vague_evidence, RedFlag.risks_minimized,
                                 RedFlag.offered_outside_trials})
SELLER_ROLES = frozenset({"provider", "unproven_topic", "promo"})
SELLER_KINDS = frozenset({RedFlag.call_to_action, RedFlag.offered_outside_trials})


def names_risks(serious_effects: list[Hit] | None) -> bool:
    """The labels spec's fair page "names the risks": two or more different serious side
    effects (one alone is often the disease a seller treats). One home for the rules'
    explainer vote, the hospital-programme convention and the word model's guard."""
    return len({h.code for h in serious_effects or []}) >= NAMED_RISKS


NAMED_RISKS = 2


def _seller_shows(signals: list[Hit], raw_flags: list[Hit]) -> bool:
    """The tells of a seller (labels spec): its own voice, a promise of outcomes to
    readers, contact, booking or prices, a trip abroad, or an unproven cell therapy."""
    return (any(SIGNAL[h.rule_id].role in SELLER_ROLES for h in signals)
            or any(f.code in SELLER_KINDS for f in raw_flags))


def _promotes_unproven(signals: list[Hit], score: dict[str, float],
                       risk_claim: bool = False) -> bool:
    """About a cell therapy that no regulator has approved, not warning about it, and
    either written by its provider or silent on it being research (no trial, no "not
    approved")."""
    roles = {SIGNAL[h.rule_id].role for h in signals}
    if "unproven_topic" not in roles or "warning" in roles:
        return False
    # A research group describing its own work, with no seller's tell, studies it.
    if "research" in roles and not (roles & SELLER_ROLES - {"unproven_topic"}):
        return False
    framed = "framing" in roles or ("framing_weak" in roles and not risk_claim)
    return score.get(SourceType.clinic_marketing, 0.0) > 0 or not framed


def offered_not_neutral(text: str, result: SourceTypeResult, call: RuleCall,
                        signals: list[Hit], offers: list[Hit]) -> SourceTypeResult:
    """Labels spec: when the signals are weak, a text that promotes an unapproved treatment
    is never called neutral patient information. ``offers``: where the text names an
    unapproved treatment it could be offering (redflags.unproven_offers: an unproven cell
    therapy it is about, the patient's own cells grown and given back), which the
    unproven-therapy signal alone misses when a page never says "NK cell therapy". Not when
    the text frames it as research or warns about it, or when a clear explainer's voice or a
    spec convention decided."""
    if result.code != SourceType.patient_education or not offers or call.settled:
        return result
    roles = {SIGNAL[h.rule_id].role for h in signals}
    framed = "framing" in roles or ("framing_weak" in roles and not call.facts["risk_claim"])
    if framed or roles & {"warning", "research"}:
        return result
    if call.score.get(SourceType.patient_education, 0.0) >= CLEAR_VOTE:
        return result
    code = SourceType.clinic_marketing
    h = offers[0]
    return SourceTypeResult(
        code=code, label=SOURCE_TYPE_NAMES[code],
        reasons=[f"It is about a treatment no regulator has approved and does not present it "
                 f"as research or warn about it, so it is not neutral information. Words: "
                 f"\"{short(text[h.start:h.end])}\"."],
        evidence=[h.evidence(text)])


# An explainer's own voice this strong decides (two strong signals; trained_type's
# unsure_below).
CLEAR_VOTE = 2.0


def _decide(
    score: dict[str, float], promo: set[str], strong_sales: bool, credited: bool = False
) -> SourceType:
    s = {t: score.get(t, 0.0) for t in SourceType}
    if s[SourceType.press_release] >= 2 and s[SourceType.press_release] >= s[
        SourceType.clinic_marketing
    ]:
        return SourceType.press_release
    if s[SourceType.study_report] >= 3 and s[SourceType.study_report] >= max(
        s[SourceType.clinic_marketing], s[SourceType.news]
    ):
        return SourceType.study_report
    if credited:
        return SourceType.news
    # A price or a phone number inside a news story (what a therapy costs, a sidebar ad)
    # does not make the story a sales page unless the sales signals outweigh the reporting.
    if s[SourceType.clinic_marketing] >= 2 and s[SourceType.clinic_marketing] > s[
        SourceType.news
    ] and (strong_sales or s[SourceType.clinic_marketing] >= s[SourceType.patient_education]):
        return SourceType.clinic_marketing
    if s[SourceType.news] >= 1 and s[SourceType.news] >= s[SourceType.patient_education]:
        return SourceType.news
    if s[SourceType.patient_education] >= 1 and (
        len(promo) <= 1 or (s[SourceType.patient_education] >= 2 and not strong_sales)
    ):
        return SourceType.patient_education
    # "Studies have shown" and "well tolerated" are also an explainer's words: weak
    # signals make a sales page only with words that sell (hype, a promise).
    if (len(promo) >= 2 and promo & SELLING_WORDS) or s[SourceType.clinic_marketing] > 0:
        return SourceType.clinic_marketing
    if s[SourceType.study_report] > 0:
        return SourceType.study_report
    if s[SourceType.news] > 0:
        return SourceType.news
    return SourceType.patient_education


def _reasons(code: SourceType, text: str, hits: list[Hit]) -> list[str]:
    if not hits:
        if code == SourceType.patient_education:
            return ["It sells nothing and reports no study of its own, so it reads as "
                    "general information."]
        return ["No strong signal; this is the closest match."]
    out = []
    seen = set()
    for h in hits:
        if h.rule_id in seen:
            continue
        seen.add(h.rule_id)
        msg = h.message
        if h.rule_id not in SIGNAL and h.rule_id not in FLAG:  # a side effect, named
            msg = "It names serious side effects plainly, as a fair explainer does."
        out.append(f"{msg} Words: \"{short(text[h.start:h.end])}\".")
    return out

