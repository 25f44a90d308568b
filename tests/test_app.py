"""The app's logic through Streamlit's AppTest: every page opens and shows its sections."""

from __future__ import annotations

import re

import pytest
from streamlit.testing.v1 import AppTest

from plainleaf import blocks
from tests.conftest import FIXTURE_CONTENT, REAL_CONTENT, ROOT

FULL_CONTENT = ROOT / "tests" / "fixtures" / "content_full"
# st.header sections; the bottom line, help, caution and trial blocks are HTML (st.html).
THERAPY_SECTIONS = [
    "In short",
    "How it is given",
    "What it is",
    "Is it approved?",
    "How strong is the evidence?",
    "Side effects",
    "Questions to ask your care team",
    "Sources",
]
READING_WORDS = ("Reading level", "Flesch", "SMOG", "Hardest sentences", "PASS")


def editor_script(root: str) -> None:
    from pathlib import Path

    from plainleaf.content import load_library
    from plainleaf.ui import editor_page

    editor_page.render(load_library(Path(root)))


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
    parts += [s.value for s in at.subheader]
    parts += [h.proto.body for h in at.get("html")]
    return re.sub(r"\\(.)", r"\1", "\n".join(parts))  # drop Markdown escapes


def test_home_page_lists_and_filters(monkeypatch) -> None:
    monkeypatch.setenv("PLAINLEAF_CONTENT", str(FIXTURE_CONTENT))
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=60)
    at.run()
    assert not at.exception, at.exception
    assert at.title[0].value == "Cancer cell therapies in plain words"
    text = _all_text(at)
    assert "This is not medical advice" in text
    assert "What the evidence grades mean" in text
    assert "Your privacy." in text
    assert any("Showing 1 of 1 therapies" in m.value for m in at.markdown)
    at.selectbox[0].select("Leukemia").run()
    assert any("Showing 1 of 1 therapies" in m.value for m in at.markdown)
    assert at.selectbox[0].options == ["All cancers", "Leukemia", "Lymphoma"]


def test_home_cards_say_what_each_was_shown_to_do_and_where_approved(monkeypatch) -> None:
    """Issue 12 fix 10: "Approved · grade A" alone reads as "it works". Each card also
    gives the page's own words on what it was shown to do, and where it is approved."""
    from plainleaf.content import load_library

    monkeypatch.setenv("PLAINLEAF_CONTENT", str(REAL_CONTENT))
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=60)
    at.run()
    assert not at.exception, at.exception
    text = _all_text(at)
    library = load_library(REAL_CONTENT)
    for therapy in library.therapies:
        assert f"Shown to do:** {blocks.outcome_words(therapy)}" in text, therapy.slug
    assert "Approved in:** South Korea (1 product)" in text
    assert "Approved in:** China (1 product)" in text
    io = library.get("tace-with-immunotherapy")
    assert "Has not been shown to help people live longer" in blocks.outcome_words(io)
    assert "Custom clinic vaccines are not proven." in text


def _slugs() -> list[tuple[str, str]]:
    from plainleaf.content import load_library

    cases = [(str(FIXTURE_CONTENT), "car-t-demo")]
    cases += [(str(FULL_CONTENT), t.slug) for t in load_library(FULL_CONTENT).therapies]
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
    emergency, _call, _tell, _wallet = blocks.help_lists(therapy)
    for expected in (
        blocks.BOTTOM_LINE_HEADING,
        blocks.HELP_HEADING,
        blocks.EMERGENCY_LABEL,
        *emergency,
        f"Evidence grade {therapy.evidence.level}: {therapy.evidence.label}",
        f"Grade {therapy.evidence.level}: {therapy.evidence.label}",
        "ClinicalTrials.gov",
        "Be careful",
        "Last reviewed",
        blocks.esc(blocks.WRITE_IN_NUMBER),  # the handout's write-in line, on the web too
        'alt="Get help now. Red row: call 911',
        'alt="Evidence scale from N (weakest) to A (strongest)',
    ):
        assert expected in text, expected
    # The help block comes before every other section.
    htmls = [h.proto.body for h in at.get("html")]
    assert blocks.BOTTOM_LINE_HEADING in htmls[0] and blocks.HELP_HEADING in htmls[1]
    # Editor tools are not on patient pages.
    for word in READING_WORDS:
        assert word not in text, word
    assert len(at.expander) >= len(therapy.side_effects)
    assert len(at.warning) == 0  # one caution box (HTML), not one warning per caveat
    # Fever is open and never "usually mild"; rare harms are closed.
    for effect, expander in zip(blocks.ordered_effects(therapy), at.expander, strict=False):
        if effect.code == "fever":
            assert expander.proto.expanded and "Usually mild" not in expander.label
        # A rare kind of harm stays closed unless the page's own figure says it is common
        # (drip reactions after Provenge: about 71 in 100).
        figure = max(effect.risk.in_100, effect.risk.up_to or 0) if effect.risk else None
        if effect.code in blocks.RARE_CODES and figure is None:
            assert not expander.proto.expanded
        if figure is not None and figure >= blocks.COMMON_IN_100:
            assert expander.proto.expanded


