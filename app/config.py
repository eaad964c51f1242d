"""Where Sabil keeps its data and finds its resources.

The data directory comes from, in order: an explicit ``--data-dir``, the ``SABIL_HOME``
environment variable, then the platform's per-user data folder (platformdirs). Shared lab
PCs point every OS user at one machine-wide folder by setting ``SABIL_HOME`` system-wide.
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path

import platformdirs

APP_NAME = "Sabil"
ENV_HOME = "SABIL_HOME"


def resources_dir() -> Path:
    """The folder holding icons, avatars, translations and bundled packs.

    In a PyInstaller bundle it sits beside the frozen modules; otherwise at the project root.
    """
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def default_data_dir() -> Path:
    """The per-user data folder chosen by the platform (e.g. ~/.local/share/Sabil)."""
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def resolve_data_dir(explicit: str | os.PathLike[str] | None = None) -> Path:
    """Pick the data directory: explicit argument, then SABIL_HOME, then the platform default."""
    if explicit:
        return Path(explicit).expanduser().resolve()
    env = os.environ.get(ENV_HOME)
    if env:
        return Path(env).expanduser().resolve()
    return default_data_dir()


class DataDirError(Exception):
    """The data directory cannot be created or written; ``str()`` says which folder and why."""


@dataclass(frozen=True)
class Paths:
    """Every location inside one data directory."""

    root: Path

    @property
    def database(self) -> Path:
        return self.root / "sabil.sqlite3"

    @property
    def media(self) -> Path:
        return self.root / "media"

    @property
    def backups(self) -> Path:
        return self.root / "backups"

    @property
    def packs_cache(self) -> Path:
        return self.root / "packs"

    @property
    def logs(self) -> Path:
        return self.root / "logs"

    @property
    def log_file(self) -> Path:
        return self.logs / "sabil.log"

    def ensure(self) -> Paths:
        """Create the folders, and prove the root is writable, or raise DataDirError."""
        try:
            for folder in (self.root, self.media, self.backups, self.packs_cache, self.logs):
                folder.mkdir(parents=True, exist_ok=True)
            probe = self.root / ".write-test"
            probe.write_bytes(b"ok")
            probe.unlink()
        except OSError as exc:
            raise DataDirError(f"{self.root}: {exc.strerror or exc}") from exc
        return self
