"""The rules' compiled patterns are kept between runs (issue 13): the cached objects must be
exactly what ``re.compile`` builds, and a bad cache must cost only time."""

from __future__ import annotations

import gc
import re
import subprocess
import sys
from pathlib import Path

import pytest

from plainleaf.analyzer import compiled, engine, prefilter
from plainleaf.analyzer.analyze import analyze_text


def _rule_patterns() -> list[str]:
    import plainleaf.analyzer  # noqa: F401 - every rule module is loaded

    rules = [o for o in gc.get_objects() if isinstance(o, engine.Rule)]
    assert len(rules) > 50
    out = []
    for r in rules:
        out.append(r.regex.pattern)
        if r.unless_regex is not None:
            out.append(r.unless_regex.pattern)
    return out


@pytest.fixture
def fresh_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv(compiled.CACHE_ENV, str(tmp_path))
    monkeypatch.setattr(compiled, "_entries", None)
    monkeypatch.setattr(compiled, "_new", False)
    return tmp_path


def test_cached_patterns_equal_what_re_compiles(fresh_cache: Path) -> None:
    patterns = _rule_patterns()
    built = {p: compiled.compile_rule(p, engine.FLAGS) for p in patterns}  # compiled afresh
    compiled.save()
    assert compiled.cache_file() is not None and compiled.cache_file().is_file()
    compiled._entries = None  # the next calls read the file
    for p in patterns:
        from_file = compiled.compile_rule(p, engine.FLAGS)
        # Pattern equality compares the flags, the source and the matcher's code.
        assert from_file[0] == built[p][0] == re.compile(p, engine.FLAGS)
        assert from_file[1] == built[p][1] == prefilter.start_words(p, engine.FLAGS)
    assert compiled._new is False  # nothing was compiled the second time


def test_damaged_cache_is_ignored_and_rebuilt(fresh_cache: Path) -> None:
    path = compiled.cache_file()
    assert path is not None
    path.write_bytes(b"not a cache at all")
    regex, _ = compiled.compile_rule(r"\bmiracle cure\b", engine.FLAGS)
    assert regex.search("A MIRACLE CURE!")
    compiled.save()
    compiled._entries = None
    assert compiled.compile_rule(r"\bmiracle cure\b", engine.FLAGS)[0] == regex


def test_cached_code_the_interpreter_rejects_is_compiled_again(fresh_cache: Path) -> None:
    compiled.compile_rule(r"\bcure\b", engine.FLAGS)
    key = (r"\bcure\b", int(engine.FLAGS))
    flags, code, *rest = compiled._entries[key]
    compiled._entries[key] = (flags, [999_999, *code], *rest)  # not valid matcher code
    regex, _ = compiled.compile_rule(r"\bcure\b", engine.FLAGS)
    assert regex == re.compile(r"\bcure\b", engine.FLAGS)


def test_cache_can_be_turned_off(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(compiled.CACHE_ENV, "off")
    assert compiled.cache_file() is None
    code = "import plainleaf.analyzer; print('ok')"
    env = {"PLAINLEAF_CACHE_DIR": "off", "HOME": str(tmp_path), "PATH": "/usr/bin:/bin"}
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env)
    assert out.stdout.strip() == "ok", out.stderr
    assert not any(tmp_path.rglob("patterns-*"))


def test_analysis_is_the_same_with_and_without_a_cache(tmp_path: Path) -> None:
    text = ("Our clinic offers NK cell therapy with no side effects. Book a free consultation "
            "today! Studies show it cures cancer. Call +1 (555) 010-0199.")
    script = (
        "import sys; from plainleaf.analyzer import analyze_text; "
        "sys.stdout.write(analyze_text(sys.stdin.read()).model_dump_json())"
    )
    runs = []
    for cache in ("off", str(tmp_path), str(tmp_path)):  # none, cold cache, warm cache
        env = {"PLAINLEAF_CACHE_DIR": cache, "HOME": str(tmp_path), "PATH": "/usr/bin:/bin"}
        done = subprocess.run([sys.executable, "-c", script], input=text, capture_output=True,
                              text=True, env=env, check=True)
        runs.append(done.stdout)
    assert runs[0] == runs[1] == runs[2]
    assert runs[0] == analyze_text(text).model_dump_json()
