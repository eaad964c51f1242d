"""The parts of the fast import pipeline: item rows written by the driver, the multi-threaded media
pass, positioned reads of stored zip entries, the paused collector, and the lean `sabil pack import`."""

from __future__ import annotations

import gc
import hashlib
import json
import os
import struct
import subprocess
import sys
import threading
import zipfile
from dataclasses import replace
from pathlib import Path

import pytest
from sqlalchemy import func, select, text

from app.config import Paths
from app.content_packs.errors import PackError
from app.content_packs.media_sniff import sniff_problem, svg_problem
from app.content_packs.model import ItemDef, PackManifest, manifest_to_dict
from app.content_packs.reader import read_pack
from app.services import media_import
from app.services.errors import ImportCancelled
from app.services.gc_pause import faster_thread_switches, gc_paused
from app.services.import_media_pass import MediaPass, claimed_pack
from app.services.item_codec import item_from_body
from app.services.media_import import INCOMING, MediaImport, PackMediaSource
from app.services.media_store import MediaStore
from app.services.pack_files import read_raw
from app.services.pack_item_rows import store_items
from app.services.pack_service_open import open_pack_service
from app.storage.database import Database, open_database
from app.storage.models import Item, Pack, Skill
from benchmarks.bench_pack_import import PACK_ID, png_bytes, write_generated_pack

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A generated pack: 300 items over 12 skills and 14 media files (about 3 MB)."""
    folder = tmp_path_factory.mktemp("stick")
    return write_generated_pack(folder / "gen.sabilpack", items=300, media_bytes=3_000_000, skills=12)


def _media_pass(pack: Path, store_root: Path, workers: int, on_chunk=None):  # noqa: ANN001, ANN202
    claims = claimed_pack(read_raw(pack).pack_json)
    assert claims is not None
    incoming = MediaImport(MediaStore(store_root), head_check=sniff_problem, full_check=svg_problem)
    seen: list[str] = []
    lock = threading.Lock()

    def file_done(entry) -> None:  # noqa: ANN001 - MediaEntry
        with lock:
            seen.append(entry.path)

    media_pass = MediaPass(pack, [(e, True) for e in claims.media], incoming,
                           on_chunk or (lambda _e: (lambda _n: None)), file_done, workers=workers)
    return claims, incoming, media_pass, seen


# -- item rows -------------------------------------------------------------------------------------


def test_item_rows_hold_each_items_pack_json_object_and_read_back_as_validated(tmp_path: Path, generated: Path) -> None:
    db, packs = open_pack_service(Paths(tmp_path / "data"), install_bundled=False)
    try:
        packs.install_file(generated, allow_unsigned=True)
        manifest = read_pack(generated)
        document = json.loads(read_raw(generated).pack_json)
        with db.session() as session:
            raw = {row[0]: row[1:] for row in session.execute(text(
                "SELECT item_id, body, skill_id, type, difficulty, position, retired FROM items WHERE pack_id = :p"
            ), {"p": PACK_ID})}
            loaded = {item.item_id: item for item in session.scalars(select(Item).where(Item.pack_id == PACK_ID))}
        assert len(raw) == len(manifest.items) == 300
        for position, item in enumerate(manifest.items):
            body, skill_id, kind, difficulty, stored_position, retired = raw[item.id]
            # The item's own object from pack.json, and the same ItemDef the reader validated.
            assert json.loads(body) == document["items"][position]
            assert item_from_body(loaded[item.id].body) == item
            assert (skill_id, kind, difficulty, stored_position, retired) == (
                item.skill_id, item.type, item.difficulty, position, 0)
            assert loaded[item.id].retired is False
    finally:
        db.close()


def _add_pack_and_skills(db: Database, manifest: PackManifest) -> None:
    """The rows store_items needs before it: the pack and its skills."""
    with db.transaction() as session:
        session.add(Pack(id=PACK_ID, version="1.0.0", title={"en": "x"}, description={}, language="en",
                         format_version=1, licence="CC0-1.0", authors=[], manifest_sha256="0" * 64, source="file"))
        session.flush()
        for position, skill in enumerate(manifest.skills):
            session.add(Skill(pack_id=PACK_ID, skill_id=skill.id, title=dict(skill.title), position=position))


def _with_items(manifest: PackManifest, items: list[ItemDef]) -> tuple[PackManifest, str]:
    changed = replace(manifest, items=tuple(items))
    return changed, json.dumps(manifest_to_dict(changed), ensure_ascii=False)


def test_store_items_updates_persisting_ids_and_retires_the_others(tmp_path: Path, generated: Path) -> None:
    db = open_database(tmp_path / "sabil.sqlite3")
    try:
        manifest = read_pack(generated)
        items = list(manifest.items)
        _add_pack_and_skills(db, manifest)
        with db.transaction() as session:
            progress: list[int] = []
            store_items(session.connection(), *_with_items(manifest, items[:250]), progress.append)
            assert sum(progress) == 250
        # A new version: the first 50 items are gone, the rest persist (one changed), 50 are new.
        changed = items[50:]
        changed[0] = replace(changed[0], hints=("Add tens first.",), difficulty=2.5)
        with db.transaction() as session:
            store_items(session.connection(), *_with_items(manifest, changed), lambda _n: None)
        with db.session() as session:
            stored = {i.item_id: i for i in session.scalars(select(Item).where(Item.pack_id == PACK_ID))}
        assert len(stored) == 300
        assert all(stored[i.id].retired for i in items[:50])
        assert not any(stored[i.id].retired for i in items[50:])
        first = stored[changed[0].id]
        assert first.difficulty == 2.5 and first.position == 0
        assert item_from_body(first.body) == changed[0]
        assert [stored[i.id].position for i in changed] == list(range(len(changed)))
    finally:
        db.close()


def test_store_items_refuses_rows_that_differ_from_the_validated_items(tmp_path: Path, generated: Path) -> None:
    """Were SQLite's JSON reader ever to read pack.json otherwise than Python's, nothing is committed."""
    db = open_database(tmp_path / "sabil.sqlite3")
    try:
        manifest = read_pack(generated)
        _add_pack_and_skills(db, manifest)
        _, text_of_other = _with_items(manifest, [replace(i, difficulty=1.0) for i in manifest.items])
        with pytest.raises(PackError) as caught, db.transaction() as session:
            store_items(session.connection(), manifest, text_of_other, lambda _n: None)
        assert caught.value.code == "changed"
        with db.session() as session:
            assert session.scalar(select(func.count()).select_from(Item)) == 0
    finally:
        db.close()


# -- the media pass --------------------------------------------------------------------------------


@pytest.mark.parametrize("workers", [1, 3])
def test_the_media_pass_copies_every_file_once_and_makes_them_durable(
    tmp_path: Path, generated: Path, workers: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    synced: list[Path] = []
    real_syncfs = media_import._syncfs
    monkeypatch.setattr(media_import, "_syncfs", lambda folder: synced.append(folder) or real_syncfs(folder))
    claims, incoming, media_pass, seen = _media_pass(generated, tmp_path / "media", workers)
    media_pass.start().join()
    assert sorted(seen) == sorted(e.path for e in claims.media)
    assert incoming.pending_files == len(claims.media) == 15
    # The pass made the copies durable itself; the importer's own sync before its commit is then free.
    assert synced == [tmp_path / "media" / INCOMING]
    incoming.sync()
    assert len(synced) == 1
    incoming.publish()
    store = MediaStore(tmp_path / "media")
    with zipfile.ZipFile(generated) as archive:
        for entry in claims.media:
            stored = store.path_for(entry.sha256, "png" if entry.path.endswith(".png") else "ogg")
            assert stored.read_bytes() == archive.read(f"media/{entry.path}")
    assert list((tmp_path / "media" / INCOMING).iterdir()) == []


def test_a_cancel_on_one_worker_stops_them_all_and_discard_leaves_nothing(tmp_path: Path, generated: Path) -> None:
    done_chunks: list[str] = []
    lock = threading.Lock()

    def on_chunk(entry):  # noqa: ANN001, ANN202 - MediaEntry -> callback
        def report(_count: int) -> None:
            with lock:
                done_chunks.append(entry.path)
                if len(done_chunks) == 5:
                    raise ImportCancelled("cancelled")
        return report

    _, incoming, media_pass, seen = _media_pass(generated, tmp_path / "media", 3, on_chunk)
    with pytest.raises(ImportCancelled):
        media_pass.start().join()
    assert len(seen) < 15
    incoming.discard()
    assert list((tmp_path / "media" / INCOMING).iterdir()) == []


def test_a_damaged_file_fails_the_pass_with_its_name(tmp_path: Path, generated: Path) -> None:
    damaged = tmp_path / "damaged.sabilpack"
    data = bytearray(generated.read_bytes())
    with zipfile.ZipFile(generated) as archive:
        info = archive.getinfo("media/pic-00007.png")
    middle = info.header_offset + 30 + len(info.filename) + 5000
    data[middle] ^= 0xFF  # same size, other bytes: only the sha256 can tell
    damaged.write_bytes(bytes(data))
    _, incoming, media_pass, _ = _media_pass(damaged, tmp_path / "media", 2)
    with pytest.raises(PackError) as caught:
        media_pass.start().join()
    assert (caught.value.code, caught.value.location) == ("media_hash_mismatch", "media/pic-00007.png")
    incoming.discard()
    assert list((tmp_path / "media" / INCOMING).iterdir()) == []


# -- positioned reads of stored entries ------------------------------------------------------------


def _zip_with_extra(path: Path, content: bytes, extra_size: int) -> Path:
    info = zipfile.ZipInfo("media/a.png")
    info.compress_type = zipfile.ZIP_STORED
    info.extra = struct.pack("<HH", 0xCAFE, extra_size) + b"x" * extra_size
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("pack.json", b"{}")
        archive.writestr(info, content)
    return path


@pytest.mark.parametrize("preadv", [True, False])
@pytest.mark.parametrize("extra_size", [0, 40, 1000])
def test_stored_entries_are_read_whole_after_any_extra_field(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, preadv: bool, extra_size: int
) -> None:
    if preadv and not hasattr(os, "preadv"):
        pytest.skip("no positioned reads on this OS")
    monkeypatch.setattr(media_import, "_HAS_PREADV", preadv)
    content = png_bytes(__import__("random").Random(1), 50_000)
    pack = _zip_with_extra(tmp_path / "x.zip", content, extra_size)
    with PackMediaSource(pack) as source:
        assert b"".join(bytes(c) for c in source.chunks("media/a.png", len(content))) == content
        # A size that lies is cut one byte past the claim, so the hash check sees it.
        assert sum(len(c) for c in source.chunks("media/a.png", 1000)) == 1001


def test_big_stored_entries_come_in_several_chunks(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(media_import, "_CHUNK", 64 * 1024)
    content = os.urandom(300_000)
    pack = _zip_with_extra(tmp_path / "x.zip", content, 10)
    with PackMediaSource(pack) as source:
        chunks = [bytes(c) for c in source.chunks("media/a.png", len(content))]
    assert len(chunks) > 4 and b"".join(chunks) == content


def test_a_local_header_naming_another_file_is_a_damaged_entry(tmp_path: Path) -> None:
    pack = _zip_with_extra(tmp_path / "x.zip", b"\x89PNG" + b"0" * 100, 0)
    data = bytearray(pack.read_bytes())
    with zipfile.ZipFile(pack) as archive:
        offset = archive.getinfo("media/a.png").header_offset + 30
    assert data[offset:offset + 11] == b"media/a.png"
    data[offset + 6] = ord("b")  # the local header now says media/b.png
    pack.write_bytes(bytes(data))
    with PackMediaSource(pack) as source, pytest.raises(zipfile.BadZipFile):
        list(source.chunks("media/a.png", 104))


# -- process-wide settings -------------------------------------------------------------------------


def test_the_collector_is_paused_inside_nested_imports_and_restored_after() -> None:
    assert gc.isenabled()
    with gc_paused():
        assert not gc.isenabled()
        with gc_paused():
            assert not gc.isenabled()
        assert not gc.isenabled()
    assert gc.isenabled()
    gc.disable()
    try:
        with gc_paused():
            pass
        assert not gc.isenabled(), "a collector someone else disabled stays disabled"
    finally:
        gc.enable()


def test_thread_switches_are_faster_during_an_import_and_restored_after() -> None:
    before = sys.getswitchinterval()
    with faster_thread_switches(0.0005):
        assert sys.getswitchinterval() == pytest.approx(min(0.0005, before))
        with faster_thread_switches(0.0005):
            pass
        assert sys.getswitchinterval() == pytest.approx(min(0.0005, before))
    assert sys.getswitchinterval() == before


def test_an_import_restores_the_collector_even_when_it_fails(tmp_path: Path, generated: Path) -> None:
    db, packs = open_pack_service(Paths(tmp_path / "data"), install_bundled=False)
    try:
        with pytest.raises(PackError):
            packs.install_file(generated)  # unsigned, not allowed
        damaged = tmp_path / "bad.sabilpack"
        damaged.write_bytes(generated.read_bytes()[:-100])
        with pytest.raises(PackError):
            packs.install_file(damaged, allow_unsigned=True)
        assert gc.isenabled()
        assert packs.install_file(generated, allow_unsigned=True).items == 300
        assert gc.isenabled()
    finally:
        db.close()


# -- the command -----------------------------------------------------------------------------------


def test_sabil_pack_import_loads_only_the_pack_service(tmp_path: Path, generated: Path) -> None:
    script = (
        "import json, sys\n"
        "from app.cli import main\n"
        f"status = main(['pack', 'import', {str(generated)!r}, '--allow-unsigned', '--data-dir', "
        f"{str(tmp_path / 'data')!r}])\n"
        "print(json.dumps([status, sorted(m for m in sys.modules if m.startswith('app.services.'))]))\n"
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, cwd=ROOT, check=True)
    status, modules = json.loads(result.stdout.strip().splitlines()[-1])
    assert status == 0
    assert "app.services.packs" in modules
    for heavy in ("app.services.app_services", "app.services.sync", "app.services.reports", "app.services.classes"):
        assert heavy not in modules
    # The data folder is left as the app leaves it: the bundled packs are installed too.
    db = open_database(tmp_path / "data" / "sabil.sqlite3")
    try:
        with db.session() as session:
            installed = set(session.scalars(select(Pack.id)))
            digest = session.scalar(select(Pack.manifest_sha256).where(Pack.id == PACK_ID))
    finally:
        db.close()
    assert PACK_ID in installed and len(installed) >= 2
    assert digest == hashlib.sha256(read_raw(generated).pack_json).hexdigest()


def test_the_pack_service_names_shipped_model_parameters_as_the_runtime_reads_them() -> None:
    from app.services.learner_model_runtime import learner_model_key
    from app.services.packs import _learner_model_key

    assert _learner_model_key("org.example.pack") == learner_model_key("org.example.pack")


def test_an_import_does_not_load_numpy(tmp_path: Path, generated: Path) -> None:
    script = (
        "import sys\n"
        "from app.cli import main\n"
        f"status = main(['pack', 'import', {str(generated)!r}, '--allow-unsigned', '--data-dir', "
        f"{str(tmp_path / 'data')!r}])\n"
        "print(status, 'numpy' in sys.modules)\n"
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, cwd=ROOT, check=True)
    assert result.stdout.strip().splitlines()[-1] == "0 False"
