from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from plainleaf.content import Library, load_library

ROOT = Path(__file__).resolve().parents[1]
FIXTURE_CONTENT = ROOT / "tests" / "fixtures" / "content"
REAL_CONTENT = ROOT / "content"


@pytest.fixture(scope="session")
def fixture_library() -> Library:
    return load_library(FIXTURE_CONTENT)


@pytest.fixture(scope="session")
def real_library() -> Library:
    return load_library(REAL_CONTENT)


@pytest.fixture
def content_copy(tmp_path: Path) -> Path:
    """A writable copy of the fixture content, for tests that break files on purpose."""
    dest = tmp_path / "content"
    shutil.copytree(FIXTURE_CONTENT, dest)
    return dest
