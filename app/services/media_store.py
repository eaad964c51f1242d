"""The content-addressed media folder: ``media/ab/abcdef….ext``, named by the file's sha256.

Files are written to a temporary name, fsynced and atomically renamed, so a crash never leaves a
half-written file under a real name; an existing name is always complete and correct.
"""

from __future__ import annotations

import hashlib
import mimetypes
import os
from pathlib import Path, PurePosixPath

_SAFE_EXTENSION_CHARS = set("abcdefghijklmnopqrstuvwxyz0123456789")


def extension_of(name: str) -> str:
    """The lower-case extension of a media file name without the dot ("" when unusual or absent)."""
    suffix = PurePosixPath(name).suffix.lower().lstrip(".")
    if not suffix or len(suffix) > 10 or not set(suffix) <= _SAFE_EXTENSION_CHARS:
        return ""
    return suffix


def mime_of(name: str) -> str:
    """The MIME type guessed from a file name (``application/octet-stream`` when unknown)."""
    return mimetypes.guess_type(name)[0] or "application/octet-stream"


class MediaStore:
    """Reads and writes media files under one root folder."""

    def __init__(self, root: Path) -> None:
        self.root = root

    def path_for(self, sha256: str, extension: str) -> Path:
        """Where the file with this hash lives."""
        name = f"{sha256}.{extension}" if extension else sha256
        return self.root / sha256[:2] / name

    def has(self, sha256: str, extension: str) -> bool:
        """True when the file is already stored."""
        return self.path_for(sha256, extension).is_file()

    def write(self, data: bytes, sha256: str, extension: str) -> Path:
        """Store ``data`` (whose hash the caller has verified) durably and return its path."""
        if hashlib.sha256(data).hexdigest() != sha256:
            raise ValueError(f"media content does not match its sha256 {sha256}")
        target = self.path_for(sha256, extension)
        target.parent.mkdir(parents=True, exist_ok=True)
        temp = target.with_name(f".{target.name}.{os.getpid()}.tmp")
        try:
            with open(temp, "wb") as handle:
                handle.write(data)
                handle.flush()
                os.fsync(handle.fileno())
            os.replace(temp, target)
        finally:
            temp.unlink(missing_ok=True)
        _fsync_dir(target.parent)
        return target

    def remove(self, sha256: str, extension: str) -> None:
        """Delete a stored file (used to undo an import that failed before its commit)."""
        self.path_for(sha256, extension).unlink(missing_ok=True)


def _fsync_dir(folder: Path) -> None:
    # Makes the rename itself durable on POSIX; Windows cannot open directories and needs no such step.
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
