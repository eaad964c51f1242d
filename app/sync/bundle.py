"""Sync bundles: the push and pull batches of the sync protocol in a file carried on a USB stick.

A bundle is a zip (``.sabilsync``) holding

- ``batches/000001.json`` …: one protocol batch each (a push request from a device, or a pull page
  for a device), in order, at most ``MAX_BATCH_BYTES`` each;
- ``bundle.json``: the manifest — format and version, ``kind`` (``push`` from a device to its hub,
  ``reply`` from the hub back to that device), the device id, when it was made, the signer's
  Ed25519 public key, free ``meta`` fields, and the name, size and sha256 of every batch;
- ``bundle.json.sig``: the raw 64-byte Ed25519 signature over the exact ``bundle.json`` bytes.

The signature covers the manifest and the manifest covers every batch by hash, so one check proves
the whole file; a truncated zip, a changed byte, an added or removed entry, or a signature by a
different key is refused before anything is ingested. Batches are written and read one at a time,
so neither side ever holds more than one batch in memory.
"""

from __future__ import annotations

import hashlib
import json
import os
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Literal

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from app.sync.device_key import parse_public_key, public_key_text

FORMAT = "sabil-sync-bundle"
FORMAT_VERSION = 1
SUFFIX = ".sabilsync"
MANIFEST_NAME = "bundle.json"
SIGNATURE_NAME = "bundle.json.sig"
MAX_MANIFEST_BYTES = 4 * 1024 * 1024
MAX_BATCH_BYTES = 16 * 1024 * 1024
MAX_BATCHES = 100_000
MAX_BUNDLE_BYTES = 4 * 1024 * 1024 * 1024

BundleKind = Literal["push", "reply"]
KINDS: tuple[str, ...] = ("push", "reply")


