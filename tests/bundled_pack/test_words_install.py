"""The First words packs install at first start, verified, with their pictures stored once for both."""

from __future__ import annotations

import shutil
from pathlib import Path

from sqlalchemy import func, select

from app.config import resources_dir
from app.content_packs.media import sha256_hex
from app.services.app_services import AppServices
from app.storage.models import PackMedia

PACKS = resources_dir() / "packs"


def test_both_packs_install_and_share_one_copy_of_each_picture(tmp_path: Path) -> None:
    bundled = tmp_path / "bundled"
    for name in ("words-en", "words-ar"):
        shutil.copytree(PACKS / name, bundled / name)
    services = AppServices.open(tmp_path / "data", bundled_root=bundled)
    try:
        packs = {p.id: p for p in services.packs.installed()}
        assert set(packs) == {"org.sabil.first-words-en", "org.sabil.first-words-ar"}
        for pack in packs.values():
            assert pack.items == 121 and pack.skills == 7
            assert pack.verified and pack.source == "bundled"
        stored = [p for p in services.paths.media.rglob("*") if p.is_file()]
        pictures = [p for p in stored if p.suffix == ".svg"]
        sounds = [p for p in stored if p.suffix == ".opus"]
        assert len(pictures) == 35, "the 35 shared pictures are stored once, not once per pack"
        assert len(sounds) == 70  # 35 words said in English and 35 in Arabic
        for path in stored:
            assert path.stem == sha256_hex(path.read_bytes())  # content-addressed
        with services.db.session() as session:
            assert session.scalar(select(func.count()).select_from(PackMedia)) == 140  # 70 names per pack
    finally:
        services.close()


def test_a_learner_practises_the_arabic_pack_with_its_pictures_and_sound(tmp_path: Path) -> None:
    bundled = tmp_path / "bundled"
    shutil.copytree(PACKS / "words-ar", bundled / "words-ar")
    services = AppServices.open(tmp_path / "data", bundled_root=bundled)
    try:
        learner = services.learners.create("Huda", services.learners.avatars()[0], language="ar")
        session_id = services.practice.start_session(learner.id, focus_skill="animals")
        seen_sound = False
        for shown in range(40):
            if seen_sound and shown >= 6:
                break
            item = services.practice.next_item(session_id)
            assert len(item.media) == len(item.media_names) and item.media_names
            for name, path in zip(item.media_names, item.media, strict=True):
                stored = Path(path)
                assert stored.is_file() and stored.suffix == Path(name).suffix
                source = PACKS / "words-ar" / "media" / name
                assert stored.read_bytes() == source.read_bytes()
            seen_sound = seen_sound or any(n.endswith(".opus") for n in item.media_names)
            # Picture choices name files the item lists, so the page can show each one.
            if item.type == "single_choice" and item.choices[0].endswith(".svg"):
                assert set(item.choices) <= set(item.media_names)
            services.practice.submit(session_id, "0" if item.type == "single_choice" else "قطة", 2000)
        assert seen_sound
    finally:
        services.close()
