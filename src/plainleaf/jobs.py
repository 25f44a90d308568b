"""Work that runs inside a budgeted worker process (see plainleaf.budget).

Top-level functions of a light module, so a forkserver or spawn worker can import them by
name; heavy modules are imported inside, in the worker.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from plainleaf.content import Library


def analyze_source(
    kind: str, name: str, data: bytes, allow_local: bool, library: Library | None = None
) -> tuple[str, str]:
    """(analysis JSON, the text that was analysed) for one input.

    ``kind`` is "text" (pasted or standard input, any encoding with or without a BOM),
    "file" (an upload: ``name`` gives its type) or "url" (``data`` is the link).
    """
    from plainleaf.analyzer import analyze_text
    from plainleaf.analyzer.extract import decode_bytes, extract, extract_pasted

    if kind == "url":
        from plainleaf.fetch import fetch_text

        text = fetch_text(data.decode("utf-8"), allow_local=allow_local)
    elif kind == "file":
        text = extract(name, data)
    else:
        text = extract_pasted(decode_bytes(data))
    # With the library, claims are checked against our pages and "Read more" links are set.
    return analyze_text(text, library).model_dump_json(), text
