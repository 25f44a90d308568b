"""Claims checked against the library, and harms of other treatments (issue 10, step 4)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from plainleaf.analyzer import analyze_pasted
from plainleaf.analyzer.claims import check_claims, note_for
from plainleaf.analyzer.rules import Rule
from plainleaf.analyzer.rules import claims as claim_rules
from plainleaf.content import load_library
from tests.conftest import REAL_CONTENT, ROOT

LIBRARY = load_library(REAL_CONTENT)
SEEDS = Path("/work/shared/seeds")
FIXTURES = ROOT / "tests" / "fixtures"
NK_CLINIC = FIXTURES / "claims" / "nk_clinic_leukemia.txt"
HELD_OUT = {FIXTURES / "realworld" / name
            for name in ("holdout", "holdout2", "holdout3", "holdout4")}


def _labelled(source_type: str) -> list[Path]:
    out = []
    for labels in sorted(FIXTURES.rglob("labels.jsonl")):
        if labels.parent in HELD_OUT:
            continue  # the real-world held-out set is only scored, never tested against

        for line in labels.read_text(encoding="utf-8").splitlines():
            if line.strip() and json.loads(line)["source_type"] == source_type:
                path = labels.parent / json.loads(line)["file"]
                if path.exists():
                    out.append(path)
    return out


# --- the phrase list is data, with examples -------------------------------------------


@pytest.mark.parametrize("rule", claim_rules.RULES, ids=lambda r: r.id)
def test_every_claim_rule_has_examples_message_and_source(rule: Rule) -> None:
    assert rule.should_flag, f"{rule.id} has no should_flag examples"
    assert rule.should_pass, f"{rule.id} has no should_pass examples"
    assert rule.message.strip() and rule.source.strip() and rule.patterns


@pytest.mark.parametrize(
    ("rule", "example"),
    [(r, ex) for r in claim_rules.RULES for ex in r.should_flag],
    ids=lambda x: getattr(x, "id", x),
)
def test_claim_rule_flags_its_examples(rule: Rule, example: str) -> None:
    assert rule.matches(example), f"{rule.id} should flag: {example!r}"


@pytest.mark.parametrize(
    ("rule", "example"),
    [(r, ex) for r in claim_rules.RULES for ex in r.should_pass],
    ids=lambda x: getattr(x, "id", x),
)
def test_claim_rule_passes_hedged_and_negated_examples(rule: Rule, example: str) -> None:
    assert not rule.matches(example), f"{rule.id} should not flag: {example!r}"


def test_claim_rule_ids_are_unique_and_distinct_from_other_rules() -> None:
    from plainleaf.analyzer.rules import red_flags

    ids = [r.id for r in claim_rules.RULES]
    assert len(ids) == len(set(ids))
    assert not set(ids) & {r.id for r in red_flags.RULES}


def test_the_coverage_check_can_fail() -> None:
    bare = Rule(id="claim-x", code=claim_rules.CLAIM, patterns=("wow",), message="m", source="s")
    with pytest.raises(AssertionError):
        test_every_claim_rule_has_examples_message_and_source(bare)


# --- real-style text ------------------------------------------------------------------


def _text(path: Path) -> str:
    return path.read_text(encoding="utf-8")


def test_nk_clinic_page_claims_get_the_library_note() -> None:
    text = _text(NK_CLINIC)
    a = analyze_pasted(text, LIBRARY)
    assert a.claims, "a clinic page that says NK cells prevent recurrence must be checked"
    nk = LIBRARY.get("nk-cell-therapy")
    assert nk is not None
    assert {c.slug for c in a.claims} == {"nk-cell-therapy"}
    for c in a.claims:
        assert c.note == note_for(nk)
        assert c.note == "Our page on NK-cell therapy: not approved anywhere; evidence: limited."
        assert text[c.start : c.end] == c.quote
        assert c.start <= c.claim_start < c.claim_end <= c.end
        # Cut at word boundaries: never inside a word at either end.
        assert c.start == 0 or not (text[c.start - 1].isalnum() and text[c.start].isalnum())
        assert c.end == len(text) or not (text[c.end - 1].isalnum() and text[c.end].isalnum())
    claimed = " ".join(text[c.claim_start : c.claim_end].lower() for c in a.claims)
    assert "prevent cancer recurrence" in claimed
    # The hedged sentence on the same page is not a claim of fact.
    assert not any("may help" in c.quote for c in a.claims)


@pytest.mark.skipif(not SEEDS.exists(), reason="shared seeds not present")
def test_real_nk_clinic_seed_gets_notes_and_honest_explainer_none() -> None:
    clinic = analyze_pasted(_text(SEEDS / "002_b3f81de9bfaefd87.txt"), LIBRARY)
    assert clinic.claims and all(c.slug == "nk-cell-therapy" for c in clinic.claims)
    explainer = analyze_pasted(_text(SEEDS / "003_a3859a6e441f606c.txt"), LIBRARY)
    assert explainer.claims == []


def test_no_claim_notes_on_any_neutral_explainer() -> None:
    explainers = _labelled("patient_education")
    assert len(explainers) >= 15
    noisy = {p.name: [c.quote for c in analyze_pasted(_text(p), LIBRARY).claims]
             for p in explainers}
    assert not {k: v for k, v in noisy.items() if v}


def test_no_claim_notes_on_study_reports() -> None:
    reports = _labelled("study_report")
    assert reports
    assert not [p.name for p in reports if analyze_pasted(_text(p), LIBRARY).claims]


CLINIC = ("Our clinic offers {therapy} at our centre in Cancun. {claim} "
          "Book your free consultation today and call us on 555-123-4567.")


@pytest.mark.parametrize(
    ("therapy", "claim", "slug"),
    [
        ("NK cell therapy", "NK cell therapy cures leukemia.", "nk-cell-therapy"),
        ("CAR-T cell therapy", "Our CAR-T cells cure pancreatic and stomach cancer.",
         "car-t-solid-tumours"),
        ("CAR-NK cell therapy", "CAR-NK cells prolong survival in lymphoma.",
         "car-nk-cell-therapy"),
        ("TACE followed by NK cells",
         "TACE followed by NK cells reduces recurrence and extends survival.",
         "tace-with-nk-cells"),
    ],
)
def test_claims_about_unproven_therapies_are_noted(therapy: str, claim: str, slug: str) -> None:
    a = analyze_pasted(CLINIC.format(therapy=therapy, claim=claim), LIBRARY)
    assert [c.slug for c in a.claims] == [slug], a.claims


@pytest.mark.parametrize(
    ("therapy", "claim"),
    [
        # Proven: TACE for liver cancer is standard; CAR-T for blood cancers is approved.
        ("TACE for liver cancer", "TACE prolongs survival in liver cancer."),
        ("CAR-T cell therapy", "Our CAR-T cells cure lymphoma and leukemia."),
        # Hedged: hope and research are not claims of fact.
        ("NK cell therapy", "NK cells may help prevent relapse; this is being studied."),
        ("NK cell therapy", "NK cell therapy does not cure leukemia."),
        # Hearsay reports a claim: one man "was told" his leukemia was cured.
        ("NK cell therapy", "A famous coach had NK cell therapy and was told his leukemia "
                            "was cured."),
    ],
)
def test_proven_or_hedged_claims_raise_nothing(therapy: str, claim: str) -> None:
    a = analyze_pasted(CLINIC.format(therapy=therapy, claim=claim), LIBRARY)
    assert a.claims == [], [c.quote for c in a.claims]


def test_a_story_that_quotes_a_clinic_to_criticise_it_is_not_claiming() -> None:
    story = (
        "By Jane Doe, health reporter. A clinic in Tijuana says its NK cell therapy cures "
        "leukemia. \"Our NK cells cure cancer,\" the coordinator told us. Doctors we spoke "
        "to said NK cell therapy is not approved and the clinic shows no evidence. "
        "NK cell therapy is being tested in trials.")
    a = analyze_pasted(story, LIBRARY)
    assert a.claims == [], [c.quote for c in a.claims]


def test_no_library_no_claims() -> None:
    a = analyze_pasted(_text(NK_CLINIC))
    assert a.claims == []
    assert check_claims(_text(NK_CLINIC), a, None) == []


# --- a harm of another treatment is not this treatment's risk -------------------------


def test_infections_named_only_for_chemo_are_marked_and_not_credited() -> None:
    a = analyze_pasted(_text(NK_CLINIC), LIBRARY)
    infection = next(m for m in a.side_effects.mentioned if m.code == "infection")
    # Still mentioned in the machine-readable output (labels spec), but marked.
    assert infection.of_other_treatment
    summary = " ".join(s.text for s in a.summary.sentences)
    assert "infection" not in summary.lower()
    fever = next(m for m in a.side_effects.mentioned if m.code == "fever")
    assert not fever.of_other_treatment


@pytest.mark.parametrize(
    "text",
    [
        # Chemo before CAR-T is part of CAR-T: its harms are CAR-T's.
        "CAR-T cell therapy is approved for lymphoma. The chemotherapy given before the "
        "infusion lowers blood counts and raises the risk of infections. CAR-T cells can "
        "cause CRS.",
        # TACE is chemoembolization: its chemo is the treatment itself.
        "TACE is a standard treatment for liver cancer. TACE puts chemotherapy into the "
        "liver artery. The chemotherapy can cause nausea and liver damage.",
        # A risk named for the therapy itself.
        "NK cell therapy can cause fever and infections. NK cell therapy is given by drip.",
    ],
)
def test_own_treatment_harms_are_not_marked(text: str) -> None:
    a = analyze_pasted(text, LIBRARY)
    assert a.side_effects.mentioned
    assert not [m.code for m in a.side_effects.mentioned if m.of_other_treatment]
