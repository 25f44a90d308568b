"""Trained source type: a small logistic regression over what the rules already see.

Hand-written rules learn the pages they are written from (docs/analyzer.md: 0.93 on the
development pages, 0.70 on a fresh held-out set). This model weighs the same evidence,
about seventy counts and facts, each tied to words in the text, with weights fitted
on all 1,420 labelled real pages (tests/fixtures/realworld) by
``scripts/train_source_type.py``. The weights ship as JSON (data/source_type_model.json)
and inference is plain Python: no scikit-learn or numpy on the analyze path.

When the rules decide and when the model does (docs/analyzer.md, "Round six"):

- A call settled by one of the labels spec's conventions for hard cases (a reporter's
  credit line, an approved treatment with no seller, a hospital's programme page that
  names risks and approval, an unproven therapy promoted) stays the rules' call.
- So does a call the rules make on very clear signals (a vote of at least RULES_CLEAR),
  unless they call a page neutral that the word model says, more likely than not, sells,
  or call a sales page what the word model reads as a story with no seller speaking for
  itself (round eight); and the words never make a neutral explainer of a text whose
  wording promotes or sells in PROMO_KINDS ways or more (hype, promises, a price...), nor
  a sales page of a text the rules call neutral that is framed as research or a warning
  with no seller, or that states a regulator's approval and names two serious side effects
  (round seven; both, as the spec's convention says, since round fourteen). Research words
  with no warning give way when the words are very sure the page sells (WORDS_SURE, round
  thirteen: a clinic's FAQ that says its cells are "being studied").
- Otherwise the word model (word_model.py, shipped in the same JSON) decides: under
  grouped cross-validation it beats the rules, this module's rule-feature model and every
  mix of the two that was tried, on type and on sales pages called patient education.
  Its call is explained by the rules' own findings that point the same way and by the
  words in the text that weighed most, each quoted as it appears.
- Without a word model (weights built before round six) the older policy applies: the
  rules decide when their strongest vote is clear, the rule-feature model when they are
  unsure, never moving a page into patient education, always moving an "education" page
  the model calls a sales page, and only with quotable words that favour its call.
"""

from __future__ import annotations

import json
import math
from collections import Counter
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from plainleaf.analysis_models import SourceTypeResult
from plainleaf.analyzer import word_model
from plainleaf.analyzer.classify import (
    FLAG,
    GENRE_WINDOW,
    RULE_FACTS,
    SELLER_KINDS,
    SELLER_ROLES,
    SIGNAL,
    RuleCall,
    explain_rules,
    names_risks,
    rule_call,
)
from plainleaf.analyzer.common import short
from plainleaf.analyzer.engine import Doc, Hit, find_hits
from plainleaf.analyzer.rules.genre_markers import CAPS
from plainleaf.analyzer.rules.genre_markers import RULES as MARKER_RULES
from plainleaf.analyzer.rules.red_flags import RULES as FLAG_RULES
from plainleaf.analyzer.rules.source_types import RULES as SIGNAL_RULES
from plainleaf.analyzer.word_model import WordModel
from plainleaf.spec import FLAG_KIND, SOURCE_TYPE_NAMES, RedFlag, SourceType

MODEL_FILE = Path(__file__).parent.parent / "data" / "source_type_model.json"

# A count past its cap says nothing more (a long page would otherwise win on length): three,
# as each rule's votes in classify.py, unless the marker declares its own (CAPS).
DEFAULT_CAP = 3
# The rules' vote totals are read up to this value (two or three strong signals).
VOTE_CAP = 6.0
SERIOUS = "serious_effects"
APPROVAL = "approval"
TYPES = tuple(str(t) for t in SourceType)

# What a feature whose words come from outside the source-type rules means.
MESSAGES = {
    SERIOUS: "It names serious side effects plainly, as a fair explainer does.",
    APPROVAL: "It says a regulator approved the treatment.",
}


