"""The rules' compiled patterns, kept between runs.

Python's ``re`` compiles in pure Python: it parses a pattern and generates the code its C
matcher runs. The rules' patterns (about 35,000 characters) took about 0.2 s at every
start, a quarter of a cold ``plainleaf analyze`` (issue 13). This module keeps what the
compiler produced (a list of integers per pattern) and the prefilter's start words in one
cache file per Python version, and builds each pattern object from them with the same C
call ``re`` makes. CPython checks the code it is given, and the cache is keyed by the
interpreter's version and the matcher's magic number, so a missing, stale or damaged
file only costs the normal compile. Set ``PLAINLEAF_CACHE_DIR=off`` to turn it off.
"""

from __future__ import annotations

import _sre
import marshal
import os
import re
import sys
import tempfile
from pathlib import Path
from re import _compiler, _parser
from typing import Any

from plainleaf.analyzer import prefilter

CACHE_ENV = "PLAINLEAF_CACHE_DIR"
_FORMAT = 1  # bump when what is stored changes

# (pattern, flags) -> (final flags, code, groups, groupindex, indexgroup, start words)
_Entry = tuple[int, list[int], int, dict[str, int], tuple[Any, ...], tuple[str, ...] | None]
_entries: dict[tuple[str, int], _Entry] | None = None
_new = False


def cache_file() -> Path | None:
    """Where the cache lives, or None when it is turned off."""
    folder = os.environ.get(CACHE_ENV)
    if folder == "off":
        return None
    if not folder:
        base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
        folder = str(Path(base) / "plainleaf")
    tag = f"{sys.implementation.cache_tag}-{_sre.MAGIC}-{_FORMAT}"
    return Path(folder) / f"patterns-{tag}.marshal"


def _load() -> dict[tuple[str, int], _Entry]:
    global _entries
    if _entries is None:
        _entries = {}
        path = cache_file()
        try:
            if path is not None and path.is_file():
                data = marshal.loads(path.read_bytes())
                if isinstance(data, dict):
                    _entries = data
        except (OSError, ValueError, EOFError, TypeError):
            pass  # a damaged cache is rebuilt
    return _entries


def _build(key: tuple[str, int], entry: _Entry) -> tuple[re.Pattern[str], frozenset[str] | None]:
    flags, code, groups, groupindex, indexgroup, starts = entry
    regex = _sre.compile(key[0], flags, code, groups, groupindex, indexgroup)
    return regex, (frozenset(starts) if starts is not None else None)


def compile_rule(pattern: str, flags: int) -> tuple[re.Pattern[str], frozenset[str] | None]:
    """``re.compile(pattern, flags)`` and the pattern's start words (prefilter.py)."""
    global _new
    key = (pattern, int(flags))
    entries = _load()
    entry = entries.get(key)
    if entry is not None:
        try:
            return _build(key, entry)
        except (RuntimeError, TypeError, ValueError, OverflowError):
            pass  # not code this interpreter accepts: compile afresh
    # What re._compiler.compile does, keeping the parse for the prefilter too.
    parsed = _parser.parse(pattern, key[1])
    code = _compiler._code(parsed, key[1])
    groupindex = dict(parsed.state.groupdict)
    indexgroup: list[Any] = [None] * parsed.state.groups
    for name, i in groupindex.items():
        indexgroup[i] = name
    starts = prefilter.starts_of_parsed(parsed)
    # Plain ints: re's opcodes are an int subclass that marshal does not store.
    entry = (int(key[1] | parsed.state.flags), [int(c) for c in code],
             parsed.state.groups - 1, groupindex,
             tuple(indexgroup), tuple(sorted(starts)) if starts is not None else None)
    entries[key] = entry
    _new = True
    return _build(key, entry)


def save() -> None:
    """Write the cache if this process compiled something new. Never fails loudly: a
    read-only home only means the next start compiles again."""
    global _new
    path = cache_file()
    if not _new or path is None or _entries is None:
        return
    try:
        data = marshal.dumps(_entries)
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".patterns-")
    except (OSError, ValueError):
        return
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        os.replace(tmp, path)  # atomic: a reader sees the old file or the new one
        _new = False
    except OSError:
        Path(tmp).unlink(missing_ok=True)
