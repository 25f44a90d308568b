"""The wording rules: every bad-swap rule proves it flags what it should and nothing else."""

from __future__ import annotations

import pytest

from plainleaf.wording import (
    BAD_SWAPS,
    US_SPELLINGS,
    number_problems,
    spelling_problems,
    swap_problems,
)


@pytest.mark.parametrize("swap", BAD_SWAPS, ids=lambda s: s.use_instead)
def test_every_swap_has_examples(swap) -> None:
    assert swap.should_flag and swap.should_pass, swap.pattern


@pytest.mark.parametrize(
    ("swap", "text"),
    [(s, t) for s in BAD_SWAPS for t in s.should_flag],
    ids=lambda x: x if isinstance(x, str) else "",
)
def test_swap_flags_its_examples(swap, text: str) -> None:
    assert swap.regex.search(text), f"{swap.pattern!r} should flag {text!r}"


@pytest.mark.parametrize(
    ("swap", "text"),
    [(s, t) for s in BAD_SWAPS for t in s.should_pass],
    ids=lambda x: x if isinstance(x, str) else "",
)
def test_swap_passes_its_examples(swap, text: str) -> None:
    assert not swap.regex.search(text), f"{swap.pattern!r} should not flag {text!r}"


def test_swap_problems_names_the_better_word() -> None:
    found = swap_problems("Check your heat as often as your team tells you.")
    assert [p.use_instead for p in found] == ["temperature"]
    assert swap_problems("Check your temperature as often as your team tells you.") == []


@pytest.mark.parametrize(
    ("text", "us"),
    [
        ("CAR-T for solid tumours", "tumor"),
        ("Stay near the centre.", "center"),
        ("You stay in hospital for a week.", "in the hospital"),
        ("A carer should stay with you.", "caregiver"),
        ("The trial was randomised.", "randomize"),
        ("It can cause diarrhoea.", "diarrhea"),
        ("Go to A&E.", "emergency room"),
    ],
)
def test_british_spellings_are_flagged(text: str, us: str) -> None:
    assert us in [p.use_instead for p in spelling_problems(text)]


@pytest.mark.parametrize(
    "text",
    [
        "CAR-T for solid tumors, at the center, in the hospital, with a caregiver.",
        "A specialist will organize a realistic plan for this organism.",
        "Go to the emergency room. Tell your GPS app nothing.",
        "The trial was randomized.",
    ],
)
def test_us_spellings_pass(text: str) -> None:
    assert spelling_problems(text) == []


def test_spelling_table_maps_to_different_words() -> None:
    for british, us in US_SPELLINGS.items():
        assert british.rstrip("*").lower() != us.lower()


@pytest.mark.parametrize(
    "text",
    ["About 7.5 in 100 people died.", "In 45.5 out of 100 people.", "A median of 3.25 months."],
)
def test_decimal_frequencies_and_months_are_flagged(text: str) -> None:
    assert number_problems(text)


@pytest.mark.parametrize(
    "text",
    ["About 8 in 100 people died.", "A median of about 3 months.", "The tumor shrank in 31.5%."],
)
def test_whole_numbers_pass(text: str) -> None:
    assert number_problems(text) == []
