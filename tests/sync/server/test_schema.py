"""The app's migrations (0001-0004, including the sync tables) build the models' schema on both databases."""

from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import create_engine, inspect

from app.storage.models import Base
from app.sync.server.database import upgrade_schema


def test_migrations_match_the_models(server_db: str) -> None:
    upgrade_schema(server_db)
    engine = create_engine(server_db)
    try:
        with engine.connect() as conn:
            assert {"sync_schools", "sync_changes", "attempt_events"} <= set(inspect(conn).get_table_names())
            context = MigrationContext.configure(conn, opts={"compare_type": True})
            assert compare_metadata(context, Base.metadata) == []
    finally:
        engine.dispose()


def test_upgrade_is_idempotent(server_db: str) -> None:
    upgrade_schema(server_db)
    upgrade_schema(server_db)
