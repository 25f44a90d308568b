"""The content checks added for issue 11: each one is shown to fail on bad content."""

from __future__ import annotations

import datetime as dt
import time
from pathlib import Path

import pytest

from plainleaf.cli import main
from plainleaf.content import RESERVED_SLUGS, is_reserved_slug, load_library, load_therapy
from plainleaf.models import EvidenceGrade, ReviewEntry
from plainleaf.quality import (
    STALE_AFTER_DAYS,
    check_library,
    library_warnings,
    review_therapy,
    stale_warnings,
)
from plainleaf.spec import EVIDENCE_EXPLAINED


def _demo(fixture_library):
    therapy = fixture_library.get("car-t-demo")
    assert therapy is not None
    return therapy


def _fields(therapy, today=None):
    return {e.field: e.message for e in review_therapy(therapy, today=today).errors}


def test_fixture_passes_with_help_block_and_bottom_line(fixture_library) -> None:
    assert _fields(_demo(fixture_library)) == {}


@pytest.mark.parametrize("missing", ["get_help", "bottom_line"])
def test_cell_therapy_without_help_block_or_bottom_line_fails(fixture_library, missing) -> None:
    therapy = _demo(fixture_library).model_copy(update={missing: None})
    assert missing in _fields(therapy)


def test_procedure_without_tace_code_does_not_need_a_help_block(fixture_library) -> None:
    therapy = _demo(fixture_library).model_copy(
        update={"category": "procedure", "therapy_codes": ["chemotherapy"], "get_help": None}
    )
    assert "get_help" not in _fields(therapy)


def test_tace_procedure_needs_a_help_block(fixture_library) -> None:
    therapy = _demo(fixture_library).model_copy(
        update={"category": "procedure", "therapy_codes": ["TACE"], "get_help": None}
    )
    assert "get_help" in _fields(therapy)


def test_stale_dates_warn_but_do_not_fail(fixture_library) -> None:
    therapy = _demo(fixture_library)
    fresh = therapy.last_reviewed + dt.timedelta(days=30)
    old = therapy.last_reviewed + dt.timedelta(days=STALE_AFTER_DAYS + 1)
    assert stale_warnings(therapy, fresh) == []
    warned = stale_warnings(therapy, old)
    assert {w.field for w in warned} >= {"last_reviewed", "regulatory.as_of"}
    assert review_therapy(therapy, today=old).errors == []
    assert library_warnings(fixture_library, old)
    assert check_library(fixture_library, today=old) == []


def test_stale_evidence_as_of_warns(fixture_library) -> None:
    therapy = _demo(fixture_library)
    ev = therapy.evidence.model_copy(update={"as_of": dt.date(2020, 1, 1)})
    warned = stale_warnings(therapy.model_copy(update={"evidence": ev}), therapy.last_reviewed)
    assert [w.field for w in warned] == ["evidence.as_of"]


def test_future_evidence_as_of_is_an_error(fixture_library) -> None:
    therapy = _demo(fixture_library)
    ev = therapy.evidence.model_copy(update={"as_of": dt.date(2099, 1, 1)})
    assert "evidence.as_of" in _fields(therapy.model_copy(update={"evidence": ev}))


def test_british_spelling_in_patient_text_fails(fixture_library) -> None:
    therapy = _demo(fixture_library)
    bad = therapy.model_copy(update={"summary": therapy.summary + " It treats some tumours."})
    assert "spelling" in _fields(bad)["summary"]


def test_spelling_in_titles_and_names_is_checked_but_slugs_and_sources_are_not(
    fixture_library,
) -> None:
    therapy = _demo(fixture_library)
    assert "name" in _fields(therapy.model_copy(update={"name": "CAR-T for tumours"}))
    src = therapy.sources[0].model_copy(update={"title": "Tumour study, randomised"})
    ok = therapy.model_copy(
        update={"sources": [src, *therapy.sources[1:]], "other_names": ["tumour cells"]}
    )
    assert _fields(ok) == {}


def test_bad_swap_in_patient_text_fails(fixture_library) -> None:
    therapy = _demo(fixture_library)
    bad = therapy.model_copy(update={"summary": therapy.summary + " Check your heat often."})
    assert "temperature" in _fields(bad)["summary"]


@pytest.mark.parametrize("text", ["About 7.5 in 100 people.", "A median of 3.25 months."])
def test_decimal_numbers_fail(fixture_library, text: str) -> None:
    therapy = _demo(fixture_library)
    bad = therapy.model_copy(update={"summary": therapy.summary + " " + text})
    assert "number" in _fields(bad)["summary"]


