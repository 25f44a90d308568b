"""Hostile and broken input: nothing crashes, refusals are clear, nothing becomes live HTML.

Property-based (hypothesis) plus a fixed list of known-nasty inputs. The browser half
(the live DOM in Chromium) is in tests/e2e/test_hostile_dom.py.
"""

from __future__ import annotations

import importlib.util
import io
import re
from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from plainleaf.content import MAX_FILE_BYTES, ContentError, load_glossary, load_library
from plainleaf.models import Glossary, Therapy
from plainleaf.readability import measure
from plainleaf.sentences import split_sentences, words
from plainleaf.ui.text import md
from tests.hostile_inputs import (
    ADVERSARIAL_TEXTS,
    HOSTILE_STRINGS,
    IMG,
    JS_LINK,
    SCRIPT,
    fixture_therapy_data,
    hostile_glossary_data,
    hostile_therapy_data,
    live_markup,
)

SETTINGS = settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
# Text that mixes scripts, controls, surrogates-free unicode, markup characters.
any_text = st.text(
    alphabet=st.characters(blacklist_categories=("Cs",)), max_size=400
) | st.sampled_from(ADVERSARIAL_TEXTS)
markupish = st.lists(
    st.sampled_from(
        ["<", ">", "&", "[", "]", "(", ")", "javascript:", "on", "=", '"', "'", "`", "*", "_",
         "#", "|", "$", "\\", "\n", " ", ".", "!", "?", "e.g.", "Dr.", "script", "img", "a",
         "CAR-T", "9.7%", "—", "中", "😀", "\u200b", "\t", ":"]
    ),
    max_size=80,
).map("".join)  # fmt: skip


def _library_with_therapy_file(root: Path, content: bytes) -> tuple:
    therapies = root / "therapies"
    therapies.mkdir(parents=True, exist_ok=True)
    for old in therapies.iterdir():
        old.unlink()
    (therapies / "hostile.yaml").write_bytes(content)
    return load_library(root), "content/therapies/hostile.yaml"


def _assert_clear_or_loaded(library, shown: str) -> None:
    """Either the file loaded as a therapy, or it has readable errors naming it."""
    if library.get("hostile") is not None:
        return
    errors = [e for e in library.errors if e.file == shown]
    assert errors, library.errors
    for e in errors:
        assert isinstance(e, ContentError)
        assert e.field and e.message.strip()
        # Never the whole input back (a file may be 1 MB); short messages: see below.
        assert len(str(e)) < 50_000, "an error message should not dump the whole input"


# ------------------------------------------------------------------ content loader


@SETTINGS
@given(data=st.binary(max_size=2_000))
def test_loader_survives_random_bytes(tmp_path_factory, data: bytes) -> None:
    root = tmp_path_factory.mktemp("c")
    library, shown = _library_with_therapy_file(root, data)
    _assert_clear_or_loaded(library, shown)


@SETTINGS
@given(text=any_text | markupish)
def test_loader_survives_random_text(tmp_path_factory, text: str) -> None:
    root = tmp_path_factory.mktemp("c")
    library, shown = _library_with_therapy_file(root, text.encode("utf-8"))
    _assert_clear_or_loaded(library, shown)


@SETTINGS
@given(value=any_text | markupish, field=st.sampled_from(["name", "summary", "slug", "cancers"]))
def test_loader_survives_random_field_values(tmp_path_factory, value: str, field: str) -> None:
    data = fixture_therapy_data()
    data[field] = value
    data["slug"] = data["slug"] if field != "slug" else value
    root = tmp_path_factory.mktemp("c")
    library, shown = _library_with_therapy_file(root, yaml.safe_dump(data).encode("utf-8"))
    _assert_clear_or_loaded(library, shown)


