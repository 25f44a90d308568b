"""Should-flag and should-pass examples for the document-level decisions of round three
(issue 10): source-type and generated-flag choices that read the whole text, so they
cannot be tested as one rule's pattern. Examples are written for these tests from the
genre conventions, not copied from any corpus page."""

from __future__ import annotations

from plainleaf.analyzer import analyze_text
from plainleaf.spec import RedFlag, SourceType


def _type(text: str) -> SourceType:
    return analyze_text(text).source_type.code


def _flags(text: str) -> set[RedFlag]:
    return {f.code for f in analyze_text(text).red_flags}


# --- statistics without a paper's structure are reporting --------------------------
STORY_WITH_STATS = (
    "Combination Misses Survival Goal in Liver Cancer Trial\n\n"
    "The trial will close after an interim look showed the survival goal was unlikely to be "
    "met. Progression-free survival had improved (HR 0.66; 95% CI 0.55-0.80; P < 0.001), "
    "with a median PFS of 14.6 months versus 10.0 months.\n"
    "\"We hoped for more,\" Ana Ruiz, MD, vice president of clinical development, said in "
    "a news release."
)
ABSTRACT_NO_HEADINGS = (
    "A total of 212 patients with HCC were enrolled between 2017 and 2022. Patients received "
    "TACE plus lenvatinib (n = 98) or TACE alone (n = 114). Median overall survival was 28.4 "
    "versus 19.7 months (hazard ratio 0.61; 95% CI 0.44-0.85; P = 0.003)."
)


def test_statistics_in_a_story_do_not_make_a_study_report():
    assert _type(STORY_WITH_STATS) == SourceType.news


def test_an_abstract_in_the_passive_voice_is_still_a_study_report():
    assert _type(ABSTRACT_NO_HEADINGS) == SourceType.study_report


# --- praise of an approved treatment with no seller is not a sales page ------------
APPROVED_HYPE_STORY = (
    "Revolutionary Cancer Treatment Gives Teacher a Second Chance\n\n"
    "A woman who fought lymphoma for years is now cancer-free after a groundbreaking CAR-T "
    "cell therapy, approved by the national drug regulator CDSCO last year. Her cancer came "
    "back twice after chemotherapy. Her success story is not a one-off."
)
APPROVED_SALES_PAGE = (
    "CAR-T cell therapy, approved by the FDA, now at an affordable price. A revolutionary "
    "treatment with high success rates. Packages start from $45,000. Book your free "
    "consultation on WhatsApp today."
)


def test_hype_about_an_approved_treatment_with_no_seller_is_news():
    a = analyze_text(APPROVED_HYPE_STORY)
    assert a.source_type.code == SourceType.news
    assert a.evidence.level == "A"


def test_a_seller_of_an_approved_treatment_is_still_a_sales_page():
    assert _type(APPROVED_SALES_PAGE) == SourceType.clinic_marketing


# --- weak signals: an explainer's own words do not make a sales page ----------------
DC_EXPLAINER = (
    "Dendritic cell vaccines\n\n"
    "Dendritic cell vaccines are a type of immunotherapy being studied in clinical trials. "
    "One dendritic cell vaccine is approved by the FDA for some men with prostate cancer; "
    "others are experimental.\n"
    "Studies have shown that dendritic cell vaccines are usually well tolerated."
)
DC_WEAK_SALES = (
    "Dendritic cell vaccine therapy\n\n"
    "Dendritic cell vaccine therapy is a revolutionary treatment that can cure cancer. "
    "Studies have shown that it works for all types of cancer."
)


def test_studies_show_and_well_tolerated_leave_an_explainer_clean():
    a = analyze_text(DC_EXPLAINER)
    assert a.source_type.code == SourceType.patient_education
    assert a.red_flags == []


def test_hype_and_a_promise_still_make_a_sales_page():
    assert _type(DC_WEAK_SALES) == SourceType.clinic_marketing


def test_destroying_cancer_cells_is_how_it_works_not_a_promise():
    text = ("CAR-T cell therapy\n\nThe changed T cells find and destroy cancer cells. It can "
            "cause cytokine release syndrome and confusion. Ask your doctor about the risks.")
    assert _type(text) == SourceType.patient_education
    seller = ("Our clinic offers NK cell therapy in Cancun. NK cells destroy the cancer. "
              "Book your free consultation.")
    assert RedFlag.overclaiming in _flags(seller)


# --- a research group's own voice is not a provider's ------------------------------
RESEARCH_GROUP = (
    "Immune cell therapy research\n\n"
    "NK cell therapy is studied by our group. We are developing methods to expand NK cells "
    "for treating leukaemia, and we are studying ways to make them last longer. NK cells "
    "are expected to help prevent recurrence."
)
CLINIC_WITH_RESEARCH_WORDS = (
    "NK cell therapy at our clinic. We are developing new NK cell methods, and we offer "
    "activated NK cell therapy to patients from overseas. Treatment fee: JPY 300,000."
)


def test_a_research_groups_page_is_not_a_sales_page():
    a = analyze_text(RESEARCH_GROUP)
    assert a.source_type.code == SourceType.patient_education
    assert a.red_flags == []


