"""Named exceptions for red-flag rules: checks over facts computed once per document.

A rule (or a whole flag kind, in ``spec.FLAG_KINDS``) lists the names of the checks that
cancel its hits. Each check is a small function with a docstring saying why; the facts
it reads (does the text name its study, count severe harms, admit its limits?) are
computed once per document and shared. Checks run in the order they are defined here,
each on the hits the earlier ones kept.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cached_property

from plainleaf.analyzer.common import CLAIM_VERB
from plainleaf.analyzer.engine import Doc, Hit
from plainleaf.analyzer.rules.evidence import REGULATOR
from plainleaf.spec import RedFlag, SourceType

# --- facts ------------------------------------------------------------------------------

# A small study counts as "presented as proof" only when the text also sells or hypes it.
_PROOF_WORDS = re.compile(
    r"\b(?:proves?|proof|confirms?|highly encouraging|remarkable|complete remission|"
    r"cancer[- ]free|works|positive (?:\w+ )?(?:data|results)|promising results|"
    r"(?:results|data|studies) (?:have |has )?(?:shown|show|showed) that)\b",
    re.IGNORECASE,
)
# ...and not when the text itself says what a small uncontrolled study cannot show.
_ADMITS_LIMITS = re.compile(
    r"\bno (?:comparison|control) (?:group|arm)\b|\bwithout a (?:comparison|control) group\b|"
    r"\bcannot (?:show|tell|prove)\b|\btoo small to\b",
    re.IGNORECASE,
)
# "Well tolerated" is fair shorthand when the text also counts the severe harms
# (grade 3 or higher events, in CTCAE terms); it plays the risks down only when it does not.
_SOFT_SAFETY = re.compile(r"toler|manageable|low[- ]grade|controllable", re.IGNORECASE)
_COUNTS_SEVERE_HARMS = re.compile(
    r"\bgrade (?:3|III|≥ ?3|>= ?3)(?: or (?:higher|worse|more|above)|[-–/]4| and 4)?\b"
    r"[^.\n]{0,120}\b(?:adverse|events?|toxicit|side effects|occurred|were|included|"
    r"cytopenias?|neutropenia|infections?)",
    re.IGNORECASE,
)
_NAMES_ITS_STUDY = re.compile(
    r"\bpublished (?:\w+ )?in (?:the )?(?:journal )?[A-Z]|\bjournal [A-Z]|\bNCT\d{8}\b|"
    r"\b(?:NEJM|Lancet|JAMA|Nature|Blood)\b"
)
# A regulator's approval of a treatment stated in the text (the approval rule's regulators).
_APPROVAL_STATED = re.compile(
    r"\b" + REGULATOR + r"[^.\n]{0,80}?\bapprov|"
    r"\bapprov\w* (?:\w+ ){0,6}?by (?:the )?(?:US |U\.S\. |European |Chinese |Japanese )?"
    + REGULATOR)
_STUDY_WORD = re.compile(r"study|trial", re.IGNORECASE)
_NAMES_ITS_PEOPLE = re.compile(
    r"\b(?:said|says|told|according to|explained) (?:Dr\.?|Professor|Prof\.) [A-Z]|"
    r"\b(?:Dr\.?|Professor|Prof\.) [A-Z][\w'’-]++(?: [A-Z][\w'’-]++)?,? [^.\n]{0,140}\b(?:said|"
    r"says|told|explained)\b"
)
_PEOPLE_WORD = re.compile(r"experts|doctors|scientists|researchers|oncologists|specialists",
                          re.IGNORECASE)
# The words belong to the clinic the story reports on, not to the writer.
_ATTRIBUTED = re.compile(
    r"\b(?:the|its|a|their) (?:clinic|clinic['’]s|company|seller|sales (?:rep\w*|staff)|"
    r"coordinator|website|site|ads?|advert\w*|brochure|marketing|provider|salesperson|"
    r"staff)\b[^.\n]{0,80}\b(?:(?!promising)(?:" + CLAIM_VERB + r")|said|says|features?|"
    r"featured|offered|offers|told|wrote|states?|stated|lists?|listed)\b",
    re.IGNORECASE,
)
# ...or to people of a clinic the story names ("Doctors at Rexford's clinic have said").
_ATTRIBUTED_STAFF = re.compile(
    r"\b(?:doctors|staff|owners?|founders?|directors?|physicians|representatives?|"
    r"spokes(?:man|woman|person)) (?:at|of|from) [^.\n]{0,40}?\b(?:clinic|cent(?:er|re)|"
    r"hospital|company|firm)\b[^.\n]{0,40}\b(?:said|say|says|told|" + CLAIM_VERB + r")\b",
    re.IGNORECASE,
)
# The words are what others claim, in the story's own sentence: "centers offering it and
# claiming there are no side effects".
_CLAIMED_BEFORE = re.compile(
    r"\b(?:" + CLAIM_VERB + r")(?: that| of| for)?(?: (?:it|they|there|the \w+) (?:is|are|was|"
    r"were|has|have|had|will|would|can|could))?(?: [\w-]+){0,2}?[ \t]++$",
    re.IGNORECASE,
)
# Doubt or a warning in the sentence an unnamed expert is given: "some procedures are
# questionable, experts say", "researchers say the people who use them probably do not".
_DOUBT = re.compile(
    r"\b(?:questionable|risk(?:s|y|ing)?|warn\w*|dangerous|unproven|concern\w*|harm(?:s|ful)?|"
    r"unsafe|(?:do|does|did) not|don['’]t|doesn['’]t|no (?:evidence|proof)|not (?:effective|"
    r"proven|approved))\b",
    re.IGNORECASE,
)
# The pairs that wrap a single word or phrase in quotes.
_SCARE_QUOTES = {('"', '"'), ("“", "”"), ("‘", "’"), ("'", "'")}
SELLING = frozenset({RedFlag.hype, RedFlag.overclaiming, RedFlag.testimonials})


@dataclass
class Facts:
    """What the checks need to know about one document, each computed at most once."""

    doc: Doc
    source_type: SourceType
    # The text names an unapproved treatment it could be offering (redflags.unproven_offers).
    offers_unproven: bool = False

    @cached_property
    def names_its_study(self) -> bool:
        return self.doc.anywhere(_NAMES_ITS_STUDY)

    @cached_property
    def names_its_people(self) -> bool:
        return self.doc.anywhere(_NAMES_ITS_PEOPLE)

    @cached_property
    def counts_severe_harms(self) -> bool:
        return self.doc.anywhere(_COUNTS_SEVERE_HARMS)

    @cached_property
    def states_approval(self) -> bool:
        return self.doc.anywhere(_APPROVAL_STATED)

    @cached_property
    def uses_proof_words(self) -> bool:
        return self.doc.anywhere(_PROOF_WORDS)

    @cached_property
    def admits_limits(self) -> bool:
        return self.doc.anywhere(_ADMITS_LIMITS)

    def words(self, h: Hit) -> str:
        return self.doc.text[h.start : h.end]


# --- checks -----------------------------------------------------------------------------

Test = Callable[[Facts, Hit, list[Hit]], bool]


@dataclass(frozen=True)
class Check:
    name: str
    why: str
    test: Test


CHECKS: dict[str, Check] = {}


def check(name: str) -> Callable[[Test], Test]:
    def register(fn: Test) -> Test:
        CHECKS[name] = Check(name, (fn.__doc__ or "").strip(), fn)
        return fn

    return register


@check("study_named_elsewhere")
def _study_named_elsewhere(f: Facts, h: Hit, kept: list[Hit]) -> bool:
    """"A new study found" is fine when the text names that study elsewhere."""
    return f.names_its_study and bool(_STUDY_WORD.search(f.words(h)))


@check("sober_story_names_its_people")
def _sober_story_names_its_people(f: Facts, h: Hit, kept: list[Hit]) -> bool:
    """"Doctors say" sums up when a sober story quotes named doctors too; in a hyped one
    ("experts believe" it will reach thousands) it props up the hype."""
    return (f.names_its_people and not any(k.code == RedFlag.hype for k in kept)
            and bool(_PEOPLE_WORD.search(f.words(h))))


@check("attributed_to_seller")
def _attributed_to_seller(f: Facts, h: Hit, kept: list[Hit]) -> bool:
    """In a story, words its sentence gives to the clinic ("the clinic claims", "doctors at
    the clinic have said", "claiming there are no side effects") are the seller's, which
    the story reports (labels spec: quoting to criticise is not using)."""
    if f.source_type != SourceType.news:
        return False
    s, e = f.doc.sentence_span(h.start, h.end)
    return (f.doc.has(_ATTRIBUTED, s, e) or f.doc.has(_ATTRIBUTED_STAFF, s, e)
            or bool(_CLAIMED_BEFORE.search(f.doc.text, max(s, h.start - 40), h.start)))


@check("reported_in_news")
def _reported_in_news(f: Facts, h: Hit, kept: list[Hit]) -> bool:
    """A reporter quoting a clinic's sales talk to expose it is not selling."""
    if f.source_type != SourceType.news:
        return False
    if _attributed_to_seller(f, h, kept):
        return True
    if h.code == RedFlag.testimonials:
        return False  # a quoted patient in a story is the testimonial itself
    return f.doc.in_quotation(h.start)


@check("scare_quoted")
def _scare_quoted(f: Facts, h: Hit, kept: list[Hit]) -> bool:
    """A word set apart in quote marks of its own ('success stories of "miracle" cures')
    is the writer holding it at a distance: quoting to criticise is not using (labels
    spec). Not on a seller's own page, where quote marks are for emphasis."""
    if f.source_type == SourceType.clinic_marketing:
        return False
    before = f.doc.text[max(0, h.start - 1) : h.start]
    after = f.doc.text[h.end : h.end + 1]
    return (before, after) in _SCARE_QUOTES


@check("doubt_not_results")
def _doubt_not_results(f: Facts, h: Hit, kept: list[Hit]) -> bool:
    """Experts left unnamed who doubt or warn ("questionable, experts say") credit no
    result to anyone: the labels spec's unnamed source is results given to an unnamed
    centre or expert. Not on a seller's page, where "experts say there is no risk" sells."""
    if f.source_type == SourceType.clinic_marketing:
        return False
    s, e = f.doc.sentence_span(h.start, h.end)
    return f.doc.has(_DOUBT, s, e)


@check("severe_harms_counted")
def _severe_harms_counted(f: Facts, h: Hit, kept: list[Hit]) -> bool:
    """"Well tolerated" is fair when the text also counts its grade 3 or worse harms."""
    return f.counts_severe_harms and bool(_SOFT_SAFETY.search(f.words(h)))


@check("small_study_not_sold")
def _small_study_not_sold(f: Facts, h: Hit, kept: list[Hit]) -> bool:
    """A small study is only "presented as proof" when the text also sells or hypes it,
    and not when the text says itself what such a study cannot show."""
    # A seller's own page sells what it counts (labels spec: a provider's page is sales
    # however calm it sounds).
    selling = (f.source_type == SourceType.clinic_marketing
               or any(k.code in SELLING for k in kept) or f.uses_proof_words)
    return not selling or f.admits_limits


@check("approval_stated")
def _approval_stated(f: Facts, h: Hit, kept: list[Hit]) -> bool:
    """"Has shown great success" is backed when the text states that a named regulator
    approved the treatment: that approval is the evidence, not an unnamed study."""
    return f.states_approval


@check("approved_kind_abroad")
def _approved_kind_abroad(f: Facts, h: Hit, kept: list[Hit]) -> bool:
    """Travelling abroad for a kind of treatment regulators have approved (CAR-T, TACE) is
    not buying an unapproved one: the labels spec's flag is about an unapproved treatment
    sold outside a trial, so a trip abroad counts only when the text offers one."""
    return not f.offers_unproven


def validate(used: dict[str, tuple[str, ...]]) -> None:
    """Every check named by a rule or kind exists, and every check is used."""
    named = {name for names in used.values() for name in names}
    unknown = named - set(CHECKS)
    if unknown:
        raise ValueError(f"unknown checks {sorted(unknown)} named by rules or flag kinds")
    unused = set(CHECKS) - named
    if unused:
        raise ValueError(f"checks {sorted(unused)} are not used by any rule or flag kind")
