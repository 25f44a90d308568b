"""The article report a patient can act on (issue 10, step 6): one plan, three outputs."""

from __future__ import annotations

import io
import re
from pathlib import Path

import pytest
from pypdf import PdfReader

from plainleaf.analyzer import analyze_pasted
from plainleaf.analyzer.explain import side_effect_line
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
    v = build_report(a, text, NAMES)
    groups = v.flag_groups
    codes = [g.code for g in groups]
    claimed = [(c.start, c.end) for c in a.claims]

    def quoted_as_claim(f) -> bool:
        return f.code == "overclaiming" and any(s <= f.start and f.end <= e for s, e in claimed)

    # A promise already quoted under "Claims checked" is not quoted a second time.
    assert len(codes) == len(set(codes)) == len({f.code for f in a.red_flags
                                                  if not quoted_as_claim(f)})
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
    named = [n.name for n in v.side_effects.named]
    assert "infections" not in named
    assert any(m.name == "infections" and "only as a harm of other treatments" in m.note
               for m in v.side_effects.missing)
    md = markdown_report(a, "clinic", text, NAMES)
    assert "It names infections" not in md
    pdf = _pdf_text(report_pdf(a, "clinic", text=text, page_names=NAMES))
    risks = pdf.split("Risks of this treatment that the text names:")[1].split(
        "Serious side effects the text leaves out")[0]
    assert "Infections" not in risks and "Fever" in risks


# --- same order on screen, in Markdown and on paper --------------------------------------

# The evidence section is left out when the bottom line already says all there is ("no
# study you can check"), as for this text; "Read more" is on screen and in Markdown only
# (on paper the pages are named in the bottom line's step that sends you there).
ORDER = ["bottom_line", "summary", "claims", "red_flags", "side_effects", "source_type",
         "questions", "help"]


def test_markdown_sections_follow_the_plan() -> None:
    text, a = _analysis(NK_CLINIC)
    md = markdown_report(a, "clinic", text, NAMES)
    found = re.findall(r"^## (.+)$", md, re.MULTILINE)
    assert found[: len(ORDER)] == [HEADINGS[k] for k in ORDER]
    assert found[len(ORDER)] == HEADINGS["read_more"]
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
    assert "NK-cell therapy (pages in the plainleaf app)" in pdf


def test_cli_markdown_and_pdf_show_the_claims(tmp_path: Path, capsys) -> None:
    assert main(["analyze", str(NK_CLINIC), "--format", "markdown"]) == 0
    out = capsys.readouterr().out
    assert "## Claims checked against our library" in out
    assert "## The bottom line" in out and "prevent cancer recurrence" in out
    # The CLI reads the library: side effects are explained, and so is "ask first".
    assert "It can lead to bleeding, anemia (low red blood cells) or serious infection." in out  # the NK page's words
    assert "Why: Insurance does not usually pay for unproven care." in out
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


# --- say each thing once, in patient words (review 2026-12 re-score, PEMAT 2) -----------

WORKINGS = re.compile(r"Words:|\('[^']*',|Source type rule|Evidence rule")
REALWORLD = ROOT / "tests" / "fixtures" / "realworld" / "dev"
SAMPLES = [NK_CLINIC, *(REALWORLD / f"{n}.txt" for n in (
    "c11_cn_cik_relay_cell", "n14_ohio_woman_cancer_free_cbs", "s01_zuma7_older_patients",
    "e19_nsw_aci_cart_treatment_info", "p07_autolus_aucatzyl_ec_approval"))]


def _patient_markdown(md: str) -> str:
    return md.split("## " + HEADINGS["editors"])[0]


@pytest.mark.parametrize("path", SAMPLES, ids=lambda p: p.stem)
def test_no_analyzer_workings_reach_the_patient(path: Path) -> None:
    text, a = _analysis(path)
    md = markdown_report(a, "x", text, NAMES, LIBRARY)
    assert not WORKINGS.search(_patient_markdown(md)), _patient_markdown(md)
    # The editors still get the analyzer's reasons, word lists and all.
    assert "Source type rule:" in md
    from plainleaf.handout import report_html

    assert not WORKINGS.search(report_html(a, "x", text=text, page_names=NAMES,
                                           library=LIBRARY))


