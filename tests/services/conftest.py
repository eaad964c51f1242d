"""Fixtures for service tests: a fresh database in tmp_path and the services built on it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

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
