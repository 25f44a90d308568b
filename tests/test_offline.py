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
