"""Check many documents: a folder, a list of files, or a text file of links.

The core is :func:`analyze_document`, a pure function from ``(id, text)`` to one flat
row (a dict of plain values). It never raises: a text that cannot be checked becomes an
error row. Map it over a cluster engine as it is (see docs/batch.md for Dask); the command
line maps it over a local process pool with a time and memory budget per document.
"""

from __future__ import annotations

import csv
import io
import json
import os
import sys
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

if TYPE_CHECKING:
    from plainleaf.analysis_models import Analysis

SUPPORTED_SUFFIXES = {".txt", ".md", ".markdown", ".text", ".html", ".htm", ".pdf"}
# The columns of a row, in order (CSV header; JSON Lines keeps the same keys).
COLUMNS = [
    "id", "ok", "error", "source_type", "source_type_label", "evidence_level",
    "evidence_label", "red_flags", "red_flag_count", "side_effects_mentioned",
    "side_effects_not_mentioned", "therapies", "words", "reading_grade", "smog",
    "summary_grade",
]
LIST_COLUMNS = {"red_flags", "side_effects_mentioned", "side_effects_not_mentioned", "therapies"}


# --- the pure core --------------------------------------------------------------------


def row_from_analysis(doc_id: str, a: Analysis) -> dict[str, Any]:
    return {
        "id": doc_id,
        "ok": True,
        "error": "",
        "source_type": str(a.source_type.code),
        "source_type_label": a.source_type.label,
        "evidence_level": str(a.evidence.level),
        "evidence_label": a.evidence.label,
        "red_flags": sorted({str(f.code) for f in a.red_flags}),
        "red_flag_count": len(a.red_flags),
        "side_effects_mentioned": sorted({str(m.code) for m in a.side_effects.mentioned}),
        "side_effects_not_mentioned": sorted({str(g.code) for g in a.side_effects.not_mentioned}),
        "therapies": list(a.therapies),
        "words": a.words,
        "reading_grade": a.source_readability.flesch_kincaid_grade,
        "smog": a.source_readability.smog_index,
        "summary_grade": a.summary.readability.flesch_kincaid_grade,
    }


def error_row(doc_id: str, message: str) -> dict[str, Any]:
    row: dict[str, Any] = {c: ([] if c in LIST_COLUMNS else None) for c in COLUMNS}
    row.update(id=doc_id, ok=False, error=message)
    return row


def analyze_document(doc_id: str, text: str) -> dict[str, Any]:
    """One row for one text. Pure: same input, same row; never raises on bad text."""
    from plainleaf.analyzer import InputError, analyze_pasted

    try:
        return row_from_analysis(doc_id, analyze_pasted(text))
    except InputError as exc:
        return error_row(doc_id, str(exc))


# --- sources: what to read for each id --------------------------------------------------


@dataclass(frozen=True)
class Item:
    id: str
    source: str  # a file path or a URL


def is_url_list(path: Path) -> bool:
    """A .txt file whose every non-blank, non-# line is an http(s) link."""
    if path.suffix.lower() != ".txt":
        return False
    try:
        with path.open("rb") as fh:
            head = fh.read(1_000_001)
    except OSError:
        return False
    if len(head) > 1_000_000:
        return False
    lines = [ln.strip() for ln in head.decode("utf-8", "replace").splitlines()]
    lines = [ln for ln in lines if ln and not ln.startswith("#")]
    return bool(lines) and all(ln.lower().startswith(("http://", "https://")) for ln in lines)


def collect_items(inputs: Iterable[str]) -> list[Item]:
    """Every document named by the inputs, in a stable order, without duplicates."""
    items: list[Item] = []
    seen: set[str] = set()

    def add(item: Item) -> None:
        if item.id not in seen:
            seen.add(item.id)
            items.append(item)

    for raw in inputs:
        if "://" in raw:
            add(Item(raw, raw))
            continue
        path = Path(raw)
        if path.is_dir():
            for found in sorted(p for p in path.rglob("*") if p.is_file()):
                if found.suffix.lower() in SUPPORTED_SUFFIXES and not found.name.startswith("."):
                    add(Item(found.relative_to(path).as_posix(), str(found)))
        elif is_url_list(path):
            for line in path.read_text("utf-8", "replace").splitlines():
                url = line.strip()
                if url and not url.startswith("#"):
                    add(Item(url, url))
        else:
            add(Item(raw, raw))  # a missing or odd file becomes an error row, not a crash
    return items


def load_text(source: str, allow_local: bool = False) -> str:
    """Plain text of a file or a link; raises InputError with a plain message."""
    from plainleaf.analyzer.extract import extract
    from plainleaf.errors import read_file_capped

    if "://" in source:  # a link; file:// and friends get the fetcher's plain refusal
        from plainleaf.fetch import fetch_text

        return fetch_text(source, allow_local=allow_local)
    path = Path(source)
    return extract(path.name, read_file_capped(path, source))


def process_item(item: Item, allow_local: bool = False) -> dict[str, Any]:
    """Read, extract and analyze one item (runs in a worker)."""
    from plainleaf.analyzer import InputError

    try:
        text = load_text(item.source, allow_local)
    except InputError as exc:
        return error_row(item.id, str(exc))
    return analyze_document(item.id, text)


# --- output: JSON Lines or CSV, appended row by row -------------------------------------


