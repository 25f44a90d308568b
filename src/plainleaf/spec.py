"""The shared label definitions: source types, evidence levels, red flags, side effects.

Adapted from the project's label specification so that the package never needs the
shared folder at run time. Every code that appears in content or analyzer output is
defined here once, with the words a patient sees beside it.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class SourceType(StrEnum):
    clinic_marketing = "clinic_marketing"
    news = "news"
    study_report = "study_report"
    patient_education = "patient_education"
    press_release = "press_release"


SOURCE_TYPE_NAMES: dict[SourceType, str] = {
    SourceType.clinic_marketing: "Advert or sales page",
    SourceType.news: "News story or blog",
    SourceType.study_report: "Report of a study",
    SourceType.patient_education: "Neutral patient information",
    SourceType.press_release: "Press release",
}

SOURCE_TYPE_EXPLAINED: dict[SourceType, str] = {
    SourceType.clinic_marketing: "A clinic or seller is promoting a treatment it offers.",
    SourceType.news: "A writer who did not run the study is reporting on it.",
    SourceType.study_report: "A summary of one study, written by the people who did it.",
    SourceType.patient_education: "An explainer from a public body, charity or hospital.",
    SourceType.press_release: "A company or institution is announcing its own results.",
}


class EvidenceLevel(StrEnum):
    A = "A"
    B = "B"
    C = "C"
    D = "D"
    N = "N"


EVIDENCE_LABELS: dict[EvidenceLevel, str] = {
    EvidenceLevel.A: "Strong evidence",
    EvidenceLevel.B: "Moderate evidence",
    EvidenceLevel.C: "Limited evidence",
    EvidenceLevel.D: "Very limited evidence",
    EvidenceLevel.N: "No evidence shown",
}

EVIDENCE_EXPLAINED: dict[EvidenceLevel, str] = {
    EvidenceLevel.A: "Based on randomized trials, or on an approval by a drug agency.",
    EvidenceLevel.B: "Based on a trial that followed people forward in time, but with no fair "
    "comparison group.",
    EvidenceLevel.C: "Based on a look back at past records, or a small early trial.",
    EvidenceLevel.D: "Based on a few case reports, lab or animal studies, or opinion.",
    EvidenceLevel.N: "No study you can check is given for the main claim.",
}

LEVEL_ORDER: list[EvidenceLevel] = [
    EvidenceLevel.A,
    EvidenceLevel.B,
    EvidenceLevel.C,
    EvidenceLevel.D,
    EvidenceLevel.N,
]


class RedFlag(StrEnum):
    call_to_action = "call_to_action"
    offered_outside_trials = "offered_outside_trials"
    vague_evidence = "vague_evidence"
    hype = "hype"
    overclaiming = "overclaiming"
    risks_minimized = "risks_minimized"
    testimonials = "testimonials"
    unnamed_source = "unnamed_source"
    small_uncontrolled = "small_uncontrolled"


@dataclass(frozen=True)
class FlagKind:
    """Everything about one kind of red flag, in one place.

    The order of ``FLAG_KINDS`` is the severity order: the summary names the first ones
    and the questions follow it. Rules point at a kind through their ``code``.
    """

    code: RedFlag
    name: str  # the label a patient sees beside the flag
    sentence: str  # the summary's plain sentence when the flag is raised
    question: str  # what to ask a doctor about it
    # How strongly the flag says "a seller wrote this" (source type), and how many of
    # its hits may vote: overclaiming and quoted patients also appear in hyped news.
    sales_weight: float = 0.0
    sales_votes: int = 2
    # Counts towards "promotional" wording (source type).
    promotional: bool = False
    # Named document checks (analyzer/checks.py) that cancel every rule of this kind.
    cancels: tuple[str, ...] = ()


FLAG_KINDS: tuple[FlagKind, ...] = (
    FlagKind(
        RedFlag.offered_outside_trials, "Sold outside a clinical trial",
        "It sells the treatment outside a trial.",
        "Is this treatment approved, or part of a clinical trial that I can look up?",
        sales_weight=3.0, cancels=("reported_in_news",),
    ),
    FlagKind(
        RedFlag.overclaiming, "Promises too much",
        "It promises more than any study can show.",
        "How many people got better, and how many did not?",
        sales_weight=1.0, sales_votes=1, promotional=True,
        cancels=("reported_in_news", "scare_quoted"),
    ),
    FlagKind(
        RedFlag.call_to_action, "Pushes you to buy or book",
        "It pushes you to call, book or pay.",
        "What will it cost in total, and what happens if it does not work?",
        sales_weight=2.0, cancels=("reported_in_news",),
    ),
    FlagKind(
        RedFlag.risks_minimized, "Plays down the risks",
        "It plays down the risks.",
        "What serious side effects can it cause, and how are they treated?",
        promotional=True,
    ),
    FlagKind(
        RedFlag.vague_evidence, "Says 'studies show' but names no study",
        "It says studies back it, but names none.",
        "Which studies show this? Can I read them?",
        promotional=True, cancels=("reported_in_news",),
    ),
    FlagKind(
        RedFlag.hype, "Hype words",
        "It uses hype words to make it sound better.",
        "What do the results show in numbers?",
        promotional=True, cancels=("scare_quoted", "attributed_to_seller"),
    ),
    FlagKind(
        RedFlag.testimonials, "Patient stories used as proof",
        "It uses stories of patients as proof.",
        "What happened to all the patients, not just the ones in the stories?",
        sales_weight=0.5, sales_votes=1, cancels=("reported_in_news",),
    ),
    FlagKind(
        RedFlag.unnamed_source, "Results from an unnamed source",
        "It does not say who got the results.",
        "Who ran this study, and where was it published?",
        cancels=("attributed_to_seller", "doubt_not_results"),
    ),
    FlagKind(
        RedFlag.small_uncontrolled, "A small study with no comparison presented as proof",
        "It treats a small test with no control group as proof.",
        "How many people were in the study, and was there a group to compare with?",
        cancels=("small_study_not_sold",),
    ),
)
FLAG_KIND: dict[RedFlag, FlagKind] = {k.code: k for k in FLAG_KINDS}
# Kept for callers that only need the label.
RED_FLAG_NAMES: dict[RedFlag, str] = {k.code: k.name for k in FLAG_KINDS}


class SideEffectCode(StrEnum):
    crs = "crs"
    icans = "icans"
    fever = "fever"
    fatigue = "fatigue"
    headache = "headache"
    dizziness = "dizziness"
    nausea = "nausea"
    pain = "pain"
    low_blood_pressure = "low_blood_pressure"
    breathing = "breathing"
    low_blood_counts = "low_blood_counts"
    infection = "infection"
    gvhd = "gvhd"
    liver = "liver"
    post_embolization = "post_embolization"
    secondary_cancer = "secondary_cancer"
    allergic = "allergic"
    high_blood_pressure = "high_blood_pressure"
    bowel = "bowel"
    kidney = "kidney"
    bleeding = "bleeding"
    procedure_site = "procedure_site"


SIDE_EFFECT_NAMES: dict[SideEffectCode, str] = {
    SideEffectCode.crs: "cytokine release syndrome (CRS)",
    SideEffectCode.icans: "nerve and brain effects (ICANS): confusion, trouble speaking, seizures",
    SideEffectCode.fever: "fever",
    SideEffectCode.fatigue: "tiredness",
    SideEffectCode.headache: "headache",
    SideEffectCode.dizziness: "dizziness",
    SideEffectCode.nausea: "nausea or vomiting",
    SideEffectCode.pain: "pain",
    SideEffectCode.low_blood_pressure: "low blood pressure",
    SideEffectCode.breathing: "trouble breathing",
    SideEffectCode.low_blood_counts: "low blood counts",
    SideEffectCode.infection: "infections",
    SideEffectCode.gvhd: "graft-versus-host disease",
    SideEffectCode.liver: "liver damage or worse liver function",
    SideEffectCode.post_embolization: "post-embolization syndrome (fever, pain, nausea after TACE)",
    SideEffectCode.secondary_cancer: "a new blood cancer caused by the treatment",
    SideEffectCode.allergic: "allergic or infusion reactions",
    SideEffectCode.high_blood_pressure: "high blood pressure",
    SideEffectCode.bowel: "bowel problems: colitis or a hole in the bowel",
    SideEffectCode.kidney: "kidney injury",
    SideEffectCode.bleeding: "bleeding inside the body",
    SideEffectCode.procedure_site: (
        "problems where the tube went in: bleeding or blocked blood flow"
    ),
}


class TherapyCode(StrEnum):
    car_t = "CAR-T"
    til = "TIL"
    nk = "NK"
    car_nk = "CAR-NK"
    tcr_t = "TCR-T"
    tace = "TACE"
    checkpoint_inhibitor = "checkpoint inhibitor"
    targeted_therapy = "targeted therapy"
    stem_cell = "stem cell"
    dendritic_cell = "dendritic cell"
    # CIK, LAK and "activated lymphocyte" drips sold by clinics; not NK, CAR-T or TIL.
    immune_cell = "immune cell"
    chemotherapy = "chemotherapy"


# Serious side effects a reader must be told about for each therapy (spec: "where they apply").
EXPECTED_SIDE_EFFECTS: dict[TherapyCode, tuple[SideEffectCode, ...]] = {
    TherapyCode.car_t: (
        SideEffectCode.crs,
        SideEffectCode.icans,
        SideEffectCode.fever,
        SideEffectCode.low_blood_counts,
        SideEffectCode.infection,
    ),
    TherapyCode.til: (
        SideEffectCode.fever,
        SideEffectCode.low_blood_counts,
        SideEffectCode.infection,
        SideEffectCode.low_blood_pressure,
        SideEffectCode.breathing,
    ),
    TherapyCode.tcr_t: (
        SideEffectCode.crs,
        SideEffectCode.fever,
        SideEffectCode.low_blood_counts,
        SideEffectCode.infection,
    ),
    TherapyCode.nk: (
        SideEffectCode.fever,
        SideEffectCode.low_blood_counts,
        SideEffectCode.infection,
    ),
    TherapyCode.car_nk: (
        SideEffectCode.fever,
        SideEffectCode.low_blood_counts,
        SideEffectCode.infection,
        SideEffectCode.crs,
    ),
    TherapyCode.tace: (
        SideEffectCode.post_embolization,
        SideEffectCode.liver,
    ),
    TherapyCode.checkpoint_inhibitor: (SideEffectCode.fatigue, SideEffectCode.liver),
    TherapyCode.targeted_therapy: (SideEffectCode.fatigue,),
    TherapyCode.stem_cell: (SideEffectCode.infection, SideEffectCode.gvhd),
    TherapyCode.dendritic_cell: (SideEffectCode.fever,),
    TherapyCode.chemotherapy: (
        SideEffectCode.nausea,
        SideEffectCode.low_blood_counts,
        SideEffectCode.infection,
    ),
}
