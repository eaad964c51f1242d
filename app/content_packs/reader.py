"""Read a ``.sabilpack`` as hostile input and return its validated manifest.

Before anything is trusted: entry names are single safe components (``pack.json``,
``pack.json.sig`` or ``media/<name>``), no links, no duplicates (even differing only in case),
bounded counts and sizes, no zip bombs; then pack.json is parsed strictly, validated against the
published JSON Schema (``pack_schema.json``), read field by field, and checked as a whole (ids,
references, acyclic prerequisites, templates, media hashes); every media file must be what its
name claims (``media_sniff``).
"""

from __future__ import annotations

import json
import stat
import zipfile
import zlib
from collections.abc import Callable
from pathlib import Path
from typing import Any

from .errors import PackError
from .fields import is_nfc
from .json_schema import check_pack_json
from .limits import (
    MAX_COMPRESSION_RATIO,
    MAX_MEDIA_FILE_BYTES,
    MAX_PACK_JSON_BYTES,
    MAX_SIGNATURE_BYTES,
    MAX_TOTAL_UNCOMPRESSED_BYTES,
    MAX_ZIP_ENTRIES,
)
from .manifest_schema import read_manifest
from .media import media_name_problem, sha256_hex
from .media_sniff import check_media_content
from .model import PackManifest
from .validate import validate_manifest

PACK_JSON = "pack.json"
SIGNATURE = "pack.json.sig"
READ_VALIDATION_SEEDS = 3  # the builder already rendered 20 seeds; on import a few catch tampering cheaply
_RATIO_CHECK_FLOOR = 64 * 1024  # small files may compress very well and are harmless


def read_pack(path: Path, *, seeds: int = READ_VALIDATION_SEEDS, media_hashes: bool = True) -> PackManifest:
    """The manifest of the pack at ``path``, after every check; raises PackError with a specific code.

    ``media_hashes=False`` is for the importer only: it skips reading the media (whose presence and
    sizes are still checked) because it hashes and checks each file in the same single pass that
    copies it into the store, before anything is committed.
    """
    path = Path(path)
    with _open_archive(path) as archive:
        infos = _check_entries(archive)
        document = _load_json(_read_entry(archive, infos[PACK_JSON], MAX_PACK_JSON_BYTES))
        check_pack_json(document)
        manifest = read_manifest(document)
        _check_media_files(archive, infos, manifest, hashes=media_hashes)
    validate_manifest(manifest, item_location=_item_locator(manifest), seeds=seeds)
    return manifest


def check_pack_entries(path: Path) -> dict[str, zipfile.ZipInfo]:
    """The pack's entries by name after the archive checks ``read_pack`` makes first (names, links,
    counts, sizes, zip bombs); raises PackError. Only the zip's directory is read."""
    path = Path(path)
    with _open_archive(path) as archive:
        return _check_entries(archive)


def parse_pack_json(data: bytes) -> Any:
    """pack.json's bytes parsed strictly (UTF-8, no duplicate keys, no NaN); PackError ``bad_json``."""
    return _load_json(data)


def manifest_from_document(
    document: Any, infos: dict[str, zipfile.ZipInfo], *, seeds: int = READ_VALIDATION_SEEDS
) -> PackManifest:
    """The checks ``read_pack(media_hashes=False)`` makes after parsing, on pack.json already parsed.

    ``infos`` come from ``check_pack_entries`` on the same file. For an importer that read
    pack.json once (to check its signature, plan its media and validate it from the same bytes).
    """
    check_pack_json(document)
    manifest = read_manifest(document)
    _check_media_files(None, infos, manifest, hashes=False)
    validate_manifest(manifest, item_location=_item_locator(manifest), seeds=seeds)
    return manifest


def _open_archive(path: Path) -> zipfile.ZipFile:
    if not path.is_file():
        raise PackError("not_found", "the pack file does not exist", str(path))
    try:
        return zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError, ValueError, EOFError) as exc:
        raise PackError("not_a_zip", "this file is not a Sabil pack (it is not a zip archive)", path.name) from exc
    except NotImplementedError as exc:  # a damaged or exotic header asks for a zip version Python does not read
        raise PackError("not_a_zip", "this file is not a Sabil pack (a zip archive Sabil cannot read)",
                        path.name) from exc


def read_signature(path: Path) -> bytes | None:
    """The detached signature bytes (``pack.json.sig``) of a pack, if it has one. Call after read_pack."""
    with zipfile.ZipFile(path) as archive:
        try:
            info = archive.getinfo(SIGNATURE)
        except KeyError:
            return None
        return _read_entry(archive, info, MAX_SIGNATURE_BYTES)


