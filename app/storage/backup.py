"""Rolling backups of the database with SQLite's online backup API.

The backup API copies a consistent snapshot page by page even while the database is open, including
whatever is still in the WAL, which a plain file copy would miss.
"""

from __future__ import annotations

import os
import re
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

DEFAULT_KEEP = 5
_NAME = re.compile(r"^sabil-(\d{8}T\d{12}Z)-([a-z0-9-]+)\.sqlite3$")


def backup_database(
    database: Path, backups_dir: Path, reason: str = "manual", keep: int = DEFAULT_KEEP
) -> Path:
    """Copy ``database`` into ``backups_dir`` and keep only the newest ``keep`` backups.

    ``reason`` (lower-case letters, digits, dashes) becomes part of the file name, e.g.
    ``sabil-20260101T120000123456Z-before-migration.sqlite3``. Returns the new backup's path.
    """
    if not re.fullmatch(r"[a-z0-9-]+", reason):
        raise ValueError(f"backup reason must be lower-case letters, digits and dashes: {reason!r}")
    backups_dir.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
    target = backups_dir / f"sabil-{stamp}-{reason}.sqlite3"
    partial = target.with_suffix(".partial")
    source = sqlite3.connect(database)
    try:
        dest = sqlite3.connect(partial)
        try:
            source.backup(dest)
        finally:
            dest.close()
    finally:
        source.close()
    # Only a complete copy gets a backup's name, so a crash mid-copy never leaves a broken "backup".
    with open(partial, "rb") as handle:
        os.fsync(handle.fileno())
    os.replace(partial, target)
    prune_backups(backups_dir, keep)
    return target


def list_backups(backups_dir: Path) -> list[Path]:
    """Backups in ``backups_dir``, newest first."""
    if not backups_dir.is_dir():
        return []
    found = [p for p in backups_dir.iterdir() if _NAME.match(p.name)]
    return sorted(found, key=lambda p: _NAME.match(p.name).group(1), reverse=True)  # type: ignore[union-attr]


def latest_backup(backups_dir: Path) -> Path | None:
    """The newest backup, or None when there is none."""
    backups = list_backups(backups_dir)
    return backups[0] if backups else None


def prune_backups(backups_dir: Path, keep: int = DEFAULT_KEEP) -> list[Path]:
    """Delete all but the newest ``keep`` backups; returns the deleted paths."""
    if keep < 1:
        raise ValueError("keep at least one backup")
    stale = list_backups(backups_dir)[keep:]
    for path in stale:
        path.unlink(missing_ok=True)
    return stale
