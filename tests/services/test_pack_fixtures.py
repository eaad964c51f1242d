"""Helpers the pack-service tests share: signing keys, pack variants and rewritten zips (and their own checks)."""

from __future__ import annotations

import hashlib
import shutil
import zipfile
from pathlib import Path

from app.content_packs.builder import build_pack
from app.content_packs.signing import generate_keypair, parse_public_key
from app.services.app_services import AppServices
from tests.services.conftest import MINI_SOURCE

MINI_ID = "org.sabil.test.mini"


def make_key(folder: Path, publisher: str = "Test School") -> Path:
    """A private key file (0600) and its ``.pub`` beside it, as ``sabil pack keygen`` writes them."""
    folder.mkdir(parents=True, exist_ok=True)
    private, public = generate_keypair(publisher)
    key = folder / f"{publisher.replace(' ', '-').lower()}.key"
    key.write_bytes(private)
    key.chmod(0o600)
    key.with_name(key.name + ".pub").write_bytes(public)
    return key


def public_of(key: Path) -> Path:
    return key.with_name(key.name + ".pub")


def mini_source_copy(tmp_path: Path, name: str = "mini-src") -> Path:
    folder = tmp_path / name
    shutil.copytree(MINI_SOURCE, folder)
    return folder


def build_mini(tmp_path: Path, name: str = "mini.sabilpack", key: Path | None = None) -> Path:
    return build_pack(MINI_SOURCE, tmp_path / name, seeds=2, key_file=key)


def rewrite_zip(src: Path, out: Path, replace: dict[str, bytes | None]) -> Path:
    """A copy of the zip ``src`` with entries replaced (bytes), dropped (None) or added, same order otherwise."""
    with zipfile.ZipFile(src) as old, zipfile.ZipFile(out, "w") as new:
        for info in old.infolist():
            if info.filename in replace:
                data = replace[info.filename]
                if data is not None:
                    new.writestr(info, data)
                continue
            new.writestr(info, old.read(info))
        for name, data in replace.items():
            if data is not None and name not in old.namelist():
                new.writestr(zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0)), data)
    return out


def fresh_services(tmp_path: Path, name: str = "data") -> AppServices:
    return AppServices.open(tmp_path / name, install_bundled=False)


def tree_snapshot(root: Path) -> dict[str, str]:
    """Every file under ``root`` (relative name → sha256 of its bytes)."""
    if not root.exists():
        return {}
    return {
        p.relative_to(root).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(root.rglob("*"))
        if p.is_file()
    }


def test_make_key_writes_a_private_key_and_its_public_half(tmp_path: Path) -> None:
    key = make_key(tmp_path, "Lycée Ibn Sina")
    assert key.read_bytes().startswith(b"-----BEGIN " b"PRIVATE KEY-----")
    assert parse_public_key(public_of(key).read_bytes()).publisher == "Lycée Ibn Sina"


def test_rewrite_zip_replaces_drops_and_adds(tmp_path: Path) -> None:
    pack = build_mini(tmp_path)
    out = rewrite_zip(pack, tmp_path / "x.zip", {"media/dots-5.svg": None, "extra": b"x"})
    with zipfile.ZipFile(out) as archive:
        assert "media/dots-5.svg" not in archive.namelist() and archive.read("extra") == b"x"
        assert archive.read("pack.json") == zipfile.ZipFile(pack).read("pack.json")
