"""The Streamlit download buttons: labelled, click-safe, and cached on the model's JSON."""

from __future__ import annotations

from pathlib import Path

import pytest
from handout_samples import sample_analysis
from streamlit.testing.v1 import AppTest

from plainleaf.content import load_library
from plainleaf.ui import downloads

FIXTURES = Path(__file__).parent / "fixtures" / "content"


def _app() -> None:
    from pathlib import Path

    from handout_samples import sample_analysis

    from plainleaf.content import load_library
    from plainleaf.ui.downloads import booklet_download, report_download, therapy_download

    library = load_library(Path("tests/fixtures/content"))
    therapy_download(library.therapies[0], library.glossary)
    booklet_download(library)
    report_download(sample_analysis(), "clinic page")


def test_buttons_render_once_per_model(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[str] = []
    real = {name: getattr(downloads, name) for name in ("therapy_pdf", "booklet_pdf", "report_pdf")}
    for name, fn in real.items():

        def counting(*args, _fn=fn, _name=name, **kwargs):
            calls.append(_name)
            return _fn(*args, **kwargs)

        monkeypatch.setattr(downloads, name, counting)
    for cached in (downloads._therapy_pdf, downloads._booklet_pdf, downloads._report_pdf):
        cached.clear()

    monkeypatch.chdir(Path(__file__).parents[1])
    monkeypatch.syspath_prepend(str(Path(__file__).parent))
    at = AppTest.from_function(_app, default_timeout=120).run()
    assert not at.exception
    buttons = at.get("download_button")
    labels = [b.proto.label for b in buttons]
    assert labels == [
        "Download printable handout (PDF)",
        "Download the whole guide as a printable booklet (PDF)",
        "Download printable report of this check (PDF)",
    ]
    assert all(b.proto.ignore_rerun for b in buttons)  # on_click="ignore"
    assert len({b.proto.id for b in buttons}) == 3
    at.run()  # a rerun (what a click would cause) must not render again
    assert not at.exception
    assert sorted(calls) == ["booklet_pdf", "report_pdf", "therapy_pdf"]


def test_cached_renderers_return_pdf_bytes() -> None:
    library = load_library(FIXTURES)
    therapy = library.therapies[0]
    assert downloads._therapy_pdf(therapy.model_dump_json(), None).startswith(b"%PDF")
    analysis_json = sample_analysis().model_dump_json()
    assert downloads._report_pdf(analysis_json, "x").startswith(b"%PDF")
