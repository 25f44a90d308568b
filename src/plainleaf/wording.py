"""Wording rules for patient text: one spelling convention and no formula-gaming swaps.

Readability formulas reward short words, which tempts writers into swaps no patient
uses ("check your heat" for "check your temperature"). These rules are data, each with
examples that must be flagged and examples that must pass; tests/test_wording.py runs
every example, so a rule cannot be added without proof that it works and does not
over-fire.

Convention: US English (the project's readers and its grade targets are US ones).
Slugs and source titles are exempt, and so are other_names and glossary terms and
aliases, which list the words a reader may meet elsewhere (so "tumour" still finds
its glossary entry).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

# British spelling or usage -> the US form. Keys are whole words (or stems, marked with
# a trailing "*", which also match longer forms such as "tumours" or "randomised").
US_SPELLINGS: dict[str, str] = {
    "tumour*": "tumor",
    "centre*": "center",
    "colour*": "color",
    "behaviour*": "behavior",
    "favour*": "favor",
    "labour*": "labor",
    "haemorrhag*": "hemorrhage",
    "haematolog*": "hematology",
    "haemoglobin": "hemoglobin",
    "anaemi*": "anemia",
    "leukaemi*": "leukemia",
    "oedema": "edema",
    "oesophag*": "esophagus",
    "diarrhoea": "diarrhea",
    "paediatric*": "pediatric",
    "oestrogen": "estrogen",
    "foetus": "fetus",
    "randomis*": "randomize",
    "organise*": "organize",
    "organisation*": "organization",
    "recognis*": "recognize",
    "minimis*": "minimize",
    "specialise*": "specialize",
    "realise*": "realize",
    "immunis*": "immunize",
    "hospitalis*": "hospitalize",
    "chemoembolisation": "chemoembolization",
    "embolisation": "embolization",
    "defence": "defense",
    "licence": "license",
    "programme*": "program",
    "litre*": "liter",
    "fibre*": "fiber",
    "grey": "gray",
    "ageing": "aging",
    "travelled": "traveled",
    "travelling": "traveling",
    "counselling": "counseling",
    "carer*": "caregiver",
    "paracetamol": "acetaminophen",
    "A&E": "emergency room",
    "GP": "doctor",
}

# Phrases that are British usage rather than spelling.
US_PHRASES: dict[str, str] = {
    r"\bin hospital\b": "in the hospital",
    r"\bto hospital\b": "to the hospital",
    r"\bstay in hospital\b": "stay in the hospital",
}


def _spelling_pattern(key: str) -> re.Pattern[str]:
    if key.endswith("*"):
        return re.compile(r"\b" + re.escape(key[:-1]) + r"\w*", re.IGNORECASE)
    flags = 0 if key.isupper() or "&" in key else re.IGNORECASE
    return re.compile(r"(?<![\w&])" + re.escape(key) + r"(?![\w&])", flags)


_SPELLING_RULES: list[tuple[re.Pattern[str], str]] = [
    (_spelling_pattern(k), v) for k, v in US_SPELLINGS.items()
] + [(re.compile(p, re.IGNORECASE), v) for p, v in US_PHRASES.items()]


@dataclass(frozen=True)
class Swap:
    """A known bad plain-word swap: a short word that is not the one patients use."""

    pattern: str
    use_instead: str
    why: str
    should_flag: tuple[str, ...]
    should_pass: tuple[str, ...]
    regex: re.Pattern[str] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "regex", re.compile(self.pattern, re.IGNORECASE))


BAD_SWAPS: tuple[Swap, ...] = (
    Swap(
        pattern=r"\b(?:(?:your|body|high|my)\s+heat|heat\s+(?:is|of|reading)\b)",
        use_instead="temperature",
        why='Patients say "temperature"; "heat" for body temperature reads as a formula trick.',
        should_flag=(
            "Check your heat as often as your team tells you.",
            "A high body heat.",
            "Your heat is 38 °C (100.4 °F) or higher.",
            "A rise in body heat, often with chills.",
        ),
        should_pass=(
            "Check your temperature twice a day.",
            "A heat pad may ease the pain.",
            "Avoid heat and sun on the treated skin.",
        ),
    ),
    Swap(
        pattern=r"\((?:a\s+)?fit\)|\b(?:have|having|had|or|with|and|any)\s+fits\b",
        use_instead="seizure",
        why='"Fit" for a seizure is British usage and can be misread as "healthy".',
        should_flag=("You have a seizure (fit).", "A very bad headache with confusion or fits."),
        should_pass=(
            "Your team checks that you fit the trial.",
            "A CAR is like a key that fits a lock.",
            "Is there a trial that fits my cancer?",
            "You have a seizure.",
        ),
    ),
    Swap(
        pattern=r"\bsickness\b",
        use_instead="nausea (feeling sick to your stomach)",
        why='In US English "sickness" means illness, not nausea.',
        should_flag=("Fever, pain and sickness after TACE.", "Pain or sickness is not helped."),
        should_pass=("Feeling sick to your stomach, or nausea.", "You may feel sick."),
    ),
    Swap(
        pattern=r"\bdrug office\b",
        use_instead="drug agency (or the agency's name)",
        why="A regulator is an agency; \"office\" sounds like a small desk, not an approval body.",
        should_flag=("China's drug office put it on a fast track.",),
        should_pass=("China's drug agency, the NMPA, approved it.", "Call the office."),
    ),
    Swap(
        pattern=r"\bheavy tools\b",
        use_instead="heavy machines (or machinery)",
        why='Labels and leaflets say "machinery"; "tools" sounds like a hammer.',
        should_flag=("Do not drive or use heavy tools for 2 weeks.",),
        should_pass=("Do not drive or use heavy machines for 2 weeks.",),
    ),
    Swap(
        pattern=r"\b(?:a|the|this|that|one|same)\s+marks?\b(?=\s+(?:called|on|found|that|is|was|being))",
        use_instead="marker",
        why='Care teams and test reports say "marker" (or "target"); "mark" sounds like a stain.',
        should_flag=("A mark called CD19.", "The mark on the cancer cells."),
        should_pass=("A marker called CD19.", "Mark the date on your calendar."),
    ),
)


@dataclass(frozen=True)
class WordingProblem:
    found: str
    use_instead: str
    why: str


def spelling_problems(text: str) -> list[WordingProblem]:
    """Non-US spellings or usage in patient text."""
    out: list[WordingProblem] = []
    for regex, us in _SPELLING_RULES:
        for m in regex.finditer(text):
            out.append(WordingProblem(m.group(0), us, "the project writes US English"))
    return out


def swap_problems(text: str) -> list[WordingProblem]:
    """Known bad plain-word swaps in patient text."""
    return [
        WordingProblem(m.group(0), s.use_instead, s.why)
        for s in BAD_SWAPS
        for m in s.regex.finditer(text)
    ]


# "7.5 in 100", "13.5 out of 100": natural frequencies are whole numbers.
DECIMAL_IN_100 = re.compile(r"\b\d+[.,]\d+\s+(?:in|out of)\s+(?:every\s+)?100\b", re.IGNORECASE)
# "3.25 months", "1.5 months": months are given as whole numbers.
DECIMAL_MONTHS = re.compile(r"\b\d+[.,]\d+\s+months?\b", re.IGNORECASE)


def number_problems(text: str) -> list[WordingProblem]:
    out = [
        WordingProblem(m.group(0), "a whole number: \"about 8 in 100\"", "natural frequencies")
        for m in DECIMAL_IN_100.finditer(text)
    ]
    out += [
        WordingProblem(m.group(0), "whole months (\"about 3 months\")", "no decimal months")
        for m in DECIMAL_MONTHS.finditer(text)
    ]
    return out
