"""`plainleaf analyze PATH|-`: check an article from the command line."""

from __future__ import annotations

import argparse
import importlib
import sys
from pathlib import Path

from plainleaf.analysis_models import Analysis
from plainleaf.analyzer import InputError, analyze_text
from plainleaf.analyzer.extract import extract, extract_pasted
from plainleaf.analyzer.report import markdown_report
from plainleaf.content import load_library


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "analyze",
        help="check an article: source type, evidence, red flags, side effects, summary",
        description="Analyze a clinic page, news story or abstract (.txt, .md, .html, .pdf, "
        "or - for standard input). Offline. Exits 2 with a plain message on bad input.",
    )
    p.add_argument("path", help="file to check, or - to read text from standard input")
    p.add_argument("--format", choices=["json", "markdown", "pdf"], default="markdown")
    p.add_argument("-o", "--output", type=Path, help="write here instead of standard output "
                   "(required for --format pdf)")
    p.add_argument("--content", type=Path, help="content folder for library links")
    p.set_defaults(func=run_analyze)


def _fail(message: str) -> int:
    print(f"plainleaf analyze: {message}", file=sys.stderr)
    return 2


def run_analyze(args: argparse.Namespace) -> int:
    library = load_library(args.content)
    # The file name, not its folder: a printed report should not show where it was kept.
    name = "standard input" if args.path == "-" else Path(args.path).name
    try:
        if args.path == "-":
            raw = sys.stdin.buffer.read()
            try:
                text = raw.decode("utf-8")
            except UnicodeDecodeError:
                return _fail("standard input is not UTF-8 text.")
            text = extract_pasted(text)
        else:
            path = Path(args.path)
            if not path.is_file():
                return _fail(f"{path} is not a file.")
            try:
                data = path.read_bytes()
            except OSError as exc:
                return _fail(f"cannot read {path}: {exc.strerror or exc}.")
            text = extract(path.name, data)
        # Extract here (not in analyze_file) so the report can quote each hit in context.
        analysis = analyze_text(text, library)
    except InputError as exc:
        return _fail(str(exc))
    page_names = {t.slug: t.name for t in library.therapies} if library else {}
    if args.format == "pdf":
        return _write_pdf(analysis, name, args.output, text, page_names)
    out = (analysis.model_dump_json(indent=2) if args.format == "json"
           else markdown_report(analysis, name, text, page_names))
    if args.output:
        args.output.write_text(out + "\n", encoding="utf-8")
    else:
        print(out)
    return 0


def _write_pdf(analysis: Analysis, name: str, output: Path | None, text: str | None = None,
               page_names: dict[str, str] | None = None) -> int:
    if output is None:
        return _fail("--format pdf needs -o FILE.pdf")
    try:
        handout = importlib.import_module("plainleaf.handout")
    except ImportError:
        handout = None
    report_pdf = getattr(handout, "report_pdf", None)
    if report_pdf is None:
        return _fail("PDF reports are not available in this install (plainleaf.handout "
                     "has no report_pdf). Use --format markdown or json.")
    output.write_bytes(report_pdf(analysis, name, text=text, page_names=page_names))
    print(f"wrote {output}", file=sys.stderr)
    return 0


