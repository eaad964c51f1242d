"""Installing content packs: atomic import, version replacement, bundled packs on first start."""

from __future__ import annotations

import hashlib
import json
import logging
import tomllib
from collections.abc import Callable
from pathlib import Path

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from app.content_packs.builder import build_pack
from app.content_packs.media import iter_media
from app.content_packs.model import PackManifest, manifest_to_dict
from app.content_packs.reader import read_pack
from app.services.dto import PackSummary
from app.services.errors import NotFoundError
from app.services.item_codec import item_to_body
from app.services.media_store import MediaStore, extension_of, mime_of
from app.storage.database import Database
from app.storage.models import Item, Media, Pack, PackMedia, Setting, Skill, SkillPrerequisite
from app.storage.types import utc_now

log = logging.getLogger(__name__)

Progress = Callable[[int, int], None]


def manifest_digest(manifest: PackManifest) -> str:
    """sha256 of the manifest's canonical JSON: equal content gives an equal digest."""
    canonical = json.dumps(
        manifest_to_dict(manifest), sort_keys=True, ensure_ascii=False, separators=(",", ":")
    )
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def source_fingerprint(folder: Path) -> str:
    """sha256 over the relative names and contents of every file in a pack source folder."""
    digest = hashlib.sha256()
    for path in sorted(p for p in folder.rglob("*") if p.is_file()):
        digest.update(path.relative_to(folder).as_posix().encode("utf-8") + b"\0")
        digest.update(path.read_bytes())
        digest.update(b"\0")
    return digest.hexdigest()


