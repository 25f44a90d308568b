"""Printable handouts: page counts, sections, reading level, booklet, report, safety."""

from __future__ import annotations

import functools
import io
import re
import shutil
import subprocess
from html.parser import HTMLParser
from pathlib import Path

import pytest
from pypdf import PdfReader

from plainleaf import blocks
from plainleaf.cli import main
from plainleaf.content import DEFAULT_CONTENT_DIR, Library, load_library
from plainleaf.handout import (
    NOT_ADVICE,
    PAPERS,
    booklet_html,
    booklet_pdf,
    handout_readability,
    report_html,
    report_pdf,
    therapy_html,
    therapy_pdf,
)
from plainleaf.handout import render as render_module
from plainleaf.handout.render import PAGE_CSS, OfflineFetcher, html_to_pdf, safe_markdown
from plainleaf.handout.therapy import HEADINGS, handout_sections, handout_text
from plainleaf.models import Therapy
from plainleaf.readability import measure
from tests.conftest import ROOT
from tests.handout_samples import ARTICLE, sample_analysis

FIXTURES = Path(__file__).parent / "fixtures" / "content"
# A copy of real entries with every optional field filled in (bottom line, help block,
# risk figures, timeline, review log), so the longest possible handouts are tested.
FULL = Path(__file__).parent / "fixtures" / "content_full"
MAX_PAGES = 2


@functools.cache
def fixture_library():
    return load_library(FIXTURES)


@functools.cache
def full_library():
    return load_library(FULL)


@functools.cache
def real_library():
    return load_library(DEFAULT_CONTENT_DIR)


def all_therapies() -> list[Therapy]:
    """The test entry, every real entry that loads, and the full copies (ids prefixed)."""
    full = [t.model_copy(update={"slug": "full-" + t.slug}) for t in full_library().therapies]
    return [*fixture_library().therapies, *real_library().therapies, *full]


THERAPY_IDS = [t.slug for t in all_therapies()]


def therapy_by_id(slug: str) -> Therapy:
    return next(t for t in all_therapies() if t.slug == slug)


@functools.cache
def pdf_of(slug: str, paper: str) -> bytes:
    return therapy_pdf(therapy_by_id(slug), real_library().glossary, paper)


def pages(pdf: bytes) -> list[str]:
    return [page.extract_text() or "" for page in PdfReader(io.BytesIO(pdf)).pages]


def without_glosses(squashed: str, therapy: Therapy) -> str:
    """Printed text without the glossary's glosses ("MAGE-A4 (a marker on the tumor)"),
    so the content's own sentences can be found in it word for word. Words in brackets
    that the content itself holds (an effect named "... (fever, pain and nausea after
    TACE)") stay."""
    from plainleaf.handout.glosses import handout_glosses, plural

    own = squash(therapy.model_dump_json())
    for gloss in handout_glosses(real_library().glossary):
        # Plural after a plural word ("solid tumors (cancers that form a lump)"), and
        # joined with a comma inside brackets ("(an IRB, ethics board)").
        for plain in (gloss.plain, plural(gloss.plain)):
            for words in (squash(f"({plain})"), squash(f", {plain})")):
                extra = squashed.count(words) - own.count(words)
                if extra > 0:
                    keep = ")" if words.startswith(",") else ""
                    squashed = squashed.replace(words, keep, extra)
    return squashed


def _without_running_lines(page_text: str) -> str:
    lines = page_text.splitlines()
    keep = [ln for ln in lines if not (ln.startswith(NOT_ADVICE[:30]) or " · Last reviewed " in ln)]
    return "\n".join(keep)


def squash(text: str) -> str:
    """Text with all whitespace removed, so line wrapping cannot hide a match."""
    return re.sub(r"\s+", "", text)


# --- page counts and sections ------------------------------------------------------


# Handouts that may run past two pages (strict xfail, so the mark must go once they fit).
# The longer November copy of the CAR-T page (a stress fixture): with the printed glosses
# ("platelets (clotting cells)") its one-line source note moves to page 3. The real page
# fits.
OVER_TWO_PAGES: set[str] = {"full-car-t-blood-cancers"}


@pytest.mark.parametrize("paper", PAPERS)
@pytest.mark.parametrize(
    "slug",
    [
        pytest.param(s, marks=pytest.mark.xfail(strict=True, reason="source note spills to page 3"))
        if s in OVER_TWO_PAGES
        else s
        for s in THERAPY_IDS
    ],
)
def test_each_therapy_fits_on_two_pages(slug: str, paper: str) -> None:
    n = len(pages(pdf_of(slug, paper)))
    assert 1 <= n <= MAX_PAGES, f"{slug} prints on {n} pages on {paper}; shorten the entry"


