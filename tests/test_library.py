"""The real content library: it loads, passes every editorial check, and says what we mean.

These tests read content/ (not the fixtures), so a bad edit to any therapy file or to
the glossary fails here before it reaches a patient.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from plainleaf.content import Library, load_library
from plainleaf.limits import LIMITS
from plainleaf.models import Glossary, Therapy
from plainleaf.quality import MIN_QUESTIONS, MIN_SOURCES, check_library, review_therapy
from plainleaf.readability import glossary_index, lookup, measure
from plainleaf.spec import EXPECTED_SIDE_EFFECTS, EvidenceLevel

CONTENT = Path(__file__).resolve().parents[1] / "content"

# The grade each entry is meant to carry (see the spec's evidence levels). Changing a
# grade is an editorial decision, so it must be made here on purpose as well.
INTENDED_EVIDENCE: dict[str, EvidenceLevel] = {
    "car-t-blood-cancers": EvidenceLevel.A,  # approvals + randomized trials in myeloma
    "car-t-solid-tumours": EvidenceLevel.B,  # one open-label randomized phase 2; rest phase 1
    "til-therapy": EvidenceLevel.A,  # FDA accelerated approval + randomized phase 3
    "nk-cell-therapy": EvidenceLevel.C,  # small early trials only
    "car-nk-cell-therapy": EvidenceLevel.C,  # one early trial of 37 (2020 + 2024) and FT596
    "tace-liver-cancer": EvidenceLevel.A,  # randomized trials + BCLC guideline
    "tace-with-nk-cells": EvidenceLevel.N,  # no study of the combination
    "tace-with-immunotherapy": EvidenceLevel.A,  # three phase 3 trials (PFS only; no OS gain)
    "tcr-t-cell-therapy": EvidenceLevel.B,  # accelerated approval on one single-arm phase 2
    "dendritic-cell-vaccines": EvidenceLevel.A,  # Provenge: double-blind phase 3 with OS gain
    "immune-cell-infusions": EvidenceLevel.C,  # open-label randomized trials, liver cancer only
    "stem-cell-treatments-for-cancer": EvidenceLevel.N,  # no study for clinic stem cells
}

# Pages added in December 2026 carry the whole safety structure from the start.
NEW_PAGES = sorted(
    {
        "tcr-t-cell-therapy",
        "dendritic-cell-vaccines",
        "immune-cell-infusions",
        "stem-cell-treatments-for-cancer",
    }
)

MIN_GLOSSARY_TERMS = 40

HARD_SUMMARY = (
    "Notwithstanding considerable interindividual heterogeneity in therapeutic responsiveness, "
    "chimeric antigen receptor-modified autologous lymphocytes demonstrate substantial "
    "antineoplastic efficacy in relapsed or refractory hematological malignancies, "
    "necessitating comprehensive multidisciplinary institutional infrastructure for "
    "administration and longitudinal surveillance of potentially life-threatening toxicities."
)


@pytest.fixture(scope="module")
def library() -> Library:
    return load_library(CONTENT)


@pytest.fixture(scope="module")
def glossary(library: Library) -> Glossary:
    assert library.glossary is not None, "content/glossary.yaml did not load"
    return library.glossary


def test_library_has_exactly_the_twelve_entries(library: Library) -> None:
    assert library.errors == []
    assert sorted(t.slug for t in library.therapies) == sorted(INTENDED_EVIDENCE)


@pytest.mark.parametrize("slug", NEW_PAGES)
def test_new_pages_have_bottom_line_help_block_and_review_log(library: Library, slug: str) -> None:
    therapy = library.get(slug)
    assert therapy is not None
    assert therapy.bottom_line is not None
    assert therapy.get_help is not None
    # The heading already says "Call 911 ... right away, day or night, if you have:";
    # each bullet starts with the sign itself.
    for sign in therapy.get_help.emergency + therapy.get_help.call_care_team:
        assert "day or night" not in sign and not sign.startswith("You have")
    assert therapy.evidence.outcome and therapy.evidence.as_of
    assert therapy.review_log and therapy.review_log[-1].changed == "New page."
    for effect in therapy.side_effects:
        if effect.risk:
            assert effect.risk.in_100 == int(effect.risk.in_100)
    text = therapy.patient_text()
    assert not re.search(r"\b\d+\.\d+ in 100\b", text), "use whole natural frequencies"
    assert not re.search(r"\bheat\b", text, re.IGNORECASE), "say temperature, not heat"


def test_stem_cell_page_tells_the_transplant_apart(library: Library) -> None:
    therapy = _therapy(library, "stem-cell-treatments-for-cancer")
    assert "transplant" in therapy.bottom_line.what_it_is  # type: ignore[union-attr]
    assert therapy.regulatory.status == "not_approved"


def test_check_library_finds_no_problems(library: Library) -> None:
    problems = check_library(library)
    assert problems == [], "\n".join(str(p) for p in problems)


@pytest.mark.parametrize("slug", sorted(INTENDED_EVIDENCE))
def test_each_entry_has_enough_sources_and_questions(library: Library, slug: str) -> None:
    therapy = library.get(slug)
    assert therapy is not None
    assert len(therapy.sources) >= MIN_SOURCES
    assert len(therapy.questions) >= MIN_QUESTIONS


@pytest.mark.parametrize(("slug", "level"), sorted(INTENDED_EVIDENCE.items()))
def test_evidence_level_is_the_intended_one(library: Library, slug: str, level: str) -> None:
    therapy = library.get(slug)
    assert therapy is not None
    assert therapy.evidence.level == level


def test_every_entry_is_dated_consistently(library: Library) -> None:
    for therapy in library.therapies:
        assert therapy.regulatory.as_of <= therapy.last_reviewed, therapy.slug


def test_every_entry_explains_the_side_effects_the_spec_expects(library: Library) -> None:
    """Stricter than the editorial check: the spec's full list per therapy code."""
    for therapy in library.therapies:
        have = {effect.code for effect in therapy.side_effects}
        for code in therapy.therapy_codes:
            missing = set(EXPECTED_SIDE_EFFECTS.get(code, ())) - have
            assert not missing, f"{therapy.slug} ({code}) lacks {sorted(missing)}"