def test_all_new_fields_are_shown() -> None:
    from plainleaf.content import load_library

    therapy = load_library(FULL_CONTENT).get("car-t-blood-cancers")
    at = _run(therapy_script, str(FULL_CONTENT), therapy.slug)
    text = _all_text(at)
    b = therapy.bottom_line
    for expected in (
        b.what_it_is, b.is_it_proven, b.what_to_do, therapy.evidence.outcome,
        therapy.get_help.tell_any_doctor, therapy.get_help.wallet_card,
        *therapy.get_help.call_care_team,
        *[e.risk.text for e in therapy.side_effects if e.risk],
        therapy.review_log[0].changed,
    ):
        assert expected in text, expected
    images = "".join(h.proto.body for h in at.get("html"))
    # Steps, timeline, one icon array per figure, the help picture and the evidence scale.
    pictures = 2 + sum(1 for e in therapy.side_effects if e.risk) + 2
    assert images.count("data:image/svg+xml") == pictures
    assert 'alt="Timeline of the first weeks' in images
    assert 'alt="Diagram of 9 steps' in images


def test_reading_level_report_is_for_editors(content_copy) -> None:
    path = content_copy / "therapies" / "car-t-demo.yaml"
    text = path.read_text().replace(
        "Some clinics sell cell drugs that are not approved.",
        "Unregulated commercial establishments frequently advertise unapproved, "
        "investigational cellular immunotherapies internationally.",
    )
    path.write_text(text)
    at = _run(editor_script, str(content_copy))
    page = _all_text(at)
    assert "Reading level: OVER THE LIMIT" in page
    assert "Sections over the limit" in page and "caveats[0]" in page
    assert "Hardest sentences" in page
    at = _run(editor_script, str(FIXTURE_CONTENT))
    assert "Reading level: PASS" in _all_text(at)


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


@pytest.mark.parametrize("stem", ["check-an-article", "glossary", "therapies"])
def test_a_broken_file_named_like_an_app_page_does_not_break_the_app(
    monkeypatch, content_copy, stem
) -> None:
    # Hostile-input probe: a therapy file named like an app page gave a raw traceback.
    (content_copy / "therapies" / f"{stem}.yaml").write_text("slug: [broken\n")
    monkeypatch.setenv("PLAINLEAF_CONTENT", str(content_copy))
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=60)
    at.run()
    assert not at.exception, at.exception


def test_benefit_icon_arrays_are_on_the_page_with_alt_text() -> None:
    from plainleaf import pictures
    from plainleaf.content import load_library

    therapy = load_library(REAL_CONTENT).get("car-t-solid-tumours")
    benefit = therapy.evidence.benefits[0]
    at = _run(therapy_script, str(REAL_CONTENT), therapy.slug)
    htmls = "".join(h.proto.body for h in at.get("html"))
    arrays = pictures.benefit_arrays(benefit)
    assert len(arrays) == 2
    for picture in arrays:
        assert picture.alt == benefit.group_text(*next(
            g for g in benefit.groups if f"About {g[1]} in 100 {g[0]}" in picture.alt
        ))
        assert picture.img_html() in htmls
    assert benefit.text in htmls
    assert "Dark: had their tumor shrink" in htmls


def test_a_caveat_reaches_a_screen_reader_too() -> None:
    """Review round 4: the survival picture's caveat was only in the caption, so a listener
    heard "75 against 69 in 100" without "this gap could be due to chance"."""
    from plainleaf import pictures
    from plainleaf.content import load_library

    benefit = load_library(REAL_CONTENT).get("tace-with-immunotherapy").evidence.benefits[0]
    assert benefit.caveat
    first, last = pictures.benefit_arrays(benefit)
    assert last.alt.endswith(benefit.caveat) and benefit.caveat not in first.alt
