"""The plain-words summary reads as whole sentences and adds nothing the source does not say.

Checked over the real-world fixtures (the pages patients paste) and the claims fixtures:
no word said twice in a row, no cut-off sentence, no number and no side effect that the
text does not give. The checks here are simpler than the summary's own filter on purpose:
they are the reader's view, not the code's.
"""

from __future__ import annotations

import itertools
import re
from functools import cache
from pathlib import Path

import pytest

from plainleaf.analysis_models import Analysis
from plainleaf.analyzer.analyze import analyze_text
from plainleaf.analyzer.engine import Doc
from plainleaf.analyzer.rules.side_effects import RULES as SIDE_EFFECT_RULES
from plainleaf.analyzer.simplify import fragment_problem, plain_words, substitutions
from plainleaf.content import load_library

FIXTURES = Path(__file__).parent / "fixtures"
TEXTS = sorted((FIXTURES / "realworld" / "dev").glob("*.txt")) + sorted(
    (FIXTURES / "claims").glob("*.txt"))
WORD = re.compile(r"[A-Za-z][\w'’-]*")
# A sentence that ends on one of these was cut off.
DANGLING = {"a", "an", "the", "of", "and", "or", "but", "to", "for", "by", "than",
            "in", "which", "that"}


@cache
def _analysis(path: Path) -> tuple[str, Analysis]:
    text = path.read_text(encoding="utf-8")
    return text, analyze_text(text, load_library())


def _side_effects(text: str) -> set[str]:
    doc = Doc(text)
    return {str(r.code) for r in SIDE_EFFECT_RULES if r.matches(doc)}


@pytest.mark.parametrize("path", TEXTS, ids=lambda p: p.stem)
def test_summary_is_whole_sentences_with_nothing_added(path: Path) -> None:
    text, a = _analysis(path)
    source_words = " ".join(w.lower() for w in WORD.findall(text))
    source_effects = _side_effects(text)
    for s in a.summary.sentences:
        words = [w.lower() for w in WORD.findall(s.text)]
        doubled = [x for x, y in itertools.pairwise(words)
                   if x == y and f"{x} {x}" not in source_words]
        assert not doubled, f"{path.stem}: doubled {doubled} in {s.text!r}"
        tokens = re.findall(r"[\w%'’-]+", s.text.lower())  # numbers count as words here
        assert tokens and tokens[-1] not in DANGLING, f"{path.stem}: cut off: {s.text!r}"
        assert s.text.count("(") == s.text.count(")"), f"{path.stem}: {s.text!r}"
        assert not s.text.endswith("?"), f"{path.stem}: a question: {s.text!r}"
        if s.kind == "extracted":
            span = text[s.source_start:s.source_end]
            for n in re.findall(r"\d+(?:[.,]\d+)*", s.text):
                assert n in span, f"{path.stem}: {n} is not in {span!r}"
        if s.kind != "gap":
            added = _side_effects(s.text) - source_effects
            assert not added, f"{path.stem}: adds {added}: {s.text!r}"


def test_the_nk_clinic_summary_reads_plainly() -> None:
    _, a = _analysis(FIXTURES / "claims" / "nk_clinic_leukemia.txt")
    said = " ".join(s.text for s in a.summary.sentences)
    assert "cancer cancer" not in said
    assert "helps prevent cancer coming back and cancer that has spread" in said


@pytest.fixture(scope="module")
def subs() -> list:
    return substitutions(load_library().glossary)


@pytest.mark.parametrize(("before", "after"), [
    # A gloss that starts with the word before it is not said twice.
    ("It prevents cancer recurrence.", "It prevents cancer coming back."),
    # Adjectives keep their word: a noun phrase cannot stand in for them.
    ("It helps patients with relapsed or refractory DLBCL.",
     "It helps patients with relapsed or refractory DLBCL."),
    ("It has a manageable safety profile.", "It has a manageable safety profile."),
    # A term used as a modifier keeps its word; at the end of its phrase it is swapped.
    ("The median PFS was long.", "The median PFS was long."),
    ("NK cells slowed tumor growth.", "NK cells slowed tumor growth."),
    ("It reduces the risk of metastasis.", "It reduces the risk of cancer that has spread."),
    ("Dendritic cell therapy is given.", "Dendritic cell therapy is given."),
    ("The cell therapy is given.", "The treatment made of living cells is given."),
])
def test_glosses_fit_the_sentence(subs: list, before: str, after: str) -> None:
    assert plain_words(before, subs) == after


@pytest.mark.parametrize("fragment", [
    "What is NK cell therapy and how does it work?",
    "Regulatory Bodies Worldwide That Approve CAR T-Cell Therapy.",
    "The importance of baseline lymphoblast count in achieving better.",
    "Objective response rate and disease control rate were better (ORR.",
    "Publication bias was characterized with Egger's test.ResultsThe study included trials.",
    "Exactly how the new cancer treatment works.",
    "It helps prevent cancer cancer coming back.",
    "At 2 years, the probabilities of event-free survival, relapse-free survival.",
])
def test_fragments_are_not_summary_sentences(fragment: str) -> None:
    assert fragment_problem(fragment)


@pytest.mark.parametrize("sentence", [
    "NK cell therapy strengthens the immune system against cancer.",
    "TACE kills cancer cells.",
    "Of LBCL patients previously treated with CAR T, 45% responded.",
    "The share of people whose tumor shrank was 37% overall.",
])
def test_whole_sentences_pass(sentence: str) -> None:
    assert fragment_problem(sentence) == ""