def test_every_entry_reads_at_or_below_the_limits_section_by_section(library: Library) -> None:
    for therapy in library.therapies:
        report = review_therapy(therapy)
        for section in report.sections:
            reading = section.readability
            where = f"{therapy.slug}: {section.field}"
            assert reading.flesch_kincaid_grade <= LIMITS.max_flesch_kincaid_grade, where
            assert reading.smog_index <= LIMITS.max_smog_index, where


def test_a_harder_summary_is_reported_as_too_hard(library: Library) -> None:
    therapy = library.get("car-t-blood-cancers")
    assert therapy is not None
    assert not [e for e in review_therapy(therapy).errors if e.field == "summary"]
    harder = therapy.model_copy(update={"summary": HARD_SUMMARY})
    errors = [e for e in review_therapy(harder).errors if e.field == "summary"]
    assert errors, "a long, dense summary should fail the reading-level check"
    assert all("reading level too high" in e.message for e in errors)


def test_glossary_is_big_enough(glossary: Glossary) -> None:
    assert len(glossary.terms) >= MIN_GLOSSARY_TERMS


def test_glossary_names_and_aliases_are_unique(glossary: Glossary) -> None:
    seen: dict[str, str] = {}
    for term in glossary.terms:
        for name in (term.term, *term.aliases):
            key = name.lower()
            assert key not in seen, f"'{name}' is under both '{seen[key]}' and '{term.term}'"
            seen[key] = term.term


@pytest.mark.parametrize(
    "word",
    [
        "CRS",
        "ICANS",
        "lymphodepletion",
        "apheresis",
        "autologous",
        "allogeneic",
        "embolization",
        "hepatocellular carcinoma",
        "PD-1",
        "PD-L1",
        "checkpoint inhibitor",
        "progression-free survival",
        "overall survival",
        "response rate",
        "randomized trial",
        "phase 1",
        "phase 2",
        "phase 3",
        "retrospective",
        "propensity matching",
        "placebo",
        "hazard ratio",
        "tocilizumab",
        "cytopenia",
        "B cell",
        "T cell",
        "NK cell",
        "antigen",
        "CD19",
        "BCMA",
        "HER2",
        "claudin 18.2",
        "REMS",
        "IND",
        "IRB",
        "accelerated approval",
        "boxed warning",
        "TIL",
        "IL-2",
        "bridging therapy",
        "infusion",
        "remission",
        "refractory",
        "relapse",
        "tumour",
        "tumor",
        "metastatic",
        "GVHD",
        "post-embolization syndrome",
    ],
)
def test_glossary_covers_the_required_jargon(glossary: Glossary, word: str) -> None:
    assert lookup(glossary_index(glossary), word) is not None, f"no glossary entry for {word}"


