"""Source type: who wrote the text and why. Votes from signal rules plus sales flags."""

from __future__ import annotations

from collections import defaultdict

from plainleaf.analysis_models import SourceTypeResult
from plainleaf.analyzer.common import Hit, find_hits, short
from plainleaf.analyzer.rules.source_types import RULES
from plainleaf.spec import SOURCE_TYPE_NAMES, RedFlag, SourceType

_WEIGHTS = {r.id: r.weight for r in RULES}
# Each rule votes at most this many times, so a long text does not win on length.
MAX_VOTES_PER_RULE = 3
# Red flags that only a seller raises: they vote for clinic marketing.
SALES_FLAG_WEIGHT = {
    RedFlag.call_to_action: 2.0,
    RedFlag.offered_outside_trials: 3.0,
    RedFlag.overclaiming: 1.0,
    RedFlag.testimonials: 0.5,  # news quotes patients too
}
# Sales signs that an explainer never carries.
STRONG_SALES_RULES = {"cta-book", "cta-price", "outside-trials-abroad", "outside-trials-no-trial",
                      "overclaim-cure", "overclaim-certain-benefit", "overclaim-many-diseases",
                      "overclaim-no-side-effects", "testimonial-story"}
# A bare phone number also appears on hospital and charity pages: a weaker sales sign.
RULE_WEIGHT = {"cta-phone": 1.0, "cta-appointment": 1.0}
PROMO_FLAGS = {RedFlag.hype, RedFlag.vague_evidence, RedFlag.overclaiming,
               RedFlag.risks_minimized}


# The genre of a text shows in its first pages; reading further only costs time.
GENRE_WINDOW = 30_000


def signal_hits(text: str, end: int | None = None) -> list[Hit]:
    limit = min(end if end is not None else len(text), GENRE_WINDOW)
    return find_hits(RULES, text, limit)


def classify(
    text: str, signals: list[Hit], raw_flags: list[Hit], serious_effects: list[Hit] | None = None
) -> SourceTypeResult:
    score: dict[str, float] = defaultdict(float)
    votes: dict[str, int] = defaultdict(int)
    why: dict[str, list[Hit]] = defaultdict(list)
    for h in signals:
        if votes[h.rule_id] >= MAX_VOTES_PER_RULE:
            continue
        votes[h.rule_id] += 1
        score[h.code] += _WEIGHTS[h.rule_id]
        why[h.code].append(h)
    flag_votes: dict[str, int] = defaultdict(int)
    for f in raw_flags:
        w = RULE_WEIGHT.get(f.rule_id, SALES_FLAG_WEIGHT.get(RedFlag(f.code)))
        # Overclaiming and quoted patients also appear in hyped news: they may tip the
        # balance, not decide it.
        limit = 1 if f.code in (RedFlag.overclaiming, RedFlag.testimonials) else 2
        if w and flag_votes[f.code] < limit:
            flag_votes[f.code] += 1
            score[SourceType.clinic_marketing] += w
            why[SourceType.clinic_marketing].append(f)
    promo = {f.code for f in raw_flags if f.code in PROMO_FLAGS}

    strong = any(f.rule_id in STRONG_SALES_RULES for f in raw_flags)
    # Naming several serious side effects is what a fair explainer does; sellers do not.
    if serious_effects and len({h.code for h in serious_effects}) >= 2 and not strong:
        score[SourceType.patient_education] += 1.0
        why[SourceType.patient_education].extend(serious_effects[:1])
    # A reporter's credit line ("Health Correspondent", "(Reuters)") means journalism,
    # even when the story quotes a clinic's prices and promises to expose them.
    credited = votes.get("st-news-byline", 0) > 0
    code = _decide(score, promo, strong, credited)
    evidence_hits = why.get(code, [])[:4]
    if code == SourceType.clinic_marketing and not evidence_hits:
        evidence_hits = [f for f in raw_flags if f.code in PROMO_FLAGS][:4]
    reasons = _reasons(code, text, evidence_hits)
    return SourceTypeResult(
        code=code,
        label=SOURCE_TYPE_NAMES[code],
        reasons=reasons,
        evidence=[h.evidence(text) for h in evidence_hits],
    )


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
    if len(promo) >= 2 or s[SourceType.clinic_marketing] > 0:
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
        msg = _MESSAGES.get(h.rule_id, h.message)
        if h.rule_id.startswith("se-"):
            msg = "It names serious side effects plainly, as a fair explainer does."
        out.append(f"{msg} Words: \"{short(text[h.start:h.end])}\".")
    return out


_MESSAGES = {r.id: r.message for r in RULES}
