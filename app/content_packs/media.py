"""Media files of a pack: safe names, hashing, and writing them into a content-addressed folder."""

from __future__ import annotations

import hashlib
import os
import re
import tempfile
import zipfile
from collections.abc import Iterator
from pathlib import Path

from .errors import PackError
from .fields import is_nfc
from .limits import MAX_MEDIA_FILE_BYTES
from .media_sniff import check_media_content
from .model import MediaEntry, PackManifest

MEDIA_EXTENSIONS = ("svg", "png", "jpg", "jpeg", "gif", "webp", "ogg", "opus", "mp3", "wav")
_SAFE_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,127}")
# Device names Windows refuses as file names whatever the extension.
_WINDOWS_RESERVED = {"con", "prn", "aux", "nul", *(f"com{i}" for i in range(10)), *(f"lpt{i}" for i in range(10))}


def media_name_problem(name: str) -> str | None:
    """Why ``name`` can't be a media file name, or None when it can.

    Names are single path components of ASCII letters, digits, ``.``, ``_`` and ``-`` with a known
    extension: that keeps them portable to every file system a USB stick meets.
    """
    if not is_nfc(name):
        return "is not in Unicode NFC form"
    if not _SAFE_NAME.fullmatch(name) or ".." in name:
        return "may only use letters, digits, '.', '_' and '-' (one file name, no folders)"
    stem, _, extension = name.rpartition(".")
    if not stem or extension.lower() not in MEDIA_EXTENSIONS:
        return f"needs one of the extensions {', '.join(MEDIA_EXTENSIONS)}"
    if stem.split(".")[0].lower() in _WINDOWS_RESERVED:
        return "is a name Windows reserves"
    return None


def sha256_hex(data: bytes) -> str:
    """Lower-case hex sha256 of ``data``."""
    return hashlib.sha256(data).hexdigest()


def media_entry_for(name: str, data: bytes) -> MediaEntry:
    """The manifest entry describing one media file."""
    return MediaEntry(path=name, sha256=sha256_hex(data), size=len(data))


def content_address(root: Path, entry: MediaEntry) -> Path:
    """Where a media file lives in a content-addressed store: ``root/ab/abcdef….ext``."""
    extension = entry.path.rpartition(".")[2].lower()
    return root / entry.sha256[:2] / f"{entry.sha256}.{extension}"


def iter_media(pack_path: Path, manifest: PackManifest) -> Iterator[tuple[MediaEntry, bytes]]:
    """Each media file of a pack already accepted by ``read_pack``, re-verified against its hash and kind.

    The file may have been swapped on the stick since ``read_pack`` looked, so both checks run again.
    """
    with zipfile.ZipFile(pack_path) as archive:
        for entry in manifest.media:
            with archive.open(f"media/{entry.path}") as stream:
                data = stream.read(min(entry.size, MAX_MEDIA_FILE_BYTES) + 1)
            if len(data) != entry.size or sha256_hex(data) != entry.sha256:
                raise PackError("media_hash_mismatch", f'the file "{entry.path}" changed after the pack was checked',
                                f"media/{entry.path}")
            check_media_content(entry.path, data)
            yield entry, data


def write_media(pack_path: Path, manifest: PackManifest, root: Path) -> dict[str, Path]:
    """Copy a pack's media into the content-addressed folder ``root``; returns pack path → stored file.

    Files already present (same hash) are not rewritten. Each write goes to a temporary file that
    is renamed into place, so a power cut never leaves a half-written media file under its hash.
    """
    stored: dict[str, Path] = {}
    for entry, data in iter_media(pack_path, manifest):
        target = content_address(root, entry)
        if not target.exists():
            target.parent.mkdir(parents=True, exist_ok=True)
            handle, temp_name = tempfile.mkstemp(dir=target.parent, prefix=".incoming-")
            try:
                with os.fdopen(handle, "wb") as out:
                    out.write(data)
                    out.flush()
                    os.fsync(out.fileno())
                os.replace(temp_name, target)
            except BaseException:
                Path(temp_name).unlink(missing_ok=True)
                raise
        stored[entry.path] = target
    return stored
