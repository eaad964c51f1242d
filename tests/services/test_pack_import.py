"""PackService import details: the quick look, free space, cancel, one stored copy of media, export, removal,
and the temporary files an interrupted import leaves."""

from __future__ import annotations

import hashlib
import os
import shutil
import time
import zipfile
from collections import namedtuple
from pathlib import Path

import pytest
from sqlalchemy import func, select

from app.content_packs.builder import build_pack
from app.content_packs.errors import PackError
from app.services.app_services import AppServices
from app.services.errors import ImportCancelled
from app.services.media_import import INCOMING
from app.services.packs import PackService
from app.storage.models import AttemptEvent, Item, Media, Pack, PackMedia, Skill, SkillStateRow
from tests.services.test_pack_fixtures import (
    MINI_ID,
    build_mini,
    fresh_services,
    make_key,
    mini_source_copy,
    public_of,
    rewrite_zip,
    tree_snapshot,
)


@pytest.fixture
def services(tmp_path: Path):  # noqa: ANN201 - AppServices iterator
    opened = fresh_services(tmp_path)
    yield opened
    opened.close()


def _table_counts(services: AppServices) -> dict[str, int]:
    with services.db.session() as s:
        return {m.__tablename__: s.scalar(select(func.count()).select_from(m)) or 0
                for m in (Pack, Skill, Item, Media, PackMedia)}


def _other_pack(tmp_path: Path, pack_id: str, version: str = "1.0.0") -> Path:
    """The mini source under another id (so it shares the media file with the mini pack)."""
    folder = mini_source_copy(tmp_path, f"src-{pack_id}-{version}")
    meta = folder / "pack.toml"
    text = meta.read_text("utf-8").replace('id = "org.sabil.test.mini"', f'id = "{pack_id}"')
    meta.write_text(text.replace('version = "1.0.0"', f'version = "{version}"'), "utf-8")
    return build_pack(folder, tmp_path / f"{pack_id}-{version}.sabilpack", seeds=2)


def test_built_packs_store_media_uncompressed_and_pack_json_deflated(tmp_path: Path) -> None:
    with zipfile.ZipFile(build_mini(tmp_path)) as archive:
        kinds = {info.filename: info.compress_type for info in archive.infolist()}
    assert kinds == {"media/dots-5.svg": zipfile.ZIP_STORED, "pack.json": zipfile.ZIP_DEFLATED}


def test_inspect_file_is_a_quick_complete_look(tmp_path: Path, services: AppServices) -> None:
    pack = build_mini(tmp_path)
    info = services.packs.inspect_file(pack)
    assert (info.id, info.version, info.language, info.skills, info.items) == (MINI_ID, "1.0.0", "en", 3, 10)
    assert info.title["en"] == "Mini test pack" and info.description["en"].startswith("Counting")
    assert (info.trust, info.problem, info.publisher) == ("unsigned", None, None)
    with zipfile.ZipFile(pack) as archive:
        assert info.size_bytes == sum(i.file_size for i in archive.infolist())
    assert (info.installed_version, info.update_available) == (None, False)

    services.packs.install_file(pack, allow_unsigned=True)
    assert services.packs.inspect_file(pack).installed_version == "1.0.0"
    newer = services.packs.inspect_file(_other_pack(tmp_path, MINI_ID, "1.10.0"))
    assert (newer.installed_version, newer.update_available) == ("1.0.0", True)
    older = services.packs.inspect_file(_other_pack(tmp_path, MINI_ID, "1.0.0-beta.2"))
    assert older.update_available is False

    started = time.perf_counter()
    for _ in range(10):
        services.packs.inspect_file(pack)
    assert (time.perf_counter() - started) / 10 < 0.05, "the Packs screen lists many files: a look must be quick"


@pytest.mark.parametrize(
    ("content", "problem"),
    [(b"", "not a zip"), (b"PK\x03\x04broken", "not a zip"), (None, "no pack.json")],
)
def test_inspect_file_reports_a_file_that_is_not_a_pack(
    tmp_path: Path, services: AppServices, content: bytes | None, problem: str
) -> None:
    path = tmp_path / "thing.sabilpack"
    if content is None:
        with zipfile.ZipFile(path, "w") as archive:
            archive.writestr("readme.txt", "hello")
    else:
        path.write_bytes(content)
    info = services.packs.inspect_file(path)
    assert info.trust == "invalid" and problem in (info.problem or "")
    assert info.title == {"en": "thing.sabilpack"} and info.id == ""


