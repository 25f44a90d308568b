"""The article report a patient can act on (issue 10, step 6): one plan, three outputs."""

from __future__ import annotations

import io
import re
from pathlib import Path

import pytest
from pypdf import PdfReader

from plainleaf.analyzer import analyze_pasted
from plainleaf.analyzer.quotes import context_span
from plainleaf.analyzer.report import HEADINGS, build_report, markdown_report
from plainleaf.cli import main
from plainleaf.content import load_library
from plainleaf.handout import report_pdf
from tests.conftest import REAL_CONTENT, ROOT

LIBRARY = load_library(REAL_CONTENT)
NAMES = {t.slug: t.name for t in LIBRARY.therapies}
NK_CLINIC = ROOT / "tests" / "fixtures" / "claims" / "nk_clinic_leukemia.txt"
EXPLAINER = ROOT / "tests" / "fixtures" / "e2e_articles"


def _analysis(path: Path):
    text = path.read_text(encoding="utf-8")
    return text, analyze_pasted(text, LIBRARY)


def _pdf_text(data: bytes) -> str:
    return " ".join(" ".join((p.extract_text() or "").split())
                    for p in PdfReader(io.BytesIO(data)).pages)


def _order(haystack: str, needles: list[str]) -> list[int]:
    return [haystack.find(n) for n in needles]


# --- the bottom line --------------------------------------------------------------------


def test_bottom_line_puts_selling_and_no_risks_first() -> None:
    text, a = _analysis(NK_CLINIC)
    b = build_report(a, text, NAMES).bottom_line
    assert b.source_label == "Advert or sales page"
    assert b.evidence_title.startswith("Evidence grade")
    assert 1 <= len(b.warnings) <= 3
    assert b.warnings[0] == "It sells a treatment outside a registered clinical trial."
    assert "risk" in b.warnings[1] or "side effects" in b.warnings[1]
    steps = " ".join(s.text + " " + s.link_label for s in b.steps)
    assert "registration number" in steps and "ClinicalTrials.gov" in steps
    assert "care team" in steps and "NK-cell therapy" in steps


def test_a_page_naming_no_risk_says_so_first_after_selling() -> None:
    text = ("Our clinic offers NK cell therapy in Cancun. NK cell therapy is safe and gentle. "
            "Book your free consultation today at 555-123-4567.")
    a = analyze_pasted(text, LIBRARY)
    warnings = build_report(a, text, NAMES).bottom_line.warnings
    assert "It names no risks of the treatment it is about." in warnings[:2]


def test_a_clean_text_gets_no_alarm_in_its_bottom_line() -> None:
    text = ("NK cells are white blood cells. Doctors are testing NK cell therapy in clinical "
            "trials. It can cause fever, low blood counts and infections. Ask your care team "
            "whether a trial is right for you.")
    a = analyze_pasted(text, LIBRARY)
    b = build_report(a, text, NAMES).bottom_line
    assert not a.red_flags
    assert b.warnings == ["We found none of the warning signs of a sales pitch. That does "
                          "not prove the text is right."]


# --- flags grouped, quotes cut at word boundaries ----------------------------------------


def test_one_block_per_kind_with_all_its_quotes() -> None:
    text, a = _analysis(NK_CLINIC)
    groups = build_report(a, text, NAMES).flag_groups
    codes = [g.code for g in groups]
    assert len(codes) == len(set(codes)) == len({f.code for f in a.red_flags})
    for g in groups:
        marked = " ".join(" ".join(q.marked) for q in g.quotes)
        for f in a.red_flags:
            if f.code == g.code:
                assert f.quote in marked


@pytest.mark.parametrize("path", sorted((ROOT / "tests" / "fixtures" / "articles").glob("*.txt"))[:25],
                         ids=lambda p: p.stem)
def test_quotes_start_and_end_on_word_boundaries(path: Path) -> None:
    text, a = _analysis(path)
    for f in a.red_flags:
        lo, hi = context_span(text, f.start, f.end)
        assert lo <= f.start and f.end <= hi
        assert lo == 0 or not (text[lo - 1].isalnum() and text[lo].isalnum()), text[lo - 5:lo + 5]
        assert hi == len(text) or not (text[hi - 1].isalnum() and text[hi].isalnum())
    for g in build_report(a, text, NAMES).flag_groups:
        for q in g.quotes:
            assert q.plain in " ".join(text.split())


def test_context_span_never_cuts_a_word() -> None:
    text = "Leukemia therapies increase susceptibility to infections, adverse side effects."
    start = text.index("infections")
    lo, hi = context_span(text, start, start + len("infections"), reach=12)
    # Inward to the nearest whole word on each side, never "…ility to infections".
    assert text[lo:hi] == "to infections, adverse"


