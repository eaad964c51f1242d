"""Build a ``.sabilpack`` from a source folder: a byte-for-byte reproducible zip.

Same source, same bytes: entries are sorted, timestamps and permissions fixed, JSON written with a
fixed layout. That lets a teacher (or CI) check that a pack really was built from a given source.
"""

from __future__ import annotations

import json
import os
import tempfile
import zipfile
from pathlib import Path

from .limits import VALIDATION_SEEDS
from .model import PackManifest, manifest_to_dict
from .source import load_source

PACK_JSON = "pack.json"
_FIXED_TIME = (1980, 1, 1, 0, 0, 0)  # the earliest time a zip can hold


def build_pack(folder: Path, out: Path, *, seeds: int = VALIDATION_SEEDS) -> Path:
    """Validate the source in ``folder`` and write the pack to ``out`` (replaced atomically). Returns ``out``.

    Every template is test-rendered for ``seeds`` seeds (see ``load_source``).
    """
    folder, out = Path(folder), Path(out)
    manifest = load_source(folder, seeds=seeds)
    entries = {PACK_JSON: pack_json_bytes(manifest)}
    for entry in manifest.media:
        entries[f"media/{entry.path}"] = (folder / "media" / entry.path).read_bytes()
    write_zip(entries, out)
    return out


def pack_json_bytes(manifest: PackManifest) -> bytes:
    """The canonical ``pack.json`` text for a manifest (UTF-8, stable key order, trailing newline)."""
    text = json.dumps(manifest_to_dict(manifest), ensure_ascii=False, indent=1, allow_nan=False)
    return (text + "\n").encode("utf-8")


def write_zip(entries: dict[str, bytes], out: Path) -> None:
    """Write ``entries`` (name → bytes) as a deterministic zip, via a temporary file renamed into place."""
    out.parent.mkdir(parents=True, exist_ok=True)
    handle, temp_name = tempfile.mkstemp(dir=out.parent, prefix=f".{out.name}.", suffix=".tmp")
    try:
        with os.fdopen(handle, "wb") as raw, zipfile.ZipFile(raw, "w") as archive:
            for name in sorted(entries):
                info = zipfile.ZipInfo(name, date_time=_FIXED_TIME)
                info.compress_type = zipfile.ZIP_DEFLATED
                info.create_system = 3  # Unix, so the permission bits below mean the same everywhere
                info.external_attr = 0o100644 << 16  # a regular file, rw-r--r--
                archive.writestr(info, entries[name], compresslevel=9)
        os.replace(temp_name, out)
    except BaseException:
        Path(temp_name).unlink(missing_ok=True)
        raise
