"""Should-flag and should-pass examples for the document-level decisions of round four
(docs/analyzer.md, "Round four"): flags that follow from the source type plus document
facts, and the "never neutral" convention for calm pages about an unapproved treatment.
Examples are written for these tests from the labels spec, not taken from any page."""

from __future__ import annotations

from plainleaf.analyzer import analyze_text
from plainleaf.spec import RedFlag, SourceType


def _flags(text: str) -> dict[RedFlag, str]:
    return {f.code: f.quote for f in analyze_text(text).red_flags}


# --- offered_outside_trials follows from what is offered --------------------------------

CART_ABROAD = (
    "CAR-T cell therapy in China for international patients. Our international patient "
    "department arranges your visa and hotel. CAR-T is a revolutionary treatment for "
    "leukemia and lymphoma. Contact us for a free consultation."
)
NK_ABROAD = (
    "NK cell therapy in Bangkok for international patients. Our international patient "
    "department arranges your visa and hotel. NK cell therapy is a revolutionary treatment. "
    "Contact us for a free consultation."
)
CELLS_GIVEN_BACK = (
    "Immune Therapy at Our Hospital\nImmune cells are isolated from the peripheral blood of "
    "cancer patients, multiplied in our laboratory for two weeks and then infused back into "
    "the patient's body. This therapy strengthens the body against cancer and its relapse. "
    "Contact our patient office to book an appointment."
)
CART_CELLS_GIVEN_BACK = (
    "CAR T-cell therapy at our hospital. T cells are collected from the patient's blood, "
    "changed in a laboratory and infused back into the patient's body. CAR-T is a "
    "revolutionary treatment. Contact our patient office to book an appointment."
)


def test_a_trip_abroad_for_an_approved_kind_of_treatment_is_not_offered_outside_trials():
    flags = _flags(CART_ABROAD)
    assert RedFlag.call_to_action in flags
    assert RedFlag.offered_outside_trials not in flags


def test_a_trip_abroad_for_an_unapproved_cell_therapy_is():
    assert RedFlag.offered_outside_trials in _flags(NK_ABROAD)


def test_the_patients_own_cells_grown_and_given_back_are_offered_outside_trials():
    flags = _flags(CELLS_GIVEN_BACK)
    assert flags[RedFlag.offered_outside_trials].startswith("Immune cells are isolated")
    # ... and a sales page that names no risk of them plays the risks down, quoting them.
    assert RedFlag.risks_minimized in flags


def test_cells_given_back_on_an_approved_car_t_page_are_the_approved_procedure():
    assert RedFlag.offered_outside_trials not in _flags(CART_CELLS_GIVEN_BACK)


# --- a harm named as a harm ----------------------------------------------------------

NK_NO_RISK = (
    "NK Cell Therapy at our clinic. We offer NK cell therapy for cancer. NK cells fight "
    "infection and cancer. When NK cell activity is low, infections become more frequent. "
    "Book your consultation today."
)
NK_NAMES_RISK = (
    "NK Cell Therapy at our clinic. We offer NK cell therapy for cancer. Side effects may "
    "include fever and, rarely, infections that need treatment in hospital. "
    "Book your consultation today."
)


def test_a_harm_named_only_as_a_disease_is_no_risk_of_the_treatment():
    assert RedFlag.risks_minimized in _flags(NK_NO_RISK)


def test_a_harm_named_as_a_side_effect_is():
    assert RedFlag.risks_minimized not in _flags(NK_NAMES_RISK)


# --- never neutral: a calm page about an unapproved treatment ---------------------------

CALM_NK_PAGE = (
    "Natural Killer Cells\nNatural killer (NK) cells are white blood cells that find and "
    "destroy abnormal cells. NK cells are taken from the patient's blood, activated in the "
    "laboratory and given back to the patient. NK cells help the body remove cancer cells "
    "and can keep the immune system strong after surgery."
)
NK_RESEARCH_EXPLAINER = (
    "Natural Killer Cells\nNatural killer (NK) cells are white blood cells that find and "
    "destroy abnormal cells. Scientists are testing NK cell therapy in clinical trials. It is "
    "not approved for any cancer and is only available in clinical trials. Ask your doctor "
    "whether a trial is right for you."
)


def test_a_calm_page_about_an_unapproved_cell_therapy_is_not_neutral_information():
    a = analyze_text(CALM_NK_PAGE)
    assert a.source_type.code == SourceType.clinic_marketing
    assert "no regulator has approved" in a.source_type.reasons[0]
    for e in a.source_type.evidence:
        assert e.quote == CALM_NK_PAGE[e.start : e.end]


def test_an_explainer_that_frames_it_as_research_stays_neutral_and_clean():
    a = analyze_text(NK_RESEARCH_EXPLAINER)
    assert a.source_type.code == SourceType.patient_education
    assert not a.red_flags


# --- vague evidence: success claimed, unless an approval backs it ------------------------

SUCCESS_UNBACKED = (
    "CAR-T therapy in India at our partner hospitals. CAR T-cell therapy has shown great "
    "success in adults with lymphoma. Book an appointment with our team today."
)
SUCCESS_APPROVED = SUCCESS_UNBACKED + " The FDA has approved CAR T-cell therapy for this group."


def test_success_claimed_with_no_study_named_is_vague_evidence():
    assert _flags(SUCCESS_UNBACKED)[RedFlag.vague_evidence] == "has shown great success"


def test_success_backed_by_a_stated_approval_is_not():
    assert RedFlag.vague_evidence not in _flags(SUCCESS_APPROVED)


# --- risks_minimized needs promotional text ----------------------------------------------

def _flags_as(text: str, source_type: SourceType) -> set[RedFlag]:
    """The flags a text gets when its source type is ``source_type`` (as if the model had
    called it so on weak signals)."""
    from plainleaf.analyzer.engine import Doc
    from plainleaf.analyzer.redflags import raw_flags, select_flags
    from plainleaf.analyzer.side_effects import analyze_side_effects, side_effect_hits
    from plainleaf.analyzer.therapies import therapies_from_hits, therapy_hits

    doc = Doc(text)
    t_hits = therapy_hits(doc)
    therapies = therapies_from_hits(t_hits, text)
    effects = analyze_side_effects(text, therapies, side_effect_hits(doc))
    return {f.code for f in select_flags(doc, raw_flags(doc), source_type, effects, t_hits,
                                         therapies)}


CALM_OUTLOOK = (
    "What is the outlook for CAR T-cell therapy for lymphoma? CAR T-cell therapy helps many "
    "people whose lymphoma came back. Your care team can tell you what to expect."
)


def test_a_page_with_no_sign_of_promoting_is_not_said_to_play_risks_down():
    assert RedFlag.risks_minimized not in _flags_as(CALM_OUTLOOK, SourceType.clinic_marketing)


def test_a_sales_page_that_names_no_risk_is():
    text = CALM_OUTLOOK + " Our clinic offers CAR T-cell therapy. Call us today."
    assert RedFlag.risks_minimized in _flags_as(text, SourceType.clinic_marketing)
