"""Coverage-guided fuzz target for text extraction (.html, .md, .pdf) with atheris.

Every input must end in text or an InputError with a plain message; any other exception
is a finding. Run (seed corpus = the fixtures):

    .venv/bin/python fuzz/fuzz_extract.py fuzz/corpus -max_total_time=600 -timeout=30

``fuzz/corpus`` is created from the fixtures on first run. The record of runs and
findings is docs/fuzzing.md; the regular test suite runs a short, deterministic version
(tests/test_fuzz_extract.py).
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SUFFIXES = (".html", ".md", ".pdf", ".txt")


def check_one(data: bytes) -> None:
    """The property: text or InputError, nothing else. The first byte picks the type."""
    from plainleaf.analyzer.extract import InputError, extract

    if not data:
        return
    name = "input" + SUFFIXES[data[0] % len(SUFFIXES)]
    try:
        text = extract(name, data[1:])
    except InputError as exc:
        assert str(exc), "an InputError must carry a message"
        return
    assert isinstance(text, str) and text.strip()


def seed_corpus(folder: Path) -> None:
    sys.path.insert(0, str(ROOT))
    from tests.pdf_samples import text_pdf

    folder.mkdir(parents=True, exist_ok=True)
    for i, page in enumerate(sorted((ROOT / "tests" / "fixtures" / "html").glob("*.html"))[:10]):
        (folder / f"html{i}").write_bytes(bytes([0]) + page.read_bytes())
    for i, art in enumerate(sorted((ROOT / "tests" / "fixtures" / "articles").glob("*.txt"))[:10]):
        (folder / f"md{i}").write_bytes(bytes([1]) + art.read_bytes())
        if i < 5:
            (folder / f"pdf{i}").write_bytes(bytes([2]) + text_pdf(art.read_text()))


def main() -> None:
    import atheris

    corpus = next((Path(a) for a in sys.argv[1:] if not a.startswith("-")), None)
    if corpus is not None and not corpus.exists():
        seed_corpus(corpus)
    with atheris.instrument_imports():
        import plainleaf.analyzer.extract  # noqa: F401
    atheris.Setup(sys.argv, check_one)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