@pytest.mark.parametrize("slug", THERAPY_IDS)
def test_every_section_is_printed_with_page_headers(slug: str) -> None:
    therapy = therapy_by_id(slug)
    page_texts = pages(pdf_of(slug, "a4"))
    text = without_glosses(squash("\n".join(page_texts)), therapy)
    emergency, call, tell, wallet = blocks.help_lists(therapy)
    required = [
        therapy.name,
        therapy.regulatory.label,
        HEADINGS["bottom_line"],
        f"Evidence grade {therapy.evidence.level}: {therapy.evidence.label}",
        blocks.outcome_words(therapy),
        HEADINGS["help"],
        blocks.EMERGENCY_LABEL,
        *emergency,
        blocks.WRITE_IN_NUMBER,
        tell,
        HEADINGS["side_effects"],
        HEADINGS["caveats"],
        HEADINGS["unknowns"],
        *therapy.evidence.unknowns,
        HEADINGS["trials"],
        "ClinicalTrials.gov",
        HEADINGS["questions"],
        HEADINGS["sources"],
        "Last reviewed",
        NOT_ADVICE,
        *[label for label, _ in blocks.bottom_line_sentences(therapy)],
        *[e.risk.text for e in therapy.side_effects if e.risk],
        *[e.name for e in therapy.side_effects],
    ]
    if call:
        required += [blocks.CALL_TEAM_LABEL, *call]
    if wallet:
        required.append(wallet)
    # CAR-T essentials (stay near, carer, no driving) come with the timeline.
    required.append(HEADINGS["timeline"] if therapy.timeline else HEADINGS["how"])
    missing = [r for r in required if squash(r) not in text]
    assert not missing, f"{slug}: missing {missing}"
    # Nothing cut: the last question and the last source link are on the paper.
    assert squash(therapy.questions[-1]) in text
    # Editor tools are not printed for patients.
    for word in ("Reading level", "Flesch", "SMOG"):
        assert word not in "\n".join(page_texts), f"{slug}: {word!r} printed"
    # A fever is never called "usually mild".
    assert not re.search(r"Fever[^\n]{0,40}Usually mild", "\n".join(page_texts)), slug
    for number, page_text in enumerate(page_texts, start=1):
        flat = squash(page_text)
        assert squash(f"Page {number} of {len(page_texts)}") in flat
        assert squash(therapy.name) in flat, f"page {number} has no therapy name header"


def test_help_box_is_the_same_on_the_page_and_on_paper() -> None:
    """One source of truth: the handout prints the app's help block, plus the write-in box."""
    for therapy in [*full_library().therapies, *fixture_library().therapies]:
        on_page = blocks.help_html(therapy, write_in=True)
        on_paper = blocks.help_html(therapy, write_in=True, paper=True)
        printed = therapy_html(therapy)
        assert on_paper in printed, therapy.slug

        def words(block: str) -> str:  # the same words; only the pictures differ
            block = re.sub(r'<figure class="pl-help-picture">.*?</figure>', "", block)
            block = re.sub(r'<span class="pl-thermo.*?</span></span>', "", block)
            return re.sub(r"<svg.*?</svg>", "", block)

        assert words(on_paper) == words(on_page)
        assert blocks.EMERGENCY_LABEL in printed and "911" in blocks.EMERGENCY_LABEL
        # The app's bottom line, with the evidence scale beside it on paper (CDC item 4).
        on_paper = blocks.bottom_line_html(therapy, paper=True)
        assert on_paper in printed
        assert re.sub(r'<figure class="pl-scale">.*?</figure>', "", on_paper) == (
            blocks.bottom_line_html(therapy)
        )
        assert "Evidence scale from N (weakest) to A (strongest)" in on_paper


def test_pictures_in_the_pdf_are_the_pictures_on_the_page() -> None:
    from plainleaf import pictures

    therapy = full_library().get("car-t-blood-cancers")
    assert therapy is not None and therapy.timeline
    printed = therapy_html(therapy)
    assert pictures.timeline_diagram(therapy.timeline).svg in printed
    for effect in therapy.side_effects:
        if effect.risk:
            assert pictures.icon_array(effect.risk).svg in printed
    nk = full_library().get("nk-cell-therapy")
    assert pictures.steps_diagram(nk.how_it_is_given).svg in therapy_html(nk)


def test_a_too_long_entry_makes_more_pages_instead_of_losing_text() -> None:
    base = fixture_library().therapies[0]
    questions = [f"Long question number {i}: what happens next for me?" for i in range(60)]
    long = base.model_copy(update={"questions": questions})
    text = pages(therapy_pdf(long))
    assert len(text) > MAX_PAGES
    assert squash(questions[-1]) in squash("\n".join(text))


def fragments(pdf: bytes) -> list[list[tuple[str, float, float, float]]]:
    """Per page: (text, size in pt, x, y) of every text run pypdf sees."""
    out = []
    for page in PdfReader(io.BytesIO(pdf)).pages:
        runs: list[tuple[str, float, float, float]] = []

        def visit(text, cm, tm, _font, size, runs=runs):
            if text.strip():
                scale = abs(tm[3] * cm[3]) or abs(tm[0] * cm[0])
                runs.append((text, size * scale, tm[4] * cm[0] + cm[4], tm[5] * cm[3] + cm[5]))

        page.extract_text(visitor_text=visit)
        out.append(runs)
    return out