@pytest.mark.parametrize(
    ("word", "plain"),
    [
        ("hepatocellular carcinoma", "liver cancer"),
        ("progression-free survival", "time before the cancer grew again"),
        ("HCC", "liver cancer"),
        ("PFS", "time before the cancer grew again"),
    ],
)
def test_plain_alternatives_are_drop_in_phrases(glossary: Glossary, word: str, plain: str) -> None:
    term = lookup(glossary_index(glossary), word)
    assert term is not None
    assert term.plain == plain


def test_glossary_plain_words_are_no_harder_than_the_terms(glossary: Glossary) -> None:
    """A `plain` stand-in may not add hard words (long and uncommon) to what it replaces.

    Syllables alone are a poor guide ("overreaction" is long but everyday), so this
    uses measure()'s own hard-word rule: 3+ syllables and rare in everyday English.
    """
    worse = {
        term.term: term.plain
        for term in glossary.terms
        if term.plain and len(measure(term.plain).hard_words) > len(measure(term.term).hard_words)
    }
    assert worse == {}
    for term in glossary.terms:
        if term.plain:
            assert term.plain.lower() != term.term.lower(), term.term


def _glossary_tokens(glossary: Glossary) -> set[str]:
    """Every word that appears in any glossary term or alias (for multi-word terms)."""
    tokens: set[str] = set()
    for term in glossary.terms:
        for name in (term.term, *term.aliases):
            tokens.update(w.lower() for w in re.split(r"\s+", name))
    return tokens


def _covered(word: str, glossary: Glossary, tokens: set[str]) -> bool:
    w = word.lower()
    if lookup(glossary_index(glossary), w) is not None:
        return True
    return any(c in tokens for c in (w, w.rstrip("s"), w[:-2] if w.endswith("es") else w))


def test_long_hard_words_in_the_library_are_in_the_glossary(
    library: Library, glossary: Glossary
) -> None:
    """Every uncommon word of 4+ syllables that a reader meets is explained somewhere.

    measure() looks words up one at a time, so a word that is only part of a
    multi-word term ("hepatocellular" in "hepatocellular carcinoma") counts as covered
    when it is a word of a glossary term or alias. Trial codes with digits (ZUMA-1,
    CARTITUDE-4, C-144-01) are names, not jargon, and are left out. Words of exactly
    3 syllables are not required: that set is dominated by product names and everyday
    words ("tiredness", "unproven") that a glossary entry would not help.
    """
    tokens = _glossary_tokens(glossary)
    missing: dict[str, str] = {}
    for therapy in library.therapies:
        for hard in measure(therapy.patient_text(), glossary).hard_words:
            if hard.syllables < 4 or any(c.isdigit() for c in hard.word):
                continue
            if not _covered(hard.word, glossary, tokens):
                missing.setdefault(hard.word, therapy.slug)
    assert missing == {}, f"add these to the glossary: {missing}"


def test_hard_word_check_would_catch_a_new_jargon_word(
    library: Library, glossary: Glossary
) -> None:
    """The coverage test above can fail: a new long word is reported as not covered."""
    tokens = _glossary_tokens(glossary)
    text = "The team used thrombopoietin mimetics after immunosuppression."
    hard = [h.word for h in measure(text, glossary).hard_words if h.syllables >= 4]
    assert "thrombopoietin" in hard
    assert not _covered("thrombopoietin", glossary, tokens)


def test_every_therapy_cites_only_https_or_doi_sources(library: Library) -> None:
    for therapy in library.therapies:
        for source in therapy.sources:
            assert source.link.startswith("https://"), (therapy.slug, source.id)
            assert "shared" not in source.link, (therapy.slug, source.id)


def _therapy(library: Library, slug: str) -> Therapy:
    therapy = library.get(slug)
    assert therapy is not None
    return therapy


def test_car_t_entry_states_the_2025_rems_change(library: Library) -> None:
    therapy = _therapy(library, "car-t-blood-cancers")
    out_of_date = [c for c in therapy.caveats if c.kind == "out_of_date"]
    assert out_of_date, "CAR-T must warn that older leaflets say 4 and 8 weeks"
    assert "4 weeks" in out_of_date[0].text and "8 weeks" in out_of_date[0].text
    assert "2 weeks" in therapy.regulatory.summary


def test_nk_entry_says_anktiva_is_not_a_cell_therapy(library: Library) -> None:
    therapy = _therapy(library, "nk-cell-therapy")
    assert "Anktiva" in therapy.regulatory.summary
    assert therapy.regulatory.status == "not_approved"


def test_clinic_combination_entry_lists_the_questions_to_ask(library: Library) -> None:
    therapy = _therapy(library, "tace-with-nk-cells")
    questions = " ".join(therapy.questions)
    for must in ("IND", "IRB", "ClinicalTrials.gov", "cost", "published"):
        assert must in questions, must


