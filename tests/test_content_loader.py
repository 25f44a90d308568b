"""A broken content file gives one readable message naming file, field and expectation."""

from pathlib import Path

import pytest
import yaml

from plainleaf.content import load_library

DEMO = "therapies/car-t-demo.yaml"


def _edit(root: Path, change) -> None:
    path = root / DEMO
    data = yaml.safe_load(path.read_text())
    change(data)
    path.write_text(yaml.safe_dump(data, sort_keys=False))


def _add_second_therapy(root: Path) -> None:
    data = yaml.safe_load((root / DEMO).read_text())
    data["slug"] = "second"
    (root / "therapies" / "second.yaml").write_text(yaml.safe_dump(data, sort_keys=False))


def test_fixture_content_loads_cleanly(fixture_library) -> None:
    assert [t.slug for t in fixture_library.therapies] == ["car-t-demo"]
    assert fixture_library.errors == []
    assert fixture_library.glossary is not None


@pytest.mark.parametrize(
    ("change", "field", "words"),
    [
        (lambda d: d.pop("summary"), "summary", "is missing"),
        (lambda d: d["side_effects"][1].update(code="crss"), "side_effects[1].code", "'crs'"),
        (lambda d: d.update(last_reviewed="2026-13-45"), "last_reviewed", "date"),
        (lambda d: d["evidence"].update(level="E"), "evidence.level", "'A'"),
        (lambda d: d.update(sumary="typo"), "sumary", "not a known field"),
        (lambda d: d["sources"][0].update(url="javascript:alert(1)"), "sources[0].url", "https://"),
        (lambda d: d["evidence"].update(sources=["nope"]), "evidence.sources", "nope"),
        (lambda d: d["regulatory"].update(products=[]), "regulatory", "products"),
        (lambda d: d.update(slug="other-name"), "slug", "must match"),
    ],
)
def test_content_errors_name_file_field_and_expectation(content_copy, change, field, words):
    _add_second_therapy(content_copy)
    _edit(content_copy, change)
    library = load_library(content_copy)
    assert [t.slug for t in library.therapies] == ["second"], "the other therapy still loads"
    assert library.errors, "the broken file is reported"
    messages = [str(e) for e in library.errors]
    assert all(m.startswith("content/therapies/car-t-demo.yaml: ") for m in messages)
    assert any(e.field == field and words in e.message for e in library.errors), messages


@pytest.mark.parametrize(
    ("raw", "words"),
    [
        (b"summary: [unclosed\n", "not valid YAML"),
        (b"\xff\xfe\x00binary", "not UTF-8"),
        (b"- just\n- a list\n", "mapping"),
        (b"", "mapping"),
        (b"x: " + b"a" * 1_100_000, "at most"),
    ],
)
def test_malformed_files_are_reported_not_raised(content_copy, raw, words) -> None:
    (content_copy / "therapies" / "broken.yaml").write_bytes(raw)
    library = load_library(content_copy)
    assert [t.slug for t in library.therapies] == ["car-t-demo"]
    [error] = library.errors
    assert error.file == "content/therapies/broken.yaml"
    assert words in error.message


def test_impossible_unquoted_date_is_reported(content_copy) -> None:
    path = content_copy / "therapies" / "car-t-demo.yaml"
    path.write_text(path.read_text().replace("last_reviewed: 2026-11-01", "last_reviewed: 2026-13-45"))
    library = load_library(content_copy)
    [error] = library.errors
    assert "YYYY-MM-DD" in error.message and library.therapies == []


def test_deeply_nested_file_is_reported(content_copy) -> None:
    (content_copy / "therapies" / "deep.yaml").write_text("a: " + "[" * 5000 + "]" * 5000)
    library = load_library(content_copy)
    assert [e.file for e in library.errors] == ["content/therapies/deep.yaml"]


def test_yaml_errors_give_the_line(content_copy) -> None:
    (content_copy / "therapies" / "broken.yaml").write_text("slug: a\nname: [b\nsummary: c\n")
    [error] = load_library(content_copy).errors
    assert error.field.startswith("line ")


def test_missing_folder_is_an_error_not_a_crash(tmp_path) -> None:
    library = load_library(tmp_path / "nowhere")
    assert library.therapies == []
    assert any("missing" in e.message for e in library.errors)


def test_broken_glossary_does_not_stop_therapies(content_copy) -> None:
    (content_copy / "glossary.yaml").write_text("terms:\n  - term: x\n")
    library = load_library(content_copy)
    assert library.glossary is None
    assert [t.slug for t in library.therapies] == ["car-t-demo"]
    assert any(e.field == "terms[0].definition" for e in library.errors)
