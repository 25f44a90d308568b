"""`plainleaf analyze`: check one article (a file, standard input or a link), or many.

One input gives one report (markdown, json or pdf). A folder, several inputs, a text file
of links, or ``--format jsonl|csv`` gives a batch: one row per document, a progress bar,
a summary table, and a rerun that skips what the output already holds.

Every analysis runs in a worker process with a time limit (``--timeout``) and a memory
cap, so no input can hang the command or eat the machine. Heavy modules (the analyzer,
WeasyPrint, trafilatura) are imported only by the path that needs them.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from plainleaf.budget import DEFAULT_MEMORY_MB, DEFAULT_TIMEOUT
from plainleaf.safe_output import OutputError, check_output_path, write_atomic

if TYPE_CHECKING:
    from plainleaf.content import Library

SINGLE_FORMATS = ("markdown", "json", "pdf")
BATCH_FORMATS = ("jsonl", "csv")


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "analyze",
        help="check an article (file, link or standard input), or a folder of them",
        description="Analyze a clinic page, news story or abstract: a .txt, .md, .html or "
        ".pdf file, - for standard input, or an http(s) link (downloaded once; the only "
        "network use in plainleaf). Several inputs, a folder or a .txt file of links make a "
        "batch (--format jsonl or csv). Exits 2 with a plain message on bad input.",
    )
    p.add_argument("inputs", nargs="+", metavar="INPUT",
                   help="file, folder, link, links.txt (one link a line), or - for stdin")
    p.add_argument("--format", choices=SINGLE_FORMATS + BATCH_FORMATS, default=None,
                   help="markdown (default for one input), json, pdf; jsonl (default for a "
                   "batch) or csv")
    p.add_argument("-o", "--output", type=Path, help="write here instead of standard output "
                   "(required for --format pdf; a batch appends to it and resumes)")
    p.add_argument("--workers", type=int, default=None,
                   help="processes for a batch (default: the number of cores, at most 4)")
    p.add_argument("--timeout", type=float, default=DEFAULT_TIMEOUT,
                   help=f"seconds allowed for one document (default {DEFAULT_TIMEOUT:g}; "
                   "0 means no limit)")
    p.add_argument("--memory-mb", type=int, default=DEFAULT_MEMORY_MB,
                   help=f"memory cap per analysis in MB (default {DEFAULT_MEMORY_MB})")
    p.add_argument("--allow-local", action="store_true",
                   help="allow links to this computer or the local network (refused by "
                   "default)")
    p.add_argument("--quiet", action="store_true", help="no progress bar or summary table")
    p.add_argument("--content", type=Path, help="content folder for library links")
    p.set_defaults(func=run_analyze)


def _fail(message: str) -> int:
    print(f"plainleaf analyze: {message}", file=sys.stderr)
    return 2


def _is_batch(args: argparse.Namespace) -> bool:
    from plainleaf.batch import is_url_list

    if args.format in BATCH_FORMATS or len(args.inputs) > 1:
        return True
    only = args.inputs[0]
    if only == "-" or "://" in only:
        return False
    return Path(only).is_dir() or is_url_list(Path(only))


def run_analyze(args: argparse.Namespace) -> int:
    try:
        if _is_batch(args):
            if args.format in SINGLE_FORMATS:
                return _fail(f"several documents need --format jsonl or csv, not {args.format}.")
            return _run_batch(args, args.format or "jsonl")
        return _run_single(args, args.format or "markdown")
    except OutputError as exc:
        return _fail(str(exc))


# --- one document --------------------------------------------------------------------------


def render_output(analysis_json: str, text: str, page_names: dict[str, str], fmt: str,
                  name: str, library: Library | None = None) -> str | bytes:
    """The report in ``fmt``. Runs in the worker too, which has the analyzer imported
    already, so this process never imports it."""
    from plainleaf.analysis_models import Analysis

    analysis = Analysis.model_validate_json(analysis_json)
    if fmt == "pdf":
        from plainleaf.handout import report_pdf

        return report_pdf(analysis, name, text=text, page_names=page_names, library=library)
    if fmt == "json":
        return analysis.model_dump_json(indent=2)
    from plainleaf.analyzer.report import markdown_report

    return markdown_report(analysis, name, text, page_names, library)


def _run_single(args: argparse.Namespace, fmt: str) -> int:
    from plainleaf.budget import ForkedWorker
    from plainleaf.errors import MAX_FILE_BYTES, InputError, read_capped, read_file_capped
    from plainleaf.fetch_rules import is_link, local_allowed
    from plainleaf.jobs import analyze_source

    source = args.inputs[0]
    if fmt == "pdf" and args.output is None:
        return _fail("--format pdf needs -o FILE.pdf")
    link = is_link(source)
    if args.output is not None:
        check_output_path(args.output, [] if source == "-" or link else [Path(source)])
    try:
        if source == "-":
            kind, name = "text", "standard input"
            data = read_capped(sys.stdin.buffer, MAX_FILE_BYTES, "Standard input")
        elif link:
            kind, name, data = "url", source, source.encode("utf-8")
        else:
            path = Path(source)
            # The file name, not its folder: a printed report should not show where it was kept.
            kind, name = "file", path.name
            data = read_file_capped(path)
        # Both processes need pydantic and the content models: imported before the fork,
        # once, not in each (the same wall time on an idle machine, 0.07 s less CPU).
        from plainleaf.content import load_library

        with ForkedWorker(timeout=args.timeout, memory_mb=args.memory_mb,
                          preload=("plainleaf.warm",), quiet=True) as budget:
            # The worker starts now and loads the analyzer while this process reads the
            # library: on two cores the two halves of a cold start overlap (issue 13).
            budget.start()

            # The library goes to the worker: claims are checked against our pages there.
            library = load_library(args.content)
            page_names = {t.slug: t.name for t in library.therapies}
            future = budget.submit(analyze_source, kind, name, data,
                                   local_allowed(args.allow_local), library)
            analysis_json, text = budget.result(future)
            out = budget.run(render_output, analysis_json, text, page_names, fmt, name,
                             library)
    except InputError as exc:
        return _fail(str(exc))
    except MemoryError:
        return _fail("This text needs too much memory to check; try a shorter part.")
    if fmt == "pdf":
        assert args.output is not None
        write_atomic(args.output, out)
        print(f"wrote {args.output}", file=sys.stderr)
    elif args.output is not None:
        write_atomic(args.output, f"{out}\n")
    else:
        print(out)
    return 0


# --- many documents ------------------------------------------------------------------------


def _run_batch(args: argparse.Namespace, fmt: str) -> int:
    from plainleaf import batch
    from plainleaf.fetch_rules import local_allowed

    if "-" in args.inputs:
        return _fail("standard input (-) cannot be part of a batch; give files, folders or "
                     "links.")
    items = batch.collect_items(args.inputs)
    if not items:
        return _fail("there is nothing to check in " + ", ".join(args.inputs) +
                     " (supported: .txt, .md, .html, .htm, .pdf, or links).")
    workers = args.workers or batch.default_workers()
    if workers < 1:
        return _fail("--workers must be 1 or more.")
    progress = not args.quiet
    common: dict[str, Any] = dict(
        workers=workers, timeout=args.timeout, memory_mb=args.memory_mb,
        allow_local=local_allowed(args.allow_local), progress=progress,
    )
    if args.output is None:
        rows = batch.run_batch(items, sys.stdout, fmt, write_header=True, **common)
        if progress:
            print(batch.summary_table(rows), file=sys.stderr)
        return 0

    output: Path = args.output
    sources = [Path(i.source) for i in items if "://" not in i.source]
    check_output_path(output, sources + [Path(x) for x in args.inputs if "://" not in x])
    done = batch.done_ids(output, fmt) if output.exists() else set()
    todo = [i for i in items if i.id not in done]
    if done and progress:
        print(f"{len(done)} document(s) already in {output}; checking the other "
              f"{len(todo)}.", file=sys.stderr)
    new_file = not output.exists() or output.stat().st_size == 0
    try:
        # Appended row by row, flushed each time: an interrupt keeps every finished row,
        # and the next run starts where this one stopped.
        with output.open("a", encoding="utf-8", newline="") as out:
            batch.run_batch(todo, out, fmt, write_header=new_file, **common)
    except OSError as exc:
        from plainleaf.safe_output import _reason

        return _fail(_reason(output, exc).replace("Nothing was written.",
                                                  "The rows written so far are kept."))
    if progress:
        print(batch.summary_table(batch.read_rows(output, fmt)), file=sys.stderr)
        print(f"Results: {output}", file=sys.stderr)
    return 0
