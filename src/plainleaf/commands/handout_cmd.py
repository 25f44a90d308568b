"""`plainleaf handout`: print-ready handouts (PDF or HTML) for one therapy or all of them."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from plainleaf.safe_output import OutputError, write_atomic

if TYPE_CHECKING:
    from plainleaf.budget import ForkedWorker
    from plainleaf.content import Library

MAX_HANDOUT_PAGES = 2
# The same as plainleaf.handout.PAPERS (a test keeps them equal). Spelled out here so that
# building the command line does not import WeasyPrint, which runs gcc and ld ~200 times.
PAPERS = ("a4", "letter")


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "handout",
        help="write a printable handout (PDF) for one therapy, or a booklet of all",
        description="Write a printable handout for one therapy (SLUG) or, with --all, a "
        "booklet with a contents page, every therapy and the glossary. The default A4 "
        "layout keeps a text block that also fits US letter paper.",
    )
    target = p.add_mutually_exclusive_group(required=True)
    target.add_argument("slug", nargs="?", help="therapy slug (see `plainleaf list`)")
    target.add_argument("--all", action="store_true", help="the whole library as a booklet")
    p.add_argument("-o", "--output", type=Path, required=True, help="file to write")
    p.add_argument("--html", action="store_true", help="write print-ready HTML, not PDF")
    p.add_argument("--paper", choices=PAPERS, default="a4", help="paper size (default a4)")
    p.add_argument("--content", type=Path, help="content folder (default: built-in)")
    p.set_defaults(func=run_handout)


def _fail(message: str) -> int:
    print(f"plainleaf handout: {message}", file=sys.stderr)
    return 2


def run_handout(args: argparse.Namespace) -> int:
    from plainleaf.budget import BudgetError, ForkedWorker

    # One therapy as PDF: a forked process imports WeasyPrint (about half a second) while
    # this one reads the library and builds the HTML, on the second core (issue 13). It has
    # no time or memory limit, as before: the content is the editors' own.
    renderer = None
    if args.slug and not args.all and not args.html:
        renderer = ForkedWorker(timeout=0, memory_mb=0, preload=("plainleaf.handout.engine",))
        renderer.start()
    try:
        from plainleaf.content import load_library

        library = load_library(args.content)
        return _run(args, library, renderer)
    except OutputError as exc:
        return _fail(str(exc))
    except BudgetError:
        return _fail("the PDF renderer stopped unexpectedly; nothing was written.")
    finally:
        if renderer is not None:
            renderer.close()


def _run(args: argparse.Namespace, library: Library, renderer: ForkedWorker | None) -> int:
    from plainleaf.safe_output import check_output_path

    output: Path = args.output
    if output.parent.exists():
        check_output_path(output)  # refuse a bad -o before the slow rendering
    from plainleaf.handout import booklet_html, booklet_pdf, therapy_html

    for error in library.errors:
        print(f"not loaded: {error}", file=sys.stderr)
    if args.all:
        if not library.therapies:
            print("No therapies loaded; nothing to print.", file=sys.stderr)
            return 1
        data: bytes | str = (
            booklet_html(library, args.paper) if args.html else booklet_pdf(library, args.paper)
        )
        what = f"booklet of {len(library.therapies)} therapies"
    else:
        therapy = library.get(args.slug)
        if therapy is None:
            slugs = ", ".join(t.slug for t in library.therapies) or "(none loaded)"
            print(f"Unknown therapy {args.slug!r}. Known slugs: {slugs}", file=sys.stderr)
            return 2
        if args.html:
            data = therapy_html(therapy, library.glossary, args.paper)
        else:
            from plainleaf.handout.pdf import first_that_fits_side_by_side
            from plainleaf.handout.therapy import MAX_PAGES, handout_variants

            assert renderer is not None
            # The same variants, in the same order, as therapy_pdf tries them.
            htmls = [make() for make in handout_variants(therapy, library.glossary, args.paper)]
            data, pages = renderer.run(first_that_fits_side_by_side, htmls, MAX_PAGES)
            _warn_if_long(pages, therapy.slug)
        what = f"handout for {therapy.slug}"
    try:
        output.parent.mkdir(parents=True, exist_ok=True)  # missing folders are created
    except OSError as exc:
        return _fail(f"Cannot create the folder {output.parent}: {exc.strerror or exc}.")
    write_atomic(output, data)
    print(f"Wrote {what} to {args.output}")
    return 0


def _warn_if_long(pages: int, slug: str) -> None:
    if pages > MAX_HANDOUT_PAGES:
        print(
            f"warning: {slug} prints on {pages} pages (the aim is {MAX_HANDOUT_PAGES}); "
            "shorten the entry.",
            file=sys.stderr,
        )
