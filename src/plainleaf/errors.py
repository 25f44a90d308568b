"""Errors and input reading that every command needs, without importing the analyzer.

``plainleaf.analyzer.extract`` re-exports :class:`InputError`, so the class is the same
whichever way it is imported; commands import it from here to start fast.
"""

from __future__ import annotations

from pathlib import Path
from typing import BinaryIO

MAX_FILE_BYTES = 20_000_000  # an upload (PDFs are bulky); its text must still fit the limits


class InputError(ValueError):
    """Input we cannot analyze. ``str(err)`` is a plain message for the reader."""


def read_capped(stream: BinaryIO, limit: int = MAX_FILE_BYTES, what: str = "This input") -> bytes:
    """Read at most ``limit`` bytes; more than that is refused before anything is decoded,
    so an endless stream (``< /dev/zero``) costs 20 MB, not all the memory there is."""
    chunks: list[bytes] = []
    size = 0
    while True:
        chunk = stream.read(min(1 << 20, limit + 1 - size))
        if not chunk:
            return b"".join(chunks)
        chunks.append(chunk)
        size += len(chunk)
        if size > limit:
            raise InputError(f"{what} is too big (more than {limit // 1_000_000} MB). "
                             "Check a shorter part.")


def read_file_capped(path: Path, shown: str | None = None) -> bytes:
    """A file's bytes (at most MAX_FILE_BYTES), or an InputError a person can read.
    One home for the batch and the single-document command alike."""
    shown = shown or str(path)
    if not path.is_file():
        raise InputError(f"{shown} is not a file.")
    try:
        with path.open("rb") as fh:
            return read_capped(fh, MAX_FILE_BYTES, "This file")
    except OSError as exc:
        raise InputError(f"cannot read {shown}: {exc.strerror or exc}.") from exc
