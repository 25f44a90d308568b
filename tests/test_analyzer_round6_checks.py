"""Should-flag and should-pass examples for the document-level decisions of round six
(docs/analyzer.md, "Round six"): stem cells given outside a transplant are an unapproved
offer, and a sales page that names no risk is flagged even when its treatment has no
therapy code. Examples are written for these tests from the labels spec, not taken from
any page."""

from __future__ import annotations

from plainleaf.analyzer import analyze_text
from plainleaf.spec import RedFlag, SourceType

STEM_CELLS_ABROAD = (
    "Stem Cell Therapy in Tijuana\nOur clinic in Tijuana offers stem cell therapy for "
    "international patients. The stem cells are thawed and checked before your visit. "
    "Our coordinator will contact you to plan your stay. Contact us for a free consultation."
)
TRANSPLANT_ABROAD = (
    "Bone Marrow Transplant in Istanbul\nOur hospital in Istanbul offers bone marrow "
    "transplant for international patients with leukemia. The stem cells are collected "
    "from a matched donor. Contact us for a free consultation."
)
UNCODED_TREATMENT = (
    "TARE Procedure Cost in India\nThe TARE procedure treats liver tumours through the "
    "blood vessels. It is an advanced approach offered by our leading radiologists. "
    "Prices start from USD 10000. Contact us for a free consultation."
)


def _analysis(text: str):
    return analyze_text(text)


def test_stem_cells_sold_outside_a_transplant_are_offered_outside_trials():
    a = _analysis(STEM_CELLS_ABROAD)
    assert a.source_type.code == SourceType.clinic_marketing
    flags = {f.code for f in a.red_flags}
    assert RedFlag.offered_outside_trials in flags
    assert RedFlag.risks_minimized in flags


def test_a_bone_marrow_transplant_abroad_is_an_approved_kind_of_treatment():
    a = _analysis(TRANSPLANT_ABROAD)
    assert RedFlag.offered_outside_trials not in {f.code for f in a.red_flags}


def test_a_sales_page_for_a_treatment_we_have_no_code_for_still_plays_risks_down():
    a = _analysis(UNCODED_TREATMENT)
    assert a.source_type.code == SourceType.clinic_marketing
    assert a.therapies == []
    quotes = {f.code: f.quote for f in a.red_flags}
    assert quotes[RedFlag.risks_minimized] == "TARE Procedure"
    assert RedFlag.call_to_action in quotes


def test_the_approved_stromal_cell_product_for_gvhd_is_not_an_unproven_offer():
    text = ("Ryoncil at our centre\nOur centre gives Ryoncil, mesenchymal stem cells from a "
            "donor, to children with graft-versus-host disease. The stem cells are given "
            "twice a week. Contact us for an appointment.")
    assert RedFlag.offered_outside_trials not in {f.code for f in _analysis(text).red_flags}
