"""Opening the database: pragmas, integrity check, backup and migrations.

Durability settings: WAL lets readers and one writer work at once; ``synchronous=FULL`` makes
every commit survive a power cut (the WAL is fsynced on commit). Transactions start with
``BEGIN IMMEDIATE`` so a writer takes the write lock up front and waits (``busy_timeout``) instead of
failing half-way when another process on a shared lab PC is writing.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Engine, create_engine, event, inspect, text
from sqlalchemy.orm import Session, sessionmaker

from app.storage.backup import backup_database, latest_backup
from app.storage.errors import DatabaseCorruptError, DatabaseTooNewError
from app.storage.schema_head import SCHEMA_HEAD

if TYPE_CHECKING:
    from alembic.config import Config

# Alembic is imported only when the schema must change: it costs about a third of a second of
# start-up on every launch otherwise, which a child on an old PC waits through.

BUSY_TIMEOUT_MS = 10_000
MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"


def _on_connect(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
    # Autocommit at the driver level: we issue BEGIN ourselves (see _on_begin), which the stdlib
    # driver would otherwise do lazily and wrongly (not before SELECTs, never IMMEDIATE).
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA journal_mode = WAL")
        cursor.execute("PRAGMA synchronous = FULL")
        cursor.execute("PRAGMA foreign_keys = ON")
    finally:
        cursor.close()


def _on_begin(connection: Any) -> None:
    connection.exec_driver_sql("BEGIN IMMEDIATE")


def create_sqlite_engine(path: Path) -> Engine:
    """An engine for the SQLite file at ``path`` with Sabil's pragmas and transaction handling."""
    engine = create_engine(f"sqlite:///{path}")
    event.listen(engine, "connect", _on_connect)
    event.listen(engine, "begin", _on_begin)
    return engine


def alembic_config(connection: Any | None = None) -> Config:
    """An Alembic configuration built in code (no alembic.ini on disk, so a frozen build works).

    When ``connection`` is given, env.py runs the migrations on it rather than opening its own.
    """
    from alembic.config import Config

    config = Config()
    # Paths may contain spaces (e.g. "Program Files") or "%" (ConfigParser interpolation).
    config.set_main_option("path_separator", "os")
    config.set_main_option("script_location", str(MIGRATIONS_DIR).replace("%", "%%"))
    config.set_main_option("version_locations", str(MIGRATIONS_DIR / "versions").replace("%", "%%"))
    if connection is not None:
        config.attributes["connection"] = connection
    return config


def head_revision() -> str | None:
    """The newest migration revision shipped with this build."""
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config()).get_current_head()


def known_revisions() -> set[str]:
    """Every migration revision shipped with this build."""
    from alembic.script import ScriptDirectory

    return {script.revision for script in ScriptDirectory.from_config(alembic_config()).walk_revisions()}


def check_integrity(path: Path, backups_dir: Path) -> None:
    """Run ``PRAGMA quick_check`` on an existing file; raise DatabaseCorruptError when it fails."""
    if not path.exists() or path.stat().st_size == 0:
        return
    try:
        conn = sqlite3.connect(f"file:{path}?mode=rw", uri=True)
        try:
            rows = conn.execute("PRAGMA quick_check").fetchall()
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise DatabaseCorruptError(path, str(exc), latest_backup(backups_dir)) from exc
    problems = [row[0] for row in rows if row[0] != "ok"]
    if problems:
        detail = "; ".join(problems[:3])
        raise DatabaseCorruptError(path, detail, latest_backup(backups_dir))


@dataclass
class Database:
    """An open Sabil database: the engine and a session factory."""

    path: Path
    engine: Engine
    session_factory: sessionmaker[Session]

    def session(self) -> Session:
        """A new ORM session (use ``with db.session() as s, s.begin(): ...``)."""
        return self.session_factory()

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """A session inside one transaction: committed on success, rolled back on any error."""
        with self.session_factory() as session, session.begin():
            yield session

    def close(self) -> None:
        """Release every pooled connection (and with it SQLite's file handles)."""
        self.engine.dispose()


def current_revision(engine: Engine) -> str | None:
    """The migration revision the database is at (None for an empty database)."""
    # Plain SQL rather than Alembic's MigrationContext, so a warm start never imports Alembic.
    with engine.connect() as conn:
        if not inspect(conn).has_table("alembic_version"):
            return None
        return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()


def open_database(path: Path, backups_dir: Path | None = None, keep_backups: int = 5) -> Database:
    """Open (creating if needed) the database at ``path`` and bring its schema up to date.

    Checks integrity first (``DatabaseCorruptError`` names the file and the newest backup), then, if
    migrations are pending on an existing database, backs it up into ``backups_dir`` (default: a
    ``backups`` folder beside the file) before running ``alembic upgrade head``.
    """
    path = Path(path)
    backups_dir = backups_dir if backups_dir is not None else path.parent / "backups"
    path.parent.mkdir(parents=True, exist_ok=True)
    existed = path.exists() and path.stat().st_size > 0
    check_integrity(path, backups_dir)
    engine = create_sqlite_engine(path)
    try:
        current = current_revision(engine)
        if current != SCHEMA_HEAD:
            if current is not None and current not in known_revisions():
                raise DatabaseTooNewError(path, current)
            if existed:
                backup_database(path, backups_dir, reason="before-migration", keep=keep_backups)
            from alembic import command

            with engine.begin() as conn:
                command.upgrade(alembic_config(conn), "head")
    except Exception:
        engine.dispose()
        raise
    return Database(path=path, engine=engine, session_factory=sessionmaker(engine, expire_on_commit=False))
