"""Alembic environment: runs on the connection handed over by app.storage.database.

Batch mode is on because SQLite cannot ALTER most things in place; Alembic then rebuilds tables.
"""

from __future__ import annotations

from alembic import context
from sqlalchemy import Connection

from app.storage.database import create_sqlite_engine
from app.storage.models import Base

config = context.config
target_metadata = Base.metadata


def _run(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=True,
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


def run_migrations_online() -> None:
    """Migrate on the given connection, or open one from ``sqlalchemy.url`` (developer use)."""
    connection = config.attributes.get("connection")
    if connection is not None:
        _run(connection)
        return
    from pathlib import Path

    url = config.get_main_option("sqlalchemy.url")
    if not url or not url.startswith("sqlite:///"):
        raise RuntimeError("set sqlalchemy.url to sqlite:///PATH to run migrations outside the app")
    engine = create_sqlite_engine(Path(url.removeprefix("sqlite:///")))
    with engine.begin() as conn:
        _run(conn)
    engine.dispose()


if context.is_offline_mode():
    raise RuntimeError("Sabil migrations run online only")
run_migrations_online()