NASTY_FILES = {
    "empty": b"",
    "whitespace": b"  \n\t\n   ",
    "ten-megabytes": b"summary: " + b"a" * 10_000_000,
    "just-over-the-limit": b"#" * (MAX_FILE_BYTES + 1),
    "binary": bytes(range(256)) * 4,
    "utf-16": "slug: hostile\n".encode("utf-16"),
    "nul-bytes": b"slug: hostile\x00\nname: x\n",
    "a-list": b"- one\n- two\n",
    "a-number": b"42\n",
    "python-tag": b"!!python/object/apply:os.system ['echo owned']\n",
    "billion-laughs": (
        b'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]\n'
        b"b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\n"
        b"d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\ne: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]\n"
        b"f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]\ng: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]\n"
        b"slug: hostile\nname: *g\n"
    ),
    "deep-nesting": b"slug: hostile\nname: " + b"[" * 50_000 + b"]" * 50_000 + b"\n",
    "deep-mapping": b"slug: hostile\nname: " + b"{a: " * 20_000 + b"1" + b"}" * 20_000 + b"\n",
    "duplicate-keys": b"slug: hostile\nslug: other\n",
    "tabs": b"slug:\thostile\n\tname: x\n",
    "html": b"<html><script>alert(1)</script><img src=x onerror=alert(1)></html>",
    "markdown": b"# Title\n\n[x](javascript:alert(1)) <script>alert(1)</script>\n",
    "long-line": b"slug: hostile\nname: " + b"word " * 150_000 + b"\n",
    "bom": "\ufeffslug: hostile\n".encode(),
    "mixed-scripts": "slug: hostile\nname: Русский 中文 العربية 😀\n".encode(),
    "dates": b"slug: hostile\nlast_reviewed: 2026-02-30\n",
}


@pytest.mark.parametrize("name", sorted(NASTY_FILES))
def test_loader_gives_a_clear_error_for_nasty_files(tmp_path: Path, name: str) -> None:
    library, shown = _library_with_therapy_file(tmp_path, NASTY_FILES[name])
    assert library.get("hostile") is None
    _assert_clear_or_loaded(library, shown)


def test_oversized_file_is_refused_with_its_size(tmp_path: Path) -> None:
    library, _ = _library_with_therapy_file(tmp_path, NASTY_FILES["ten-megabytes"])
    (error,) = library.errors
    assert "at most 1,000,000" in error.message and "10,000,009 bytes" in error.message


def test_slug_mismatch_message_stays_short(tmp_path: Path) -> None:
    data = fixture_therapy_data()
    data["slug"] = "a" * 20_000
    library, shown = _library_with_therapy_file(tmp_path, yaml.safe_dump(data).encode())
    (error,) = [e for e in library.errors if e.file == shown]
    assert len(str(error)) < 500


@pytest.mark.parametrize("name", ["empty", "binary", "deep-nesting", "billion-laughs", "html"])
def test_glossary_loader_gives_a_clear_error(tmp_path: Path, name: str) -> None:
    path = tmp_path / "glossary.yaml"
    path.write_bytes(NASTY_FILES[name])
    glossary, errors = load_glossary(path, "content/glossary.yaml")
    assert glossary is None
    assert errors and all(e.message.strip() for e in errors)


@pytest.mark.parametrize("payload", HOSTILE_STRINGS)
def test_hostile_text_in_fields_loads_as_plain_text(payload: str) -> None:
    """Markup in a text field is content, not an error: it loads and is escaped on display."""
    therapy = Therapy.model_validate(hostile_therapy_data(payload))
    assert payload.strip() in therapy.patient_text()
    Glossary.model_validate(hostile_glossary_data(payload))


# ------------------------------------------------------------------ Markdown escaping

_UNESCAPED_SPECIAL = re.compile(r"(?<!\\)(?:\\\\)*[<>\[\]`*_$]")


@SETTINGS
@given(text=any_text | markupish)
def test_md_escapes_every_markdown_and_html_character(text: str) -> None:
    escaped = md(text)
    assert not _UNESCAPED_SPECIAL.search(escaped.replace("\\\\", "")), escaped
    # Dropping the escapes gives the original text back: nothing lost, nothing added.
    assert re.sub(r"\\(.)", r"\1", escaped, flags=re.S) == text


# ------------------------------------------------------------------ readability engine


def _check_sentences(text: str) -> None:
    sentences = split_sentences(text)
    last_end = 0
    for s in sentences:
        assert 0 <= s.start < s.end <= len(text)
        assert text[s.start : s.end] == s.text, (s, text[s.start : s.end])
        assert s.start >= last_end, "sentences overlap or go backwards"
        last_end = s.end


def _check_measure(text: str) -> None:
    r = measure(text)
    for value in (r.flesch_kincaid_grade, r.smog_index, r.flesch_reading_ease, r.dale_chall):
        assert value == value and abs(value) < 1e6  # not NaN, not infinite
    assert r.words == sum(len(words(s.text)) for s in split_sentences(text))
    for score in r.sentence_scores:
        assert text[score.start : score.end] == score.text
    r.problems()
    r.hardest(5)


