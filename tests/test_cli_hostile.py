"""Issue 14 rows that belong to the command line and extraction: each ends in a clear
message (exit code 2, no traceback) or a result within its budget."""

from __future__ import annotations

import errno
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from plainleaf.analyzer.extract import InputError, extract
from plainleaf.cli import main
from plainleaf.sentences import words
from tests.pdf_samples import SENTENCE, encrypted, shared_stream_pdf, text_pdf

ROOT = Path(__file__).resolve().parents[1]
ARTICLE = ROOT / "tests" / "fixtures" / "articles" / "11_clinic_testimonials.txt"
LEAD = "The patients in the study were given the new treatment and they did well with it. "
BUDGET_MESSAGE = "This text took too long to check; try a shorter part."


def cli(*args: str, stdin=None, timeout: float = 300) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "plainleaf.cli", *args], stdin=stdin,
                          capture_output=True, timeout=timeout)


def assert_plain_failure(done: subprocess.CompletedProcess, *words_: str) -> str:
    err = done.stderr.decode("utf-8", "replace")
    assert done.returncode == 2, err
    assert "Traceback" not in err and "Error:" not in err
    for w in words_:
        assert w in err
    return err


# --- pathological texts: a result or the budget message, never a hang -----------------------


@pytest.mark.parametrize("name,text", [
    ("blank lines", LEAD + "\n" * 10_000 + LEAD),
    ("digits", LEAD + "1" * 20_000),
    ("dollars", LEAD + "$1" * 50_000),
])
def test_pathological_text_ends_within_its_budget(tmp_path: Path, name: str, text: str) -> None:
    path = tmp_path / "p.txt"
    path.write_text(text)
    done = cli("analyze", str(path), "--format", "json", "--timeout", "15")
    if done.returncode == 0:
        assert json.loads(done.stdout)["words"] > 0
    else:
        assert_plain_failure(done, BUDGET_MESSAGE)


def test_timeout_flag_stops_a_long_analysis(tmp_path: Path) -> None:
    path = tmp_path / "long.txt"
    path.write_text(ARTICLE.read_text() * 300)  # about 80,000 words: far over 50 ms
    assert_plain_failure(cli("analyze", str(path), "--timeout", "0.05"), BUDGET_MESSAGE)


@pytest.mark.parametrize("cap_mb", ["30", "60"])
def test_memory_cap_gives_a_message(tmp_path: Path, cap_mb: str) -> None:
    # Caps smaller than the checker itself: the worker cannot start or cannot work. Either
    # way the person gets the plain message, not a traceback (a text too big for a cap
    # the checker fits in is tests/test_budget.py's over-memory test).
    path = tmp_path / "long.txt"
    path.write_text(ARTICLE.read_text() * 100)
    done = cli("analyze", str(path), "--memory-mb", cap_mb)
    assert_plain_failure(done, "too much memory")


# --- input -------------------------------------------------------------------------------------


def test_endless_standard_input_is_cut_at_the_byte_cap() -> None:
    with open("/dev/zero", "rb") as zero:
        done = cli("analyze", "-", stdin=zero, timeout=120)
    assert_plain_failure(done, "Standard input is too big")


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be", "utf-32"])
def test_utf16_and_utf32_with_a_bom_are_read(tmp_path: Path, encoding: str) -> None:
    text = ARTICLE.read_text()
    bom = {"utf-16-le": b"\xff\xfe", "utf-16-be": b"\xfe\xff", "utf-32": b""}[encoding]
    data = bom + text.encode(encoding)
    assert extract("a.txt", data) == extract("a.txt", text.encode("utf-8"))
    path = tmp_path / "u.txt"
    path.write_bytes(data)
    assert main(["analyze", str(path), "--format", "json"]) == 0


