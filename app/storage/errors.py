"""Errors the storage layer raises for callers to act on."""

from __future__ import annotations

from pathlib import Path


class DatabaseCorruptError(Exception):
    """The database file failed SQLite's integrity check or is not a database at all.

    ``path`` is the damaged file and ``backup`` the newest backup to restore from (None if there is
    none); ``str()`` says both, so a person can recover by copying the backup over the file.
    """

    def __init__(self, path: Path, detail: str, backup: Path | None) -> None:
        self.path = path
        self.detail = detail
        self.backup = backup
        if backup is not None:
            advice = f"The newest backup is {backup}; to recover, close Sabil and copy it over {path}."
        else:
            advice = "No backup was found; move the damaged file aside to start with an empty database."
        super().__init__(f"The database {path} is damaged ({detail}). {advice}")


class DatabaseTooNewError(Exception):
    """The database was migrated by a newer Sabil than this one; opening it could damage it."""

    def __init__(self, path: Path, revision: str) -> None:
        self.path = path
        self.revision = revision
        super().__init__(
            f"The database {path} was written by a newer version of Sabil (schema {revision}). "
            "Please install the newer version again."
        )