# The genre a source-type signal names in its message ("It reads like a press release").
# Such a signal can still push the model toward another call (clinic pages use "What is"
# headings too), but quoting "it explains the treatment in a neutral way" as the reason
# for calling a page a sales page would mislead. Markers and red flags describe words,
# not a genre ("It reports results in percentages"), so any of them can be a reason.
GENRE_OF = {r.id: str(r.code) for r in SIGNAL_RULES}
RULE_IDS = frozenset(r.id for r in (*SIGNAL_RULES, *FLAG_RULES, *MARKER_RULES))
# Types the model may call only when the text shows one of that type's own signs. A press
# release is an announcement of the writer's own results (labels spec): with no announcer
# (no wire line, company or "announced"), hype and a small study are a story's words too.
NEEDS_OWN_SIGN = frozenset({str(SourceType.press_release)})
OWN_SIGN_RULES = {t: frozenset(r.id for r in (*SIGNAL_RULES, *MARKER_RULES) if str(r.code) == t)
                  for t in NEEDS_OWN_SIGN}


def marker_hits(doc: Doc, end: int | None = None) -> list[Hit]:
    """The genre markers, read over the same window as the source-type signals."""
    return find_hits(MARKER_RULES, doc, min(end if end is not None else len(doc.text),
                                            GENRE_WINDOW))


def classify_with_model(text: str, signals: list[Hit], raw_flags: list[Hit],
                        serious: list[Hit], approvals: list[Hit],
                        markers: list[Hit], call: RuleCall | None = None) -> SourceTypeResult:
    """The rules' call (``call``, when the caller has made it already), corrected by the
    trained model where the policy says so."""
    call = call or rule_call(signals, raw_flags, serious, approvals)
    model = load_model()
    if model is None:
        return explain_rules(text, call)
    feats = features(call, signals, raw_flags, markers, serious, approvals)
    decided = decide(model, call, feats, text)
    if not decided.by_model:
        return explain_rules(text, call)
    return SourceTypeResult(
        code=decided.code, label=SOURCE_TYPE_NAMES[decided.code], reasons=decided.reasons,
        evidence=[h.evidence(text) for h in decided.evidence])


def feature_names() -> list[str]:
    """Every feature, in the order of the weights."""
    rules = [r.id for r in (*SIGNAL_RULES, *FLAG_RULES, *MARKER_RULES)]
    return [*rules, SERIOUS, APPROVAL, *(f"fact:{k}" for k in RULE_FACTS),
            *(f"votes:{t}" for t in TYPES)]


@dataclass
class Features:
    values: list[float]
    # The hits behind each feature: what a call quotes when that feature counts.
    hits: dict[str, list[Hit]]


def features(call: RuleCall, signals: list[Hit], raw_flags: list[Hit], markers: list[Hit],
             serious: list[Hit], approvals: list[Hit]) -> Features:
    """The model's inputs for one text (the same function trains and predicts)."""
    hits: dict[str, list[Hit]] = {}
    for h in (*signals, *raw_flags, *markers):
        hits.setdefault(h.rule_id, []).append(h)
    distinct_serious = list({h.code: h for h in serious}.values())
    hits[SERIOUS] = distinct_serious
    hits[APPROVAL] = list(approvals)
    for name, found in _fact_hits(signals, raw_flags).items():
        if call.facts[name]:
            hits[f"fact:{name}"] = found
    for t in TYPES:
        hits[f"votes:{t}"] = list(call.why.get(t, []))
    values: list[float] = []
    counts = Counter({k: len(v) for k, v in hits.items()})
    for name in feature_names():
        if name.startswith("fact:"):
            values.append(1.0 if call.facts[name[5:]] else 0.0)
        elif name.startswith("votes:"):
            values.append(min(call.score.get(name[6:], 0.0), VOTE_CAP) / VOTE_CAP)
        else:
            cap = CAPS.get(name, DEFAULT_CAP)
            values.append(math.log1p(min(counts[name], cap)) / math.log1p(cap))
    return Features(values, hits)


