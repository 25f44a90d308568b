"""The ``plainleaf`` command. Each capability adds a subcommand module to COMMANDS."""

from __future__ import annotations

import argparse
import atexit
import gc
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


_FREEZE_AT_EXIT: list[bool] = []


def _freeze_at_exit() -> None:
    """Skip Python's last garbage collection at exit.

    It walks every object the run made (0.15 s after a handout's layout, 0.02 s after an
    analysis; issue 13), only to free memory the system takes back anyway. Output is
    flushed and atexit handlers run as before.
    """
    if not _FREEZE_AT_EXIT:
        atexit.register(gc.freeze)
        _FREEZE_AT_EXIT.append(True)


def main(argv: Sequence[str] | None = None) -> int:
    _freeze_at_exit()
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
