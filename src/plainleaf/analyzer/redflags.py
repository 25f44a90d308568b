"""Red flags: find every candidate, then keep those that fit the kind of text.

The engine is generic: a hit is dropped when its rule does not apply to the source type,
or when one of the named checks declared on its rule or its flag kind cancels it
(analyzer/checks.py). Nothing here names a rule.
"""

from __future__ import annotations

import re

from plainleaf.analysis_models import RedFlagHit, SideEffectsResult
from plainleaf.analyzer import checks
from plainleaf.analyzer.classify import SELLER_ROLES
from plainleaf.analyzer.engine import Doc, Hit, by_id, find_hits
from plainleaf.analyzer.mentions import drop_mentions
from plainleaf.analyzer.rules.red_flags import RULES, UNPROVEN_OFFERS
from plainleaf.analyzer.rules.source_types import RULES as SIGNAL_RULES
from plainleaf.analyzer.side_effects import SERIOUS, expected_for
from plainleaf.spec import FLAG_KIND, FLAG_KINDS, RedFlag, SourceType, TherapyCode

RULE = by_id(RULES)
SIGNAL_ROLE = {r.id: r.role for r in SIGNAL_RULES}
MAX_PER_CODE = 3
# The generated flag for a sales page that names none of a therapy's serious harms.
LEFT_OUT_ID = "risk-left-out"
# ...for a promotional text that names no harm at all (labels spec, risks_minimized).
NO_RISK_ID = "risk-none-named"
# ...for a provider's page about its own unapproved cell therapy (offered_outside_trials).
OWN_UNPROVEN_ID = "outside-trials-own-cell-therapy"
UNPROVEN_TOPIC = tuple(r for r in SIGNAL_RULES if r.role == "unproven_topic")
# Therapies with no approved cancer product among the ones clinics sell (our library pages:
# not approved anywhere); a text about one of these that a provider wrote offers it.
UNPROVEN_THERAPIES = frozenset({TherapyCode.nk, TherapyCode.dendritic_cell,
                                TherapyCode.immune_cell})
# Engineered cell therapies with approved products: cells "given back" on their pages are
# the approved procedure, not a clinic's own unproven service.
APPROVED_CELL_THERAPIES = frozenset({TherapyCode.car_t, TherapyCode.til, TherapyCode.tcr_t})
# The one approved dendritic-cell product is not a clinic's unproven service.
_APPROVED_DC = re.compile(r"sipuleucel|provenge", re.IGNORECASE)
# Stem cells given outside a transplant ("stem cell therapy" for cancer, joints or autism)
# are no approved treatment (FDA: only blood-forming cord blood cells for some uses, and
# since December 2024 one stromal cell product, Ryoncil, for GVHD after a transplant).
# A transplant named as one ("stem cell transplant", "BMT"), not a clinic's cells
# "transplanted" back or the bone marrow it draws them from.
_TRANSPLANT = re.compile(r"\b(?:stem[- ]cells?|(?:bone )?marrow|cord[- ]blood|blood|allogeneic|"
                         r"autologous) transplant(?:s|ation)?\b|\bBMT\b|\bHSCT\b|"
                         # A transplant named by its donor ("a transplant with donor stem
                         # cells", "the donated stem cells") is the standard one too.
                         r"\btransplant with (?:\w+ )?stem[- ]cells\b|"
                         r"\b(?:donor(?:['’]s)?|donated) (?:blood )?stem[- ]cells\b|"
                         r"\bhae?matopoietic\b|\bgraft[- ]versus[- ]host\b|\bGVHD\b|"
                         r"\bRyoncil\b|\bremestemcel", re.IGNORECASE)
# Stem cells drawn from fat are never the blood-forming cells of a transplant, whatever a
# seller calls its procedure ("autologous stem cell transplantation ... from abdominal fat").
_FAT_STEM_CELLS = re.compile(
    r"\b(?:adipose|(?:abdominal |belly )?fat(?: tissue)?)\b[^.\n]{0,60}\bstem[- ]cells?\b|"
    r"\bstem[- ]cells?\b[^.\n]{0,160}\b(?:adipose|(?:abdominal |belly )?fat tissue)\b",
    re.IGNORECASE)
# Stem cells, even "transplanted", for a condition no stem cell product is approved for
# (labels spec: clinics sell them for MS, autism, joints...); a transplant for a blood
# cancer is standard care.
_OTHER_USES = (r"multiple sclerosis|autism|cerebral palsy|spinal cord|knees?|joints?|cartilage|"
               r"(?:osteo)?arthritis|diabetes|(?-i:ALS)|Parkinson['’]?s|Alzheimer['’]?s|"
               r"anti-?aging|ageing|COPD|stroke")
