"""Fixtures for the adult-side services: the app's services with the mini and a branching pack."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from app.services.app_services import AppServices
from tests.services.adult.branch_pack import build_branch_pack

MINI = "org.sabil.test.mini"


@pytest.fixture(scope="session")
def branch_pack(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_branch_pack(tmp_path_factory.mktemp("branch"))


@pytest.fixture
def adult(tmp_path: Path, mini_pack: Path, branch_pack: Path) -> Iterator[AppServices]:
    """AppServices on a fresh data directory with the mini pack and the branching pack installed."""
    opened = AppServices.open(tmp_path / "data", install_bundled=False)
    opened.packs.install_file(mini_pack, allow_unsigned=True)
    opened.packs.install_file(branch_pack, allow_unsigned=True)
    yield opened
    opened.close()
