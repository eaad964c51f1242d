"""Relay test fixtures: ``hub`` (a server with schools A and B on SQLite and PostgreSQL) for the endpoint
tests; the three-tier tests build their own district, hubs and devices."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.sync.server.helpers import Hub, make_hub


@pytest.fixture
def hub(server_db: str) -> Iterator[Hub]:
    """A server over a fresh database of each kind, with schools A and B and a code for each."""
    built = make_hub(server_db)
    try:
        yield built
    finally:
        built.client.close()
        built.engine.dispose()