def test_not_enough_free_space_is_said_before_anything_is_written(
    tmp_path: Path, services: AppServices, monkeypatch: pytest.MonkeyPatch
) -> None:
    usage = namedtuple("usage", "total used free")
    real = shutil.disk_usage
    monkeypatch.setattr(
        "app.services.packs.shutil.disk_usage",
        lambda p: usage(10**9, 10**9 - 1_000_000, 1_000_000) if Path(p) == services.paths.media else real(p),
    )
    with pytest.raises(PackError) as caught:
        services.packs.install_file(build_mini(tmp_path), allow_unsigned=True)
    assert caught.value.code == "disk_full"
    assert "needs 50 MB" in caught.value.message and "1.0 MB free" in caught.value.message
    assert _table_counts(services)["packs"] == 0 and tree_snapshot(services.paths.media) == {}


@pytest.mark.parametrize("cancel_at", ["start", "media", "items", "end"])
def test_cancel_at_any_point_leaves_no_trace(tmp_path: Path, services: AppServices, cancel_at: str) -> None:
    services.packs.install_file(_other_pack(tmp_path, "org.sabil.test.other"), allow_unsigned=True)
    before_counts, before_files = _table_counts(services), tree_snapshot(services.paths.media)
    folder = mini_source_copy(tmp_path)
    (folder / "media" / "extra.svg").write_text(
        '<svg xmlns="http://www.w3.org/2000/svg" width="4" height="4"><rect width="4" height="4"/></svg>\n'
    )
    items = folder / "items" / "01-counting.toml"
    items.write_text(items.read_text("utf-8").replace('media = ["dots-5.svg"]', 'media = ["dots-5.svg", "extra.svg"]'))
    pack = build_pack(folder, tmp_path / "with-extra.sabilpack", seeds=2)
    calls: list[tuple[int, int]] = []

    def progress(done: int, total: int) -> None:
        calls.append((done, total))
        if (cancel_at == "start" and done == 0) or (cancel_at == "media" and done == 1) or (
            cancel_at == "items" and total // 2 <= done < total) or (cancel_at == "end" and done == total):
            raise ImportCancelled()

    with pytest.raises(ImportCancelled):
        services.packs.install_file(pack, progress=progress, allow_unsigned=True)
    assert _table_counts(services) == before_counts
    assert tree_snapshot(services.paths.media) == before_files
    assert calls, "progress was reported"
    # And the retry simply works.
    assert services.packs.install_file(pack, allow_unsigned=True).items == 10


def test_media_shared_by_two_packs_is_stored_once_and_removal_keeps_it_for_the_other(
    tmp_path: Path, services: AppServices
) -> None:
    services.packs.install_file(build_mini(tmp_path), allow_unsigned=True)
    services.packs.install_file(_other_pack(tmp_path, "org.sabil.test.other"), allow_unsigned=True)
    files = tree_snapshot(services.paths.media)
    assert len(files) == 1
    assert _table_counts(services)["pack_media"] == 2 and _table_counts(services)["media"] == 1

    services.packs.remove(MINI_ID)
    assert tree_snapshot(services.paths.media) == files
    assert [p.id for p in services.packs.installed()] == ["org.sabil.test.other"]
    services.packs.remove("org.sabil.test.other")
    assert tree_snapshot(services.paths.media) == {}
    assert _table_counts(services) == {"packs": 0, "skills": 0, "items": 0, "media": 0, "pack_media": 0}


def test_remove_keeps_learners_history_and_a_reinstall_brings_progress_back(
    tmp_path: Path, services: AppServices
) -> None:
    from app.content_packs.answer_oracle import right_response

    pack = build_mini(tmp_path)
    services.packs.install_file(pack, allow_unsigned=True)
    learner = services.learners.create("Ali", "owl")
    sid = services.practice.start_session(learner.id)
    services.practice.next_item(sid)
    services.practice.submit(sid, right_response(services.practice.shown_rendering(sid)), 900)
    services.packs.remove(MINI_ID)
    with pytest.raises(Exception, match="No pack"):
        services.packs.get(MINI_ID)
    with services.db.session() as s:
        assert s.scalar(select(func.count()).select_from(AttemptEvent)) == 1
        assert s.scalar(select(func.count()).select_from(SkillStateRow)) == 1
    services.packs.install_file(pack, allow_unsigned=True)
    assert sum(v.attempts for v in services.practice.skill_map(learner.id)) == 1


def test_export_re_imports_identically_and_keeps_the_signature(tmp_path: Path, services: AppServices) -> None:
    key = make_key(tmp_path / "keys", "Publisher A")
    services.packs.trust_key(public_of(key))
    original = build_mini(tmp_path, key=key)
    services.packs.install_file(original)
    seen: list[tuple[int, int]] = []
    out = services.packs.export(MINI_ID, tmp_path / "usb" / "mini.sabilpack", progress=lambda d, t: seen.append((d, t)))
    assert out.read_bytes() == original.read_bytes(), "an export is the very file that was imported"
    assert seen[-1][0] == seen[-1][1]

    elsewhere = fresh_services(tmp_path, "other-pc")
    try:
        elsewhere.packs.trust_key(public_of(key))
        summary = elsewhere.packs.install_file(out)
        assert (summary.verified, summary.publisher, summary.items) == (True, "Publisher A", 10)
    finally:
        elsewhere.close()


def test_a_teacher_signs_an_export_with_their_own_key(tmp_path: Path, services: AppServices) -> None:
    services.packs.install_file(build_mini(tmp_path), allow_unsigned=True)
    teacher = make_key(tmp_path / "keys", "Mme Haddad")
    out = services.packs.export(MINI_ID, tmp_path / "usb" / "mini.sabilpack", key_file=teacher)
    info = services.packs.inspect_file(out)
    assert (info.trust, info.publisher) == ("unknown_key", "Mme Haddad")
    colleague = fresh_services(tmp_path, "colleague")
    try:
        colleague.packs.trust_key(public_of(teacher))
        assert colleague.packs.install_file(out).verified
    finally:
        colleague.close()


def test_export_of_an_unknown_pack_or_with_a_bad_key(tmp_path: Path, services: AppServices) -> None:
    with pytest.raises(Exception, match="No pack"):
        services.packs.export("org.nothing", tmp_path / "x.sabilpack")
    services.packs.install_file(build_mini(tmp_path), allow_unsigned=True)
    not_a_key = tmp_path / "not.key"
    not_a_key.write_text("hello")
    with pytest.raises(PackError) as caught:
        services.packs.export(MINI_ID, tmp_path / "usb" / "x.sabilpack", key_file=not_a_key)
    assert caught.value.code == "bad_key"
    assert not (tmp_path / "usb" / "x.sabilpack").exists()


def test_leftovers_of_a_killed_import_are_resolved_at_the_next_start(tmp_path: Path) -> None:
    services = fresh_services(tmp_path)
    try:
        services.packs.install_file(build_mini(tmp_path), allow_unsigned=True)
        with services.db.session() as s:
            media = s.scalars(select(Media)).one()
        stored = services.paths.media / media.sha256[:2] / f"{media.sha256}.svg"
        content = stored.read_bytes()
        incoming = services.paths.media / INCOMING
        incoming.mkdir(exist_ok=True)
        dead_pid = _dead_pid()
        # Killed after its commit, before the rename: the file is finished at the next start.
        stored.unlink()
        (incoming / f"{dead_pid}-{media.sha256}.svg.tmp").write_bytes(content)
        # Killed before its commit: the file is dropped.
        (incoming / f"{dead_pid}-{'ab' * 32}.png.tmp").write_bytes(b"half a file")
        # A running import of another process is left alone.
        live = incoming / f"{os.getppid()}-{'cd' * 32}.png.tmp"
        live.write_bytes(b"being written")
    finally:
        services.close()
    restarted = fresh_services(tmp_path)
    try:
        assert stored.read_bytes() == content
        assert sorted(p.name for p in incoming.iterdir()) == [live.name]
    finally:
        restarted.close()


def _dead_pid() -> int:
    import subprocess
    import sys

    proc = subprocess.Popen([sys.executable, "-c", "pass"])
    proc.wait()
    return proc.pid


def test_the_import_reads_each_media_byte_once(tmp_path: Path, services: AppServices,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    """One pass: the media bytes are read from the pack once (hash, check and copy together)."""
    from app.services.media_import import PackMediaSource

    pack = build_mini(tmp_path)
    with zipfile.ZipFile(pack) as archive:
        media_size = archive.getinfo("media/dots-5.svg").file_size
    read_bytes = {"zipfile": 0, "plain": 0}
    original_read = zipfile.ZipExtFile.read
    original_chunks = PackMediaSource.chunks

    def counting_read(self: zipfile.ZipExtFile, n: int = -1) -> bytes:
        data = original_read(self, n)
        if self.name.startswith("media/"):
            read_bytes["zipfile"] += len(data)
        return data

    def counting_chunks(self: PackMediaSource, name: str, limit: int):  # noqa: ANN202 - generator
        for chunk in original_chunks(self, name, limit):
            read_bytes["plain"] += len(chunk)
            yield chunk

    monkeypatch.setattr(zipfile.ZipExtFile, "read", counting_read)
    monkeypatch.setattr(PackMediaSource, "chunks", counting_chunks)
    services.packs.install_file(pack, allow_unsigned=True)
    # Stored media are read as a plain copy (not through zipfile), and only once.
    assert read_bytes == {"zipfile": 0, "plain": media_size}


def test_a_pack_service_can_be_built_over_any_folders(tmp_path: Path) -> None:
    services = fresh_services(tmp_path)
    try:
        shipped = tmp_path / "shipped"
        shipped.mkdir()
        own = PackService(services.db, tmp_path / "m", tmp_path / "c", tmp_path / "none",
                          trusted_keys_dir=tmp_path / "tk", shipped_keys_dir=shipped)
        assert own.trusted_keys() == []
    finally:
        services.close()


def test_a_pack_without_media_imports(tmp_path: Path, services: AppServices) -> None:
    folder = mini_source_copy(tmp_path)
    shutil.rmtree(folder / "media")
    items = folder / "items" / "01-counting.toml"
    items.write_text(items.read_text("utf-8").replace('media = ["dots-5.svg"]\n', ""), "utf-8")
    pack = build_pack(folder, tmp_path / "no-media.sabilpack", seeds=2)
    assert services.packs.install_file(pack, allow_unsigned=True).items == 10
    assert tree_snapshot(services.paths.media) == {}
    assert not (services.paths.media / INCOMING).exists()


def test_deflated_media_from_other_zip_tools_import_too(tmp_path: Path, services: AppServices) -> None:
    pack = build_mini(tmp_path)
    deflated = tmp_path / "deflated.sabilpack"
    with zipfile.ZipFile(pack) as old, zipfile.ZipFile(deflated, "w", zipfile.ZIP_DEFLATED) as new:
        for info in old.infolist():
            new.writestr(info.filename, old.read(info))
    with zipfile.ZipFile(deflated) as archive:
        assert archive.getinfo("media/dots-5.svg").compress_type == zipfile.ZIP_DEFLATED
    services.packs.install_file(deflated, allow_unsigned=True)
    with zipfile.ZipFile(pack) as archive:
        original = archive.read("media/dots-5.svg")
    assert sorted(tree_snapshot(services.paths.media).values()) == [hashlib.sha256(original).hexdigest()]


def test_a_stored_entry_whose_local_header_names_another_file_is_refused(
    tmp_path: Path, services: AppServices
) -> None:
    data = bytearray(build_mini(tmp_path).read_bytes())
    local = data.index(b"PK\x03\x04")  # the first local header (entries are sorted: media first)
    name_at = data.index(b"media/dots-5.svg", local)
    data[name_at:name_at + 16] = b"media/dots-6.svg"  # the central directory still says dots-5.svg
    forged = tmp_path / "forged.sabilpack"
    forged.write_bytes(bytes(data))
    with pytest.raises(PackError) as caught:
        services.packs.install_file(forged, allow_unsigned=True)
    assert caught.value.code == "corrupt_entry" and caught.value.location == "media/dots-5.svg"
    assert tree_snapshot(services.paths.media) == {} and _table_counts(services)["packs"] == 0


def test_check_file_runs_every_check_including_media_content(tmp_path: Path, services: AppServices) -> None:
    import json

    pack = build_mini(tmp_path)
    manifest, check = services.packs.check_file(pack)
    assert (manifest.id, len(manifest.items), check.status) == (MINI_ID, 10, "unsigned")
    script = b'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>\n'
    with zipfile.ZipFile(pack) as archive:
        document = json.loads(archive.read("pack.json"))
    # Hash and size listed correctly: only looking inside the drawing finds the problem.
    document["media"][0].update(sha256=hashlib.sha256(script).hexdigest(), size=len(script))
    hostile = rewrite_zip(pack, tmp_path / "script.sabilpack", {
        "pack.json": json.dumps(document, ensure_ascii=False, indent=1).encode("utf-8"),
        "media/dots-5.svg": script,
    })
    for attempt in (lambda: services.packs.check_file(hostile),
                    lambda: services.packs.install_file(hostile, allow_unsigned=True)):
        with pytest.raises(PackError) as caught:
            attempt()
        assert caught.value.code == "media_content" and "script" in caught.value.message
    assert services.packs.installed() == [] and tree_snapshot(services.paths.media) == {}
