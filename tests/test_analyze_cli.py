"""`plainleaf analyze`: JSON and Markdown out, clear errors with exit code 2."""

from __future__ import annotations

import io
import json
import sys
from pathlib import Path

from plainleaf.analysis_models import Analysis
from plainleaf.cli import main

FIXTURE = Path(__file__).parent / "fixtures" / "articles" / "11_clinic_testimonials.txt"


def test_json_output_is_the_analysis_model(capsys):
    assert main(["analyze", str(FIXTURE), "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    a = Analysis.model_validate(data)
    assert a.source_type.code == "clinic_marketing"


def test_markdown_output(capsys):
    assert main(["analyze", str(FIXTURE), "--format", "markdown"]) == 0
    out = capsys.readouterr().out
    assert "## Red flags" in out and "not medical advice" in out


def test_stdin(monkeypatch, capsys):
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(FIXTURE.read_bytes())))
    assert main(["analyze", "-", "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out)["red_flags"]


def test_bad_input_exits_2_without_traceback(tmp_path, capsys):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    assert main(["analyze", str(empty)]) == 2
    err = capsys.readouterr().err
    assert "empty" in err and "Traceback" not in err
    assert main(["analyze", str(tmp_path / "missing.txt")]) == 2
    bad = tmp_path / "x.pdf"
    bad.write_bytes(b"%PDF-1.7 nonsense")
    assert main(["analyze", str(bad)]) == 2
    assert "damaged" in capsys.readouterr().err


def test_pdf_needs_output_and_a_renderer(capsys, tmp_path):
    assert main(["analyze", str(FIXTURE), "--format", "pdf"]) == 2
    code = main(["analyze", str(FIXTURE), "--format", "pdf", "-o", str(tmp_path / "r.pdf")])
    try:
        import plainleaf.handout as handout

        has_renderer = hasattr(handout, "report_pdf")
    except ImportError:
        has_renderer = False
    assert code == (0 if has_renderer else 2)