@SETTINGS
@given(text=any_text | markupish)
def test_sentence_offsets_are_exact(text: str) -> None:
    _check_sentences(text)


@SETTINGS
@given(text=any_text | markupish)
def test_measure_never_crashes(text: str) -> None:
    _check_measure(text)


@pytest.mark.parametrize("index", range(len(ADVERSARIAL_TEXTS)))
def test_readability_on_adversarial_texts(index: int) -> None:
    text = ADVERSARIAL_TEXTS[index]
    _check_sentences(text)
    _check_measure(text)


def test_readability_on_a_long_document() -> None:
    text = ("This is a sentence. " * 2_000 + "\n\n") * 5 + "Antidisestablishmentarianism" * 50
    _check_sentences(text)
    r = measure(text)
    assert r.sentences >= 10_000


# ------------------------------------------------------------------ handouts

needs_handout = pytest.mark.skipif(
    importlib.util.find_spec("plainleaf.handout") is None,
    reason="plainleaf.handout (branch handout) is not merged into this branch yet",
)


@needs_handout
@pytest.mark.parametrize("payload", [SCRIPT, IMG, JS_LINK, *HOSTILE_STRINGS[3:8]])
def test_handout_html_shows_hostile_text_as_text(payload: str) -> None:
    from plainleaf.handout import therapy_html

    therapy = Therapy.model_validate(hostile_therapy_data(payload))
    glossary = Glossary.model_validate(hostile_glossary_data(payload))
    page = therapy_html(therapy, glossary)
    assert live_markup(page) == []
    if payload == SCRIPT:
        assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page


@needs_handout
def test_handout_pdf_prints_hostile_text_literally() -> None:
    from pypdf import PdfReader

    from plainleaf.handout import therapy_pdf

    therapy = Therapy.model_validate(hostile_therapy_data(SCRIPT + " " + IMG))
    pdf = therapy_pdf(therapy)
    assert pdf.startswith(b"%PDF")
    text = "".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages)
    flat = re.sub(r"\s+", "", text)
    assert "<script>alert(1)</script>" in flat
    assert "<imgsrc=xonerror=alert(1)>" in flat


# ------------------------------------------------------------------ article analyzer

needs_analyzer = pytest.mark.skipif(
    importlib.util.find_spec("plainleaf.analyzer") is None,
    reason="plainleaf.analyzer (branch analyzer) is not merged into this branch yet",
)


def _analyze_or_refuse(text: str):
    from plainleaf.analyzer import InputError, analyze_pasted
    from plainleaf.analyzer.extract import extract_pasted

    try:
        analysis = analyze_pasted(text)
    except InputError as exc:
        message = str(exc)
        assert message.strip() and len(message) < 500 and message[0].isupper(), message
        return None
    checked = extract_pasted(text)
    for flag in analysis.red_flags:
        assert checked[flag.start : flag.end] == flag.quote
    for sentence in analysis.summary.sentences:
        assert 0 <= sentence.source_start <= sentence.source_end <= len(checked)
    return analysis


@needs_analyzer
@pytest.mark.parametrize("index", range(len(ADVERSARIAL_TEXTS)))
def test_analyzer_on_adversarial_texts(index: int) -> None:
    _analyze_or_refuse(ADVERSARIAL_TEXTS[index])


@needs_analyzer
@settings(max_examples=40, deadline=None)
@given(text=any_text | markupish)
def test_analyzer_never_crashes_on_random_text(text: str) -> None:
    _analyze_or_refuse(text)


@needs_analyzer
@settings(max_examples=40, deadline=None)
@given(
    data=st.binary(max_size=3_000),
    name=st.sampled_from(["a.txt", "a.md", "a.html", "a.pdf", "a.exe", "noext", "a.TXT"]),
)
def test_analyzer_never_crashes_on_random_files(data: bytes, name: str) -> None:
    from plainleaf.analyzer import InputError, analyze_file

    try:
        analyze_file(name, data)
    except InputError as exc:
        assert str(exc).strip()


@needs_analyzer
def test_analyzer_on_hostile_article() -> None:
    text = "Our clinic offers a breakthrough cure. " + " ".join(HOSTILE_STRINGS) + " Book now!"
    analysis = _analyze_or_refuse(text)
    assert analysis is not None
