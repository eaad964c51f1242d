"""Build → read round trip, reproducible builds, and the media helpers the importer uses."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

from app.content_packs.answer_check import check_answer
from app.content_packs.builder import build_pack
from app.content_packs.media import content_address, iter_media, write_media
from app.content_packs.model import manifest_from_dict, manifest_to_dict
from app.content_packs.reader import read_pack
from app.content_packs.source import load_source
from app.content_packs.templates import render_item


def test_round_trip_gives_the_same_manifest(mini_source: Path, tmp_path: Path) -> None:
    pack = build_pack(mini_source, tmp_path / "out" / "mini.sabilpack")
    manifest = read_pack(pack)
    assert manifest == load_source(mini_source)
    assert manifest_from_dict(json.loads(json.dumps(manifest_to_dict(manifest)))) == manifest
    # A rendered item from the read pack checks answers like one from the source.
    rendered = render_item(manifest.item("frac-simplify-01"), 11)
    assert check_answer(rendered, rendered.correct_display).status == "correct"


def test_build_is_byte_for_byte_reproducible(mini_source: Path, tmp_path: Path) -> None:
    first = build_pack(mini_source, tmp_path / "a.sabilpack").read_bytes()
    second = build_pack(mini_source, tmp_path / "b.sabilpack").read_bytes()
    assert first == second
    with zipfile.ZipFile(tmp_path / "a.sabilpack") as archive:
        assert archive.namelist() == ["media/dots-5.svg", "pack.json"]
        assert {info.date_time for info in archive.infolist()} == {(1980, 1, 1, 0, 0, 0)}


def test_write_media_is_content_addressed_and_idempotent(mini_source: Path, tmp_path: Path) -> None:
    pack = build_pack(mini_source, tmp_path / "mini.sabilpack")
    manifest = read_pack(pack)
    store = tmp_path / "media-store"
    stored = write_media(pack, manifest, store)
    entry = manifest.media[0]
    target = stored["dots-5.svg"]
    assert target == content_address(store, entry)
    assert target.parent.name == entry.sha256[:2] and target.name == f"{entry.sha256}.svg"
    assert target.read_bytes() == (mini_source / "media" / "dots-5.svg").read_bytes()
    assert write_media(pack, manifest, store) == stored
    assert [e.path for e, _ in iter_media(pack, manifest)] == ["dots-5.svg"]
    assert not list(store.rglob(".incoming-*"))


def test_a_single_validation_seed_still_catches_a_broken_template(mini_source: Path, tmp_path: Path) -> None:
    # Bundled packs build with seeds=1 at first start (services.packs); one render must still
    # refuse a template that uses a name it never defined.
    import pytest

    from app.content_packs.errors import PackError

    build_pack(mini_source, tmp_path / "ok.sabilpack", seeds=1)
    items = mini_source / "items" / "02-adding.toml"
    items.write_text(items.read_text(encoding="utf-8").replace("count on {{min(a, b)}}", "count on {{c}}"),
                     encoding="utf-8")
    with pytest.raises(PackError) as caught:
        build_pack(mini_source, tmp_path / "broken.sabilpack", seeds=1)
    assert "add-small-01" in str(caught.value)
    assert not (tmp_path / "broken.sabilpack").exists()