def test_review_log_must_be_newest_first_and_match_last_reviewed(fixture_library) -> None:
    therapy = _demo(fixture_library)
    newest = ReviewEntry(date=therapy.last_reviewed, changed="x", checked="y")
    older = ReviewEntry(date=therapy.last_reviewed - dt.timedelta(days=9), changed="x", checked="y")
    assert "review_log" not in _fields(therapy.model_copy(update={"review_log": [newest, older]}))
    assert "review_log" in _fields(therapy.model_copy(update={"review_log": [older, newest]}))
    assert "review_log" in _fields(therapy.model_copy(update={"review_log": [older]}))


def test_grade_note_replaces_the_generic_explanation() -> None:
    base = {"summary": "s", "reasons": ["r"], "unknowns": ["u"], "sources": ["a"]}
    assert EvidenceGrade(level="B", **base).explained == EVIDENCE_EXPLAINED["B"]
    assert EvidenceGrade(level="B", grade_note="One fair trial.", **base).explained == (
        "One fair trial."
    )


# --- YAML aliases and reserved slugs (hostile-input issue 14) ---

BOMB = b"""a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]
b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]
c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]
d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]
e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]
f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]
g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]
h: &h [*g,*g,*g,*g,*g,*g,*g,*g,*g]
summary: *h
"""


def test_yaml_alias_bomb_is_refused_quickly(tmp_path: Path) -> None:
    folder = tmp_path / "therapies"
    folder.mkdir()
    path = folder / "bomb.yaml"
    path.write_bytes(BOMB)
    start = time.perf_counter()
    therapy, errors = load_therapy(path, "content/therapies/bomb.yaml")
    assert time.perf_counter() - start < 2
    assert therapy is None
    assert any("anchor or alias" in e.message for e in errors)


def test_a_single_alias_is_refused_too(content_copy: Path) -> None:
    path = content_copy / "therapies" / "car-t-demo.yaml"
    text = path.read_text()
    text = text.replace("name: CAR-T cell therapy (test entry)", "name: &n CAR-T cell therapy")
    path.write_text(text)
    library = load_library(content_copy)
    assert library.get("car-t-demo") is None
    assert any("alias" in e.message for e in library.errors)


@pytest.mark.parametrize("opener", ["[", "{a: ", "- "])
def test_deeply_nested_file_is_refused_not_a_crash(tmp_path: Path, opener: str) -> None:
    # The C parser composes nodes recursively; the flat event scan must stop a deep file
    # before it can overflow the stack (a crash no try/except could catch).
    path = tmp_path / "deep.yaml"
    indent = opener == "- "
    body = "".join(("  " * i if indent else "") + opener + ("\n" if indent else "")
                   for i in range(600 if indent else 200_000))
    path.write_text("summary: " + ("\n" if indent else "") + body)
    therapy, errors = load_therapy(path, "content/therapies/deep.yaml")
    assert therapy is None
    assert errors and any(
        "nested too deeply" in e.message or "not valid YAML" in e.message for e in errors
    ), errors


def test_content_files_load_with_the_fast_parser_when_it_is_there() -> None:
    # Issue 13: the pure-Python parser was most of a cold command's time.
    import yaml

    from plainleaf import content

    if getattr(yaml, "__with_libyaml__", False):
        assert content._loader() is yaml.CSafeLoader


@pytest.mark.parametrize("slug", ["check-an-article", "glossary", "therapies"])
def test_slug_that_collides_with_an_app_page_is_a_check_error(content_copy, slug, capsys) -> None:
    src = content_copy / "therapies" / "car-t-demo.yaml"
    text = src.read_text().replace("slug: car-t-demo", f"slug: {slug}")
    (content_copy / "therapies" / f"{slug}.yaml").write_text(text)
    library = load_library(content_copy)
    assert library.get(slug) is None
    assert any(e.field == "slug" and "app's own pages" in e.message for e in library.errors)
    assert main(["check", "--content", str(content_copy)]) == 1


def test_reserved_slugs_cover_the_app_pages() -> None:
    assert {"therapies", "check-an-article", "glossary"} <= RESERVED_SLUGS
    assert is_reserved_slug("Glossary") and is_reserved_slug("glossary-old")
    assert not is_reserved_slug("car-t-blood-cancers")


def test_cli_prints_warnings_and_still_passes(content_copy, capsys) -> None:
    path = content_copy / "therapies" / "car-t-demo.yaml"
    text = path.read_text()
    path.write_text(text.replace("last_reviewed: 2026-11-01", "last_reviewed: 2020-01-01"))
    assert main(["check", "--content", str(content_copy)]) == 0
    out = capsys.readouterr().out
    assert "WARNING:" in out and "last_reviewed" in out and "OK:" in out
