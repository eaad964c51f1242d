"""Fixtures for the record-sync tests: a sync server with schools A and B on SQLite and PostgreSQL."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.sync.server.helpers import Hub, make_hub


@pytest.fixture
def server(server_db: str) -> Iterator[Hub]:
    """A migrated server over a fresh database of each kind, with schools A and B and a code for each."""
    built = make_hub(server_db)
    try:
        yield built
    finally:
        built.client.close()
        built.engine.dispose()