@pytest.mark.parametrize("slug", THERAPY_IDS)
def test_body_text_is_at_least_12_point(slug: str) -> None:
    """Smaller type only in the page margins and from the Sources heading to the end."""
    pdf = pdf_of(slug, "letter")
    height = float(PdfReader(io.BytesIO(pdf)).pages[0].mediabox.height)
    margin_pt = 8 / 25.4 * 72  # letter top and bottom margins are 8 mm
    in_references = False
    checked = 0
    for number, runs in enumerate(fragments(pdf), start=1):
        sources_y = next(
            (y for text, _size, _x, y in runs if text.strip() == HEADINGS["sources"]),
            None,
        )
        for text, size, _x, y in runs:
            if y < margin_pt or y > height - margin_pt:
                continue  # running header or footer
            if in_references or (sources_y is not None and y <= sources_y + 1):
                continue  # the source list and the about line
            checked += 1
            assert size >= 11.9, f"{slug} page {number}: {text!r} is {size:.1f} pt"
        in_references = in_references or sources_y is not None
    assert checked > 50


def test_long_words_wrap_instead_of_running_off_the_page() -> None:
    token = "a" * 300
    base = fixture_library().therapies[0]
    # The handout opens with the bottom line when there is one, else the summary.
    if base.bottom_line:
        line = base.bottom_line.model_copy(
            update={"what_it_is": base.bottom_line.what_it_is + " " + token})
        therapy = base.model_copy(update={"bottom_line": line})
    else:
        therapy = base.model_copy(update={"summary": base.summary + " " + token})
    pdf = therapy_pdf(therapy, paper="letter")
    width = float(PdfReader(io.BytesIO(pdf)).pages[0].mediabox.width)
    runs = [r for page in fragments(pdf) for r in page if "aaaaaaaaaa" in r[0]]
    assert sum(r[0].count("a") for r in runs) >= 300  # all of it is printed
    for text, size, x, _y in runs:
        # DejaVu Sans "a" is 0.613 em wide; the run must end inside the page.
        assert x + len(text.strip()) * 0.556 * size <= width, (len(text), x)


def test_styles_use_black_and_white_only() -> None:
    css = (Path(render_module.__file__).parent / "templates" / "handout.css").read_text()
    colours = set(re.findall(r"#[0-9a-fA-F]{3,8}\b|rgba?\(|hsla?\(", css))
    assert colours <= {"#000", "#fff"}, colours


def test_a4_and_letter_share_one_text_block() -> None:
    """Same block on both papers: same page breaks, and either PDF prints on either paper."""
    sizes = {"a4": (210.0, 297.0), "letter": (215.9, 279.4)}
    blocks = {}
    for paper, css in PAGE_CSS.items():
        top, right, bottom, left = (float(v) for v in re.findall(r"([\d.]+)mm", css))
        w, h = sizes[paper]
        blocks[paper] = (round(w - left - right, 1), round(h - top - bottom, 1))
    assert blocks["a4"] == blocks["letter"]
    block_w, block_h = blocks["a4"]
    assert block_w <= min(w for w, _ in sizes.values()) - 2 * 6  # 6 mm printer margin
    assert block_h <= min(h for _, h in sizes.values()) - 2 * 6


# --- reading level -----------------------------------------------------------------


@pytest.mark.parametrize("slug", THERAPY_IDS)
def test_printed_text_is_within_reading_limits(slug: str) -> None:
    """The model prose a handout prints meets the limits, and all of it is on the paper."""
    therapy = therapy_by_id(slug)
    measured = handout_readability(therapy)
    assert measured.passes(), f"{slug}: {measured.problems()}"
    # The running header and footer are left out, so a sentence that runs over a page
    # break is still found whole.
    body = [_without_running_lines(text) for text in pages(pdf_of(slug, "a4"))]
    printed = without_glosses(squash("\n".join(body)), therapy)
    for name, items in handout_sections(therapy):
        for item in items:
            assert squash(item) in printed, f"{slug} {name}: not printed: {item!r}"
    assert handout_text(therapy)


def test_fixed_wording_is_plain_too() -> None:
    therapy = full_library().get("car-t-blood-cancers")
    fixed = " ".join(
        [
            NOT_ADVICE,
            blocks.EMERGENCY_LABEL,
            blocks.CALL_TEAM_LABEL,
            blocks.LOCAL_NUMBER,
            *blocks.trial_steps(therapy),
            *blocks.GRADE_MEANING.values(),
        ]
    )
    assert measure(fixed).passes(), measure(fixed).problems()


# --- booklet -----------------------------------------------------------------------


def booklet_library() -> Library:
    """Every entry, with the real glossary (or the test one while there is none)."""
    glossary = real_library().glossary or fixture_library().glossary
    return Library(therapies=all_therapies(), glossary=glossary, errors=[])


