"""Build a ``.sabilpack`` from a source (folder, spreadsheet or GIFT file): a byte-for-byte reproducible zip.

Same source, same bytes: entries are sorted, timestamps and permissions fixed, JSON written with a
fixed layout. That lets a teacher (or CI) check that a pack really was built from a given source.
Media are stored uncompressed: images and audio are compressed already, and a stored entry is read
back as a plain copy, which is what makes importing from a USB stick fast. ``pack.json`` is deflated.
With a key file the pack gets ``pack.json.sig``, an Ed25519 signature over the exact pack.json bytes.
"""

from __future__ import annotations

import json
import os
import shutil
import tempfile
import zipfile
from collections.abc import Callable, Mapping
from pathlib import Path

from .limits import VALIDATION_SEEDS
from .model import PackManifest, manifest_to_dict
from .signing import read_private_key_file, sign_pack_json

PACK_JSON = "pack.json"
SIGNATURE = "pack.json.sig"
_FIXED_TIME = (1980, 1, 1, 0, 0, 0)  # the earliest time a zip can hold
_COPY_CHUNK = 1024 * 1024

# An entry's content: bytes in memory, or a file on disk streamed into the zip.
EntrySource = bytes | Path


def build_pack(
    src: Path, out: Path, *, seeds: int = VALIDATION_SEEDS, key_file: Path | None = None
) -> Path:
    """Validate the source at ``src`` and write the pack to ``out`` (replaced atomically). Returns ``out``.

    ``src`` is a source folder, a ``.csv`` or a ``.gift`` file (see ``load_any_source``); every
    template is test-rendered for ``seeds`` seeds. With ``key_file`` (a private key from
    ``sabil pack keygen``) the pack is signed; the publisher name comes from ``key_file.pub``.
    """
    src, out = Path(src), Path(out)
    # The source readers (TOML, CSV, GIFT) are loaded only to build: an import writes zips but never builds.
    from .source_formats import load_any_source

    manifest, media_folder = load_any_source(src, seeds=seeds)
    pack_json = pack_json_bytes(manifest)
    entries: dict[str, EntrySource] = {PACK_JSON: pack_json}
    for entry in manifest.media:
        assert media_folder is not None  # load_any_source returns a folder whenever there is media
        entries[f"media/{entry.path}"] = media_folder / entry.path
    if key_file is not None:
        pem, publisher = read_private_key_file(Path(key_file), fallback_publisher=_fallback_publisher(manifest))
        entries[SIGNATURE] = sign_pack_json(pem, pack_json, publisher)
    write_zip(entries, out)
    return out


def _fallback_publisher(manifest: PackManifest) -> str:
    return manifest.authors[0] if manifest.authors else manifest.id


def pack_json_bytes(manifest: PackManifest) -> bytes:
    """The canonical ``pack.json`` text for a manifest (UTF-8, stable key order, trailing newline)."""
    text = json.dumps(manifest_to_dict(manifest), ensure_ascii=False, indent=1, allow_nan=False)
    return (text + "\n").encode("utf-8")


def write_zip(
    entries: Mapping[str, EntrySource], out: Path, on_bytes: Callable[[int], None] | None = None
) -> None:
    """Write ``entries`` (name → bytes or file) as a deterministic zip, via a temporary file renamed into place.

    Media (``media/…``) are stored, everything else deflated. ``on_bytes(n)`` is called as file
    content is copied (an exception raised there aborts the write and removes the temporary file).
    The finished file is fsynced before the rename: it is often written to a USB stick.
    """
    out.parent.mkdir(parents=True, exist_ok=True)
    handle, temp_name = tempfile.mkstemp(dir=out.parent, prefix=f".{out.name}.", suffix=".tmp")
    try:
        with os.fdopen(handle, "wb") as raw:
            with zipfile.ZipFile(raw, "w") as archive:
                for name in sorted(entries):
                    _write_entry(archive, name, entries[name], on_bytes)
            raw.flush()
            os.fsync(raw.fileno())
        os.replace(temp_name, out)
    except BaseException:
        Path(temp_name).unlink(missing_ok=True)
        raise


def _write_entry(
    archive: zipfile.ZipFile, name: str, source: EntrySource, on_bytes: Callable[[int], None] | None
) -> None:
    info = zipfile.ZipInfo(name, date_time=_FIXED_TIME)
    media = name.startswith("media/")
    info.compress_type = zipfile.ZIP_STORED if media else zipfile.ZIP_DEFLATED
    info.create_system = 3  # Unix, so the permission bits below mean the same everywhere
    info.external_attr = 0o100644 << 16  # a regular file, rw-r--r--
    if isinstance(source, bytes):
        archive.writestr(info, source, compresslevel=None if media else 9)
        if on_bytes is not None:
            on_bytes(len(source))
        return
    info.file_size = source.stat().st_size
    with open(source, "rb") as data, archive.open(info, "w", force_zip64=info.file_size > 2**31) as target:
        if on_bytes is None:
            shutil.copyfileobj(data, target, _COPY_CHUNK)
            return
        while chunk := data.read(_COPY_CHUNK):
            target.write(chunk)
            on_bytes(len(chunk))
