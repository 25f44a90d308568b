"""`plainleaf check` and `plainleaf list`: the content library from the command line."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path


def register(sub: argparse._SubParsersAction) -> None:
    check = sub.add_parser(
        "check",
        help="validate all content and the reading-level limits",
        description="Validate every content file and its reading level. Prints each "
        "problem as FILE: FIELD: MESSAGE and exits 1 if there is any.",
    )
    check.add_argument("--content", type=Path, help="content folder (default: built-in)")
    check.set_defaults(func=run_check)

    lister = sub.add_parser(
        "list",
        help="list therapies with the measured reading level of their text",
        description="Every therapy that loads, as its validated model plus measured "
        "readability (per section and for the whole entry).",
    )
    lister.add_argument("--content", type=Path, help="content folder (default: built-in)")
    lister.add_argument("--format", choices=["text", "json"], default="text")
    lister.set_defaults(func=run_list)


def run_check(args: argparse.Namespace) -> int:
    from plainleaf.content import load_library
    from plainleaf.quality import check_library, library_warnings

    library = load_library(args.content)
    problems = check_library(library)
    warnings = library_warnings(library)
    for problem in problems:
        print(problem)
    for warning in warnings:
        print(f"WARNING: {warning}")
    n = len(library.therapies)
    noted = f" ({len(warnings)} warning(s))" if warnings else ""
    if problems:
        print(
            f"\n{len(problems)} problem(s) found{noted}; {n} therapy file(s) loaded.",
            file=sys.stderr,
        )
        return 1
    terms = len(library.glossary.terms) if library.glossary else 0
    print(f"OK: {n} therapies and {terms} glossary terms pass every check{noted}.")
    return 0


def run_list(args: argparse.Namespace) -> int:
    from plainleaf.content import load_library
    from plainleaf.quality import review_therapy

    library = load_library(args.content)
    reports = [review_therapy(t) for t in library.therapies]
    if args.format == "json":
        out = []
        for therapy, report in zip(library.therapies, reports, strict=True):
            item = therapy.model_dump(mode="json")
            item["readability"] = {
                "whole": _metrics(report.whole),
                "sections": {s.field: _metrics(s.readability) for s in report.sections},
                "passes": not any("reading level" in e.message for e in report.errors),
            }
            out.append(item)
        json.dump(out, sys.stdout, indent=2, ensure_ascii=False)
        print()
    else:
        for therapy, report in zip(library.therapies, reports, strict=True):
            w = report.whole
            print(
                f"{therapy.slug:32} grade {w.flesch_kincaid_grade:4.1f}  "
                f"SMOG {w.smog_index:4.1f}  evidence {therapy.evidence.level}  {therapy.name}"
            )
    for error in library.errors:
        print(f"not loaded: {error}", file=sys.stderr)
    return 1 if library.errors else 0


def _metrics(r) -> dict[str, float | int]:
    return {
        "flesch_kincaid_grade": r.flesch_kincaid_grade,
        "smog_index": r.smog_index,
        "flesch_reading_ease": r.flesch_reading_ease,
        "dale_chall": r.dale_chall,
        "words": r.words,
        "sentences": r.sentences,
    }
