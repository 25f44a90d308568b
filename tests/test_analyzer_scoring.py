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


def test_real_world_bars_count_sales_pages_called_education_and_explainer_alarms():
    sales_as_edu = DocScore(
        file="c.txt", source_type=("clinic_marketing", "patient_education"),
        evidence=("N", "N"), flags_expected={"hype"}, flags_found={"hype"},
        effects_expected=set(), effects_found=set(), therapies=(["NK"], ["NK"]),
    )
    explainers = [_doc("patient_education", "A", set()) for _ in range(9)]
    clean = Scores([*explainers, _doc("patient_education", "A", {"hype"})])
    assert clean.flags_on_explainers == 1
    assert "at most one false flag per ten explainers" not in clean.missed_real_world_bars()
    noisy = Scores([*explainers, _doc("patient_education", "A", {"hype", "hype_2"})])
    assert "at most one false flag per ten explainers" in noisy.missed_real_world_bars()
    with_sales = Scores([*explainers, sales_as_edu])
    assert with_sales.sales_called_education == 1
    assert "no sales page called patient education" in with_sales.missed_real_world_bars()
