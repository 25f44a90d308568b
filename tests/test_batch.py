"""Batch checks: a folder of 200 pages with a progress bar, resumable, same rows as
one-by-one analysis, bad files as error rows, CSV, link lists, and Dask."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from plainleaf.analyzer import analyze_file
from plainleaf.batch import analyze_document, collect_items, done_ids, row_from_analysis
from plainleaf.cli import main
from tests.local_site import local_site

ROOT = Path(__file__).resolve().parents[1]
SOURCES = sorted((ROOT / "tests" / "fixtures").glob("[ahb]*/*.txt"))


def make_corpus(folder: Path, n: int = 200) -> Path:
    """n distinct documents made from the fixture articles (some as .md and .html)."""
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(n):
        src = SOURCES[i % len(SOURCES)].read_text(encoding="utf-8")
        text = f"{src}\n\nReader note {i}: this copy was saved for an audit."
        kind = i % 10
        if kind == 8:
            paras = "".join(f"<p>{p}</p>" for p in text.split("\n") if p.strip())
            (folder / f"doc{i:03d}.html").write_text(
                f"<html><body><nav>Menu Home</nav><article>{paras}</article></body></html>")
        elif kind == 9:
            (folder / f"doc{i:03d}.md").write_text(text)
        else:
            (folder / f"doc{i:03d}.txt").write_text(text)
    return folder


def one_by_one(folder: Path) -> dict[str, dict]:
    rows = {}
    for path in sorted(folder.iterdir()):
        rows[path.name] = row_from_analysis(path.name, analyze_file(path.name, path.read_bytes()))
    return rows


def read_jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text().splitlines()]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    return make_corpus(tmp_path_factory.mktemp("corpus") / "pages")


def test_folder_of_200_pages_matches_one_by_one(corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "results.jsonl"
    done = subprocess.run(
        [sys.executable, "-m", "plainleaf.cli", "analyze", str(corpus), "--workers", "2",
         "-o", str(out)], capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr
    assert "200/200" in done.stderr  # the progress bar reached the end
    assert "Source type" in done.stderr and "Evidence level" in done.stderr  # summary table
    rows = read_jsonl(out)
    assert len(rows) == 200 and len({r["id"] for r in rows}) == 200
    expected = one_by_one(corpus)
    assert {r["id"]: r for r in rows} == expected


def test_rerun_resumes_after_an_interrupt(corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "results.jsonl"
    cmd = [sys.executable, "-m", "plainleaf.cli", "analyze", str(corpus), "--workers", "1",
           "--quiet", "-o", str(out)]
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                            start_new_session=True)
    deadline = time.monotonic() + 300
    while time.monotonic() < deadline:
        if out.exists() and out.read_text().count("\n") >= 10:
            break
        time.sleep(0.2)
    os.killpg(proc.pid, signal.SIGINT)  # Ctrl-C, as a person would
    proc.wait(timeout=60)
    partial = out.read_text().count("\n")
    assert 10 <= partial < 200
    with out.open("a") as fh:  # a row cut off halfway by a harder kill
        fh.write('{"id": "doc199.t')
    again = subprocess.run([*cmd[:-3], "-o", str(out)], capture_output=True, text=True,
                           timeout=600)
    assert again.returncode == 0, again.stderr
    assert "already in" in again.stderr
    rows = read_jsonl(out)  # every line parses: the cut line was removed
    ids = [r["id"] for r in rows]
    assert len(ids) == 200 and len(set(ids)) == 200


def test_bad_files_become_error_rows(tmp_path: Path, capsys) -> None:
    folder = tmp_path / "mixed"
    folder.mkdir()
    (folder / "good.txt").write_text(SOURCES[0].read_text())
    (folder / "empty.txt").write_text("")
    (folder / "broken.pdf").write_bytes(b"%PDF-1.7 nonsense")
    (folder / "spanish.md").write_text(
        "La terapia celular es un tratamiento nuevo para el cáncer. Los médicos dicen que "
        "funciona en algunos pacientes, pero no en todos. Hable con su equipo médico antes de "
        "decidir. Los estudios todavía son pequeños y hacen falta más datos.")
    (folder / "ignored.exe").write_bytes(b"MZ")
    out = tmp_path / "r.csv"
    assert main(["analyze", str(folder), "--format", "csv", "--workers", "1", "-o", str(out)]) == 0
    import csv

    rows = {r["id"]: r for r in csv.DictReader(out.open())}
    assert set(rows) == {"good.txt", "empty.txt", "broken.pdf", "spanish.md"}
    assert rows["good.txt"]["ok"] == "True" and rows["good.txt"]["source_type"]
    assert rows["empty.txt"]["ok"] == "False" and "empty" in rows["empty.txt"]["error"]
    assert "damaged" in rows["broken.pdf"]["error"]
    assert "English" in rows["spanish.md"]["error"]
    assert done_ids(out, "csv") == set(rows)
    assert "could not be checked" in capsys.readouterr().err


def test_missing_file_in_a_list_is_an_error_row(tmp_path: Path, capsys) -> None:
    good = tmp_path / "a.txt"
    good.write_text(SOURCES[1].read_text())
    assert main(["analyze", str(good), str(tmp_path / "nope.txt"), "--quiet"]) == 0
    rows = [json.loads(x) for x in capsys.readouterr().out.splitlines()]
    by_id = {r["id"]: r for r in rows}
    assert by_id[str(good)]["ok"] is True
    assert by_id[str(tmp_path / "nope.txt")]["error"].endswith("is not a file.")


def test_url_list(tmp_path: Path) -> None:
    with local_site() as base:
        links = tmp_path / "links.txt"
        links.write_text(f"# clinic pages\n{base}/article.html\n\n{base}/gone\n")
        out = tmp_path / "r.jsonl"
        assert main(["analyze", str(links), "--allow-local", "--quiet", "-o", str(out)]) == 0
    rows = {r["id"]: r for r in read_jsonl(out)}
    assert rows[f"{base}/article.html"]["source_type"] == "clinic_marketing"
    assert "410" in rows[f"{base}/gone"]["error"]


def test_collect_items_is_stable_and_deduplicated(corpus: Path) -> None:
    items = collect_items([str(corpus), str(corpus)])
    assert len(items) == 200 and [i.id for i in items] == sorted(i.id for i in items)


def test_pure_core_is_deterministic_and_never_raises() -> None:
    text = SOURCES[3].read_text()
    assert analyze_document("x", text) == analyze_document("x", text)
    row = analyze_document("bad", "")
    assert row["ok"] is False and row["error"]


def test_dask_local_cluster_over_200_files(corpus: Path) -> None:
    pytest.importorskip("dask")
    distributed = pytest.importorskip("distributed")
    import dask.bag as db

    from plainleaf.batch import load_text

    # The documented example (docs/batch.md): read each file, then map the pure function.
    pairs = [(p.name, load_text(str(p))) for p in sorted(corpus.iterdir())]
    with distributed.LocalCluster(n_workers=2, processes=False, threads_per_worker=1,
                                  dashboard_address=None) as cluster, \
            distributed.Client(cluster):
        rows = db.from_sequence(pairs, npartitions=8).starmap(analyze_document).compute()
    assert len(rows) == 200
    assert {r["id"]: r for r in rows} == one_by_one(corpus)
