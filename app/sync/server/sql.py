"""Portable "insert, ignoring rows that already exist" for SQLite and PostgreSQL.

Both dialects have ``INSERT … ON CONFLICT DO NOTHING`` (SQLite since 3.24) with ``RETURNING`` (SQLite
since 3.35), which is what idempotent ingest needs: one statement, no read-then-write race.

On PostgreSQL a batch goes in as one statement with ONE parameter, the rows as a JSON document
(``INSERT … SELECT … FROM json_to_recordset(:rows)``): PostgreSQL parses it in C, where 15,000
separate parameters would each be converted in Python by the driver (measured on a 1,000-event
push: 0.9 s with multi-row VALUES, 0.6 s with arrays; see docs/benchmarks.md).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import JSON, Column, DateTime, LargeBinary, Table, text
from sqlalchemy.dialects import sqlite
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import Session
from sqlalchemy.types import TypeDecorator


def insert_ignore(
    session: Session, table: Table, rows: Sequence[dict[str, Any]], returning: Column[Any] | None = None
) -> list[Any]:
    """Insert ``rows`` into ``table``, skipping any that conflict with a unique key.

    Every row must have the same keys. Returns the ``returning`` column of the rows actually
    inserted (empty list without ``returning``).
    """
    if not rows:
        return []
    dialect = session.get_bind().dialect
    if dialect.name == "postgresql":
        return _insert_ignore_json(session, dialect, table, rows, returning)
    # One cached statement with many parameter sets: SQLAlchemy's "insertmanyvalues" sends it as
    # multi-row INSERTs without compiling a new statement per batch.
    statement = sqlite.insert(table).on_conflict_do_nothing()
    if returning is None:
        session.execute(statement, list(rows))
        return []
    return list(session.execute(statement.returning(returning), list(rows)).scalars())


def _json_converter(column: Column[Any], dialect: Dialect) -> Callable[[Any], Any] | None:
    """How a column's Python value becomes a JSON value PostgreSQL reads back as that type (None: as is)."""
    decorator = column.type if isinstance(column.type, TypeDecorator) else None

    def convert(value: Any) -> Any:
        if value is None:
            return None
        if decorator is not None:
            value = decorator.process_bind_param(value, dialect)
        if isinstance(value, datetime):
            return value.isoformat()
        if isinstance(value, bytes):
            return "\\x" + value.hex()  # bytea's text input form
        return value

    python_type = getattr(column.type, "impl", column.type)
    if decorator is None and not isinstance(python_type, (DateTime, LargeBinary)):
        return None
    return convert


def _insert_ignore_json(
    session: Session, dialect: Dialect, table: Table, rows: Sequence[dict[str, Any]], returning: Column[Any] | None
) -> list[Any]:
    names = list(rows[0])
    columns = [table.c[name] for name in names]
    preparer = dialect.identifier_preparer
    definition = ", ".join(
        f"{preparer.quote(column.name)} {'json' if isinstance(column.type, JSON) else column.type.compile(dialect=dialect)}"
        for column in columns
    )
    quoted = ", ".join(preparer.quote(name) for name in names)
    sql = (
        f"INSERT INTO {preparer.format_table(table)} ({quoted}) "
        f"SELECT {quoted} FROM json_to_recordset(CAST(:rows AS json)) AS r({definition}) ON CONFLICT DO NOTHING"
    )
    if returning is not None:
        sql += f" RETURNING {preparer.quote(returning.name)}"
    converters = [(name, converter) for name, column in zip(names, columns, strict=True)
                  if (converter := _json_converter(column, dialect)) is not None]
    if converters:
        rows = [dict(row) for row in rows]
        for row in rows:
            for name, converter in converters:
                row[name] = converter(row[name])
    payload = json.dumps(rows)
    result = session.execute(text(sql), {"rows": payload})
    return list(result.scalars()) if returning is not None else []


def insert_ignore_json_document(
    session: Session,
    table: Table,
    names: Sequence[str],
    document: bytes,
    constants: dict[str, Any],
    returning: Column[Any],
) -> list[Any]:
    """PostgreSQL only: insert the rows of ``document`` (a JSON array of objects with keys ``names``),
    plus the same ``constants`` in every row, ignoring conflicts; returns the inserted ``returning`` values.

    For callers that already hold the rows as JSON (pydantic dumps a batch in Rust), so no Python
    object per row is built at all. Values must already be in PostgreSQL's input form (UTC times).
    """
    dialect = session.get_bind().dialect
    preparer = dialect.identifier_preparer
    columns = [table.c[name] for name in names]
    definition = ", ".join(
        f"{preparer.quote(c.name)} {'json' if isinstance(c.type, JSON) else c.type.compile(dialect=dialect)}"
        for c in columns
    )
    selected = [preparer.quote(name) for name in names] + [f":k_{name}" for name in constants]
    targets = [preparer.quote(name) for name in [*names, *constants]]
    sql = (
        f"INSERT INTO {preparer.format_table(table)} ({', '.join(targets)}) "
        f"SELECT {', '.join(selected)} FROM json_to_recordset(CAST(:rows AS json)) AS r({definition}) "
        f"ON CONFLICT DO NOTHING RETURNING {preparer.quote(returning.name)}"
    )
    params = {"rows": document.decode("utf-8"), **{f"k_{name}": value for name, value in constants.items()}}
    return list(session.execute(text(sql), params).scalars())
