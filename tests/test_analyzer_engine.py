"""The rule engine: prefilter exactness, normalization with offsets, one home per concept."""

from __future__ import annotations

import bisect
import re
from pathlib import Path

import pytest

from plainleaf.analyzer import analyze_text, checks
from plainleaf.analyzer.engine import Doc, Rule, missing_examples
from plainleaf.analyzer.normalize import normalize
from plainleaf.analyzer.rules import (
    evidence,
    genre_markers,
    red_flags,
    side_effects,
    source_types,
    therapies,
)
from plainleaf.spec import FLAG_KIND, FLAG_KINDS, RedFlag
from tests.conftest import ROOT
from tests.pathological import GENERATORS

ALL_RULES = [*red_flags.RULES, *red_flags.UNPROVEN_OFFERS, *source_types.RULES, *genre_markers.RULES,
             *evidence.RULES, *side_effects.RULES,
             *therapies.RULES]
FIXTURES = Path(__file__).parent / "fixtures"
TEXTS = [p.read_text(encoding="utf-8") for p in sorted(FIXTURES.glob("*/*.txt"))[::3]]
TEXTS += [g(3000) for g in GENERATORS.values()]


@pytest.mark.parametrize("rule", ALL_RULES, ids=lambda r: r.id)
def test_prefiltered_spans_equal_plain_finditer(rule: Rule) -> None:
    for text in TEXTS:
        doc = Doc(text)
        assert list(rule.spans(doc)) == [m.span() for m in rule.regex.finditer(text)]


def test_most_rules_are_prefiltered() -> None:
    bounded = [r for r in ALL_RULES if r._start_index.bounded]
    assert len(bounded) == len(ALL_RULES)


def test_coverage_check_names_a_rule_without_examples() -> None:
    bare = Rule(id="x", code="hype", patterns=("wow",), message="m", source="s")
    assert missing_examples([bare]) == ["x"]
    assert missing_examples(ALL_RULES) == []


def test_every_red_flag_has_exactly_one_kind() -> None:
    assert sorted(k.code for k in FLAG_KINDS) == sorted(RedFlag)
    assert all(FLAG_KIND[c].sentence and FLAG_KIND[c].question for c in RedFlag)


def test_every_named_check_exists_and_is_used() -> None:
    used = {r.id: r.cancels for r in red_flags.RULES} | {
        str(k.code): k.cancels for k in FLAG_KINDS}
    checks.validate(used)
    with pytest.raises(ValueError):
        checks.validate({**used, "x": ("no_such_check",)})


def test_no_module_outside_rules_names_a_rule() -> None:
    ids = {r.id for r in ALL_RULES}
    pkg = Path(checks.__file__).parent
    for path in pkg.glob("*.py"):
        source = path.read_text(encoding="utf-8")
        named = {i for i in ids if re.search(rf"[\"']{re.escape(i)}[\"']", source)}
        assert not named, f"{path.name} names rules {sorted(named)}"


def test_rules_name_no_company_from_the_fixtures() -> None:
    # "Cellworks" once matched exactly one fixture's press release.
    patterns = " ".join(p for r in ALL_RULES for p in r.patterns)
    assert "Cellworks" not in patterns


def test_one_sentence_splitter_keeps_doctor_titles() -> None:
    text = "According to Dr. Smith, experts say NK cells work."
    doc = Doc(text)
    start = text.index("experts")
    assert doc.sentence_span(start, start + 7) == (0, len(text))


BASE = ("Our clinic offers NK cell therapy in Mexico. It is a miracle cure with no side "
        "effects. Call us today for a free consultation. The treatment package costs "
        "$25,000. Studies show it works.")
EVASIONS = {
    "zero-width": BASE.replace("miracle", "mi\u200bracle").replace("cure", "cu\u200bre")
    .replace("side effects", "side ef\u200bfects").replace("Call us", "Ca\u200bll us"),
    "soft hyphen": BASE.replace("miracle", "mir\u00adacle")
    .replace("consultation", "con\u00adsul\u00adta\u00adtion"),
    "nbsp": BASE.replace(" ", "\u00a0"),
    "cyrillic": BASE.replace("miracle", "mir\u0430cle").replace("cure", "cur\u0435"),
    "fullwidth": BASE.replace("miracle", "ｍｉｒａｃｌｅ"),
    "greek": BASE.replace("Our clinic", "Οur clinic"),
}


