"""The quality bars are checked in one place (Scores.missed_bars) and can fail."""

from __future__ import annotations

from plainleaf.analyzer.scoring import DocScore, Scores


def _doc(found_type: str, found_level: str, found_flags: set[str]) -> DocScore:
    return DocScore(
        file="x.txt", source_type=("patient_education", found_type),
        evidence=("A", found_level), flags_expected=set(), flags_found=found_flags,
        effects_expected={"crs"}, effects_found={"crs"}, therapies=(["CAR-T"], ["CAR-T"]),
    )


def test_a_perfect_score_meets_every_bar():
    assert Scores([_doc("patient_education", "A", set())]).missed_bars() == []


def test_wrong_type_far_off_level_and_flags_on_an_explainer_miss_their_bars():
    missed = Scores([_doc("clinic_marketing", "N", {"hype"})]).missed_bars()
    assert "source type accuracy >= 0.9" in missed
    assert "evidence never more than one level off" in missed
    assert "zero flags on every explainer" in missed
    assert "side-effect recall >= 0.9" not in missed
