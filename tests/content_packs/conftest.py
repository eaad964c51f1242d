"""Fixtures for the content-pack tests: the shared mini source pack, copied so tests may edit it."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

MINI_PACK = Path(__file__).resolve().parent.parent / "fixtures" / "packs" / "mini"


@pytest.fixture
def mini_source(tmp_path: Path) -> Path:
    """A private copy of tests/fixtures/packs/mini that a test can break on purpose."""
    target = tmp_path / "mini"
    shutil.copytree(MINI_PACK, target)
    return target