@pytest.mark.parametrize("name", sorted(EVASIONS))
def test_evasions_raise_the_same_flags_with_exact_quotes(name: str) -> None:
    plain = analyze_text(BASE)
    text = EVASIONS[name]
    a = analyze_text(text)
    assert {f.code for f in a.red_flags} == {f.code for f in plain.red_flags}
    assert a.source_type.code == plain.source_type.code
    for f in a.red_flags:
        assert f.quote == text[f.start : f.end]
    for e in [*a.source_type.evidence, *a.evidence.evidence]:
        assert e.quote == text[e.start : e.end]
    for m in a.side_effects.mentioned:
        assert m.quotes == [text[s:e] for s, e in m.spans]
    for s in a.summary.sentences:
        assert 0 <= s.source_start <= s.source_end <= len(text)


def test_soft_hyphen_quote_keeps_the_hyphen() -> None:
    text = EVASIONS["soft hyphen"]
    hype = next(f for f in analyze_text(text).red_flags if f.code == RedFlag.hype)
    assert hype.quote == "mir\u00adacle"


def test_normalize_maps_every_character_back() -> None:
    text = "ｍｉｒａｃｌｅ\u00ad cur\u0435\xa0now ﬁne I² ½"
    n = normalize(text)
    assert n.text == "miracle cure now fine I² ½"
    i = n.text.index("fine")
    assert text[slice(*n.span(i, i + 4))] == "ﬁne"
    assert normalize("plain ascii").starts is None


# --- one shared scan for every rule's start words (issue 13) ---------------------------------


def _all_rules():
    import gc

    import plainleaf.analyzer  # noqa: F401 - every rule module is loaded
    from plainleaf.analyzer.engine import Rule

    return [o for o in gc.get_objects() if isinstance(o, Rule) and o._start_index.slot is not None]


def _own_scan(rule, doc, endpos):
    starts = rule._start_index
    own = list(starts._word_starts(doc.low, 0, endpos))
    if starts.line_start:
        lines = doc.line_starts[: bisect.bisect_right(doc.line_starts, endpos)]
        own = sorted(set(own).union(lines))
    return own


@pytest.mark.parametrize("kind", ["article", "repeated word", "many positions"])
def test_shared_start_index_gives_each_rule_its_own_candidates(kind, monkeypatch) -> None:
    from plainleaf.analyzer import engine

    texts = {
        "article": next(iter(sorted((ROOT / "tests" / "fixtures" / "articles").glob("*.txt"))))
        .read_text(encoding="utf-8"),
        # One rule's list fills up (CAP) and its own scan takes over from there.
        "repeated word": "our clinic offers " * 3000,
        # The shared pass stops after MAX_VISITS positions; every rule goes on alone.
        "many positions": "a b c d e f g h " * 400,
    }
    if kind == "many positions":
        monkeypatch.setattr(engine.StartIndex, "MAX_VISITS", 500)
    text = texts[kind]
    rules = _all_rules()
    assert len(rules) > 50
    doc = engine.Doc(text)
    for rule in rules:
        shared = list(rule._start_index.candidates(doc, len(text)))
        assert shared == _own_scan(rule, doc, len(text)), rule.id
        # Cut short, a word may run past the end: an extra candidate, never a lost one,
        # and the spans are exactly finditer's.
        end = len(text) // 3
        assert set(_own_scan(rule, doc, end)) <= set(rule._start_index.candidates(doc, end))
        expected = [m.span() for m in rule.regex.finditer(text, 0, end)]
        assert list(rule.spans(doc, end)) == expected, rule.id
    if kind != "article":
        assert any(c is not None for c in doc._shared[1])  # the fallback was exercised