def test_utf16_on_standard_input(capsys, monkeypatch) -> None:
    import io

    data = b"\xff\xfe" + ARTICLE.read_text().encode("utf-16-le")
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))
    assert main(["analyze", "-", "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out)["source_type"]["code"] == "clinic_marketing"


def test_word_limit_counts_the_words_the_report_shows(monkeypatch) -> None:
    import plainleaf.analyzer.extract as ex

    # Hyphenated names count once in the report ("CAR-T", "stage-4"); the limit agrees.
    text = "CAR-T cell therapy helps some people with stage-4 lymphoma, the team said. " * 10
    n = len(words(text))
    monkeypatch.setattr(ex, "MAX_WORDS", n)
    assert ex.check_text(text) == text
    monkeypatch.setattr(ex, "MAX_WORDS", n - 1)
    with pytest.raises(InputError) as info:
        ex.check_text(text)
    assert f"has {n:,} words" in str(info.value)
    from plainleaf.analyzer import analyze_pasted

    monkeypatch.setattr(ex, "MAX_WORDS", n)
    assert analyze_pasted(text).words == n


# --- PDF ---------------------------------------------------------------------------------------


def test_pdf_encrypted_with_an_empty_password_is_read() -> None:
    pdf = encrypted(text_pdf(ARTICLE.read_text()), "")
    assert "Vitalis" in extract("a.pdf", pdf)


def test_pdf_with_a_real_password_is_locked() -> None:
    pdf = encrypted(text_pdf(ARTICLE.read_text()), "secret")
    with pytest.raises(InputError, match="locked with a password"):
        extract("a.pdf", pdf)


def test_pdf_page_amplification_stops_at_the_character_cap() -> None:
    # Ten pages share one stream of 2.1 million characters: the first page is already over
    # the limit, so the other nine are never extracted.
    content = SENTENCE * (2_100_000 // 80)
    pdf = shared_stream_pdf(content, pages=10)
    assert len(pdf) < 100_000
    with pytest.raises(InputError, match="too long to check"):
        extract("bomb.pdf", pdf)


def test_pdf_page_cap_is_checked_before_extraction() -> None:
    from plainleaf.analyzer.extract import MAX_PDF_PAGES

    pdf = shared_stream_pdf(SENTENCE, pages=MAX_PDF_PAGES + 1)
    with pytest.raises(InputError, match=f"{MAX_PDF_PAGES:,} pages"):
        extract("many.pdf", pdf)


def test_pdf_time_cap(monkeypatch) -> None:
    import plainleaf.analyzer.extract as ex

    pdf = shared_stream_pdf(SENTENCE * 20, pages=3)
    with pytest.raises(InputError, match="took too long to read"):
        ex.pdf_to_text(pdf, max_seconds=-1)


def test_pypdf_warnings_stay_off_the_screen(tmp_path: Path) -> None:
    whole = text_pdf(ARTICLE.read_text())
    path = tmp_path / "truncated.pdf"
    path.write_bytes(whole[: len(whole) // 2])
    err = assert_plain_failure(cli("analyze", str(path)), "damaged")
    assert "EOF marker" not in err and "pypdf" not in err
    assert err.strip().count("\n") == 0  # one plain line


# --- output ------------------------------------------------------------------------------------


def test_output_equal_to_the_input_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "same.txt"
    path.write_text(ARTICLE.read_text())
    before = path.read_bytes()
    assert_plain_failure(cli("analyze", str(path), "-o", str(path)), "would replace it")
    assert path.read_bytes() == before
    link = tmp_path / "link.md"
    link.symlink_to(path)
    assert_plain_failure(cli("analyze", str(path), "-o", str(link)), "would replace it")


@pytest.mark.parametrize("target,words_", [
    ("{tmp}", "is a folder"),
    ("{tmp}/no/such/folder/r.md", "does not exist"),
    ("/proc/version", "Cannot write /proc/version"),
    ("/dev/full", "not a regular file"),
])
def test_bad_output_is_a_message(tmp_path: Path, target: str, words_: str) -> None:
    out = target.format(tmp=tmp_path)
    for fmt in ("markdown", "pdf"):
        assert_plain_failure(cli("analyze", str(ARTICLE), "--format", fmt, "-o", out), words_)
    assert not (tmp_path / "no").exists()


def test_handout_bad_output_is_a_message(tmp_path: Path) -> None:
    assert_plain_failure(cli("handout", "car-t-blood-cancers", "-o", str(tmp_path)), "is a folder")
    assert_plain_failure(cli("handout", "car-t-blood-cancers", "-o", "/proc/version"),
                         "Cannot write")


def test_full_disk_leaves_the_old_file_and_no_temporary_file(tmp_path: Path, monkeypatch,
                                                             capsys) -> None:
    import plainleaf.safe_output as so

    out = tmp_path / "report.md"
    out.write_text("the old report\n")

    def disk_full(fd: int, data: bytes) -> int:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(so.os, "write", disk_full)
    assert main(["analyze", str(ARTICLE), "-o", str(out)]) == 2
    err = capsys.readouterr().err
    assert "the disk is full" in err and "Traceback" not in err
    assert out.read_text() == "the old report\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["report.md"]


def test_atomic_write_replaces_the_whole_file(tmp_path: Path) -> None:
    from plainleaf.safe_output import write_atomic

    out = tmp_path / "r.md"
    out.write_text("x" * 10_000)
    os.chmod(out, 0o640)
    write_atomic(out, "short\n")
    assert out.read_text() == "short\n" and (out.stat().st_mode & 0o777) == 0o640


# --- report escaping and start-up cost ---------------------------------------------------------


def test_markdown_report_escapes_pasted_html(tmp_path: Path, capsys) -> None:
    path = tmp_path / "inject.txt"
    path.write_text("Our clinic offers NK cell therapy. NK cells <img src=https://evil.example/t.png "
                    "onerror=alert`1`> help you live longer.\nCall us today for a free "
                    "consultation.\n")
    assert main(["analyze", str(path), "--format", "markdown"]) == 0
    out = capsys.readouterr().out
    import re

    assert "\\<img" in out and not re.search(r"(?<!\\)<img", out)


def test_json_analyze_path_imports_no_weasyprint_streamlit_or_nltk() -> None:
    script = (
        "import sys\n"
        "from plainleaf.cli import main\n"
        f"code = main(['analyze', {str(ARTICLE)!r}, '--format', 'json'])\n"
        "heavy = sorted({m.split('.')[0] for m in sys.modules} & "
        "{'weasyprint', 'streamlit', 'nltk', 'trafilatura', 'lxml'})\n"
        "print('HEAVY', heavy, code)\n"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                          timeout=120)
    assert "HEAVY [] 0" in done.stdout, done.stderr
    # The worker, too: the analyzer itself never imports nltk.
    done = subprocess.run([sys.executable, "-c", "import sys, plainleaf.analyzer; "
                           "print(sorted(m for m in ('nltk', 'weasyprint', 'streamlit') "
                           "if m in sys.modules))"], capture_output=True, text=True, timeout=120)
    assert done.stdout.strip() == "[]", done.stderr


def test_no_command_imports_weasyprint_at_start_up() -> None:
    script = ("import sys\nfrom plainleaf.cli import build_parser\nbuild_parser()\n"
              "print('weasyprint' in sys.modules)")
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                          timeout=120)
    assert done.stdout.strip() == "False", done.stderr


def test_handout_paper_sizes_match_the_renderer() -> None:
    from plainleaf.commands.handout_cmd import PAPERS
    from plainleaf.handout import PAPERS as RENDER_PAPERS

    assert tuple(PAPERS) == tuple(RENDER_PAPERS)