# --- side effects of other treatments -----------------------------------------------------


def test_report_never_credits_a_chemo_harm_to_the_cells_sold() -> None:
    text, a = _analysis(NK_CLINIC)
    v = build_report(a, text, NAMES)
    named = [n for n, _ in v.side_effects.named]
    assert "infections" not in named
    assert any("infections only as a harm of other treatments" in m
               for m in v.side_effects.missing)
    md = markdown_report(a, "clinic", text, NAMES)
    assert "It names infections" not in md
    pdf = _pdf_text(report_pdf(a, "clinic", text=text, page_names=NAMES))
    risks = pdf.split("Risks of this treatment that the text names:")[1].split(
        "Serious side effects the text leaves out")[0]
    assert "infections" not in risks and "fever" in risks


# --- same order on screen, in Markdown and on paper --------------------------------------

ORDER = ["bottom_line", "summary", "claims", "red_flags", "side_effects", "source_type",
         "evidence", "questions", "help", "read_more"]


def test_markdown_sections_follow_the_plan() -> None:
    text, a = _analysis(NK_CLINIC)
    md = markdown_report(a, "clinic", text, NAMES)
    found = re.findall(r"^## (.+)$", md, re.MULTILINE)
    assert found[: len(ORDER)] == [HEADINGS[k] for k in ORDER]
    assert found[-1] == HEADINGS["editors"]  # the reading level comes last, for editors
    assert md.index("Flesch-Kincaid") > md.index("## " + HEADINGS["editors"])
    assert "## Key numbers" not in md
    assert "Our page on NK-cell therapy: not approved anywhere; evidence: limited." in md
    assert "[NK-cell therapy](./nk-cell-therapy)" in md


def test_pdf_follows_the_same_plan_and_keeps_editor_figures_off_paper() -> None:
    text, a = _analysis(NK_CLINIC)
    pdf = _pdf_text(report_pdf(a, "clinic", text=text, page_names=NAMES))
    positions = _order(pdf, [HEADINGS[k] for k in ORDER])
    assert -1 not in positions, dict(zip(ORDER, positions, strict=True))
    assert positions == sorted(positions)
    assert "Flesch" not in pdf and "SMOG" not in pdf
    assert "not approved anywhere; evidence: limited" in pdf
    assert "Before you pay or travel" in pdf


def test_cli_markdown_and_pdf_show_the_claims(tmp_path: Path, capsys) -> None:
    assert main(["analyze", str(NK_CLINIC), "--format", "markdown"]) == 0
    out = capsys.readouterr().out
    assert "## Claims checked against our library" in out
    assert "## The bottom line" in out and "prevent cancer recurrence" in out
    assert main(["analyze", str(NK_CLINIC), "--format", "json"]) == 0
    assert '"claims": [' in capsys.readouterr().out
    pdf = tmp_path / "r.pdf"
    assert main(["analyze", str(NK_CLINIC), "--format", "pdf", "-o", str(pdf)]) == 0
    assert "Claims checked against our library" in _pdf_text(pdf.read_bytes())


def test_untrusted_text_in_quotes_stays_text() -> None:
    text = ("Our clinic offers NK cell therapy in Cancun. <script>alert(1)</script> NK cell "
            "therapy cures leukemia **now** [x](javascript:alert(2)). It is the best thing "
            "that you can do for your family and for your health. Call us today!")
    a = analyze_pasted(text, LIBRARY)
    md = markdown_report(a, "<b>x</b>", text, NAMES)
    # Every "<" and "](" that came from the text is escaped, so Markdown shows it literally.
    assert not re.search(r"(?<!\\)<(?:script|b)>", md)
    assert not re.search(r"(?<!\\)\]\(javascript", md)
    from plainleaf.handout import report_html

    page = report_html(a, "x", text=text, page_names=NAMES)
    assert "<script>alert" not in page and "&lt;script&gt;" in page
    from plainleaf.ui.article_report import quote_html

    v = build_report(a, text, NAMES)
    for g in v.flag_groups:
        for q in g.quotes:
            assert "<script>" not in quote_html(q)


def test_markdown_report_has_the_scale_in_words_and_help() -> None:
    from plainleaf.analyzer.report import HELP_WORDS
    from plainleaf.help_picture import evidence_scale_text

    text, a = _analysis(NK_CLINIC)
    md = markdown_report(a, "x.txt", text, NAMES)
    assert evidence_scale_text(a.evidence.level) in md
    assert f"[{a.evidence.level}]" in md and "Evidence grade" in md
    assert "Evidence level" not in md
    assert HELP_WORDS in md and md.index("## Get help now") < md.index("## For editors")
