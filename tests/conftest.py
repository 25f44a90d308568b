from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest

from plainleaf.content import Library, load_library

ROOT = Path(__file__).resolve().parents[1]
# The handout tests import their helper as a top-level module (`from handout_samples
# import ...`), written where tests/ had no __init__.py; keep that import working here.
sys.path.insert(0, str(ROOT / "tests"))
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
