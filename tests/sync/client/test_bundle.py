"""Sync bundles: signed round trip, and every kind of damage refused before anything is read."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from app.sync.bundle import MANIFEST_NAME, SIGNATURE_NAME, BundleError, BundleWriter, open_bundle
from app.sync.device_key import load_or_create_device_key, public_key_text


def _write(tmp_path: Path, key: Ed25519PrivateKey, batches: int = 3) -> Path:
    with BundleWriter(tmp_path / "stick", "push", "device-1", key) as writer:
        for n in range(batches):
            writer.add_batch({"device_id": "device-1", "events": [{"n": n, "text": "é" * n}], "learners": []})
        return writer.finish({"stored_through": 7})


def _rewrite(src: Path, dst: Path, change: dict[str, bytes | None], add: dict[str, bytes] | None = None) -> Path:
    """Copy a zip entry by entry, replacing (bytes) or dropping (None) some entries."""
    with zipfile.ZipFile(src) as old, zipfile.ZipFile(dst, "w") as new:
        for info in old.infolist():
            data = change.get(info.filename, old.read(info.filename))
            if data is not None:
                new.writestr(info.filename, data)
        for name, data in (add or {}).items():
            new.writestr(name, data)
    return dst


def test_round_trip_is_signed_and_streams_batches_in_order(tmp_path: Path) -> None:
    key = Ed25519PrivateKey.generate()
    path = _write(tmp_path, key)
    assert path.suffix == ".sabilsync" and not list(path.parent.glob(".*partial"))
    bundle = open_bundle(path)
    assert bundle.manifest.kind == "push" and bundle.manifest.device_id == "device-1"
    assert bundle.manifest.meta == {"stored_through": 7}
    assert bundle.signed_by(public_key_text(key))
    assert not bundle.signed_by(public_key_text(Ed25519PrivateKey.generate()))
    assert bundle.verify_batches() == 3
    assert [b["events"][0]["n"] for b in bundle.iter_batches()] == [0, 1, 2]


def test_a_truncated_bundle_is_refused(tmp_path: Path) -> None:
    path = _write(tmp_path, Ed25519PrivateKey.generate())
    data = path.read_bytes()
    for cut in (len(data) // 3, len(data) - 30, 10):
        short = tmp_path / f"short-{cut}.sabilsync"
        short.write_bytes(data[:cut])
        with pytest.raises(BundleError) as caught:
            bundle = open_bundle(short)
            bundle.verify_batches()
        assert caught.value.code in {"truncated", "not_a_bundle"} and short.name in caught.value.message


def test_a_changed_batch_is_refused(tmp_path: Path) -> None:
    path = _write(tmp_path, Ed25519PrivateKey.generate())
    tampered = _rewrite(path, tmp_path / "t.sabilsync", {"batches/000002.json": b'{"events": [], "learners": []}'})
    bundle = open_bundle(tampered)  # the manifest itself is intact
    with pytest.raises(BundleError) as caught:
        bundle.verify_batches()
    assert caught.value.code == "tampered" and "000002" in caught.value.message


def test_a_changed_manifest_breaks_the_signature(tmp_path: Path) -> None:
    path = _write(tmp_path, Ed25519PrivateKey.generate())
    with zipfile.ZipFile(path) as archive:
        manifest = json.loads(archive.read(MANIFEST_NAME))
    manifest["meta"]["stored_through"] = 9999
    tampered = _rewrite(path, tmp_path / "m.sabilsync", {MANIFEST_NAME: json.dumps(manifest).encode()})
    with pytest.raises(BundleError) as caught:
        open_bundle(tampered)
    assert caught.value.code == "bad_signature"


def test_re_signing_with_another_key_is_detected_by_the_caller(tmp_path: Path) -> None:
    device, thief = Ed25519PrivateKey.generate(), Ed25519PrivateKey.generate()
    forged = _write(tmp_path, thief)
    assert not open_bundle(forged).signed_by(public_key_text(device))


def test_extra_or_missing_entries_are_refused(tmp_path: Path) -> None:
    path = _write(tmp_path, Ed25519PrivateKey.generate())
    extra = _rewrite(path, tmp_path / "x.sabilsync", {}, add={"batches/000004.json": b"{}"})
    with pytest.raises(BundleError) as caught:
        open_bundle(extra)
    assert caught.value.code == "tampered"
    dropped = _rewrite(path, tmp_path / "d.sabilsync", {"batches/000003.json": None})
    with pytest.raises(BundleError):
        open_bundle(dropped)
    unsigned = _rewrite(path, tmp_path / "u.sabilsync", {SIGNATURE_NAME: None})
    with pytest.raises(BundleError) as caught:
        open_bundle(unsigned)
    assert caught.value.code == "not_a_bundle"


def test_not_a_zip_and_missing_file(tmp_path: Path) -> None:
    junk = tmp_path / "junk.sabilsync"
    junk.write_bytes(b"hello, not a zip")
    with pytest.raises(BundleError) as caught:
        open_bundle(junk)
    assert caught.value.code == "truncated"
    with pytest.raises(BundleError) as caught:
        open_bundle(tmp_path / "absent.sabilsync")
    assert caught.value.code == "unreadable"


def test_an_interrupted_write_leaves_nothing(tmp_path: Path) -> None:
    with pytest.raises(RuntimeError):
        with BundleWriter(tmp_path, "push", "device-1", Ed25519PrivateKey.generate()) as writer:
            writer.add_batch({"events": []})
            raise RuntimeError("stick pulled out")
    assert list(tmp_path.iterdir()) == []


def test_device_key_is_made_once_private_and_stable(tmp_path: Path) -> None:
    path = tmp_path / "keys" / "device-key.pem"
    first = load_or_create_device_key(path)
    assert path.stat().st_mode & 0o777 == 0o600
    again = load_or_create_device_key(path)
    assert public_key_text(first) == public_key_text(again)