def _fact_hits(signals: list[Hit], raw_flags: list[Hit]) -> dict[str, list[Hit]]:
    """The words behind each of the rules' document facts (for quoting)."""
    def roles(*names: str) -> list[Hit]:
        return [h for h in signals if SIGNAL[h.rule_id].role in names]

    return {
        "promotes_unproven": roles("unproven_topic"),
        "seller_shows": roles(*SELLER_ROLES) + [f for f in raw_flags if f.code in SELLER_KINDS],
        "warning_page": roles("warning"),
        "reporting": roles("reporter"),
        "credited": [h for h in signals if SIGNAL[h.rule_id].credit_line],
        "strong_sales": [f for f in raw_flags
                         if f.rule_id in FLAG and FLAG[f.rule_id].strong_sales],
        "risk_claim": [f for f in raw_flags if f.code == RedFlag.risks_minimized or (
            f.rule_id in FLAG and FLAG[f.rule_id].role == "risk_claim")],
    }


@dataclass(frozen=True)
class Model:
    classes: tuple[str, ...]
    features: tuple[str, ...]
    intercept: tuple[float, ...]
    coef: tuple[tuple[float, ...], ...]
    unsure_below: float
    pages: int
    # The word model (word_model.py); when present it makes the model's calls.
    words: WordModel | None = None

    def evidence_margin(self, values: list[float], code: str, other: str) -> float:
        """How much the text's features (without the intercepts) favour ``code``."""
        a, b = self.coef[self.classes.index(code)], self.coef[self.classes.index(other)]
        return sum((wa - wb) * x for wa, wb, x in zip(a, b, values, strict=True))

    def probabilities(self, values: list[float]) -> dict[str, float]:
        """Softmax of the linear scores (what scikit-learn's predict_proba computes)."""
        z = [b + sum(w * x for w, x in zip(row, values, strict=True))
             for b, row in zip(self.intercept, self.coef, strict=True)]
        top = max(z)
        e = [math.exp(v - top) for v in z]
        total = sum(e)
        return {c: v / total for c, v in zip(self.classes, e, strict=True)}