def test_each_point_is_said_once() -> None:
    from plainleaf.analyzer.summary import TYPE_SENTENCES
    from plainleaf.spec import FLAG_KINDS

    text, a = _analysis(NK_CLINIC)
    v = build_report(a, text, NAMES, LIBRARY)
    # "In plain words" says what the text says; who wrote it, its evidence and its red
    # flags are said in the bottom line and their own sections, not again here.
    repeats = set(TYPE_SENTENCES.values()) | {k.sentence for k in FLAG_KINDS}
    assert v.summary and not repeats & set(v.summary)
    assert not [s for s in v.summary if "study" in s or "side effect" in s]
    # A red flag the bottom line already explains shows its quotes, not its reason again.
    said = [g for g in v.flag_groups if g.in_bottom_line]
    assert said and {g.code for g in said} >= {"offered_outside_trials", "risks_minimized"}
    md = _patient_markdown(markdown_report(a, "x", text, NAMES, LIBRARY))
    for g in said:
        for why in g.whys:
            assert why not in md
    # The library page's note on the claims is given once, not once per claim.
    assert md.count("not approved anywhere; evidence: limited") == 2  # bottom line + claims
    # Who wrote it is said in the bottom line; its own section only shows how we can tell.
    assert md.count("Advert or sales page") == 1


def test_side_effects_say_what_they_are_and_what_they_can_do() -> None:
    text, a = _analysis(NK_CLINIC)
    se = build_report(a, text, NAMES, LIBRARY).side_effects
    items = {i.name: i for i in [*se.named, *se.missing]}
    # The glossary's words for what it is, the therapy page's for what it can do.
    low = items["low blood counts"].meaning
    cytopenia = next(t for t in LIBRARY.glossary.terms if t.term == "cytopenia")
    assert low.startswith(cytopenia.definition.split(".")[0])
    assert "platelets (clotting cells)" in low and "bleeding" in low
    assert "serious infection" in items["fever"].meaning
    assert "care in the hospital" in items["infections"].meaning
    # Without a library there is nothing to quote, so nothing is made up.
    bare = build_report(a, text, NAMES).side_effects
    assert all(not i.meaning for i in [*bare.named, *bare.missing])


def test_ask_first_says_why_in_the_library_s_words() -> None:
    text, a = _analysis(NK_CLINIC)
    step = build_report(a, text, NAMES, LIBRARY).bottom_line.steps[-1]
    assert "before you pay, sign or travel" in step.text
    why = " ".join(step.why)
    nk = next(t for t in LIBRARY.therapies if t.slug == "nk-cell-therapy")
    notes = " ".join(" ".join(c.text.split()) for c in nk.caveats)
    notes += " ".join(" ".join(se.what_it_is.split()) for se in nk.side_effects)
    # Cost you pay yourself, being far from your team, a product no one checked.
    assert "pay" in step.why[0] and "far from your own team" in step.why[1]
    assert "well-run lab" in step.why[2]
    assert all(w in notes for w in step.why), why
    assert not build_report(a, text, NAMES).bottom_line.steps[-1].why


def test_a_proven_treatment_borrows_no_other_page_s_harm_or_unproven_cost() -> None:
    # A hospital page on TACE (approved, grade A): "unproven care" and the dendritic
    # page's "a reaction within a day of the drip" would both mislead here.
    text, a = _analysis(REALWORLD / "c25_th_intl_hospital_tace_page.txt")
    report = build_report(a, text, NAMES, LIBRARY)
    assert report.bottom_line.steps[-1].why, "being far from your team still applies"
    assert not any("unproven" in w for w in report.bottom_line.steps[-1].why)
    own = {se.code for t in LIBRARY.therapies if t.slug in a.library_slugs
           for se in t.side_effects}
    codes = [m.code for m in a.side_effects.mentioned]
    assert set(codes) - own, "the sample must name an effect its own page does not list"
    for code in codes:
        line = side_effect_line(code, LIBRARY.therapies, a.library_slugs, LIBRARY.glossary)
        assert "drip" not in line
        if code not in own:  # no own page: the glossary's definition or nothing
            assert line in ("", *(t.definition for t in LIBRARY.glossary.terms))
    assert all("drip" not in i.meaning for i in report.side_effects.named)


