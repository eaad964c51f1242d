"""Fixtures for service tests: a fresh database in tmp_path and the services built on it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from app.services.app_services import AppServices
from app.services.clock import HybridLogicalClock
from app.services.device import ensure_device
from app.services.learners import LearnerService
from app.storage.database import Database, open_database


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    database = open_database(tmp_path / "sabil.sqlite3")
    yield database
    database.close()


@pytest.fixture
def learners(db: Database) -> LearnerService:
    return LearnerService(db, HybridLogicalClock(ensure_device(db)))


MINI_SOURCE = Path(__file__).resolve().parent.parent / "fixtures" / "packs" / "mini"


@pytest.fixture(scope="session")
def mini_pack(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The mini fixture pack built once into a .sabilpack file."""
    from app.content_packs.builder import build_pack

    out = tmp_path_factory.mktemp("packs") / "mini-1.0.0.sabilpack"
    return build_pack(MINI_SOURCE, out)


@pytest.fixture
def services(tmp_path: Path, mini_pack: Path) -> Iterator[AppServices]:
    """AppServices on a fresh data directory with only the mini pack installed."""
    opened = AppServices.open(tmp_path / "data", install_bundled=False)
    opened.packs.install_file(mini_pack, allow_unsigned=True)
    yield opened
    opened.close()
