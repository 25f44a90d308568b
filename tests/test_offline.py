"""Readability must work with the network off and no NLTK data on the machine."""

import json
import subprocess
import sys
import textwrap


def test_readability_never_downloads(tmp_path) -> None:
    # A fresh interpreter with an empty NLTK data folder, sockets disabled and nltk.download
    # replaced by a trap: if textstat tried its usual download, this would fail.
    script = textwrap.dedent(
        """
        import json, socket
        def refuse(*a, **k):
            raise RuntimeError("network access attempted")
        socket.socket.connect = refuse
        socket.create_connection = refuse
        import nltk
        nltk.download = refuse
        from plainleaf.readability import measure, syllables
        import textstat
        r = measure("Cytokine release syndrome can cause a fever. Call your care team.")
        print(json.dumps({
            "fk": r.flesch_kincaid_grade,
            "syllables": r.syllables,
            "textstat_fk": textstat.flesch_kincaid_grade("The cat sat on the mat."),
            "pembrolizumab": syllables("pembrolizumab"),
        }))
        """
    )
    env = {"NLTK_DATA": str(tmp_path / "nltk_data"), "HOME": str(tmp_path), "PATH": ""}
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, env=env, timeout=120
    )
    assert done.returncode == 0, done.stderr
    out = json.loads(done.stdout.strip().splitlines()[-1])
    # cytokine(3) release(2) syndrome(2) can(1) cause(1) a(1) fever(2) call(1) your(1) care(1) team(1)
    assert out["syllables"] == 16
    assert out["pembrolizumab"] == 5
    assert isinstance(out["textstat_fk"], float)


ROOT = __import__("pathlib").Path(__file__).resolve().parents[1]
ARTICLE = ROOT / "tests" / "fixtures" / "articles" / "11_clinic_testimonials.txt"
PAGE = ROOT / "tests" / "fixtures" / "html" / "03_abstract_phase2_til.html"


def test_commands_never_open_a_connection(tmp_path) -> None:
    # Every command except a link: sockets trapped in this process and in the forked
    # analysis workers (they inherit the trap).
    script = textwrap.dedent(
        f"""
        import socket, sys
        def refuse(*a, **k):
            raise RuntimeError("network access attempted")
        socket.socket.connect = refuse
        socket.socket.connect_ex = refuse
        socket.create_connection = refuse
        socket.getaddrinfo = refuse
        from plainleaf.cli import main
        codes = [
            main(["analyze", {str(ARTICLE)!r}, "--format", "json", "-o", {str(tmp_path / "a.json")!r}]),
            main(["analyze", {str(PAGE)!r}, "--format", "markdown", "-o", {str(tmp_path / "a.md")!r}]),
            main(["analyze", {str(ARTICLE)!r}, {str(PAGE)!r}, "--quiet", "-o", {str(tmp_path / "b.jsonl")!r}]),
            main(["check"]),
        ]
        print("CODES", codes)
        """
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                          timeout=300)
    assert "CODES [0, 0, 0, 0]" in done.stdout, done.stderr
    assert "network access attempted" not in (tmp_path / "b.jsonl").read_text()


def test_commands_work_without_a_network_namespace(tmp_path) -> None:
    import shutil

    import pytest

    unshare = shutil.which("unshare")
    if unshare is None or subprocess.run([unshare, "-n", "true"]).returncode != 0:
        pytest.skip("unshare -n is not available here (needs root or user namespaces)")
    plainleaf = str(__import__("pathlib").Path(sys.executable).parent / "plainleaf")
    for args in (["analyze", str(ARTICLE), "--format", "json"],
                 ["analyze", str(PAGE), "--format", "markdown"],
                 ["analyze", str(ARTICLE), str(PAGE), "--quiet", "-o", str(tmp_path / "r.jsonl")],
                 ["check"]):
        done = subprocess.run([unshare, "-n", plainleaf, *args], capture_output=True,
                              text=True, timeout=300)
        assert done.returncode == 0, (args, done.stderr)
    # A link, with no network at all, is a plain message, not a hang or a traceback.
    done = subprocess.run([unshare, "-n", plainleaf, "analyze", "https://example.org/"],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 2 and "Traceback" not in done.stderr, done.stderr
