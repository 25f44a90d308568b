import json

from plainleaf.cli import main
from plainleaf.content import load_library
from plainleaf.quality import check_library, review_therapy

HARD = (
    "Chimeric antigen receptor T-cell immunotherapy constitutes an individualized, "
    "autologous cellular intervention necessitating leukapheresis, lymphodepleting "
    "chemotherapy and subsequent intravenous administration of genetically engineered "
    "lymphocytes."
)


def test_fixture_content_passes(fixture_library) -> None:
    assert check_library(fixture_library) == []


def test_a_harder_summary_fails_the_check(fixture_library) -> None:
    therapy = fixture_library.therapies[0].model_copy(update={"summary": HARD})
    errors = review_therapy(therapy).errors
    assert any(e.field == "summary" and "Flesch-Kincaid" in e.message for e in errors)
    assert any(e.field == "summary" and "SMOG" in e.message for e in errors)


def test_too_few_sources_and_questions(fixture_library) -> None:
    t = fixture_library.therapies[0]
    therapy = t.model_copy(update={"questions": t.questions[:2]})
    assert any(e.field == "questions" for e in review_therapy(therapy).errors)


def test_missing_required_side_effect_is_reported(fixture_library) -> None:
    t = fixture_library.therapies[0]
    therapy = t.model_copy(
        update={"side_effects": [e for e in t.side_effects if e.code != "icans"]}
    )
    errors = review_therapy(therapy).errors
    assert any(e.field == "side_effects" and "icans" in e.message for e in errors)


def test_uncertainty_words_must_match_the_grade(fixture_library) -> None:
    t = fixture_library.therapies[0]
    evidence = t.evidence.model_copy(update={"level": "C"})  # summary says "does"
    errors = review_therapy(t.model_copy(update={"evidence": evidence})).errors
    assert any(e.field == "evidence.summary" for e in errors)


def test_cli_check_passes_on_good_content(capsys) -> None:
    from tests.conftest import FIXTURE_CONTENT

    assert main(["check", "--content", str(FIXTURE_CONTENT)]) == 0
    assert "OK: 1 therapies" in capsys.readouterr().out


def test_cli_check_fails_when_a_summary_gets_harder(content_copy, capsys) -> None:
    path = content_copy / "therapies" / "car-t-demo.yaml"
    text = path.read_text()
    start = text.index("summary: >")
    end = text.index("what_it_is:")
    path.write_text(text[:start] + f"summary: >\n  {HARD}\n" + text[end:])
    assert main(["check", "--content", str(content_copy)]) == 1
    out = capsys.readouterr().out
    assert "content/therapies/car-t-demo.yaml: summary: reading level too high" in out


def test_cli_check_reports_broken_files(content_copy, capsys) -> None:
    (content_copy / "therapies" / "bad.yaml").write_text("slug: bad\n")
    assert main(["check", "--content", str(content_copy)]) == 1
    out = capsys.readouterr().out
    assert "content/therapies/bad.yaml: name: is missing" in out


def test_cli_list_json_has_models_and_readability(capsys) -> None:
    from tests.conftest import FIXTURE_CONTENT

    assert main(["list", "--content", str(FIXTURE_CONTENT), "--format", "json"]) == 0
    [item] = json.loads(capsys.readouterr().out)
    library = load_library(FIXTURE_CONTENT)
    assert item["slug"] == "car-t-demo"
    assert item["evidence"]["level"] == library.therapies[0].evidence.level
    whole = item["readability"]["whole"]
    assert 0 < whole["flesch_kincaid_grade"] <= 8.0
    assert set(item["readability"]["sections"]) >= {"summary", "questions", "evidence"}
    assert item["readability"]["passes"] is True
