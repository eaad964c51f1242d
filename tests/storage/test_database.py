"""open_database: pragmas, migrations, backups before migrating, integrity check."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect, select, text

from app.storage.backup import list_backups
from app.storage.database import alembic_config, current_revision, head_revision, open_database
from app.storage.errors import DatabaseCorruptError, DatabaseTooNewError
from app.storage.models import Base, Setting


def test_pragmas_are_set_on_every_connection(tmp_path: Path) -> None:
    db = open_database(tmp_path / "s.sqlite3")
    try:
        with db.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
            assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
            assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
            assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() >= 1000
    finally:
        db.close()


def test_upgrade_from_empty_creates_every_table_at_head(tmp_path: Path) -> None:
    db = open_database(tmp_path / "s.sqlite3")
    try:
        assert current_revision(db.engine) == head_revision() is not None
        tables = set(inspect(db.engine).get_table_names())
        assert set(Base.metadata.tables) <= tables
    finally:
        db.close()


def test_models_and_migrations_agree(tmp_path: Path) -> None:
    db = open_database(tmp_path / "s.sqlite3")
    try:
        with db.engine.connect() as conn:
            context = MigrationContext.configure(conn, opts={"compare_type": True})
            diff = compare_metadata(context, Base.metadata)
        assert diff == []
    finally:
        db.close()


def test_foreign_keys_are_enforced(tmp_path: Path) -> None:
    db = open_database(tmp_path / "s.sqlite3")
    try:
        with pytest.raises(Exception, match="FOREIGN KEY"), db.engine.begin() as conn:
            conn.execute(
                text(
                    "INSERT INTO skill_states (learner_id, pack_id, skill_id, p_known, attempts, correct, streak, "
                    "wrong_streak, recent, mastered, updated_at) VALUES ('nobody', 'p', 's', 0.1, 0, 0, 0, 0, '', 0, "
                    "'2026-01-01 00:00:00')"
                )
            )
    finally:
        db.close()


def test_committed_data_survives_reopen(tmp_path: Path) -> None:
    path = tmp_path / "s.sqlite3"
    db = open_database(path)
    with db.transaction() as session:
        session.add(Setting(key="greeting", value="salaam"))
    db.close()
    db = open_database(path)
    try:
        with db.session() as session:
            assert session.scalar(select(Setting.value).where(Setting.key == "greeting")) == "salaam"
    finally:
        db.close()


def test_backup_is_taken_before_pending_migrations(tmp_path: Path) -> None:
    path = tmp_path / "s.sqlite3"
    backups = tmp_path / "backups"
    db = open_database(path, backups_dir=backups)
    # Put the database back to the empty revision with a marker table, as an older build would have left it.
    with db.engine.begin() as conn:
        command.downgrade(alembic_config(conn), "base")
        conn.exec_driver_sql("CREATE TABLE marker (note TEXT)")
        conn.exec_driver_sql("INSERT INTO marker VALUES ('from the old version')")
    db.close()
    assert list_backups(backups) == []

    db = open_database(path, backups_dir=backups)
    db.close()
    made = list_backups(backups)
    assert len(made) == 1 and "before-migration" in made[0].name
    snapshot = sqlite3.connect(made[0])
    try:
        assert snapshot.execute("SELECT note FROM marker").fetchall() == [("from the old version",)]
        assert "learners" not in {r[0] for r in snapshot.execute("SELECT name FROM sqlite_master")}
    finally:
        snapshot.close()


def test_no_backup_when_nothing_to_migrate(tmp_path: Path) -> None:
    path = tmp_path / "s.sqlite3"
    open_database(path).close()
    open_database(path).close()
    assert list_backups(tmp_path / "backups") == []


def test_garbage_file_raises_corrupt_error_naming_file_and_backup(tmp_path: Path) -> None:
    path = tmp_path / "s.sqlite3"
    backups = tmp_path / "backups"
    backups.mkdir()
    good_backup = backups / "sabil-20260101T000000000000Z-manual.sqlite3"
    sqlite3.connect(good_backup).close()
    path.write_bytes(b"this is not a database, just bytes " * 200)
    with pytest.raises(DatabaseCorruptError) as info:
        open_database(path, backups_dir=backups)
    assert info.value.path == path
    assert info.value.backup == good_backup
    assert str(path) in str(info.value) and str(good_backup) in str(info.value)


def test_damaged_pages_fail_quick_check(tmp_path: Path) -> None:
    path = tmp_path / "s.sqlite3"
    db = open_database(path)
    with db.transaction() as session:
        session.add_all(Setting(key=f"k{i}", value="v" * 200) for i in range(400))
    db.close()
    # Fold the WAL into the main file, then overwrite the middle pages (not the header) with noise.
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.execute("PRAGMA journal_mode=DELETE")
    conn.close()
    data = bytearray(path.read_bytes())
    page = 4096
    assert len(data) > 8 * page
    for offset in range(2 * page, len(data) - page, page):
        data[offset : offset + 64] = b"\xa5" * 64
    path.write_bytes(bytes(data))
    with pytest.raises(DatabaseCorruptError) as info:
        open_database(path)
    assert info.value.backup is None
    assert "No backup" in str(info.value)


def test_database_from_a_newer_build_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "s.sqlite3"
    open_database(path).close()
    conn = sqlite3.connect(path)
    conn.execute("UPDATE alembic_version SET version_num = '9999_future'")
    conn.commit()
    conn.close()
    with pytest.raises(DatabaseTooNewError, match="newer version"):
        open_database(path)


def test_schema_head_constant_matches_the_migrations() -> None:
    # The warm-start fast path trusts this constant instead of asking Alembic.
    from app.storage.schema_head import SCHEMA_HEAD

    assert SCHEMA_HEAD == head_revision()


def test_warm_open_does_not_import_alembic(tmp_path: Path) -> None:
    import subprocess
    import sys

    db_file = tmp_path / "sabil.sqlite3"
    open_database(db_file).close()
    code = (
        "import sys; from pathlib import Path; from app.storage.database import open_database; "
        f"open_database(Path({str(db_file)!r})).close(); "
        "print(any(m == 'alembic' or m.startswith('alembic.') for m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
