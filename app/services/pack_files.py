"""A fast look at a ``.sabilpack`` file on a drive: what it is, who signed it, whether it is an update.

The Packs screen lists every pack on a USB stick, so this reads only pack.json (size-capped) and the
signature: no media hashing, no template rendering. A file that can't be a pack is still listed,
with ``trust="invalid"`` and a sentence saying why; the full checks run on import.
"""

from __future__ import annotations

import json
import zipfile
import zlib
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app.content_packs.errors import PackError
from app.content_packs.fields import SEMVER_PATTERN
from app.content_packs.limits import MAX_PACK_JSON_BYTES, MAX_SIGNATURE_BYTES, MAX_ZIP_ENTRIES
from app.content_packs.reader import PACK_JSON, SIGNATURE
from app.content_packs.signing import PublicKey, verify_signature
from app.services.dto import PackFileInfo


@dataclass(frozen=True)
class RawPack:
    """The two small entries of a pack file, as bytes, and the total size of its content."""

    pack_json: bytes
    signature: bytes | None
    size_bytes: int


def read_raw(path: Path) -> RawPack:
    """pack.json and pack.json.sig of a pack file, size-capped; PackError when the file can't be a pack."""
    try:
        archive = zipfile.ZipFile(path)
    except FileNotFoundError as exc:
        raise PackError("not_found", "the pack file does not exist", str(path)) from exc
    except (zipfile.BadZipFile, OSError, ValueError, EOFError, NotImplementedError) as exc:
        # NotImplementedError: a damaged header asking for a zip version Python does not read
        raise PackError("not_a_zip", "this file is not a Sabil pack (it is not a zip archive)", path.name) from exc
    with archive:
        infos = archive.infolist()
        if len(infos) > MAX_ZIP_ENTRIES:
            raise PackError("too_many_entries", f"the pack holds more than {MAX_ZIP_ENTRIES} files")
        by_name = {info.filename: info for info in infos}
        if PACK_JSON not in by_name:
            raise PackError("missing_pack_json", "the pack has no pack.json")
        pack_json = _read_capped(archive, by_name[PACK_JSON], MAX_PACK_JSON_BYTES)
        signature = _read_capped(archive, by_name[SIGNATURE], MAX_SIGNATURE_BYTES) if SIGNATURE in by_name else None
        size = sum(info.file_size for info in infos)
    return RawPack(pack_json, signature, size)


def _read_capped(archive: zipfile.ZipFile, info: zipfile.ZipInfo, limit: int) -> bytes:
    if info.flag_bits & 0x1:  # zipfile raises RuntimeError (not a zip error) on an encrypted entry
        raise PackError("encrypted_entry", "the pack contains an encrypted file", info.filename)
    if info.file_size > limit:
        raise PackError("too_large", f"the file is larger than the limit of {limit} bytes", info.filename)
    try:
        with archive.open(info) as stream:
            data = stream.read(limit + 1)
    except (zipfile.BadZipFile, zlib.error, OSError, EOFError, ValueError, NotImplementedError) as exc:
        raise PackError("corrupt_entry", "the file inside the pack is damaged", info.filename) from exc
    if len(data) > limit:
        raise PackError("too_large", "the file is larger than it claims to be", info.filename)
    return data


def version_key(version: str) -> tuple[int, int, int, int, tuple[Any, ...]] | None:
    """A sort key for a semantic version (pre-releases before the release), or None if it is not one."""
    match = SEMVER_PATTERN.fullmatch(version)
    if match is None:
        return None
    major, minor, patch = (int(part) for part in match.groups())
    core = version.split("+", 1)[0]
    pre = core.split("-", 1)[1] if "-" in core else ""
    # SemVer 2.0 precedence: numeric identifiers compare as numbers and sort before alphanumeric ones.
    pre_key = tuple((0, int(p), "") if p.isdigit() else (1, 0, p) for p in pre.split(".")) if pre else ()
    return major, minor, patch, 0 if pre else 1, pre_key


def is_newer(candidate: str, installed: str) -> bool:
    """True when version ``candidate`` is later than ``installed`` (unreadable versions are never newer)."""
    a, b = version_key(candidate), version_key(installed)
    return a is not None and b is not None and a > b


def inspect_raw(
    path: Path, raw: RawPack, trusted: Mapping[str, PublicKey], installed_versions: Mapping[str, str]
) -> PackFileInfo:
    """What ``raw`` (read from ``path``) says about the pack: metadata, trust and update status."""
    try:
        data = json.loads(raw.pack_json.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        return invalid_info(path, "pack.json is not valid JSON text", raw.size_bytes)
    if not isinstance(data, dict):
        return invalid_info(path, "pack.json does not describe a pack", raw.size_bytes)
    pack_id, version = _text(data.get("id")), _text(data.get("version"))
    if not pack_id or not version:
        return invalid_info(path, "pack.json has no pack id or version", raw.size_bytes)
    trust, problem, publisher, kid = "unsigned", None, None, None
    try:
        check = verify_signature(raw.signature, raw.pack_json, trusted)
        trust, publisher, kid = check.status, check.publisher, check.key_id
    except PackError as exc:
        trust, problem = "bad_signature", exc.message
    installed = installed_versions.get(pack_id)
    return PackFileInfo(
        path=path,
        id=pack_id,
        version=version,
        title=_texts(data.get("title")),
        description=_texts(data.get("description")),
        language=_text(data.get("language")),
        size_bytes=raw.size_bytes,
        skills=_count(data.get("skills")),
        items=_count(data.get("items")),
        publisher=publisher,
        trust=trust,
        problem=problem,
        installed_version=installed,
        update_available=installed is not None and is_newer(version, installed),
        key_id=kid,
    )


def invalid_info(path: Path, problem: str, size_bytes: int = 0) -> PackFileInfo:
    """The listing of a file that cannot be a pack: its name as title and ``problem`` as the reason."""
    return PackFileInfo(
        path=path, id="", version="", title={"en": path.name}, description={}, language="",
        size_bytes=size_bytes, skills=0, items=0, publisher=None, trust="invalid", problem=problem,
        installed_version=None, update_available=False,
    )


def _text(value: Any, limit: int = 200) -> str:
    return value[:limit] if isinstance(value, str) else ""


def _texts(value: Any) -> dict[str, str]:
    if not isinstance(value, dict):
        return {}
    return {k[:16]: _text(v, 4000) for k, v in list(value.items())[:20] if isinstance(k, str) and isinstance(v, str)}


def _count(value: Any) -> int:
    return len(value) if isinstance(value, list) else 0
