"""The Streamlit download buttons: labelled, click-safe, and no PDF built before a click."""

from __future__ import annotations

from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from plainleaf.content import load_library
from plainleaf.ui import downloads
from tests.handout_samples import sample_analysis

FIXTURES = Path(__file__).parent / "fixtures" / "content"


def _app() -> None:
    from pathlib import Path

    from plainleaf.content import load_library
    from plainleaf.ui.downloads import booklet_download, report_download, therapy_download
    from tests.handout_samples import sample_analysis

    library = load_library(Path("tests/fixtures/content"))
    therapy_download(library.therapies[0], library.glossary)
    booklet_download(library)
    report_download(sample_analysis(), "clinic page")


@pytest.fixture
def counted(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    calls: list[str] = []
    for name in ("therapy_pdf", "booklet_pdf", "report_pdf"):
        fn = getattr(downloads, name)

        def counting(*args, _fn=fn, _name=name, **kwargs):
            calls.append(_name)
            return _fn(*args, **kwargs)

        monkeypatch.setattr(downloads, name, counting)
    for cached in (downloads._therapy_pdf, downloads._booklet_pdf, downloads._report_pdf):
        cached.cache_clear()
    return calls


def test_buttons_render_without_building_any_pdf(
    monkeypatch: pytest.MonkeyPatch, counted: list[str]
) -> None:
    monkeypatch.chdir(Path(__file__).parents[1])
    monkeypatch.syspath_prepend(str(Path(__file__).parent))
    at = AppTest.from_function(_app, default_timeout=120).run()
    assert not at.exception
    buttons = at.get("download_button")
    labels = [b.proto.label for b in buttons]
    assert labels == [
        "Download printable handout (PDF, 2 pages)",
        "Download the whole guide as a printable booklet (PDF)",
        "Download printable report of this check (PDF)",
    ]
    assert all(b.proto.ignore_rerun for b in buttons)  # on_click="ignore"
    assert len({b.proto.id for b in buttons}) == 3
    at.run()
    assert not at.exception
    assert counted == []  # nothing is rendered until someone presses a button


def test_makers_build_each_pdf_once(counted: list[str]) -> None:
    library = load_library(FIXTURES)
    therapy = library.therapies[0]
    makers = [
        downloads.therapy_maker(therapy, library.glossary),
        downloads.booklet_maker(library),
        downloads.report_maker(sample_analysis(), "x"),
    ]
    assert counted == []
    for make in makers:
        assert make().startswith(b"%PDF")
        assert make().startswith(b"%PDF")  # a second press uses the cached bytes
    assert sorted(counted) == ["booklet_pdf", "report_pdf", "therapy_pdf"]
