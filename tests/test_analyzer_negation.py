"""Negated side effects still count as mentioned; blanket safety claims name no effect."""

from __future__ import annotations

import pytest

from plainleaf.analyzer import analyze_text
from plainleaf.analyzer.side_effects import mentions, side_effect_hits


def _mentions(text: str) -> dict[str, bool]:
    return {str(m.code): m.negated for m in mentions(text, side_effect_hits(text))}


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("No CRS was seen in any patient.", "crs"),
        ("The cells were given without neurotoxicity.", "icans"),
        ("Cytokine release syndrome was not observed.", "crs"),
        ("None of the patients had graft-versus-host disease.", "gvhd"),
        ("There were no infections.", "infection"),
        ("The procedure is painless.", "pain"),
    ],
)
def test_negated_mentions(text: str, code: str):
    assert _mentions(text) == {code: True}


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Fever occurred in 10 patients.", "fever"),
        ("There was no CRS, but fever was common.", "fever"),
        ("CRS happened in most patients, and it was not mild.", "crs"),
        # "-less" denies "pain" in "painless"; "breathless" is the harm itself.
        ("Two patients felt breathless after the infusion.", "breathing"),
    ],
)
def test_plain_mentions_are_not_negated(text: str, code: str):
    assert _mentions(text)[code] is False


def test_mixed_mentions_are_not_negated():
    text = "No CRS was seen at the low dose. At the high dose, CRS occurred in 3 patients."
    assert _mentions(text) == {"crs": False}


def test_blanket_claims_name_no_side_effect():
    for text in ("There were no serious side effects.", "The treatment is very safe.",
                 "It has no side effects."):
        assert _mentions(text) == {}


CLINIC = ("Our clinic offers NK cell therapy in Tijuana. Call us today for a free "
          "consultation. {claim}")


def test_no_serious_side_effects_is_risks_minimized_in_promotion():
    a = analyze_text(CLINIC.format(claim="Patients have no serious side effects."))
    codes = {f.code for f in a.red_flags}
    assert "risks_minimized" in codes and "overclaiming" not in codes
    assert not a.side_effects.mentioned


def test_no_side_effects_is_overclaiming_in_promotion():
    a = analyze_text(CLINIC.format(claim="The infusions have no side effects."))
    assert "overclaiming" in {f.code for f in a.red_flags}
    assert not a.side_effects.mentioned


def test_negated_hype_is_not_hype():
    text = ("Researchers at the University of Leeds said the CAR-T result, published in the "
            "journal Blood, is not a breakthrough yet. 'It is not a miracle cure,' said Dr. Lee.")
    a = analyze_text(text)
    assert "hype" not in {f.code for f in a.red_flags}