class BundleError(Exception):
    """A bundle that is refused; ``code`` for programs, ``message`` a sentence for a person."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message


@dataclass(frozen=True)
class BatchEntry:
    """One batch file named by the manifest."""

    name: str
    sha256: str
    size: int


@dataclass(frozen=True)
class BundleManifest:
    """What ``bundle.json`` says."""

    kind: BundleKind
    device_id: str
    created_at: datetime
    signer_public_key: str
    batches: tuple[BatchEntry, ...]
    meta: dict[str, Any] = field(default_factory=dict)


def batch_name(index: int) -> str:
    """The zip entry name of the ``index``-th batch (from 1)."""
    return f"batches/{index:06d}.json"


class BundleWriter:
    """Writes a bundle batch by batch into a temporary file, then signs and renames it into place.

    Use as a context manager: leaving the block without ``finish()`` (an error, a full stick)
    removes the temporary file, so a half-written bundle never looks like a real one.
    """

    def __init__(
        self,
        out_dir: Path,
        kind: BundleKind,
        device_id: str,
        key: Ed25519PrivateKey,
        *,
        name_hint: str = "",
        now: datetime | None = None,
    ) -> None:
        if kind not in KINDS:
            raise ValueError(f"unknown bundle kind {kind!r}")
        self._kind = kind
        self._device_id = device_id
        self._key = key
        self._created = (now or datetime.now(UTC)).astimezone(UTC)
        out_dir = Path(out_dir)
        out_dir.mkdir(parents=True, exist_ok=True)
        stamp = self._created.strftime("%Y%m%dT%H%M%SZ")
        label = f"{name_hint}-" if name_hint else ""
        self.path = out_dir / f"sabil-{label}{kind}-{device_id[-12:]}-{stamp}{SUFFIX}"
        self._temp = out_dir / f".{self.path.name}.partial"
        self._zip = zipfile.ZipFile(self._temp, "w", compression=zipfile.ZIP_DEFLATED)
        self._entries: list[BatchEntry] = []
        self._done = False

    def add_batch(self, batch: dict[str, Any]) -> None:
        """Append one batch (a JSON object)."""
        data = json.dumps(batch, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
        if len(data) > MAX_BATCH_BYTES:
            raise ValueError(f"a batch of {len(data)} bytes is over the {MAX_BATCH_BYTES}-byte limit")
        name = batch_name(len(self._entries) + 1)
        self._zip.writestr(name, data)
        self._entries.append(BatchEntry(name, hashlib.sha256(data).hexdigest(), len(data)))

    @property
    def batch_count(self) -> int:
        """Batches added so far."""
        return len(self._entries)

    def finish(self, meta: dict[str, Any] | None = None) -> Path:
        """Write the manifest and its signature, flush to the medium, and rename into place."""
        manifest = {
            "format": FORMAT,
            "version": FORMAT_VERSION,
            "kind": self._kind,
            "device_id": self._device_id,
            "created_at": self._created.isoformat(),
            "signer_public_key": public_key_text(self._key),
            "meta": meta or {},
            "batches": [{"name": e.name, "sha256": e.sha256, "size": e.size} for e in self._entries],
        }
        data = json.dumps(manifest, ensure_ascii=False, separators=(",", ":"), sort_keys=True).encode("utf-8")
        self._zip.writestr(MANIFEST_NAME, data)
        self._zip.writestr(SIGNATURE_NAME, self._key.sign(data))
        self._zip.close()
        # A USB stick may be pulled right after: the bytes must be on it before the name says "done".
        with self._temp.open("rb+") as handle:
            os.fsync(handle.fileno())
        os.replace(self._temp, self.path)
        self._done = True
        return self.path

    def abort(self) -> None:
        """Drop the temporary file."""
        if not self._done:
            self._zip.close()
            self._temp.unlink(missing_ok=True)
            self._done = True

    def __enter__(self) -> BundleWriter:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.abort()


class SyncBundle:
    """An opened bundle: its manifest is parsed and its signature checked on opening."""

    def __init__(self, path: Path, manifest: BundleManifest, signer: Ed25519PublicKey) -> None:
        self.path = path
        self.manifest = manifest
        self.signer = signer

    def signed_by(self, public_key_b64: str) -> bool:
        """True when the bundle's signer is exactly this public key (base64 text)."""
        try:
            expected = public_key_text(parse_public_key(public_key_b64))
        except ValueError:
            return False
        return expected == self.manifest.signer_public_key

    def verify_batches(self) -> int:
        """Read every batch once and check it against the manifest; returns how many there are.

        Call before ingesting anything, so a damaged batch near the end refuses the whole bundle.
        """
        count = 0
        for _ in self.iter_batches():
            count += 1
        return count

    def iter_batches(self) -> Iterator[dict[str, Any]]:
        """Each batch in order, checked against its size and sha256 as it is read."""
        try:
            with zipfile.ZipFile(self.path) as archive:
                for entry in self.manifest.batches:
                    # The real limit, not the signed size: a grown entry is tampering, said as such.
                    data = _read_entry(archive, entry.name, MAX_BATCH_BYTES)
                    if len(data) != entry.size or hashlib.sha256(data).hexdigest() != entry.sha256:
                        raise BundleError(
                            "tampered", f"{self.path.name}: {entry.name} was changed after the bundle was signed."
                        )
                    try:
                        batch = json.loads(data)
                    except ValueError as exc:
                        raise BundleError("bad_batch", f"{self.path.name}: {entry.name} is not JSON.") from exc
                    if not isinstance(batch, dict):
                        raise BundleError("bad_batch", f"{self.path.name}: {entry.name} is not a JSON object.")
                    yield batch
        except (zipfile.BadZipFile, OSError, EOFError) as exc:
            raise BundleError("truncated", f"{self.path.name} is damaged or incomplete ({exc}).") from exc


