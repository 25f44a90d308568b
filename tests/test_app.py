"""The app's logic through Streamlit's AppTest: every page opens and shows its sections."""

from __future__ import annotations

import re

import pytest
from streamlit.testing.v1 import AppTest

from tests.conftest import FIXTURE_CONTENT, REAL_CONTENT, ROOT

THERAPY_SECTIONS = [
    "In short",
    "What it is",
    "How it is given",
    "Is it approved?",
    "How strong is the evidence?",
    "Side effects",
    "Be careful",
    "Questions to ask your care team",
    "Sources",
]


def therapy_script(root: str, slug: str) -> None:
    from pathlib import Path

    from plainleaf.content import load_library
    from plainleaf.ui import therapy_page

    therapy_page.render(load_library(Path(root)), slug)


def broken_script(root: str, stem: str) -> None:
    from pathlib import Path

    from plainleaf.content import load_library
    from plainleaf.ui import therapy_page

    therapy_page.render_broken(load_library(Path(root)), stem)


def glossary_script(root: str) -> None:
    from pathlib import Path

    from plainleaf.content import load_library
    from plainleaf.ui import glossary_page

    glossary_page.render(load_library(Path(root)))


def _run(script, *args) -> AppTest:
    at = AppTest.from_function(script, args=args, default_timeout=60)
    at.run()
    assert not at.exception, at.exception
    return at


def _all_text(at: AppTest) -> str:
    parts = [m.value for m in at.markdown] + [c.value for c in at.caption]
    parts += [h.value for h in at.header] + [t.value for t in at.title]
    parts += [w.value for w in at.warning] + [e.value for e in at.error]
    return re.sub(r"\\(.)", r"\1", "\n".join(parts))  # drop Markdown escapes


def test_home_page_lists_and_filters(monkeypatch) -> None:
    monkeypatch.setenv("PLAINLEAF_CONTENT", str(FIXTURE_CONTENT))
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=60)
    at.run()
    assert not at.exception, at.exception
    assert at.title[0].value == "Cancer cell therapies in plain words"
    assert "This is not medical advice" in at.caption[0].value
    assert any("Showing 1 of 1 therapies" in m.value for m in at.markdown)
    at.selectbox[0].select("Leukemia").run()
    assert any("Showing 1 of 1 therapies" in m.value for m in at.markdown)
    assert at.selectbox[0].options == ["All cancers", "Leukemia", "Lymphoma"]


def _slugs() -> list[tuple[str, str]]:
    from plainleaf.content import load_library

    cases = [(str(FIXTURE_CONTENT), "car-t-demo")]
    cases += [(str(REAL_CONTENT), t.slug) for t in load_library(REAL_CONTENT).therapies]
    return cases


@pytest.mark.parametrize(("root", "slug"), _slugs())
def test_every_therapy_page_shows_every_section(root: str, slug: str) -> None:
    from pathlib import Path

    from plainleaf.content import load_library

    therapy = load_library(Path(root)).get(slug)
    at = _run(therapy_script, root, slug)
    assert [h.value for h in at.header] == THERAPY_SECTIONS
    text = _all_text(at)
    assert "Reading level: PASS" in text
    assert f"Grade {therapy.evidence.level}: {therapy.evidence.label}" in text
    assert len(at.expander) >= len(therapy.side_effects)
    assert len(at.warning) == len(therapy.caveats)
    assert "Last reviewed" in text


def test_hardest_sentences_are_shown_on_request(content_copy) -> None:
    path = content_copy / "therapies" / "car-t-demo.yaml"
    text = path.read_text().replace(
        "Then the cells go back into your blood.",
        "Subsequently, the genetically reprogrammed lymphocytes are reinfused intravenously.",
    )
    path.write_text(text)
    at = _run(therapy_script, str(content_copy), "car-t-demo")
    page = _all_text(at)
    assert "Reading level: OVER THE LIMIT" in page
    assert "Hardest sentences" in page
    assert "reinfused" in page


def test_a_hard_section_is_not_hidden_behind_an_easy_summary(content_copy) -> None:
    path = content_copy / "therapies" / "car-t-demo.yaml"
    text = path.read_text().replace(
        "Some clinics sell cell drugs that are not approved.",
        "Unregulated commercial establishments frequently advertise unapproved, "
        "investigational cellular immunotherapies internationally.",
    )
    path.write_text(text)
    at = _run(therapy_script, str(content_copy), "car-t-demo")
    page = _all_text(at)
    assert "Reading level: OVER THE LIMIT" in page
    assert "Sections over the limit" in page and "caveats[0]" in page


def test_broken_file_shows_a_clear_error(content_copy) -> None:
    (content_copy / "therapies" / "bad-entry.yaml").write_text("slug: bad-entry\nname: [oops\n")
    at = _run(broken_script, str(content_copy), "bad-entry")
    assert "this page cannot be shown" in at.title[0].value
    assert "The other therapies are fine" in at.error[0].value
    assert "content/therapies/bad-entry.yaml" in _all_text(at)
    # and the good therapy still renders from the same folder
    at = _run(therapy_script, str(content_copy), "car-t-demo")
    assert [h.value for h in at.header] == THERAPY_SECTIONS


def test_content_text_is_shown_not_interpreted(content_copy) -> None:
    path = content_copy / "therapies" / "car-t-demo.yaml"
    text = path.read_text().replace(
        "name: CAR-T cell therapy (test entry)",
        'name: "<script>alert(1)</script> [click](javascript:alert(1)) $x$"',
    )
    path.write_text(text)
    at = _run(therapy_script, str(content_copy), "car-t-demo")
    title = at.title[0].value
    assert "\\<script\\>" in title and "<script>" not in title
    assert "\\[click\\]\\(javascript" in title
    assert "\\$x\\$" in title


def test_glossary_page_searches(fixture_library) -> None:
    at = _run(glossary_script, str(FIXTURE_CONTENT))
    assert "3 word(s)." in _all_text(at)
    at.text_input[0].input("CRS").run()
    text = _all_text(at)
    assert "1 word(s)." in text and "cytokine release syndrome" in text
