"""Every detector rule is data with its own examples; run them all (proselint-style)."""

from __future__ import annotations

import pytest

from plainleaf.analyzer.engine import missing_examples
from plainleaf.analyzer.rules import Rule
from plainleaf.analyzer.rules import evidence as ev_rules
from plainleaf.analyzer.rules import genre_markers as gm_rules
from plainleaf.analyzer.rules import red_flags as rf_rules
from plainleaf.analyzer.rules import side_effects as se_rules
from plainleaf.analyzer.rules import source_types as st_rules
from plainleaf.analyzer.rules import therapies as th_rules

ALL_RULES: list[Rule] = [
    *rf_rules.RULES, *se_rules.RULES, *th_rules.RULES, *ev_rules.RULES, *st_rules.RULES,
    *gm_rules.RULES, *rf_rules.UNPROVEN_OFFERS,
]


def test_rule_ids_are_unique():
    ids = [r.id for r in ALL_RULES]
    assert len(ids) == len(set(ids))


@pytest.mark.parametrize("rule", ALL_RULES, ids=lambda r: r.id)
def test_every_rule_has_examples_message_and_source(rule: Rule):
    assert not missing_examples([rule]), f"{rule.id} needs should_flag and should_pass examples"
    assert rule.message.strip() and rule.source.strip()
    assert rule.patterns


FLAG_CASES = [(r, ex) for r in ALL_RULES for ex in r.should_flag]
PASS_CASES = [(r, ex) for r in ALL_RULES for ex in r.should_pass]


@pytest.mark.parametrize(("rule", "example"), FLAG_CASES, ids=lambda x: getattr(x, "id", x))
def test_rule_flags_its_examples(rule: Rule, example: str):
    assert rule.matches(example), f"{rule.id} should flag: {example!r}"


@pytest.mark.parametrize(("rule", "example"), PASS_CASES, ids=lambda x: getattr(x, "id", x))
def test_rule_passes_its_counter_examples(rule: Rule, example: str):
    assert not rule.matches(example), f"{rule.id} should not flag: {example!r}"


def test_a_rule_without_examples_fails_the_coverage_check():
    bare = Rule(id="x", code="hype", patterns=("wow",), message="m", source="s")
    assert missing_examples([*ALL_RULES, bare]) == ["x"]


def test_every_therapy_code_has_a_plain_name_for_summaries():
    from plainleaf.analyzer.therapies import PLAIN_NAMES
    from plainleaf.spec import TherapyCode

    assert set(TherapyCode) <= set(PLAIN_NAMES)


def test_clinic_immune_cell_claims_link_our_page_and_get_a_note():
    from plainleaf.analyzer import analyze_text
    from plainleaf.content import load_library

    a = analyze_text("Our clinic offers CIK cell therapy in Beijing. Activated lymphocyte "
                     "therapy cures cancer and prevents recurrence. Call us today.",
                     load_library())
    assert "immune cell" in a.therapies
    assert "immune-cell-infusions" in a.library_slugs
    assert any(c.slug == "immune-cell-infusions" for c in a.claims)