@pytest.mark.parametrize("path", SAMPLES, ids=lambda p: p.stem)
def test_pdf_ends_on_page_two_with_the_help_box(path: Path) -> None:
    text, a = _analysis(path)
    reader = PdfReader(io.BytesIO(report_pdf(a, path.name, text=text, page_names=NAMES,
                                             library=LIBRARY)))
    assert len(reader.pages) == 2
    last = " ".join((reader.pages[-1].extract_text() or "").split())
    assert "Get help now" in last and "About this report" not in last


def test_pdf_help_picture_is_drawn_large() -> None:
    from plainleaf.handout import report_html

    text, a = _analysis(NK_CLINIC)
    page = report_html(a, "x", text=text, page_names=NAMES, library=LIBRARY)
    # 150 mm for a 560-unit strip: its smallest words (15 units) print at about 11 pt.
    assert ".report-help .pl-help-picture svg { width: 150mm;" in page


@pytest.mark.parametrize("path", SAMPLES, ids=lambda p: p.stem)
def test_the_report_s_own_words_are_plain(path: Path) -> None:
    """Everything the report says in its own words (not the article's quotes) reads at or
    below grade 8: warnings, steps and their why, side-effect lines, reasons."""
    from plainleaf.limits import LIMITS
    from plainleaf.readability import measure

    text, a = _analysis(path)
    v = build_report(a, text, NAMES, LIBRARY)
    b = v.bottom_line
    se = v.side_effects
    ours = [*b.warnings, *(s.text for s in b.steps), *(w for s in b.steps for w in s.why),
            *(i.meaning for i in [*se.named, *se.missing]), *(i.note for i in se.missing),
            *v.source_reasons, *v.evidence_reasons]
    r = measure(" ".join(ours))
    assert r.flesch_kincaid_grade <= LIMITS.max_flesch_kincaid_grade, (r, ours)
    assert r.smog_index <= LIMITS.max_smog_index, (r, ours)
    assert not [x for x in v.source_reasons if "," in x and "(" in x]  # no word lists


def test_a_text_on_a_standard_treatment_gets_no_registered_trial_warning() -> None:
    # c25 sells nothing and is about TACE, which our page calls a standard treatment.
    text, a = _analysis(REALWORLD / "c25_th_intl_hospital_tace_page.txt")
    steps = build_report(a, text, NAMES, LIBRARY).bottom_line.steps
    assert not any("registration number" in s.text for s in steps)
    # A clinic selling NK cells still gets it, first.
    text, a = _analysis(NK_CLINIC)
    assert "registration number" in build_report(a, text, NAMES, LIBRARY).bottom_line.steps[0].text


def test_the_report_says_what_the_treatment_is_in_our_page_s_words() -> None:
    text, a = _analysis(NK_CLINIC)
    summary = build_report(a, text, NAMES, LIBRARY).summary
    nk = next(t for t in LIBRARY.therapies if t.slug == "nk-cell-therapy")
    at = next(i for i, s in enumerate(summary) if s.startswith("It is about "))
    assert summary[at + 1] == f"Our library: {nk.bottom_line.what_it_is}"
    assert not any(s.startswith("Our library") for s in build_report(a, text, NAMES).summary)


@pytest.mark.parametrize("path", [NK_CLINIC, *sorted(REALWORLD.glob("*.txt"))[:40]],
                         ids=lambda p: p.stem)
def test_questions_and_summary_use_words_not_codes(path: Path) -> None:
    text, a = _analysis(path)
    md = markdown_report(a, path.name, text, NAMES, LIBRARY)
    patient = md.split("## For editors")[0]
    assert not re.search(r"\b(?:crs|icans|low_blood_counts|secondary_cancer)\b", patient)
    assert not re.search(r"It gives this result: [\d.,]+%\.", patient)


def test_a_reason_loses_its_quoted_words_however_many_it_lists():
    from plainleaf.analyzer.report import plain_reason

    assert plain_reason('It plays down the risks. Words: "minimal side effects".') == (
        "It plays down the risks.")
    assert plain_reason('It uses words that sales pages use more often. Words: "method", '
                        '"Radiation", "clinic".') == (
        "It uses words that sales pages use more often.")
