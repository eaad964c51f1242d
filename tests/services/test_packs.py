"""PackService: atomic install, idempotent reinstall, version upgrade keeping progress, bundled packs."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from sqlalchemy import func, select

from app.content_packs.answer_oracle import right_response
from app.content_packs.builder import build_pack
from app.content_packs.errors import PackError
from app.services.app_services import AppServices
from app.storage.models import Item, Media, Pack, PackMedia, Skill, SkillStateRow
from tests.services.conftest import MINI_SOURCE

MINI_ID = "org.sabil.test.mini"


def _media_files(root: Path) -> list[Path]:
    return sorted(p for p in root.rglob("*") if p.is_file())


def _fresh(tmp_path: Path) -> AppServices:
    return AppServices.open(tmp_path / "data", install_bundled=False)


def _variant(tmp_path: Path, version: str, drop_item: str | None = None) -> Path:
    """A copy of the mini source with another version and optionally one item removed, built."""
    folder = tmp_path / f"mini-{version}"
    shutil.copytree(MINI_SOURCE, folder)
    meta = folder / "pack.toml"
    meta.write_text(
        meta.read_text(encoding="utf-8").replace('version = "1.0.0"', f'version = "{version}"'), "utf-8"
    )
    if drop_item:
        for items_file in (folder / "items").glob("*.toml"):
            blocks = items_file.read_text(encoding="utf-8").split("[[item]]")
            kept = [b for b in blocks if f'id = "{drop_item}"' not in b]
            items_file.write_text("[[item]]".join(kept), encoding="utf-8")
    return build_pack(folder, tmp_path / f"mini-{version}.sabilpack")


def test_install_mini_pack(tmp_path: Path, mini_pack: Path) -> None:
    services = _fresh(tmp_path)
    try:
        seen: list[tuple[int, int]] = []
        summary = services.packs.install_file(
            mini_pack, progress=lambda d, t: seen.append((d, t)), allow_unsigned=True
        )
        assert (summary.id, summary.version, summary.skills, summary.items) == (MINI_ID, "1.0.0", 3, 10)
        assert summary.title["en"] == "Mini test pack"
        assert services.packs.installed() == [summary]
        total = seen[-1][1]
        assert seen[0] == (0, total) and seen[-1] == (total, total)
        assert [d for d, _ in seen] == sorted(d for d, _ in seen)
        with services.db.session() as s:
            media = s.scalars(select(Media)).all()
            assert len(media) == 1 and media[0].extension == "svg" and media[0].mime == "image/svg+xml"
            stored = services.paths.media / media[0].sha256[:2] / f"{media[0].sha256}.svg"
            assert stored.is_file() and stored.stat().st_size == media[0].size
            assert s.scalar(select(PackMedia.path)) == "dots-5.svg"
            assert s.scalar(select(func.count()).select_from(Skill)) == 3
    finally:
        services.close()


def test_reinstalling_the_same_version_is_a_no_op(services: AppServices, mini_pack: Path) -> None:
    with services.db.session() as s:
        installed_at = s.get(Pack, MINI_ID).installed_at
    calls: list[tuple[int, int]] = []
    again = services.packs.install_file(
        mini_pack, progress=lambda d, t: calls.append((d, t)), allow_unsigned=True
    )
    assert again.version == "1.0.0" and again.items == 10
    assert calls == []
    with services.db.session() as s:
        assert s.get(Pack, MINI_ID).installed_at == installed_at


def test_new_version_keeps_progress_and_retires_removed_items(tmp_path: Path, services: AppServices) -> None:
    learner = services.learners.create("Ali", "owl")
    session_id = services.practice.start_session(learner.id, focus_skill="count-to-10")
    services.practice.next_item(session_id)
    feedback = services.practice.submit(
        session_id, right_response(services.practice.shown_rendering(session_id)), 1200
    )
    assert feedback.status == "correct"
    with services.db.session() as s:
        before = s.scalars(select(SkillStateRow)).all()
    assert len(before) == 1

    summary = services.packs.install_file(
        _variant(tmp_path, "1.1.0", drop_item="add-pairs-01"), allow_unsigned=True
    )
    assert (summary.version, summary.items, summary.skills) == ("1.1.0", 9, 3)
    with services.db.session() as s:
        after = s.scalars(select(SkillStateRow)).all()
        assert [(r.skill_id, r.attempts, r.p_known) for r in after] == [
            (r.skill_id, r.attempts, r.p_known) for r in before
        ]
        retired = s.get(Item, (MINI_ID, "add-pairs-01"))
        assert retired is not None and retired.retired
        assert s.scalar(select(func.count()).select_from(Item).where(Item.retired.is_(False))) == 9
    # The skill map still shows the progress, and the retired item is never offered.
    view = {v.skill_id: v for v in services.practice.skill_map(learner.id)}
    assert view["count-to-10"].attempts == 1
    sid = services.practice.start_session(learner.id, focus_skill="add-within-10")
    for _ in range(15):
        assert services.practice.next_item(sid).item_id != "add-pairs-01"


def test_failed_import_leaves_database_and_media_unchanged(tmp_path: Path, mini_pack: Path) -> None:
    services = _fresh(tmp_path)
    try:

        def cancel_at_the_end(done: int, total: int) -> None:
            if done == total:
                raise KeyboardInterrupt("cancelled by the teacher")

        with pytest.raises(KeyboardInterrupt):
            services.packs.install_file(mini_pack, progress=cancel_at_the_end, allow_unsigned=True)
        assert services.packs.installed() == []
        assert _media_files(services.paths.media) == []
        with services.db.session() as s:
            for model in (Pack, Skill, Item, Media, PackMedia):
                assert s.scalar(select(func.count()).select_from(model)) == 0
    finally:
        services.close()


def test_failed_upgrade_keeps_the_old_version(tmp_path: Path, services: AppServices) -> None:
    newer = _variant(tmp_path, "2.0.0", drop_item="count-dots-01")
    files_before = _media_files(services.paths.media)

    def fail_half_way(done: int, total: int) -> None:
        if done > total // 2:
            raise RuntimeError("disk unplugged")

    with pytest.raises(RuntimeError):
        services.packs.install_file(newer, progress=fail_half_way, allow_unsigned=True)
    summary = services.packs.get(MINI_ID)
    assert (summary.version, summary.items) == ("1.0.0", 10)
    assert _media_files(services.paths.media) == files_before
    with services.db.session() as s:
        assert s.scalar(select(func.count()).select_from(Item).where(Item.retired.is_(True))) == 0


def test_hostile_file_is_refused_with_pack_error(tmp_path: Path) -> None:
    services = _fresh(tmp_path)
    try:
        bad = tmp_path / "bad.sabilpack"
        bad.write_bytes(b"PK\x03\x04 definitely not a zip")
        with pytest.raises(PackError):
            services.packs.install_file(bad, allow_unsigned=True)
        assert services.packs.installed() == []
    finally:
        services.close()


def test_ensure_bundled_installs_once(tmp_path: Path) -> None:
    bundled = tmp_path / "bundled"
    shutil.copytree(MINI_SOURCE, bundled / "mini")
    services = AppServices.open(tmp_path / "data", bundled_root=bundled)
    try:
        assert [p.id for p in services.packs.installed()] == [MINI_ID]
        assert (services.paths.packs_cache / f"{MINI_ID}-1.0.0.sabilpack").is_file()
        assert services.packs.ensure_bundled() == []
    finally:
        services.close()
    reopened = AppServices.open(tmp_path / "data", bundled_root=bundled)
    try:
        assert len(reopened.packs.installed()) == 1
    finally:
        reopened.close()


def test_ensure_bundled_picks_up_a_changed_source(tmp_path: Path) -> None:
    bundled = tmp_path / "bundled"
    shutil.copytree(MINI_SOURCE, bundled / "mini")
    services = AppServices.open(tmp_path / "data", bundled_root=bundled)
    try:
        items_file = bundled / "mini" / "items" / "02-adding.toml"
        blocks = items_file.read_text(encoding="utf-8").split("[[item]]")
        items_file.write_text("[[item]]".join(b for b in blocks if 'id = "add-pairs-01"' not in b), "utf-8")
        changed = services.packs.ensure_bundled()
        assert [(p.id, p.items) for p in changed] == [(MINI_ID, 9)]
        assert services.packs.ensure_bundled() == []
    finally:
        services.close()