_STEM_CELLS_FOR_OTHER_USES = re.compile(
    rf"\bstem[- ]cells?\b[^.\n]{{0,120}}\b(?:{_OTHER_USES})\b|"
    rf"\b(?:{_OTHER_USES})\b[^.\n]{{0,120}}\bstem[- ]cells?\b", re.IGNORECASE)
# A registered trial: the offer is research, not a service.
_REGISTERED_TRIAL = re.compile(
    r"\bNCT\d{8}\b|\b(?:jRCT|ChiCTR|ISRCTN|EudraCT|CTRI)[\w/-]*\d|\bclinical trial "
    r"(?:registration|number)\b|\bphase (?:[1-3]|I{1,3})\w* (?:clinical )?trial\b",
    re.IGNORECASE,
)
_LAB_ONLY = re.compile(r"\bpre-?clinical\b|\bin (?:mice|mouse models?|animal models?)\b",
                      re.IGNORECASE)
# A figure for the serious harms ("12% had serious side effects", "grade 3 events in 8%",
# "Grade ≥ 3 adverse events occurred in 28.6%").
_SERIOUS_GRADE = r"(?:serious|severe|grade ?(?:≥|>=|>)? ?(?:[3-5]|III|IV)|life-threatening)"
_COUNTS_SERIOUS_HARMS = re.compile(
    rf"\d(?:\.\d+)? ?%[^.\n]{{0,80}}\b{_SERIOUS_GRADE}\b|\b{_SERIOUS_GRADE}\b"
    r"[^.\n]{0,80}\d(?:\.\d+)? ?%", re.IGNORECASE)
# Words that name a harm as one ("side effects include", "may cause", "complications"); a
# harm named only as a disease or a reason to treat ("fights infection", "susceptibility
# to infections", "a lower risk of GVHD") is no risk of the treatment a page sells.
_AS_HARM = re.compile(
    r"\bside[- ]effects?\b|\badverse\b|(?<!lower )(?<!reduced )(?<!less )(?<!low )(?<!no )"
    r"\brisks?\b|\bcomplications?\b|\btoxicit|\b(?:may|can|could|might) (?:cause|lead to|"
    r"trigger|develop|experience)\b|\breactions?\b|\bafter (?:the |your |an? )?(?:treatment|"
    r"infusion|procedure|therapy|injection)\b|\b(?:develop(?:ed|s)?|experience[ds]?)\b",
    re.IGNORECASE)
# A treatment named in a text's own words, for a therapy with no code of ours.
_TREATMENT_NAMED = re.compile(
    r"\b(?:[A-Z][\w-]*+ ){0,3}(?:[Tt]herapy|[Tt]reatment|[Pp]rocedure|[Ii]mmunotherapy|"
    r"[Vv]accines?|[Pp]rotocol|[Tt]ransplant)\b")
# How far before a harm its framing may sit (a "Side effects" heading over a list).
HARM_FRAME_BEFORE = 200
# A condition the treatment is said to relieve, in the same sentence just before it:
# "reduce digestive problems, allergies, and recurrent infections", "fights infection".
_AS_BENEFIT = re.compile(
    r"\b(?:reduc(?:e|es|ed|ing)|fewer|prevent(?:s|ed|ing)?|fight(?:s|ing)?|protect(?:s|ing)? "
    r"(?:\w+ )?against|reliev(?:e|es|ing)|treat(?:s|ing)?|cure(?:s|d)?|heal(?:s|ing)?|"
    r"less(?:en)?|lower(?:s|ing)?)\b", re.IGNORECASE)
BENEFIT_BEFORE = 60
# Flags that show a text promoting something.
_PROMO_KINDS = frozenset({RedFlag.hype, RedFlag.overclaiming, RedFlag.testimonials,
                          RedFlag.call_to_action, RedFlag.offered_outside_trials,
                          RedFlag.vague_evidence})
# Kinds that make a news story promotional rather than reporting.
_SELLING_KINDS = frozenset({RedFlag.hype, RedFlag.overclaiming, RedFlag.testimonials,
                            RedFlag.offered_outside_trials, RedFlag.unnamed_source})


def _cancels(rule_id: str) -> tuple[str, ...]:
    rule = RULE[rule_id]
    return rule.cancels + FLAG_KIND[RedFlag(rule.code)].cancels


CANCELS: dict[str, tuple[str, ...]] = {r.id: _cancels(r.id) for r in RULES}
checks.validate({**CANCELS, **{str(k.code): k.cancels for k in FLAG_KINDS}})


def raw_flags(text: str | Doc) -> list[Hit]:
    """Candidates from every rule, before the source type is known."""
    doc = text if isinstance(text, Doc) else Doc(text)
    return drop_mentions(doc, find_hits(RULES, doc))


