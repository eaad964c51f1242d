"""Portable "insert, ignoring rows that already exist" for SQLite and PostgreSQL.

Both dialects have ``INSERT … ON CONFLICT DO NOTHING`` (SQLite since 3.24) with ``RETURNING`` (SQLite
since 3.35), which is what idempotent ingest needs: one statement, no read-then-write race.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import Column, Table
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session


def insert_ignore(
    session: Session, table: Table, rows: Sequence[dict[str, Any]], returning: Column[Any] | None = None
) -> list[Any]:
    """Insert ``rows`` into ``table``, skipping any that conflict with a unique key.

    Returns the ``returning`` column of the rows actually inserted (empty list without ``returning``).
    """
    if not rows:
        return []
    dialect = session.get_bind().dialect.name
    module = postgresql if dialect == "postgresql" else sqlite
    statement = module.insert(table).values(list(rows)).on_conflict_do_nothing()
    if returning is None:
        session.execute(statement)
        return []
    return list(session.execute(statement.returning(returning)).scalars())