def test_booklet_has_cover_contents_every_therapy_and_glossary() -> None:
    library = booklet_library()
    pdf = booklet_pdf(library)
    page_texts = pages(pdf)
    assert "Cancer cell therapies in plain words" in page_texts[0]
    contents = page_texts[1]
    for therapy in library.therapies:
        # Listed in the contents with the page its section starts on...
        match = re.search(re.escape(therapy.name) + r"[ .]*page (\d+)", contents)
        assert match, f"{therapy.slug} not in contents"
        start = int(match.group(1))
        # ...and that page really starts the section.
        assert page_texts[start - 1].lstrip().startswith(therapy.name) or squash(
            therapy.name
        ) in squash(page_texts[start - 1][:400])
    assert library.glossary is not None
    match = re.search(r"Glossary: words you may hear[ .]*page (\d+)", contents)
    assert match, "glossary not in contents"
    glossary_start = int(match.group(1))
    assert page_texts[glossary_start - 1].lstrip().startswith("Glossary")
    tail = squash("\n".join(page_texts[glossary_start - 1 :]))
    for term in library.glossary.terms:
        assert squash(term.term) in tail, term.term


def test_booklet_html_links_contents_to_sections() -> None:
    page = booklet_html(fixture_library())
    for therapy in fixture_library().therapies:
        assert f'href="#{therapy.slug}"' in page
        assert f'id="{therapy.slug}"' in page


# --- article report ----------------------------------------------------------------


def test_report_pdf_shows_every_part_of_the_analysis() -> None:
    from plainleaf.analyzer.report import build_report
    from plainleaf.analyzer.side_effects import SHORT_NAMES

    analysis = sample_analysis()
    text = squash("\n".join(pages(report_pdf(analysis, "clinic-page.html"))))
    v = build_report(analysis)
    # Every part, each said once: a red flag's reason is not repeated when the bottom line
    # gives it; "In plain words" holds what the text says (the type, evidence and flags
    # have their own places); a side effect left out is named with the report's own note.
    expected = [
        analysis.source_type.label,
        analysis.evidence.label,
        *v.evidence_reasons,
        *[f.quote for f in analysis.red_flags],
        *[w for g in v.flag_groups if not g.in_bottom_line for w in g.whys],
        *v.bottom_line.warnings,
        *[m.name for m in analysis.side_effects.mentioned],
        *[SHORT_NAMES[g.code].capitalize() for g in analysis.side_effects.not_mentioned],
        *v.summary,
        *analysis.questions,
        "clinic-page.html",
        NOT_ADVICE,
    ]
    missing = [e for e in expected if squash(e) not in text]
    assert not missing
    # Reading-level figures are an editor's tool: not on the patient's paper.
    for editor_only in ("grade 4.2", "Flesch", "SMOG", "meets that goal"):
        assert squash(editor_only) not in text
    for flag in analysis.red_flags:
        assert ARTICLE[flag.start : flag.end] == flag.quote


def test_report_works_with_the_real_analyzer_when_present(tmp_path: Path) -> None:
    analyzer = pytest.importorskip("plainleaf.analyzer")
    analysis = analyzer.analyze_text(ARTICLE)
    text = squash("\n".join(pages(report_pdf(analysis, "pasted text"))))
    for flag in analysis.red_flags:
        assert squash(flag.quote) in text
    # The analyzer's CLI finds report_pdf and writes a PDF with it.
    source = tmp_path / "article.txt"
    source.write_text(ARTICLE * 3, encoding="utf-8")
    out = tmp_path / "report.pdf"
    assert main(["analyze", str(source), "--format", "pdf", "-o", str(out)]) == 0
    assert pages(out.read_bytes())


# --- untrusted text stays text -----------------------------------------------------

EVIL = (
    ' <script>alert(1)</script><img src="http://evil.invalid/x.png" onerror="alert(2)">'
    " [click](javascript:alert(3)) <a href=\"javascript:alert(4)\">link</a>"
)


class TagCollector(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, list[tuple[str, str | None]]]] = []

    def handle_starttag(self, tag, attrs) -> None:
        self.tags.append((tag, attrs))


def assert_inert(page: str) -> None:
    collector = TagCollector()
    collector.feed(page)
    names = [tag for tag, _ in collector.tags]
    assert "script" not in names and "img" not in names
    for tag, attrs in collector.tags:
        for name, value in attrs:
            assert not name.lower().startswith("on"), (tag, name)
            if name.lower() in {"href", "src"}:
                assert not (value or "").strip().lower().startswith(("javascript:", "data:"))


def evil_therapy() -> Therapy:
    base = fixture_library().therapies[0]
    caveat = base.caveats[0].model_copy(update={"text": base.caveats[0].text + EVIL})
    source = base.sources[0].model_copy(update={"title": "Title" + EVIL})
    return base.model_copy(
        update={
            "name": "Evil" + EVIL,
            "summary": base.summary + EVIL,
            "questions": [*base.questions, "Question" + EVIL],
            "caveats": [caveat],
            "sources": [source, *base.sources[1:]],
        }
    )


def test_malicious_therapy_fields_are_inert_in_html_and_literal_in_pdf() -> None:
    therapy = evil_therapy()
    page = therapy_html(therapy)
    assert_inert(page)
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    text = squash("\n".join(pages(therapy_pdf(therapy))))
    assert squash("<script>alert(1)</script>") in text
    assert squash('<a href="javascript:alert(4)">link</a>') in text