def select_flags(
    text: str | Doc,
    raw: list[Hit],
    source_type: SourceType,
    side_effects: SideEffectsResult,
    therapy_mentions: list[Hit],
    therapies: list[str],
    signals: list[Hit] | None = None,
) -> list[RedFlagHit]:
    """``signals`` are the source-type signal hits (classify.py), found once per text."""
    doc = text if isinstance(text, Doc) else Doc(text)
    # A neutral explainer must come out clean: a false alarm costs trust.
    if source_type == SourceType.patient_education:
        return []
    kept = [h for h in raw if RULE[h.rule_id].applies_to(source_type)]
    offers = unproven_offers(doc, therapy_mentions, therapies)
    facts = checks.Facts(doc, source_type, offers_unproven=bool(offers))
    for name, chk in checks.CHECKS.items():
        before = kept
        kept = [h for h in before if not (name in CANCELS[h.rule_id]
                                          and chk.test(facts, h, before))]
    roles = {SIGNAL_ROLE[h.rule_id] for h in (signals if signals is not None
                                               else find_hits(SIGNAL_RULES, doc))}
    # Labels spec: risks_minimized is for promotional text. A page called a sales page with
    # no sign of selling or promoting at all (no seller's voice, no unapproved offer, no
    # promotional wording) is a call on weak signals: leaving out risks there is no proof
    # that it plays them down.
    promotes = (bool(roles & SELLER_ROLES) or bool(offers)
                or any(h.code in _PROMO_KINDS for h in kept))
    if source_type != SourceType.clinic_marketing or promotes:
        kept.extend(_risks_left_out(doc.text, kept, source_type, side_effects,
                                    therapy_mentions, therapies))
        kept.extend(_no_risk_named(doc, kept, source_type, side_effects, therapy_mentions,
                                   offers))
    kept.extend(_own_unproven_therapy(doc, kept, source_type, roles, offers))
    out: list[RedFlagHit] = []
    per_code: dict[str, int] = {}
    for h in sorted(kept, key=lambda h: (h.start, h.end)):
        if per_code.get(h.code, 0) >= MAX_PER_CODE:
            continue
        if any(o.code == h.code and o.start < h.end and h.start < o.end for o in out):
            continue  # overlapping hits of the same flag say the same thing
        per_code[h.code] = per_code.get(h.code, 0) + 1
        out.append(
            RedFlagHit(
                code=RedFlag(h.code),
                name=FLAG_KIND[RedFlag(h.code)].name,
                quote=doc.text[h.start : h.end],
                start=h.start,
                end=h.end,
                why=h.message,
                rule_id=h.rule_id,
            )
        )
    return out


def _risks_left_out(
    text: str,
    kept: list[Hit],
    source_type: SourceType,
    side_effects: SideEffectsResult,
    therapy_mentions: list[Hit],
    therapies: list[str],
) -> list[Hit]:
    """A sales page that names no serious side effect of a therapy known to have them."""
    if source_type != SourceType.clinic_marketing or not therapies:
        return []
    if any(h.code == RedFlag.risks_minimized for h in kept):
        return []
    expected = {code for code, _ in expected_for(therapies)} & SERIOUS
    named = {m.code for m in side_effects.mentioned}
    if not expected or expected & named:
        return []
    anchor = next((h for h in therapy_mentions if h.code == therapies[0]), None)
    if anchor is None:
        return []
    return [
        Hit(
            LEFT_OUT_ID,
            RedFlag.risks_minimized,
            anchor.start,
            anchor.end,
            f"It promotes {text[anchor.start:anchor.end]} but names none of its serious "
            "side effects.",
        )
    ]


def unproven_offers(doc: Doc, therapy_mentions: list[Hit], therapies: list[str]) -> list[Hit]:
    """Where the text names an unapproved treatment it could be offering, first first: the
    unproven-therapy signal, a therapy with no approved product (NK, dendritic, immune
    cell) that the text is about, and the patient's own cells grown and given back (these
    two not when the text is about an approved engineered cell therapy only)."""
    found = list(find_hits(UNPROVEN_TOPIC, doc))
    about = set(therapies)
    # On a page about an approved engineered cell therapy (CAR-T, TIL), NK cells and cells
    # "given back" describe how that therapy works, not a second service.
    if found or not about & APPROVED_CELL_THERAPIES:
        found += [h for h in therapy_mentions if h.code in about & UNPROVEN_THERAPIES
                  and not _APPROVED_DC.search(doc.text, h.start, h.end)]
        found += find_hits(UNPROVEN_OFFERS, doc)
        if (not doc.anywhere(_TRANSPLANT) or doc.anywhere(_FAT_STEM_CELLS)
                or doc.anywhere(_STEM_CELLS_FOR_OTHER_USES)):
            found += [h for h in therapy_mentions if h.code == TherapyCode.stem_cell
                      and h.code in about]
    return sorted(found, key=lambda h: (h.start, h.end))