def done_ids(output: Path, fmt: str) -> set[str]:
    """Ids already in the output (a rerun skips them). A last line cut off by an
    interrupt is removed, so the file stays valid."""
    if not output.exists() or output.stat().st_size == 0:
        return set()
    data = output.read_bytes()
    keep = len(data) if data.endswith(b"\n") else data.rfind(b"\n") + 1
    if keep != len(data):
        with output.open("r+b") as fh:
            fh.truncate(keep)
        data = data[:keep]
    text = data.decode("utf-8", "replace")
    ids: set[str] = set()
    if fmt == "jsonl":
        for line in text.splitlines():
            try:
                ids.add(str(json.loads(line)["id"]))
            except (ValueError, KeyError, TypeError):
                continue
    else:
        for row in csv.DictReader(io.StringIO(text)):
            if row.get("id"):
                ids.add(row["id"])
    return ids


def format_row(row: dict[str, Any], fmt: str) -> str:
    if fmt == "jsonl":
        return json.dumps(row, ensure_ascii=False) + "\n"
    buf = io.StringIO()
    flat = {k: (";".join(v) if isinstance(v, list) else v) for k, v in row.items()}
    csv.DictWriter(buf, fieldnames=COLUMNS, lineterminator="\n").writerow(flat)
    return buf.getvalue()


def csv_header() -> str:
    buf = io.StringIO()
    csv.DictWriter(buf, fieldnames=COLUMNS, lineterminator="\n").writeheader()
    return buf.getvalue()


# --- the summary table ------------------------------------------------------------------


def summary_table(rows: Iterable[dict[str, Any]]) -> str:
    rows = list(rows)
    ok = [r for r in rows if r.get("ok")]
    lines = [f"Checked {len(rows)} document(s): {len(ok)} analysed, "
             f"{len(rows) - len(ok)} could not be checked."]

    def block(title: str, counts: Counter[str]) -> None:
        if not counts:
            return
        lines.append("")
        lines.append(title)
        width = max(len(k) for k in counts)
        for key, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])):
            lines.append(f"  {key:<{width}}  {n:>6}")

    block("Source type", Counter(str(r["source_type"]) for r in ok))
    block("Evidence level", Counter(str(r["evidence_level"]) for r in ok))
    block("Red flag (documents)", Counter(f for r in ok for f in r["red_flags"]))
    block("Errors", Counter(_short(str(r["error"])) for r in rows if not r.get("ok")))
    return "\n".join(lines)


def _short(message: str) -> str:
    return message if len(message) <= 70 else message[:67] + "..."


def read_rows(output: Path, fmt: str) -> list[dict[str, Any]]:
    text = output.read_text("utf-8", "replace") if output.exists() else ""
    if fmt == "jsonl":
        rows = []
        for line in text.splitlines():
            try:
                rows.append(json.loads(line))
            except ValueError:
                continue
        return rows
    out = []
    for row in csv.DictReader(io.StringIO(text)):
        parsed: dict[str, Any] = dict(row)
        parsed["ok"] = row.get("ok") == "True"
        for col in LIST_COLUMNS:
            parsed[col] = [x for x in (row.get(col) or "").split(";") if x]
        out.append(parsed)
    return out


# --- the runner ---------------------------------------------------------------------------


def run_batch(
    items: list[Item],
    out: TextIO,
    fmt: str,
    *,
    workers: int = 1,
    timeout: float = 30.0,
    memory_mb: int = 2048,
    allow_local: bool = False,
    progress: bool = True,
    write_header: bool = False,
    on_row: Callable[[dict[str, Any]], None] | None = None,
) -> list[dict[str, Any]]:
    """Analyse ``items`` in ``workers`` processes; write each row as soon as it is done."""
    from tqdm import tqdm

    from plainleaf.budget import Budget, BudgetError

    rows: list[dict[str, Any]] = []
    if write_header and fmt == "csv":
        out.write(csv_header())
        out.flush()
    if not items:
        return rows
    _warm_up()  # forked workers inherit the loaded dictionaries instead of each loading them
    bar = tqdm(total=len(items), unit="doc", file=sys.stderr, disable=not progress,
               dynamic_ncols=True, mininterval=0.2)
    with Budget(workers=workers, timeout=timeout, memory_mb=memory_mb,
                quiet=True) as budget:
        pending = {budget.submit(process_item, item, allow_local): item for item in items}
        for future, item in _as_completed(pending):
            try:
                row = budget.result(future)
            except BudgetError as exc:
                row = error_row(item.id, str(exc))
            except Exception as exc:  # a bug must cost one row, not the whole run
                name = type(exc).__name__
                row = error_row(item.id, f"This document could not be checked ({name}).")
            out.write(format_row(row, fmt))
            out.flush()
            rows.append(row)
            if on_row:
                on_row(row)
            bar.update(1)
    bar.close()
    return rows


def _as_completed(pending: dict[Any, Item]) -> Iterator[tuple[Any, Item]]:
    from concurrent.futures import as_completed

    for future in as_completed(pending):
        yield future, pending[future]


def _warm_up() -> None:
    import plainleaf.warm  # noqa: F401 - loads the analyzer and its dictionaries


def default_workers() -> int:
    return max(1, min(4, os.cpu_count() or 1))