def test_malicious_analysis_is_inert() -> None:
    analysis = sample_analysis(EVIL)
    page = report_html(analysis, "<script>alert('name')</script>")
    assert_inert(page)
    text = squash("\n".join(pages(report_pdf(analysis, "<script>alert('name')</script>"))))
    assert squash("<script>alert('name')</script>") in text
    assert squash("<script>alert(1)</script>") in text


def test_markdown_is_sanitised_to_the_allow_list() -> None:
    out = str(safe_markdown("**Bold** [ok](https://example.org) [bad](javascript:alert(1))"))
    assert "<strong>Bold</strong>" in out
    assert 'href="https://example.org"' in out
    assert "javascript" not in out
    assert_inert(str(safe_markdown("<img src=x onerror=alert(1)> <script>x</script>")))


# --- offline -----------------------------------------------------------------------


def test_remote_urls_in_html_are_never_fetched(monkeypatch: pytest.MonkeyPatch) -> None:
    import socket

    attempts: list[object] = []

    def no_network(*args, **kwargs):
        attempts.append(args)
        raise AssertionError("network used")

    monkeypatch.setattr(socket, "create_connection", no_network)
    monkeypatch.setattr(socket, "getaddrinfo", no_network)
    monkeypatch.setattr(socket.socket, "connect", no_network)
    page = (
        '<html><head><link rel="stylesheet" href="https://evil.invalid/a.css">'
        "<style>@import url(http://evil.invalid/b.css);"
        " body { background: url(http://evil.invalid/c.png) }</style></head>"
        '<body><p>Hi</p><img src="http://evil.invalid/d.png"></body></html>'
    )
    fetcher = OfflineFetcher()
    pdf = html_to_pdf(page, fetcher)
    assert pdf.startswith(b"%PDF")
    assert attempts == []
    assert any("evil.invalid/d.png" in url for url in fetcher.refused)
    assert all(not url.startswith("file:") for url in fetcher.refused)