def _named_as_harm(doc: Doc, spans: list[tuple[int, int]]) -> bool:
    """Some mention of a side effect sits in words that name it as a harm, not as what the
    treatment is said to relieve ("reduce digestive problems, allergies and infections")."""
    for start, end in spans:
        s, e = doc.sentence_span(start, end)
        if _AS_BENEFIT.search(doc.text, max(s, start - BENEFIT_BEFORE), start):
            continue
        if _AS_HARM.search(doc.text, max(0, min(s, start - HARM_FRAME_BEFORE)), e):
            return True
    return False


def _anchor(doc: Doc, therapy_mentions: list[Hit],
            offers: list[Hit]) -> tuple[int, int] | None:
    """What a text promotes: its first therapy name, else what unapproved it offers, else
    the first treatment it names in its own words ("TARE procedure", "cytokine therapy")."""
    # Chemotherapy is what a promoted treatment is set against ("reduces the need for
    # chemotherapy"), never what a promotional text sells.
    own = [h for h in therapy_mentions if h.code != TherapyCode.chemotherapy]
    spans = [(h.start, h.end) for h in [*own[:1], *offers[:1]]]
    if spans:
        return min(spans)
    m = _TREATMENT_NAMED.search(doc.text)
    return m.span() if m else None


def _no_risk_named(
    doc: Doc, kept: list[Hit], source_type: SourceType, side_effects: SideEffectsResult,
    therapy_mentions: list[Hit], offers: list[Hit],
) -> list[Hit]:
    """Promotional text that names no harm of what it promotes plays the risks down
    (labels spec: clinic pages, press releases, and news that sells); a sales page that
    names only mild ones does too. A release on lab work promotes no treatment yet."""
    if any(h.code == RedFlag.risks_minimized for h in kept):
        return []  # the text's claim about risk is flagged already
    # "No side effects" is overclaiming and names no risk either: the labels spec raises
    # both (risks_minimized when a promotional text names no risk of what it promotes).
    # Only the harms of what it promotes count: infections named as a harm of the
    # chemotherapy it replaces are no risk of the cells it sells (labels spec).
    own = [m for m in side_effects.mentioned if not m.of_other_treatment]
    if source_type == SourceType.clinic_marketing:
        own = [m for m in own if _named_as_harm(doc, m.spans)]
    named = {m.code for m in own}
    # A sales page naming only mild harms (fever, tiredness) plays the serious ones down;
    # so does a release (labels spec: "or only mild ones"), though a release that says a
    # serious harm did not happen ("no ICANS was seen") has addressed it.
    if source_type == SourceType.clinic_marketing:
        if {m.code for m in own if not m.negated} & SERIOUS:
            return []
    elif source_type == SourceType.press_release:
        if named & SERIOUS or doc.anywhere(_COUNTS_SERIOUS_HARMS):
            return []
    elif named:
        return []
    # A story that sells in any one way (hype, a promise, a patient's story, an offer
    # abroad, an unnamed centre's results) is promotional news (labels spec). Round eleven:
    # one kind, not two (CV on 961: flag recall 0.655 to 0.675, precision 0.808 to 0.800).
    if source_type == SourceType.news:
        if not any(h.code in _SELLING_KINDS for h in kept):
            return []
    elif source_type == SourceType.press_release:
        if doc.anywhere(_LAB_ONLY):
            return []
    elif source_type != SourceType.clinic_marketing:
        return []
    span = _anchor(doc, therapy_mentions, offers)
    if span is None:
        return []
    return [Hit(NO_RISK_ID, RedFlag.risks_minimized, *span,
                f"It promotes {doc.text[span[0]:span[1]]} but names none of its side effects.")]


def _own_unproven_therapy(
    doc: Doc, kept: list[Hit], source_type: SourceType, roles: set[str], offers: list[Hit]
) -> list[Hit]:
    """A provider's page about a cell therapy no regulator has approved sells it outside a
    trial, even with no price shown; a registered trial is research (labels spec). A
    promotional article that shows no seller (no "we offer", no contact, booking or price)
    and frames the therapy as still in clinical trials promotes it but offers nothing."""
    if source_type != SourceType.clinic_marketing:
        return []
    seller = "provider" in roles or any(h.code == RedFlag.call_to_action for h in kept)
    if not seller and roles & {"framing", "framing_weak"}:
        return []
    if any(h.code == RedFlag.offered_outside_trials for h in kept):
        return []
    if doc.anywhere(_REGISTERED_TRIAL):
        return []
    if not offers:
        return []
    h = offers[0]
    return [Hit(OWN_UNPROVEN_ID, RedFlag.offered_outside_trials, h.start, h.end,
                f"It offers {doc.text[h.start:h.end]}, which is not an approved treatment, "
                "outside a registered clinical trial.")]