@cache
def load_model(path: Path = MODEL_FILE) -> Model | None:
    """The shipped weights, or None when they are missing or were built for other features
    (a rule added since: the rules then decide alone until the script is run again)."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if data.get("features") != feature_names():
        return None
    return Model(tuple(data["classes"]), tuple(data["features"]),
                 tuple(data["intercept"]), tuple(tuple(r) for r in data["coef"]),
                 float(data["policy"]["unsure_below"]), int(data["training"]["pages"]),
                 word_model.from_json(data["words"]) if "words" in data else None)


@dataclass
class TrainedCall:
    code: SourceType
    # True when the model, not the rules, made the call shown to the reader.
    by_model: bool
    confidence: float
    reasons: list[str]
    evidence: list[Hit]


def decide(model: Model, call: RuleCall, feats: Features, text: str) -> TrainedCall:
    """The final source type under the policy in the module docstring."""
    if model.words is not None:
        return _decide_by_words(model, model.words, call, feats, text)
    probs = model.probabilities(feats.values)
    best = max(probs, key=lambda c: probs[c])
    rules = str(call.code)
    edu, clinic = str(SourceType.patient_education), str(SourceType.clinic_marketing)
    unsure = max(call.score.values(), default=0.0) < model.unsure_below
    safety = rules == edu and best == clinic
    code = best if safety or (unsure and not (best == edu and rules != edu)) else rules
    if call.settled:  # the labels spec's conventions for hard cases decide, not weights
        code = rules
    if code != rules and code in NEEDS_OWN_SIGN and not any(
            feats.hits.get(r) for r in OWN_SIGN_RULES[code]):
        code = rules
    # A call must rest on words in the text, not on how common each type was in training:
    # the model overrules the rules only when the text's own features favour its call.
    if code != rules and model.evidence_margin(feats.values, code, rules) <= 0:
        code = rules
    reasons, evidence, _ = explain(model, feats, _diff(model, code, rules), code, text) if (
        code != rules) else ([], [], [])
    # Every call the model makes is explained with quoted words, or it is not made.
    if not reasons:
        return TrainedCall(SourceType(rules), False, probs[rules], [], [])
    lead = (f"The usual signs were weak or mixed, so this call comes from a model trained on "
            f"{model.pages:,} real pages labelled by hand, weighing all the signs together "
            f"(about {round(100 * probs[code])}% sure; the fixed rules alone said "
            f"\"{rules.replace('_', ' ')}\"). What weighed most:")
    return TrainedCall(SourceType(code), True, probs[code], [lead, *reasons], evidence)


def _decide_by_words(model: Model, words: WordModel, call: RuleCall, feats: Features,
                     text: str) -> TrainedCall:
    """The word model's call, except where one of the labels spec's conventions for hard
    cases settled it (docs/analyzer.md, "Round six": under cross-validation this beats
    every mix of rules and model tried)."""
    vec = words.vector(text)
    probs = words.probabilities(vec)
    rules = str(call.code)
    best = max(probs, key=lambda c: probs[c])
    # Very clear rules (two or more strong signals of one kind) keep their call, except
    # where the words overrule them (_words_overrule).
    roles = {SIGNAL[r].role for r, hits in feats.hits.items() if hits and r in SIGNAL}
    clear = max(call.score.values(), default=0.0) >= RULES_CLEAR and not _words_overrule(
        rules, best, probs[best], roles)
    code = rules if call.settled or clear else best
    # Nor do the words make a neutral explainer of a text whose own wording promotes or
    # sells in several ways (hype, promises, a price or booking line...): an explainer
    # comes out clean. (Selling words count since round fourteen: a practice's page with
    # "our office will give you a cost estimate" and "minimal side effects".)
    promo = {f.code for f in call.raw_flags
             if FLAG_KIND[RedFlag(f.code)].promotional or f.code in SELLER_KINDS}
    if code == EDU != rules and len(promo) >= PROMO_KINDS:
        code = rules
    # Nor a sales page of a text the rules call neutral when it is framed as research or
    # as a warning with no seller's tell (the spec: who is speaking decides, and here no
    # seller speaks), or when it states a regulator's approval and names serious side
    # effects (classify.names_risks): the spec's hospital page that "names the risks and
    # the approval" is still patient education. An approval alone, one of the two tells,
    # left sales pages neutral (round fourteen). Research words with no warning give way
    # when the words are very sure: a clinic's FAQ says its cells are "being studied".
    seller = bool(roles & SELLER_VOICE) or any(f.code in SELLER_KINDS for f in call.raw_flags)
    framed = bool(roles & RESEARCH_ROLES) and not (
        probs[best] >= WORDS_SURE and "warning" not in roles)
    fair_page = bool(feats.hits.get(APPROVAL)) and names_risks(feats.hits.get(SERIOUS))
    if code == SALES and rules == EDU and ((framed and not seller) or fair_page):
        code = rules
    if code == rules or not vec:
        return TrainedCall(SourceType(rules), False, probs.get(rules, 0.0), [], [])
    # The rules' own findings that point the same way, then the words that weighed most.
    reasons, evidence, _ = explain(model, feats, _diff(model, code, rules), code, text,
                                   limit=3)
    top = [w for w in words.top_words(vec, code, rules, limit=12)
           if w not in word_model.FUNCTION_WORDS][:4]
    spans = word_model.first_spans(text, top)
    if spans:
        quoted = ", ".join(f"\"{text[s:e]}\"" for s, e in spans)
        reasons.append(f"It uses words that {_GENRE_PLURAL[code]} use far more often than "
                       f"{_GENRE_PLURAL[rules]} do. Words: {quoted}.")
        evidence.extend(Hit("word-model", code, s, e, "") for s, e in spans)
    lead = (f"The usual signs were weak or mixed, so this call comes from a model trained on "
            f"{model.pages:,} real pages labelled by hand, weighing the words the text uses "
            f"(about {round(100 * probs[code])}% sure; the fixed rules alone said "
            f"\"{rules.replace('_', ' ')}\"). What weighed most:")
    return TrainedCall(SourceType(code), True, probs[code], [lead, *reasons], evidence)


def _words_overrule(rules: str, best: str, p_best: float, roles: set[str]) -> bool:
    """Where the words decide even against very clear rules: the spec's worst mistake (a
    page the rules call neutral that the words say, more likely than not, is selling), and
    a sales call the words read as a reporter's story when no seller speaks for itself
    ("we offer", "our clinic"): a story about a clinic quotes its prices, promises and phone
    number, which are the rules' sales votes (labels spec, "quoting is not using"; round
    eight)."""
    if rules == EDU and best == SALES:
        return p_best >= 0.5
    return rules == SALES and best == str(SourceType.news) and not roles & SELLER_VOICE


EDU, SALES = str(SourceType.patient_education), str(SourceType.clinic_marketing)
# The rules' vote at which they keep their call against the word model: chosen by grouped
# CV over 3-6 and the written fixtures (docs/analyzer.md, "Round six").
RULES_CLEAR = 4.0
# ...and the kinds of promotional wording that keep a text out of patient education
# (round seven, CV on 470 pages: 2 rather than 3 calls 1.0 fewer sales pages education and
# 0.8 more flags on explainers).
PROMO_KINDS = 2
# ...and how sure the words must be that a page sells to overrule research words with no
# warning in them ("being studied", "not FDA-approved" on a clinic's own FAQ).
WORDS_SURE = 0.85
# Signal roles that frame a text as research or as a warning (rules/source_types.py).
RESEARCH_ROLES = frozenset({"framing", "research", "warning"})
# ...and the roles of a seller speaking for itself (not merely the topic of its page).
SELLER_VOICE = frozenset({"provider", "promo"})
# How a reason names each kind of text when comparing their words.
_GENRE_PLURAL = {
    str(SourceType.clinic_marketing): "sales pages",
    str(SourceType.news): "news stories",
    str(SourceType.study_report): "study reports",
    str(SourceType.patient_education): "neutral explainers",
    str(SourceType.press_release): "press releases",
}


def _diff(model: Model, code: str, against: str) -> list[float]:
    a, b = model.coef[model.classes.index(code)], model.coef[model.classes.index(against)]
    return [wa - wb for wa, wb in zip(a, b, strict=True)]


def explain(model: Model, feats: Features, weights: list[float], code: str, text: str,
            limit: int = 4) -> tuple[list[str], list[Hit], list[str]]:
    """The features that pushed most toward ``code`` (``weights``: each feature's push per
    unit), each with the words that raised it (features with no words are skipped), and the
    names of those features."""
    pushes = sorted(
        (w * x, name)
        for name, w, x in zip(model.features, weights, feats.values, strict=True) if x
    )
    reasons: list[str] = []
    evidence: list[Hit] = []
    names: list[str] = []
    used: set[tuple[int, int]] = set()
    for push, name in reversed(pushes):
        if push <= 0 or len(reasons) >= limit:
            break
        hit = next((h for h in feats.hits.get(name, []) if (h.start, h.end) not in used
                    and GENRE_OF.get(h.rule_id, code) == code), None)
        if hit is None:
            continue
        used.add((hit.start, hit.end))
        message = hit.message if hit.rule_id in RULE_IDS else MESSAGES[
            APPROVAL if name == APPROVAL else SERIOUS]
        reasons.append(f"{message} Words: \"{short(text[hit.start:hit.end])}\".")
        evidence.append(hit)
        names.append(name)
    return reasons, evidence, names
