"""Write command-line output safely: a plain message for every failure, never half a file.

Every write goes to a temporary file in the target folder and is renamed over the target
only once it is complete, so a full disk or an interrupt leaves the old file as it was.
"""

from __future__ import annotations

import contextlib
import errno
import os
import stat
from collections.abc import Iterable
from pathlib import Path


class OutputError(Exception):
    """The output cannot be written. ``str(err)`` is a plain message."""


def check_output_path(output: Path, inputs: Iterable[Path] = ()) -> None:
    """Refuse an output we must not or cannot write, before any work is done."""
    for source in inputs:
        try:
            if output.resolve() == source.resolve() or (
                output.exists() and source.exists() and os.path.samefile(output, source)
            ):
                raise OutputError(
                    f"{output} is the file being checked; writing the report there would "
                    "replace it. Choose another name with -o."
                )
        except OSError:
            continue
    try:
        info = output.stat()
    except FileNotFoundError:
        info = None
    except OSError as exc:
        raise OutputError(_reason(output, exc)) from exc
    if info is not None:
        if stat.S_ISDIR(info.st_mode):
            raise OutputError(f"{output} is a folder. Give a file name, for example "
                              f"{output / 'report.md'}.")
        if not stat.S_ISREG(info.st_mode):
            # /dev/full, a FIFO, a socket: never replace a device node with a file.
            raise OutputError(f"{output} is not a regular file; choose a file name.")
    parent = output.parent if str(output.parent) else Path(".")
    if not parent.is_dir():
        raise OutputError(f"The folder {parent} does not exist. Create it first or choose "
                          "another place.")
    if not os.access(parent, os.W_OK | os.X_OK):
        raise OutputError(f"Cannot write to the folder {parent} (no permission).")


def write_atomic(output: Path, data: bytes | str) -> None:
    """Write all of ``data`` to ``output`` or nothing at all."""
    check_output_path(output)
    payload = data.encode("utf-8") if isinstance(data, str) else data
    parent = output.parent if str(output.parent) else Path(".")
    tmp_name = None
    try:
        import tempfile  # here: a command that writes nothing need not load it

        fd, tmp_name = tempfile.mkstemp(dir=parent, prefix=f".{output.name}.", suffix=".tmp")
        try:
            view = memoryview(payload)
            while view:
                written = os.write(fd, view)
                view = view[written:]
            os.fsync(fd)
        finally:
            os.close(fd)
        if output.exists():
            # Keep the permissions of the file we replace, not mkstemp's 0600.
            os.chmod(tmp_name, stat.S_IMODE(output.stat().st_mode))
        else:
            os.chmod(tmp_name, 0o666 & ~_umask())
        os.replace(tmp_name, output)
        tmp_name = None
    except OSError as exc:
        raise OutputError(_reason(output, exc)) from exc
    finally:
        if tmp_name is not None:
            with contextlib.suppress(OSError):
                os.unlink(tmp_name)


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


_REASONS = {
    errno.ENOSPC: "the disk is full",
    errno.EDQUOT: "the disk quota is used up",
    errno.EACCES: "no permission",
    errno.EPERM: "not allowed",
    errno.EROFS: "the disk is read-only",
    errno.EISDIR: "it is a folder",
    errno.ENOENT: "the folder does not exist",
    errno.ENOTDIR: "part of the path is not a folder",
    errno.ENAMETOOLONG: "the name is too long",
    errno.EFBIG: "the file would be too big",
    errno.EIO: "the disk reported an error",
}


def _reason(output: Path, exc: OSError) -> str:
    why = _REASONS.get(exc.errno or 0, exc.strerror or "unknown error")
    return f"Cannot write {output}: {why}. Nothing was written."