def test_a_clinic_that_also_does_research_still_sells():
    assert _type(CLINIC_WITH_RESEARCH_WORDS) == SourceType.clinic_marketing
    assert RedFlag.offered_outside_trials in _flags(CLINIC_WITH_RESEARCH_WORDS)


# --- a release that names only mild harms plays the risks down ----------------------
RELEASE_MILD_ONLY = (
    "Acme Bio Announces Positive Phase 2 Results for CAR-T Therapy AB-101\n\n"
    "Acme Bio (NASDAQ: ACME) today announced that AB-101 shrank tumours in 30 of 48 patients. "
    "The most common side effects were tiredness and headache.\n\n"
    "About Acme Bio\nAcme Bio is a clinical-stage company."
)
RELEASE_COUNTS_SERIOUS = RELEASE_MILD_ONLY.replace(
    "were tiredness and headache.",
    "were tiredness and headache; 12% of patients had serious side effects.",
)


def test_a_release_naming_only_mild_harms_plays_risks_down():
    a = analyze_text(RELEASE_MILD_ONLY)
    assert a.source_type.code == SourceType.press_release
    assert RedFlag.risks_minimized in {f.code for f in a.red_flags}


def test_a_release_that_counts_serious_harms_does_not():
    assert RedFlag.risks_minimized not in _flags(RELEASE_COUNTS_SERIOUS)


# --- a story built on one patient's outcome is a single case (D) -------------------
ONE_PATIENT_STORY = (
    "Local Woman Cancer Free After New Therapy\n\n"
    "A woman who fought lymphoma for ten years is now cancer-free after a trial treatment, "
    "her doctors said on Tuesday. \"It gave me my life back,\" she says."
)


def test_a_story_about_one_patient_rests_on_a_single_case():
    a = analyze_text(ONE_PATIENT_STORY)
    assert a.source_type.code == SourceType.news
    assert a.evidence.level == "D"


def test_a_story_resting_on_studies_show_names_no_evidence():
    text = ONE_PATIENT_STORY + " Studies have shown that the jab can shrink tumours."
    assert analyze_text(text).evidence.level == "N"


# --- a hospital's own programme page that names the risks and the approval ---------
HOSPITAL_PROGRAMME = (
    "CAR T-cell therapy at Harbourview Children's Hospital\n\n"
    "Our Cancer Immunotherapy Program was one of the first to offer CAR T-cell therapy to "
    "children with leukemia. The CAR T-cell therapy we use was approved by the FDA for young "
    "people with leukemia.\n"
    "CAR T-cell therapy can cause cytokine release syndrome and neurotoxicity such as "
    "confusion or seizures.\n"
    "To refer a patient, call our intake nurse at 555-201-8899."
)


def test_a_hospital_programme_naming_risks_and_approval_is_patient_education():
    a = analyze_text(HOSPITAL_PROGRAMME)
    assert a.source_type.code == SourceType.patient_education
    assert a.red_flags == []


def test_the_same_programme_with_a_price_sells():
    text = HOSPITAL_PROGRAMME + " Packages start from $95,000 for international patients."
    assert _type(text) == SourceType.clinic_marketing


# --- a warning page quotes the promises it warns about ------------------------------
WARNING_PAGE = (
    "Stem cell clinics: what to watch out for\n\n"
    "Be wary of clinics that promise miracle cures. Some clinics claim their stem cell "
    "injections treat autism, diabetes and cancer. These claims are unproven.\n"
    "Report problems to the safety line at 1-800-332-1088."
)


def test_a_warning_page_is_not_made_a_sales_page_by_what_it_quotes():
    a = analyze_text(WARNING_PAGE)
    assert a.source_type.code != SourceType.clinic_marketing
    assert a.red_flags == []


def test_a_seller_that_disparages_others_still_sells():
    text = ("Be wary of unlicensed clinics. Our clinic offers stem cell injections that treat "
            "autism, diabetes and cancer. Book your free consultation.")
    assert _type(text) == SourceType.clinic_marketing


# --- research words alone do not make a seller's calm page neutral ------------------
CALM_NK_PAGE = (
    "What is NK cell therapy?\n\n"
    "NK cell therapy takes NK cells from the patient's own blood, increases them about "
    "1,000 times over two weeks and returns them to the body by drip. It uses the patient's "
    "own cells, so there are few side effects. Clinical trials in Japan have shown its "
    "safety."
)
NK_RESEARCH_EXPLAINER = (
    "Natural killer cell therapy\n\n"
    "NK cell therapies are showing promise in clinical trials and seem to cause few severe "
    "side effects, but more research is needed before they could be used as a treatment."
)


def test_a_calm_sellers_page_that_names_clinical_trials_is_not_neutral():
    assert _type(CALM_NK_PAGE) == SourceType.clinic_marketing


def test_an_explainer_that_frames_it_as_research_stays_neutral():
    a = analyze_text(NK_RESEARCH_EXPLAINER)
    assert a.source_type.code == SourceType.patient_education
    assert a.red_flags == []
