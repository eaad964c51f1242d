"""Trust on import: shipped and teacher keys, signed / unknown / unsigned / altered packs."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from sqlalchemy import func, select

from app.content_packs.errors import PackError
from app.content_packs.signing import parse_public_key
from app.services.app_services import AppServices
from app.storage.models import Item, Pack
from tests.services.test_pack_fixtures import (
    MINI_ID,
    build_mini,
    fresh_services,
    make_key,
    public_of,
    rewrite_zip,
    tree_snapshot,
)


@pytest.fixture
def services(tmp_path: Path):  # noqa: ANN201 - AppServices iterator
    opened = fresh_services(tmp_path)
    yield opened
    opened.close()


def test_the_shipped_key_is_trusted_and_cannot_be_added_twice(services: AppServices) -> None:
    keys = services.packs.trusted_keys()
    assert [k.publisher for k in keys if k.shipped] == ["Sabil project"]
    shipped = next(k for k in keys if k.shipped)
    repo_key = Path(__file__).resolve().parents[2] / "resources" / "keys" / "sabil-project.pub"
    again = services.packs.trust_key(repo_key)
    assert again.shipped and again.key_id == shipped.key_id
    assert not (services.paths.root / "trusted-keys").exists()


def test_a_teacher_key_is_kept_in_the_data_dir(tmp_path: Path, services: AppServices) -> None:
    key = make_key(tmp_path / "usb", "Ecole Al Amal")
    added = services.packs.trust_key(public_of(key))
    assert (added.publisher, added.shipped) == ("Ecole Al Amal", False)
    public_of(key).unlink()  # the stick leaves: the trust stays
    stored = services.paths.root / "trusted-keys" / f"{added.key_id}.pub"
    assert parse_public_key(stored.read_bytes()).key_id == added.key_id
    assert added in services.packs.trusted_keys()


def test_a_file_that_is_not_a_key_is_refused(tmp_path: Path, services: AppServices) -> None:
    bad = tmp_path / "photo.pub"
    bad.write_bytes(b"\x89PNG\r\n\x1a\n")
    with pytest.raises(PackError) as caught:
        services.packs.trust_key(bad)
    assert caught.value.code == "bad_key" and "photo.pub" in str(caught.value)
    assert [k.shipped for k in services.packs.trusted_keys()] == [True]


def test_a_pack_signed_by_a_trusted_key_imports_verified(tmp_path: Path, services: AppServices) -> None:
    key = make_key(tmp_path / "keys", "Ecole Al Amal")
    pack = build_mini(tmp_path, key=key)
    info = services.packs.inspect_file(pack)
    assert (info.trust, info.publisher) == ("unknown_key", "Ecole Al Amal")
    with pytest.raises(PackError) as caught:
        services.packs.install_file(pack)
    assert caught.value.code == "untrusted" and info.key_id in caught.value.message
    assert services.packs.installed() == []

    services.packs.trust_key(public_of(key))
    assert services.packs.inspect_file(pack).trust == "trusted"
    summary = services.packs.install_file(pack)
    assert (summary.verified, summary.publisher, summary.source) == (True, "Ecole Al Amal", "file")
    with services.db.session() as s:
        assert s.get(Pack, MINI_ID).key_id == info.key_id


def test_unsigned_and_unknown_key_need_allow_unsigned_and_stay_unverified(
    tmp_path: Path, services: AppServices
) -> None:
    unsigned = build_mini(tmp_path, "unsigned.sabilpack")
    with pytest.raises(PackError) as caught:
        services.packs.install_file(unsigned)
    assert caught.value.code == "untrusted" and "not signed" in caught.value.message
    summary = services.packs.install_file(unsigned, allow_unsigned=True)
    assert (summary.verified, summary.publisher) == (False, None)

    signed = build_mini(tmp_path, "signed.sabilpack", key=make_key(tmp_path / "k", "Stranger"))
    summary = services.packs.install_file(signed, allow_unsigned=True)
    # Same content, now signed by a key nobody vouches for: still unverified, the claim is recorded.
    assert (summary.verified, summary.publisher) == (False, "Stranger")


@pytest.mark.parametrize("allow_unsigned", [False, True])
def test_an_altered_signed_pack_is_refused_even_with_allow_unsigned(
    tmp_path: Path, allow_unsigned: bool
) -> None:
    key = make_key(tmp_path / "keys", "Ecole Al Amal")
    pack = build_mini(tmp_path, key=key)
    with zipfile.ZipFile(pack) as archive:
        pack_json = archive.read("pack.json")
    altered = rewrite_zip(pack, tmp_path / "altered.sabilpack",
                          {"pack.json": pack_json.replace(b"Mini test pack", b"Mini test pakc")})
    services = fresh_services(tmp_path)
    try:
        services.packs.trust_key(public_of(key))
        assert services.packs.inspect_file(altered).trust == "bad_signature"
        before = tree_snapshot(services.paths.media)
        with pytest.raises(PackError) as caught:
            services.packs.install_file(altered, allow_unsigned=allow_unsigned)
        assert caught.value.code == "bad_signature"
        assert services.packs.installed() == [] and tree_snapshot(services.paths.media) == before
    finally:
        services.close()


@pytest.mark.parametrize("allow_unsigned", [False, True])
def test_a_media_file_that_differs_from_pack_json_is_refused(tmp_path: Path, allow_unsigned: bool) -> None:
    key = make_key(tmp_path / "keys", "Ecole Al Amal")
    pack = build_mini(tmp_path, key=key)
    with zipfile.ZipFile(pack) as archive:
        svg = archive.read("media/dots-5.svg")
    # Same size, one character changed: only the hash can tell.
    altered = rewrite_zip(pack, tmp_path / "altered.sabilpack",
                          {"media/dots-5.svg": svg.replace(b"<svg", b"<SVG", 1)})
    services = fresh_services(tmp_path)
    try:
        services.packs.trust_key(public_of(key))
        before = tree_snapshot(services.paths.media)
        with pytest.raises(PackError) as caught:
            services.packs.install_file(altered, allow_unsigned=allow_unsigned)
        assert caught.value.code == "media_hash_mismatch"
        assert caught.value.location == "media/dots-5.svg"
        assert tree_snapshot(services.paths.media) == before
        with services.db.session() as s:
            assert s.scalar(select(func.count()).select_from(Item)) == 0
    finally:
        services.close()


def test_bundled_packs_count_as_verified(tmp_path: Path) -> None:
    from tests.services.conftest import MINI_SOURCE

    bundled = tmp_path / "bundled"
    bundled.mkdir()
    (bundled / "mini").symlink_to(MINI_SOURCE, target_is_directory=True)
    services = AppServices.open(tmp_path / "data", bundled_root=bundled)
    try:
        [summary] = services.packs.installed()
        assert (summary.verified, summary.source, summary.publisher) == (True, "bundled", "Sabil project")
    finally:
        services.close()
