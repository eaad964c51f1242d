"""One entry point for every way a teacher can write a pack: a source folder, a spreadsheet or a GIFT file.

``sabil pack build SRC`` calls ``load_any_source`` and does not care which kind SRC is: each kind
gives the same validated PackManifest and the folder its media files are read from.
"""

from __future__ import annotations

from pathlib import Path

from .errors import PackError
from .limits import VALIDATION_SEEDS
from .model import PackManifest
from .source import load_source

SOURCE_SUFFIXES = (".csv", ".gift")


def load_any_source(path: Path, *, seeds: int = VALIDATION_SEEDS) -> tuple[PackManifest, Path | None]:
    """Load and validate the pack source at ``path``; returns the manifest and its media folder.

    ``path`` is a source folder (``pack.toml``, ``skills.toml``, ``items/``, ``media/``), a ``.csv``
    spreadsheet or a ``.gift`` (Moodle) text file. The media folder is None when the pack has no
    media. Every problem is a PackError whose location names the file and the row or line.
    """
    path = Path(path)
    if path.is_dir():
        manifest = load_source(path, seeds=seeds)
        return manifest, (path / "media") if manifest.media else None
    if not path.exists():
        raise PackError("source_missing", "does not exist", str(path))
    suffix = path.suffix.lower()
    if suffix == ".csv":
        from .csv_source import load_csv_source  # local: only CSV builds pay for the CSV reader

        return load_csv_source(path, seeds=seeds)
    if suffix == ".gift":
        from .gift_source import load_gift_source

        return load_gift_source(path, seeds=seeds)
    raise PackError(
        "unknown_source",
        "is not a pack source: give a source folder, a .csv spreadsheet or a .gift file",
        path.name,
    )