def _check_entries(archive: zipfile.ZipFile) -> dict[str, zipfile.ZipInfo]:
    infos = archive.infolist()
    if len(infos) > MAX_ZIP_ENTRIES:
        raise PackError("too_many_entries", f"the pack holds more than {MAX_ZIP_ENTRIES} files")
    by_name: dict[str, zipfile.ZipInfo] = {}
    folded: set[str] = set()
    total = 0
    for info in infos:
        name = info.filename
        _check_name(name)
        if name.endswith("/"):
            if name != "media/":
                raise PackError("unexpected_entry", "packs hold no folders except media/", name)
            continue
        if _is_symlink(info):
            raise PackError("symlink", "the pack contains a link, which is not allowed", name)
        if info.flag_bits & 0x1:
            raise PackError("encrypted_entry", "the pack contains an encrypted file", name)
        if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
            raise PackError("unsupported_compression", "the file uses a compression Sabil does not read", name)
        # Windows and macOS file systems ignore case, so "A.png" and "a.png" would collide there.
        if name in by_name or name.casefold() in folded:
            raise PackError("duplicate_entry", "the pack holds two files with this name", name)
        limit = MAX_PACK_JSON_BYTES if name == PACK_JSON else MAX_SIGNATURE_BYTES if name == SIGNATURE \
            else MAX_MEDIA_FILE_BYTES
        if info.file_size > limit:
            raise PackError("too_large", f"the file is larger than the limit of {limit} bytes", name)
        # pack.json is exempt: its size limit already bounds it, and a big generated manifest is very repetitive.
        if name != PACK_JSON and info.file_size > _RATIO_CHECK_FLOOR \
                and info.file_size > MAX_COMPRESSION_RATIO * max(info.compress_size, 1):
            raise PackError("zip_bomb", "the file is compressed suspiciously well (a possible zip bomb)", name)
        total += info.file_size
        if total > MAX_TOTAL_UNCOMPRESSED_BYTES:
            raise PackError("too_large", f"the pack unpacks to more than {MAX_TOTAL_UNCOMPRESSED_BYTES} bytes")
        by_name[name] = info
        folded.add(name.casefold())
    if PACK_JSON not in by_name:
        raise PackError("missing_pack_json", "the pack has no pack.json")
    return by_name


def _check_name(name: str) -> None:
    if "\\" in name or "\x00" in name:
        raise PackError("unsafe_path", "the file name contains a backslash or NUL character",
                        name.replace("\x00", "\\0"))
    if name.startswith("/") or (len(name) > 1 and name[1] == ":"):
        raise PackError("absolute_path", "the file name is an absolute path", name)
    parts = name.split("/")
    if any(part in ("..", ".") for part in parts):
        raise PackError("path_traversal", "the file name tries to leave the pack folder", name)
    if not is_nfc(name):
        raise PackError("unsafe_name", "the file name is not in Unicode NFC form", name)
    if name in (PACK_JSON, SIGNATURE, "media/"):
        return
    if len(parts) == 2 and parts[0] == "media":
        problem = media_name_problem(parts[1])
        if problem:
            raise PackError("unsafe_name", f"the media file name {problem}", name)
        return
    raise PackError("unexpected_entry", "packs hold only pack.json, pack.json.sig and media/ files", name)


def _is_symlink(info: zipfile.ZipInfo) -> bool:
    # Unix zip tools store the file mode in the high 16 bits of external_attr.
    return stat.S_ISLNK(info.external_attr >> 16)


def _read_entry(archive: zipfile.ZipFile, info: zipfile.ZipInfo, limit: int) -> bytes:
    """Read one entry, never more than its declared size or ``limit`` (declared sizes can lie)."""
    cap = min(info.file_size, limit)
    try:
        with archive.open(info) as stream:
            data = stream.read(cap + 1)
    except (zipfile.BadZipFile, zlib.error, OSError, EOFError, ValueError, NotImplementedError) as exc:
        # Bad CRCs, truncated or tampered compressed data all land here.
        raise PackError("corrupt_entry", "the file inside the pack is damaged", info.filename) from exc
    if len(data) > cap:
        raise PackError("too_large", "the file is larger than it claims to be", info.filename)
    return data


def _load_json(data: bytes) -> Any:
    def no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
        result = dict(pairs)  # built in C; a key given twice makes it shorter than the pairs
        if len(result) != len(pairs):
            seen: set[str] = set()
            for key, _ in pairs:
                if key in seen:
                    raise PackError("bad_json", f'the key "{key}" appears twice in one object', PACK_JSON)
                seen.add(key)
        return result

    def no_constants(token: str) -> Any:
        raise PackError("bad_json", f"the value {token} is not allowed in pack.json (write a number)", PACK_JSON)

    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise PackError("bad_json", "pack.json is not UTF-8 text", PACK_JSON) from exc
    try:
        return json.loads(text, object_pairs_hook=no_duplicates, parse_constant=no_constants)
    except json.JSONDecodeError as exc:
        raise PackError("bad_json", f"pack.json is not valid JSON ({exc.msg} at line {exc.lineno}, column {exc.colno})",
                        PACK_JSON) from exc
    except RecursionError as exc:
        raise PackError("bad_json", "pack.json nests lists or tables too deeply", PACK_JSON) from exc
    except ValueError as exc:
        # Python refuses to convert integers of more than 4,300 digits (a denial-of-service guard).
        raise PackError("bad_json", "pack.json holds a number with too many digits", PACK_JSON) from exc


def _check_media_files(
    archive: zipfile.ZipFile | None, infos: dict[str, zipfile.ZipInfo], manifest: PackManifest, *,
    hashes: bool = True,
) -> None:
    listed = {f"media/{entry.path}" for entry in manifest.media}
    for name in infos:
        if name.startswith("media/") and name not in listed:
            raise PackError("unlisted_media", "the file is in the pack but not listed in pack.json", name)
    for entry in manifest.media:
        name = f"media/{entry.path}"
        info = infos.get(name)
        if info is None:
            raise PackError("missing_media", "pack.json lists this file but the pack does not contain it", name)
        if info.file_size != entry.size:
            raise PackError("media_hash_mismatch", "the file's size differs from pack.json", name)
        if not hashes:
            continue
        assert archive is not None, "hashing the media needs the open archive"
        data = _read_entry(archive, info, MAX_MEDIA_FILE_BYTES)
        if sha256_hex(data) != entry.sha256:
            raise PackError("media_hash_mismatch", "the file's content differs from pack.json (damaged or altered)",
                            name)
        check_media_content(entry.path, data, name)


def _item_locator(manifest: PackManifest) -> Callable[[str], str]:
    positions = {item.id: index for index, item in enumerate(manifest.items)}
    return lambda item_id: f'pack.json: items[{positions.get(item_id, "?")}] "{item_id}"'
