"""The server's database: an engine for a SQLite file or a PostgreSQL URL, and its migrations.

SQLite goes through ``app.storage.database`` so the hub shares the app's pragmas (WAL,
``synchronous=FULL``, ``BEGIN IMMEDIATE``: concurrent pushes queue for the write lock instead of
failing half-way). PostgreSQL gets a connection pool sized for the request thread pool.
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import Engine, create_engine, make_url

from app.storage.database import alembic_config, create_sqlite_engine, open_database

# FastAPI runs plain ``def`` endpoints on a thread pool of 40; a pool of that size never makes a
# request wait for a connection that another request in the same worker could free.
POOL_SIZE = 20
MAX_OVERFLOW = 20


def is_sqlite(url: str) -> bool:
    """True for a ``sqlite:///PATH`` URL."""
    return make_url(url).get_backend_name() == "sqlite"


def sqlite_path(url: str) -> Path:
    """The file of a ``sqlite:///PATH`` URL (in-memory databases are refused: a server needs a file)."""
    database = make_url(url).database
    if not database or database == ":memory:":
        raise ValueError("the sync server needs a SQLite file, not an in-memory database")
    return Path(database)


def open_server_engine(url: str) -> Engine:
    """An engine for ``url`` without touching the schema."""
    if is_sqlite(url):
        return create_sqlite_engine(sqlite_path(url))
    return create_engine(url, pool_size=POOL_SIZE, max_overflow=MAX_OVERFLOW, pool_pre_ping=True)


def upgrade_schema(url: str) -> None:
    """Bring the database at ``url`` to the newest schema (``alembic upgrade head``).

    SQLite uses ``open_database`` (integrity check and a backup before migrating an existing file);
    PostgreSQL runs the same migrations on one connection, in one transaction (PostgreSQL has
    transactional DDL, so a failed migration leaves the schema as it was).
    """
    if is_sqlite(url):
        open_database(sqlite_path(url)).close()
        return
    from alembic import command

    engine = create_engine(url)
    try:
        with engine.begin() as conn:
            command.upgrade(alembic_config(conn), "head")
    finally:
        engine.dispose()


def upgrade_engine(engine: Engine) -> None:
    """``alembic upgrade head`` on a connection of ``engine`` (for callers that made their own engine)."""
    from alembic import command

    with engine.begin() as conn:
        command.upgrade(alembic_config(conn), "head")