# --- rendering and CLI -------------------------------------------------------------


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="pdftoppm not installed")
@pytest.mark.parametrize("slug", THERAPY_IDS[:2])
def test_pdftoppm_renders_every_page(slug: str, tmp_path: Path) -> None:
    pdf = tmp_path / "h.pdf"
    pdf.write_bytes(pdf_of(slug, "letter"))
    result = subprocess.run(
        ["pdftoppm", "-r", "30", "-png", str(pdf), str(tmp_path / "p")],
        capture_output=True, text=True, timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert not result.stderr.strip()
    assert len(list(tmp_path.glob("p-*.png"))) == len(pages(pdf.read_bytes()))


def test_cli_writes_pdf_and_html(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "h.pdf"
    assert main(["handout", "car-t-demo", "--content", str(FIXTURES), "-o", str(out)]) == 0
    assert out.read_bytes().startswith(b"%PDF")
    html_out = tmp_path / "b.html"
    args = ["handout", "--all", "--html", "--content", str(FIXTURES), "-o", str(html_out)]
    assert main(args) == 0
    assert "<!DOCTYPE html>" in html_out.read_text(encoding="utf-8")


def test_cli_unknown_slug_lists_slugs(capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["handout", "no-such", "--content", str(FIXTURES), "-o", "/tmp/never.pdf"])
    assert code == 2
    err = capsys.readouterr().err
    assert "no-such" in err and "car-t-demo" in err
    assert not Path("/tmp/never.pdf").exists()


# --- benefit icon arrays (issue 12, review fix 3) --------------------------------------


def test_benefit_icon_arrays_are_printed_with_their_words_as_alt_text() -> None:
    """CAR-NK and CAR-T for solid tumors have room: the arrays are printed, each with the
    words as its text alternative, and the figure's words and legend beside them."""
    from plainleaf import pictures

    for slug in ("car-nk-cell-therapy", "car-t-solid-tumours"):
        therapy = real_library().get(slug)
        assert therapy is not None and therapy.evidence.benefits, slug
        printed = therapy_html(therapy, real_library().glossary)
        for benefit in therapy.evidence.benefits:
            for picture in pictures.benefit_arrays(benefit):
                assert picture.svg in printed
                assert f'aria-label="{picture.alt}"' in printed
            assert benefit.text in printed
            assert "Dark: " + benefit.outcome in printed and "Pale: the others" in printed
    solid = real_library().get("car-t-solid-tumours")
    assert len(pictures.benefit_arrays(solid.evidence.benefits[0])) == 2  # side by side
    text = squash("\n".join(pages(pdf_of("car-t-solid-tumours", "a4"))))
    assert squash(solid.evidence.benefits[0].text) in text


@pytest.mark.parametrize(
    "slug", [t.slug for t in real_library().therapies if t.evidence.benefits]
)
def test_every_benefit_figure_is_on_paper_in_words(slug: str) -> None:
    """Where the arrays would make a third page, the same words are printed alone."""
    therapy = therapy_by_id(slug)
    text = squash("\n".join(pages(pdf_of(slug, "a4"))))
    for benefit in therapy.evidence.benefits:
        assert squash(benefit.text) in text, slug


# --- glosses (issue 12, review fix 7) --------------------------------------------------


@pytest.mark.parametrize(
    ("slug", "term", "gloss"),
    [
        ("tcr-t-cell-therapy", "Tecelra", "the approved TCR-T product"),
        ("tcr-t-cell-therapy", "MAGE-A4", "a marker on the tumor"),
        ("til-therapy", "IL-2", "immune-boosting drug"),
        ("til-therapy", "Amtagvi", "the approved TIL product"),
        ("car-nk-cell-therapy", "IND number", "permission from the US drug agency to test a new drug"),
        ("car-nk-cell-therapy", "FT596", "a lab-made CAR-NK product"),
        ("car-t-solid-tumours", "HER2", "growth marker on some cancers"),
        ("car-t-solid-tumours", "claudin 18.2", "marker on stomach cancer cells"),
        ("immune-cell-infusions", "CIK", "lab-grown immune cells"),
        ("immune-cell-infusions", "LAK cells", "lab-grown white cells"),
        ("dendritic-cell-vaccines", "DCVax-L", "a vaccine tried for a brain tumor"),
    ],
)
def test_handout_glosses_each_name_once_from_the_glossary(slug, term, gloss) -> None:
    therapy = real_library().get(slug)
    entry = next(
        t for t in real_library().glossary.terms if term in (t.term, *t.aliases)
    )
    assert entry.plain == gloss  # one home for the words: the glossary
    text = squash("\n".join(pages(pdf_of(slug, "a4"))))
    assert text.count(squash(f"({gloss})")) == 1, (slug, term)
    assert squash(f"{term} ({gloss})") in text
    assert therapy is not None


def test_glosses_follow_the_glossary_and_skip_headings_and_pictures() -> None:
    from plainleaf.handout.glosses import add_glosses
    from plainleaf.models import Glossary, GlossaryTerm

    glossary = Glossary(
        terms=[GlossaryTerm(term="MAGE-A4", plain="a marker", definition="A marker.")]
    )
    page = (
        "<html><head><title>MAGE-A4</title></head><body><h2>MAGE-A4</h2>"
        "<svg><text>MAGE-A4</text></svg><p>Tested for MAGE-A4 and MAGE-A4 again.</p>"
        "<p>MAGE-A4 later.</p></body></html>"
    )
    out, done = add_glosses(page, glossary)
    assert done == ["MAGE-A4"]
    assert out.count("(a marker)") == 1
    assert "<p>Tested for MAGE-A4 (a marker) and MAGE-A4 again.</p>" in out
    assert "<h2>MAGE-A4</h2>" in out and "<text>MAGE-A4</text>" in out
    # Already explained in brackets: no second explanation.
    out, done = add_glosses("<body><p>MAGE-A4 (a tumor marker) here.</p></body>", glossary)
    assert done == [] and "(a marker)" not in out
    # Inside brackets: one pair of brackets, not two (the re-score found "(an IRB (...))").
    out, done = add_glosses("<body><p>Ask first (check the MAGE-A4).</p></body>", glossary)
    assert "(check the MAGE-A4, a marker)." in out and done == ["MAGE-A4"]


@pytest.mark.parametrize("slug", ["nk-cell-therapy", "tace-with-nk-cells"])
def test_no_gloss_nests_brackets_in_a_real_handout(slug) -> None:
    text = squash("\n".join(pages(pdf_of(slug, "a4"))))
    assert "))" not in text, slug


def test_side_effects_print_as_table_rows_not_css_columns() -> None:
    # Issue 13: CSS columns holding icon arrays made WeasyPrint lay the block out again
    # and again (30 s for one handout). Two effects a row, in reading order, most serious
    # first; a page may break between rows.
    from plainleaf.handout.therapy import PrintedEffect, effect_rows

    css = (ROOT / "src" / "plainleaf" / "handout" / "templates" / "handout.css").read_text()
    rule = re.search(r"^\.effects \{[^}]*\}", css, flags=re.M)
    assert rule is not None and "columns" not in rule.group(0)
    assert not re.search(r"\.effect[^{]*\{[^}]*display: flex", css)
    therapy = therapy_by_id("car-t-blood-cancers")
    html_text = therapy_html(therapy, real_library().glossary)
    assert html_text.count('class="erow"') == (len(therapy.side_effects) + 1) // 2
    effects = [PrintedEffect(f"e{i}", "", False, "", "", None) for i in range(5)]
    assert [[e.name for e in row] for row in effect_rows(effects)] == [
        ["e0", "e1"], ["e2", "e3"], ["e4"]
    ]


# --- issue 12, strict blind review (December 2026) -------------------------------------


def _printed(slug: str, paper: str = "a4") -> str:
    return squash("\n".join(pages(pdf_of(slug, paper))))


@pytest.mark.parametrize("paper", PAPERS)
@pytest.mark.parametrize(
    "slug",
    [t.slug for t in real_library().therapies if t.evidence.benefits and not t.evidence.medians],
)
def test_every_benefit_is_a_picture_on_paper(slug: str, paper: str) -> None:
    """PEMAT 15: a main result is drawn, not only told (the key in words is printed only
    with the pictures), on both papers, within two pages. (A page whose main result is
    its medians draws those first: see test_a_median_result_is_drawn_as_bars_on_paper.)"""
    therapy = therapy_by_id(slug)
    text = _printed(slug, paper)
    for benefit in therapy.evidence.benefits:
        assert squash(f"Dark: {benefit.outcome}") in text, (slug, paper)
        if benefit.compared_who:
            assert squash(f"Left: {benefit.who}") in text
            assert squash(f"Right: {benefit.compared_who}") in text


@pytest.mark.parametrize("slug", [t.slug for t in real_library().therapies])
def test_every_handout_has_the_evidence_scale_and_keys_for_its_risk_pictures(slug) -> None:
    """CDC 4: the N-D-C-B-A scale beside the bottom line; PEMAT 17: each risk picture,
    small or large, has its key in words ("Dark: at least 2 in 100", "Light: up to 26")."""
    therapy = therapy_by_id(slug)
    html_text = therapy_html(therapy, real_library().glossary)
    bottom = html_text[html_text.index('class="pl-bottom"'):html_text.index('class="pl-help"')]
    assert "Evidence scale from N (weakest) to A (strongest)" in bottom
    text = _printed(slug)
    assert squash("weakest") in text and squash("strongest") in text
    # Side effects and caveats alike ("8 in 100 people died from the treatment" on TIL).
    risks = [e.risk for e in therapy.side_effects] + [c.risk for c in therapy.caveats]
    for risk in [r for r in risks if r is not None]:
        if risk.up_to is not None and risk.up_to != risk.in_100:
            assert squash(f"Dark: at least {risk.in_100} in 100") in text, slug
            assert squash(f"Light: up to {risk.up_to} in 100") in text, slug
        else:
            assert squash(f"Dark: {risk.in_100} in 100") in text, slug


@pytest.mark.parametrize(
    ("slug", "explained"),
    [
        ("car-nk-cell-therapy", "cord blood (blood from a newborn's cord)"),
        ("car-nk-cell-therapy", "CAR-T (white blood cells changed in a lab to find cancer)"),
        ("car-nk-cell-therapy", "solid tumors (cancers that form a lump)"),
        ("car-nk-cell-therapy", "early or late (its phase)"),
        ("car-nk-cell-therapy", "Doctors give it only in trials"),
        ("car-t-blood-cancers", "myeloma (bone marrow cancer)"),
        ("car-t-blood-cancers", "Carvykti (a CAR-T product for myeloma)"),
        ("car-t-blood-cancers", "One product, Aucatzyl"),
        ("car-t-solid-tumours", "solid tumors (cancers that form a lump)"),
        ("car-t-solid-tumours", "early or late (its phase)"),
        ("immune-cell-infusions", "grows (\"activates\") your white cells, such as T cells"),
        ("immune-cell-infusions", "T cells (fighter white blood cells)"),
        ("immune-cell-infusions", "drips of white blood cells, such as NK cells"),
        ("immune-cell-infusions", "helps a company study a drug for a rare disease"),
        ("immune-cell-infusions", "3,100 to 4,100 US dollars"),
        ("nk-cell-therapy", "T cells (fighter white blood cells)"),
        ("nk-cell-therapy", "solid tumors (cancers that form a lump)"),
        ("stem-cell-treatments-for-cancer", "cord blood (blood from a newborn's cord)"),
        ("stem-cell-treatments-for-cancer", "strong chemo, then healthy cells that rebuild the blood"),
        ("tace-liver-cancer", '"chemoembolization" (the medical word for TACE)'),
        ("tace-with-immunotherapy", "TACE sends chemo to a liver tumor and blocks its blood"),
        ("tace-with-immunotherapy", "immunotherapy, a drug that helps your immune system"),
        ("tace-with-immunotherapy", "a targeted drug that blocks the tumor's new blood vessels"),
        ("tace-with-immunotherapy", "The targeted drugs, bevacizumab and lenvatinib"),
        ("tace-with-nk-cells", "TACE sends chemo to a liver tumor and blocks its blood"),
        # Round 2: a name spelled out is not an explanation; a gloss holds no new term.
        ("tace-liver-cancer", "drips of white blood cells called NK cells"),
        ("car-nk-cell-therapy", "IND number (permission from the US drug agency to test"),
        ("stem-cell-treatments-for-cancer", "If a cancer center offers you a stem cell transplant"),
        ("tace-with-nk-cells", '"chemoembolization" (the medical word for TACE)'),
        ("til-therapy", "melanoma (skin cancer)"),
        ("til-therapy", "solid tumors (cancers that form a lump)"),
    ],
)
def test_terms_the_blind_review_found_are_explained_on_the_handout(slug, explained) -> None:
    """A handout has no glossary: each term is explained where it is printed."""
    assert squash(explained) in _printed(slug), (slug, explained)


@pytest.mark.parametrize("slug", [t.slug for t in real_library().therapies])
def test_handouts_use_no_unexplained_trial_names_or_bare_product_aliases(slug) -> None:
    text = _printed(slug)
    for name in ("EMERALD-1", "EMERALD-3", "LEAP-012", "afami-cel"):
        assert squash(name) not in text, (slug, name)
    assert "))" not in text and "proven.)." not in text, slug


def test_glosses_agree_in_number_and_overlapping_names_take_one() -> None:
    from plainleaf.handout.glosses import add_glosses, plural
    from plainleaf.models import Glossary, GlossaryTerm

    assert plural("cancer that forms a lump") == "cancers that form a lump"
    assert plural("drug aimed at one cancer target") == "drugs aimed at one cancer target"
    assert plural("clotting cell") == "clotting cells"
    glossary = Glossary(
        terms=[
            GlossaryTerm(term="T cell", plain="fighter white blood cell", definition="A cell."),
            GlossaryTerm(term="activated lymphocytes", aliases=["activated T cells"],
                         plain="white cells grown in a lab", definition="Cells."),
            GlossaryTerm(term="solid tumor", plain="cancer that forms a lump",
                         print_gloss=True, definition="A lump."),
        ]
    )
    out, done = add_glosses(
        "<body><p>Drips of activated T cells help solid tumors; T cells vary.</p></body>",
        glossary,
    )
    assert "activated T cells (white cells grown in a lab)" in out
    assert "solid tumors (cancers that form a lump)" in out
    assert "T cells (fighter white blood cells) vary" in out
    assert sorted(done) == ["T cell", "activated lymphocytes", "solid tumor"]
    # Plain words printed just before the term explain it already.
    ethics = Glossary(terms=[GlossaryTerm(term="IRB", plain="ethics board", definition="A.")])
    out, done = add_glosses("<body><p>It has an ethics board (an IRB).</p></body>", ethics)
    assert done == [] and out.count("ethics board") == 1


def test_a_caveat_risk_is_drawn_on_paper_and_on_the_page() -> None:
    """TIL's death risk (about 8 in 100) is a picture beside its caveat, not words only."""
    from plainleaf import pictures
    from plainleaf.ui.therapy_page import caveats_html

    til = real_library().get("til-therapy")
    assert til is not None
    caveat = next(c for c in til.caveats if c.risk is not None)
    assert caveat.risk.in_100 == 8 and "8 in 100" in caveat.text
    svg = pictures.icon_array(caveat.risk).svg
    assert svg in therapy_html(til, real_library().glossary)
    assert pictures.icon_array(caveat.risk).data_uri in caveats_html(til)


@pytest.mark.parametrize("slug", [t.slug for t in real_library().therapies])
def test_tace_failing_is_said_in_words_wherever_it_is_printed(slug) -> None:
    """'TACE stopped working' is printed only with what it means (the tumor kept growing
    after more rounds); the look-back study that used it is now told on the web page."""
    text = _printed(slug)
    if squash("TACE stopped working") in text:
        assert squash("TACE stopped working (the tumor kept growing") in text, slug


# Round 2 (PEMAT 15): a main result that compares groups is drawn, not only told.
DRAWN_MAIN_RESULTS = {
    "car-t-blood-cancers": "were alive without the cancer growing after 1 year",
    "tace-liver-cancer": "were alive after 2 years",
    "car-t-solid-tumours": "had their tumor shrink",
    "dendritic-cell-vaccines": "were alive after 3 years",
}


@pytest.mark.parametrize("paper", PAPERS)
@pytest.mark.parametrize("slug", sorted(DRAWN_MAIN_RESULTS))
def test_main_comparison_is_drawn_as_two_groups_of_100(slug: str, paper: str) -> None:
    therapy = therapy_by_id(slug)
    benefit = next(b for b in therapy.evidence.benefits if b.outcome == DRAWN_MAIN_RESULTS[slug])
    assert benefit.compared_who is not None, slug
    text = _printed(slug, paper)
    assert squash(f"Dark: {benefit.outcome}") in text and squash("Right:") in text, (slug, paper)


# Round 3 (PEMAT 15, CDC 16): TACE with immunotherapy's main result is slower growth, told
# only as medians; it is drawn as two bars, and the survival gap beside it says it could
# be due to chance.
@pytest.mark.parametrize("paper", PAPERS)
def test_a_median_result_is_drawn_as_bars_on_paper(paper: str) -> None:
    therapy = therapy_by_id("tace-with-immunotherapy")
    assert therapy.evidence.medians, "the page's main result is its medians"
    median = therapy.evidence.medians[0]
    text = _printed("tace-with-immunotherapy", paper)
    assert squash(median.text) in text, paper
    assert squash("Each bar: how long the middle person in that group went") in text, paper
    assert squash(f"{median.months:g} months") in text and squash(
        f"{median.compared_months:g} months") in text
    survival = therapy.evidence.benefits[0]
    assert survival.caveat and squash(f"{survival.text} {survival.caveat}") in text


def test_no_bottom_line_compares_without_a_picture() -> None:
    """TIL's "lived longer than with another drug" had no number to draw (medians only):
    it is told on the web page with its months, not as a bare comparison on the handout."""
    til = therapy_by_id("til-therapy")
    assert "longer than" not in blocks.outcome_words(til)
    assert not any("longer than" in text for _, text in blocks.bottom_line_sentences(til))
