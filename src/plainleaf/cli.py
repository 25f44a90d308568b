"""The ``plainleaf`` command. Each capability adds a subcommand module to COMMANDS."""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

# Modules that define `register(subparsers)`; each adds one or more subcommands.
COMMANDS = [
    "plainleaf.commands.content_cmds",
    "plainleaf.commands.handout_cmd",
    "plainleaf.commands.analyze_cmd",
]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="plainleaf",
        description="Plain-language guide to cancer cell therapies: content checks, "
        "article analysis and handouts.",
    )
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for name in COMMANDS:
        importlib.import_module(name).register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return int(args.func(args) or 0)
    except BrokenPipeError:  # `plainleaf list | head`
        return 0
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