class PackService:
    """Use cases on content packs."""

    def __init__(self, db: Database, media_root: Path, packs_cache: Path, bundled_root: Path) -> None:
        self._db = db
        self._media = MediaStore(media_root)
        self._packs_cache = packs_cache
        self._bundled_root = bundled_root

    def installed(self) -> list[PackSummary]:
        """Every installed pack with its count of current (not retired) skills and items, by id."""
        with self._db.session() as session:
            return [self._summary(session, pack) for pack in session.scalars(select(Pack).order_by(Pack.id))]

    def get(self, pack_id: str) -> PackSummary:
        """One installed pack (NotFoundError ``unknown_pack`` if absent)."""
        with self._db.session() as session:
            pack = session.get(Pack, pack_id)
            if pack is None:
                raise NotFoundError("unknown_pack", f"No pack {pack_id} is installed.")
            return self._summary(session, pack)

    def install_file(
        self, path: Path | str, progress: Progress | None = None, source: str = "file"
    ) -> PackSummary:
        """Import a ``.sabilpack`` file in one transaction and return the installed pack.

        A different version (or content) of an installed pack replaces it: skills and items whose ids
        persist keep learners' progress; items and skills no longer present are kept, marked retired.
        Installing the identical pack again changes nothing. Raises PackError for a bad file. An
        exception raised by ``progress(done, total)`` cancels the import; either way a failed import
        leaves the database and the media folder exactly as they were.
        """
        path = Path(path)
        manifest = read_pack(path)
        digest = manifest_digest(manifest)
        with self._db.session() as session:
            current = session.get(Pack, manifest.id)
            if (
                current is not None
                and current.version == manifest.version
                and current.manifest_sha256 == digest
            ):
                return self._summary(session, current)

        total = len(manifest.media) + len(manifest.skills) + len(manifest.items) + 1
        done = 0

        def step(count: int = 1) -> None:
            nonlocal done
            done += count
            if progress is not None:
                progress(done, total)

        if progress is not None:
            progress(0, total)
        written: list[tuple[str, str]] = []
        try:
            self._write_media(path, manifest, written, step)
            with self._db.transaction() as session:
                self._store(session, manifest, digest, source, step)
                # The last step runs inside the transaction, so cancelling at 100 % still undoes it.
                step()
                summary = self._summary(session, session.get(Pack, manifest.id))
        except BaseException:
            for sha256, extension in written:
                self._media.remove(sha256, extension)
            raise
        log.info("installed pack %s %s (%d items)", manifest.id, manifest.version, len(manifest.items))
        return summary

    def ensure_bundled(self, progress: Progress | None = None) -> list[PackSummary]:
        """Build and install each bundled pack source not installed yet (by id, version and content).

        A fingerprint of each source folder is remembered, so start-up only reads the small text
        files and builds nothing unless a bundled pack changed. Returns the packs installed now.
        """
        if not self._bundled_root.is_dir():
            return []
        installed_now = []
        for folder in sorted(p for p in self._bundled_root.iterdir() if (p / "pack.toml").is_file()):
            with open(folder / "pack.toml", "rb") as handle:
                meta = tomllib.load(handle)
            pack_id, version = str(meta.get("id", "")), str(meta.get("version", ""))
            fingerprint = source_fingerprint(folder)
            key = f"bundled.{pack_id}"
            with self._db.session() as session:
                present = session.scalar(select(Pack.version).where(Pack.id == pack_id))
                remembered = session.scalar(select(Setting.value).where(Setting.key == key))
            if present == version and remembered == fingerprint:
                continue
            self._packs_cache.mkdir(parents=True, exist_ok=True)
            # One render per template still proves the shipped source intact; the release's test suite
            # has already rendered every bundled template for 200 seeds, so 20 here would only make a
            # child wait (5 s of a 6 s first start on a 2-core machine).
            built = build_pack(folder, self._packs_cache / f"{pack_id}-{version}.sabilpack", seeds=1)
            summary = self.install_file(built, progress=progress, source="bundled")
            with self._db.transaction() as session:
                session.merge(Setting(key=key, value=fingerprint))
            installed_now.append(summary)
        return installed_now

    # -- helpers ---------------------------------------------------------------------------------

    def _write_media(
        self, path: Path, manifest: PackManifest, written: list[tuple[str, str]], step: Callable[[], None]
    ) -> None:
        """Copy media from the (already validated) zip into the store before the DB commit.

        ``iter_media`` re-checks each file's size and hash; ``written`` collects the files this
        import added, so a failure can remove exactly those.
        """
        for entry, data in iter_media(path, manifest):
            extension = extension_of(entry.path)
            if not self._media.has(entry.sha256, extension):
                self._media.write(data, entry.sha256, extension)
                written.append((entry.sha256, extension))
            step()

    def _store(
        self, session: Session, manifest: PackManifest, digest: str, source: str, step: Callable[[], None]
    ) -> None:
        pack = session.get(Pack, manifest.id)
        if pack is None:
            pack = Pack(id=manifest.id)
            session.add(pack)
        pack.version = manifest.version
        pack.title = dict(manifest.title)
        pack.description = dict(manifest.description)
        pack.language = manifest.language
        pack.format_version = manifest.format_version
        pack.licence = manifest.licence
        pack.authors = list(manifest.authors)
        pack.manifest_sha256 = digest
        pack.source = source
        pack.verified = False  # set by signature verification once packs are signed
        pack.installed_at = utc_now()
        session.flush()

        skills = {s.skill_id: s for s in session.scalars(select(Skill).where(Skill.pack_id == manifest.id))}
        for position, skill in enumerate(manifest.skills):
            row = skills.pop(skill.id, None) or Skill(pack_id=manifest.id, skill_id=skill.id)
            row.title = dict(skill.title)
            row.description = dict(skill.description)
            row.position = position
            row.mastery = dict(skill.mastery) if skill.mastery is not None else None
            row.retired = False
            session.add(row)
            step()
        for gone in skills.values():
            gone.retired = True
        session.flush()

        session.execute(delete(SkillPrerequisite).where(SkillPrerequisite.pack_id == manifest.id))
        session.add_all(
            SkillPrerequisite(pack_id=manifest.id, skill_id=skill.id, prerequisite_id=pre)
            for skill in manifest.skills
            for pre in skill.prerequisites
        )

        items = {i.item_id: i for i in session.scalars(select(Item).where(Item.pack_id == manifest.id))}
        for position, item in enumerate(manifest.items):
            row = items.pop(item.id, None) or Item(pack_id=manifest.id, item_id=item.id)
            row.skill_id = item.skill_id
            row.type = item.type
            row.body = item_to_body(item)
            row.difficulty = float(item.difficulty)
            row.position = position
            row.retired = False
            session.add(row)
            step()
        for gone in items.values():
            gone.retired = True

        known_media = set(session.scalars(select(Media.sha256)))
        for entry in manifest.media:
            if entry.sha256 not in known_media:
                session.add(
                    Media(
                        sha256=entry.sha256,
                        size=entry.size,
                        mime=mime_of(entry.path),
                        extension=extension_of(entry.path),
                    )
                )
                known_media.add(entry.sha256)
        session.flush()
        session.execute(delete(PackMedia).where(PackMedia.pack_id == manifest.id))
        session.add_all(PackMedia(pack_id=manifest.id, path=e.path, sha256=e.sha256) for e in manifest.media)
        session.flush()

    @staticmethod
    def _summary(session: Session, pack: Pack) -> PackSummary:
        skills = session.scalar(
            select(func.count()).select_from(Skill).where(Skill.pack_id == pack.id, Skill.retired.is_(False))
        )
        items = session.scalar(
            select(func.count()).select_from(Item).where(Item.pack_id == pack.id, Item.retired.is_(False))
        )
        return PackSummary(
            id=pack.id,
            version=pack.version,
            title=dict(pack.title),
            language=pack.language,
            skills=int(skills or 0),
            items=int(items or 0),
        )
