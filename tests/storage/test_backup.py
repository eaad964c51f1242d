"""Rolling backups: consistent copies, newest kept, oldest pruned."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from app.storage.backup import backup_database, latest_backup, list_backups, prune_backups


def _make_db(path: Path, rows: int) -> None:
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("CREATE TABLE IF NOT EXISTS t (n INTEGER)")
    conn.executemany("INSERT INTO t VALUES (?)", [(i,) for i in range(rows)])
    conn.commit()
    conn.close()


def test_backup_copies_committed_rows_including_wal(tmp_path: Path) -> None:
    db = tmp_path / "s.sqlite3"
    _make_db(db, 10)
    # Keep a connection open so the rows may still sit in the WAL rather than the main file.
    holder = sqlite3.connect(db)
    holder.execute("PRAGMA wal_autocheckpoint=0")
    holder.execute("INSERT INTO t VALUES (99)")
    holder.commit()
    try:
        made = backup_database(db, tmp_path / "backups", reason="manual")
    finally:
        holder.close()
    copy = sqlite3.connect(made)
    assert copy.execute("SELECT count(*), max(n) FROM t").fetchone() == (11, 99)
    copy.close()
    assert latest_backup(tmp_path / "backups") == made
    assert not list((tmp_path / "backups").glob("*.partial"))


def test_rotation_keeps_the_newest_n(tmp_path: Path) -> None:
    db = tmp_path / "s.sqlite3"
    backups = tmp_path / "backups"
    made = []
    for i in range(7):
        _make_db(db, 1)
        made.append(backup_database(db, backups, reason=f"round-{i}", keep=3))
    kept = list_backups(backups)
    assert kept == list(reversed(made[-3:]))
    assert all(not p.exists() for p in made[:4])


def test_prune_and_reason_validation(tmp_path: Path) -> None:
    db = tmp_path / "s.sqlite3"
    _make_db(db, 1)
    with pytest.raises(ValueError):
        backup_database(db, tmp_path / "b", reason="Bad Reason!")
    with pytest.raises(ValueError):
        prune_backups(tmp_path / "b", keep=0)
    assert latest_backup(tmp_path / "missing") is None