# --- Issue 11: facts a patient acts on ---


def test_every_page_has_the_new_blocks(library: Library) -> None:
    for slug in INTENDED_EVIDENCE:
        therapy = _therapy(library, slug)
        assert therapy.bottom_line is not None, slug
        assert therapy.get_help is not None, slug
        assert therapy.evidence.outcome and therapy.evidence.as_of, slug
        assert therapy.review_log and therapy.review_log[0].date == therapy.last_reviewed, slug


def test_no_page_uses_heat_for_temperature_or_decimal_frequencies(library: Library) -> None:
    for therapy in library.therapies:
        text = therapy.patient_text()
        assert not re.search(r"\b(?:your|body|high)\s+heat\b", text, re.I), therapy.slug
        assert not re.search(r"\d+\.\d+\s+in\s+100", text), therapy.slug


def test_car_t_gives_the_aucatzyl_exception_and_wallet_card(library: Library) -> None:
    therapy = _therapy(library, "car-t-blood-cancers")
    assert "Aucatzyl" in therapy.regulatory.summary and "8 weeks" in therapy.regulatory.summary
    caveat = next(c for c in therapy.caveats if c.kind == "out_of_date")
    assert "Follow your own team" in caveat.text
    assert therapy.get_help is not None and therapy.get_help.wallet_card
    assert "All seven" in therapy.regulatory.summary
    icans = next(e for e in therapy.side_effects if e.code == "icans")
    assert any("Carvykti" in c and "months" in c for c in icans.call_care_team_if)
    assert icans.risk is not None and icans.risk.up_to == 87


def test_solid_tumour_page_has_the_china_approval(library: Library) -> None:
    therapy = _therapy(library, "car-t-solid-tumours")
    assert therapy.regulatory.status == "approved_outside_us_eu"
    assert "22 June 2026" in therapy.regulatory.summary
    assert "no fair comparison group" not in therapy.evidence.explained


def test_tace_immunotherapy_says_no_longer_life(library: Library) -> None:
    therapy = _therapy(library, "tace-with-immunotherapy")
    text = therapy.patient_text()
    assert "EMERALD-3" in text and "China" in therapy.regulatory.summary
    assert "not longer life" in text
    codes = {e.code for e in therapy.side_effects}
    assert {"high_blood_pressure", "bowel"} <= codes


def test_car_nk_counts_one_trial_of_37(library: Library) -> None:
    text = _therapy(library, "car-nk-cell-therapy").patient_text()
    assert "48 people" not in text and "37 people" in text and "FT596" in text


@pytest.mark.parametrize(
    ("slug", "term"),
    [
        ("car-t-blood-cancers", "randomized trial"),  # only in the grade's own note
        ("immune-cell-infusions", "autologous"),  # only in a product line
        ("tace-liver-cancer", "DEB-TACE"),  # its own entry, not TACE's alias
        ("tace-with-immunotherapy", "steroid"),
    ],
)
def test_words_on_the_page_list_every_hard_word_the_page_shows(
    library: Library, glossary: Glossary, slug: str, term: str
) -> None:
    from plainleaf.blocks import page_terms

    therapy = next(t for t in library.therapies if t.slug == slug)
    assert term in [t.term for t in page_terms(therapy, glossary)], (slug, term)


def test_words_on_the_page_leave_out_words_the_page_never_shows(
    library: Library, glossary: Glossary
) -> None:
    from plainleaf.blocks import page_terms

    stem = next(t for t in library.therapies if t.slug == "stem-cell-treatments-for-cancer")
    terms = [t.term for t in page_terms(stem, glossary)]
    assert "DEB-TACE" not in terms and "ICANS" not in terms, terms


@pytest.mark.parametrize("slug", sorted(INTENDED_EVIDENCE))
def test_every_drawn_number_is_already_in_the_evidence_words(library: Library, slug: str) -> None:
    """Never invent: a picture's number must be one the grade's own reasons give (and cite)."""
    therapy = next(t for t in library.therapies if t.slug == slug)
    ev = therapy.evidence
    words = " ".join([ev.summary, *ev.reasons, ev.outcome or ""])
    given = set(re.findall(r"\d+(?:\.\d+)?", words))
    for benefit in ev.benefits:
        for n in (benefit.in_100, benefit.compared_in_100):
            assert n is None or str(n) in given, (slug, n)
        assert set(benefit.sources) <= set(ev.sources), slug
    for median in ev.medians:
        for m in (median.months, median.compared_months):
            assert f"{m:g}" in given, (slug, m)
        assert set(median.sources) <= set(ev.sources), slug