def open_bundle(path: Path) -> SyncBundle:
    """Open a bundle and check its structure and signature; raises BundleError with a clear message.

    The signature is checked against the public key the manifest names; callers then decide
    whether that key is the one they expect (``SyncBundle.signed_by``).
    """
    path = Path(path)
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise BundleError("unreadable", f"{path} cannot be read ({exc.strerror or exc}).") from exc
    if size > MAX_BUNDLE_BYTES:
        raise BundleError("too_large", f"{path.name} is too large to be a sync bundle.")
    try:
        with zipfile.ZipFile(path) as archive:
            names = archive.namelist()
            if MANIFEST_NAME not in names or SIGNATURE_NAME not in names:
                raise BundleError("not_a_bundle", f"{path.name} is not a Sabil sync bundle (no signed manifest).")
            manifest_bytes = _read_entry(archive, MANIFEST_NAME, MAX_MANIFEST_BYTES)
            signature = _read_entry(archive, SIGNATURE_NAME, 64)
    except zipfile.BadZipFile as exc:
        raise BundleError("truncated", f"{path.name} is damaged or incomplete: it is not a whole zip file.") from exc
    except (OSError, EOFError) as exc:
        raise BundleError("truncated", f"{path.name} is damaged or incomplete ({exc}).") from exc
    manifest, signer = _parse_manifest(path, manifest_bytes)
    try:
        signer.verify(signature, manifest_bytes)
    except InvalidSignature as exc:
        raise BundleError("bad_signature", f"{path.name} was changed after it was signed (bad signature).") from exc
    expected = {MANIFEST_NAME, SIGNATURE_NAME, *(entry.name for entry in manifest.batches)}
    if set(names) != expected or len(names) != len(expected):
        raise BundleError("tampered", f"{path.name} holds files its signed manifest does not list.")
    return SyncBundle(path, manifest, signer)


def _read_entry(archive: zipfile.ZipFile, name: str, limit: int) -> bytes:
    try:
        info = archive.getinfo(name)
    except KeyError as exc:
        raise BundleError("truncated", f"{Path(str(archive.filename)).name} lacks {name}.") from exc
    if info.file_size > limit:
        raise BundleError("too_large", f"{name} in {Path(str(archive.filename)).name} is larger than allowed.")
    with archive.open(info) as handle:
        # Read one byte past the limit: the declared size in the zip is not to be trusted.
        data = handle.read(limit + 1)
    if len(data) > limit:
        raise BundleError("too_large", f"{name} in {Path(str(archive.filename)).name} is larger than allowed.")
    return data


def _parse_manifest(path: Path, data: bytes) -> tuple[BundleManifest, Ed25519PublicKey]:
    def refuse(why: str) -> BundleError:
        return BundleError("bad_manifest", f"{path.name} is not a valid sync bundle: {why}.")

    try:
        raw = json.loads(data)
    except ValueError as exc:
        raise refuse("its manifest is not JSON") from exc
    if not isinstance(raw, dict) or raw.get("format") != FORMAT:
        raise refuse("its manifest is not a Sabil sync bundle manifest")
    if raw.get("version") != FORMAT_VERSION:
        raise BundleError(
            "unsupported_version",
            f"{path.name} was made by a different version of Sabil (bundle format {raw.get('version')!r}); "
            "update Sabil on both computers.",
        )
    kind, device_id, created, signer_text = (
        raw.get("kind"), raw.get("device_id"), raw.get("created_at"), raw.get("signer_public_key")
    )
    if kind not in KINDS:
        raise refuse(f"unknown kind {kind!r}")
    if not isinstance(device_id, str) or not 1 <= len(device_id) <= 64:
        raise refuse("no device id")
    try:
        created_at = datetime.fromisoformat(str(created))
    except ValueError as exc:
        raise refuse("a bad creation time") from exc
    if created_at.tzinfo is None:
        raise refuse("a creation time without a time zone")
    try:
        signer = parse_public_key(str(signer_text))
    except ValueError as exc:
        raise refuse(f"a bad signer key ({exc})") from exc
    meta = raw.get("meta", {})
    batches_raw = raw.get("batches")
    if not isinstance(meta, dict) or not isinstance(batches_raw, list) or len(batches_raw) > MAX_BATCHES:
        raise refuse("a bad list of batches")
    entries: list[BatchEntry] = []
    for index, item in enumerate(batches_raw, start=1):
        if (
            not isinstance(item, dict)
            or item.get("name") != batch_name(index)
            or not isinstance(item.get("sha256"), str)
            or len(item["sha256"]) != 64
            or not isinstance(item.get("size"), int)
            or not 0 <= item["size"] <= MAX_BATCH_BYTES
        ):
            raise refuse(f"batch {index} is described wrongly")
        entries.append(BatchEntry(item["name"], item["sha256"], item["size"]))
    manifest = BundleManifest(
        kind=kind,
        device_id=device_id,
        created_at=created_at,
        signer_public_key=public_key_text(signer),
        batches=tuple(entries),
        meta=meta,
    )
    return manifest, signer
