"""Content packs: inspect a file, import it atomically, update keeping progress, export, remove, bundled packs.

An import reads pack.json once: its signature is checked against the trusted keys, the zip's
entries are checked, and the same bytes are parsed, validated and stored. Meanwhile helper threads
stream each media file into a temporary file in the media folder while it is hashed and its
content checked (``import_media_pass``, ``media_import``); the temporary files are made durable,
and one database transaction replaces the pack. Only after that commit do the media files get
their real names. A failure or a cancel at any point — including a killed process — leaves the
database and the media folder as they were.
"""

from __future__ import annotations

import hashlib
import json
import logging
import math
import shutil
import threading
import tomllib
import zipfile
import zlib
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import delete, func, insert, select, update
from sqlalchemy.orm import Session

from app.config import resources_dir
from app.content_packs.builder import PACK_JSON, SIGNATURE, build_pack, write_zip
from app.content_packs.errors import PackError
from app.content_packs.media_sniff import sniff_problem, svg_problem
from app.content_packs.model import MediaEntry, PackManifest, manifest_to_dict
from app.content_packs.reader import check_pack_entries, manifest_from_document, parse_pack_json
from app.content_packs.signing import SignatureCheck, read_private_key_file, sign_pack_json, verify_signature
from app.services.dto import PackFileInfo, PackSummary, TrustedKey
from app.services.errors import NotFoundError
from app.services.gc_pause import faster_thread_switches, gc_paused
from app.services.import_media_pass import ClaimedPack, MediaPass, claimed_from_document
from app.services.media_import import MediaImport, recover_incoming
from app.services.media_store import MediaStore, extension_of, mime_of
from app.services.pack_files import inspect_raw, invalid_info, read_raw
from app.services.pack_item_rows import store_items
from app.services.pack_prefetch import prefetch_pack
from app.services.pack_verify import verify_pack_file
from app.services.trust import TrustStore
from app.storage.database import Database
from app.storage.models import Item, Media, Pack, PackMedia, Setting, Skill, SkillPrerequisite
from app.storage.types import utc_now

log = logging.getLogger(__name__)

Progress = Callable[[int, int], None]

BUNDLED_PUBLISHER = "Sabil project"
# Free space kept beyond the media themselves: the database grows too, and a full disk breaks
# everything else on the PC (SQLite's WAL, the OS).
FREE_SPACE_MARGIN = 50_000_000
_MEDIA_UNIT = 1024 * 1024  # progress counts media in MiB so a big file moves the bar while it copies
_BATCH = 1000  # rows per bulk INSERT/UPDATE: big enough to be fast, small enough to report progress
# Media files in flight at once: one hashed while the next one's file is created; more only queue on two cores.
MEDIA_WORKERS = 2


def manifest_digest(manifest: PackManifest) -> str:
    """sha256 of the manifest's canonical JSON: equal content gives an equal digest.

    Imports store the sha256 of the pack.json bytes instead (as cheap as it gets for a 20,000-item
    pack, and the bytes are what was signed); this stays for comparing manifests from any source.
    """
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


def _media_units(size: int) -> int:
    return max(1, math.ceil(size / _MEDIA_UNIT))


@dataclass(frozen=True)
class _Trust:
    """How an import is trusted: what is stored in the pack row."""

    verified: bool
    publisher: str | None
    key_id: str | None


class _Steps:
    """Progress as (done, total), reported from the importing thread and the media pass.

    ``progress`` may raise (e.g. ImportCancelled) to cancel, from either thread. Media count one
    unit per MiB, the last unit of a file once it is checked; skills and items one each.
    """

    def __init__(self, progress: Progress | None, total: int) -> None:
        self.progress, self.total, self.done = progress, total, 0
        self._lock = threading.Lock()
        # id(entry) -> [units, reported]: several files are in flight at once, on different threads
        self._file_units: dict[int, list[int]] = {}

    def start(self) -> None:
        if self.progress is not None:
            self.progress(0, self.total)

    def __call__(self, count: int = 1) -> None:
        if count <= 0:
            return
        with self._lock:
            self.done = min(self.total, self.done + count)
            done, total = self.done, self.total
            if self.progress is not None:
                self.progress(done, total)

    def file_progress(self, entry: MediaEntry) -> Callable[[int], None]:
        """The per-chunk callback for one media file (called by the media pass on that file's thread)."""
        counts = self._file_units[id(entry)] = [_media_units(entry.size), 0]  # units, reported

        def on_chunk(_: int) -> None:
            if counts[1] < counts[0] - 1:
                counts[1] += 1
                self()

        return on_chunk

    def file_done(self, entry: MediaEntry) -> None:
        """A media file is read and checked: count what its chunks did not."""
        units, reported = self._file_units.pop(id(entry))
        self(units - reported)


class PackService:
    """Use cases on content packs."""

    def __init__(
        self,
        db: Database,
        media_root: Path,
        packs_cache: Path,
        bundled_root: Path,
        trusted_keys_dir: Path | None = None,
        shipped_keys_dir: Path | None = None,
    ) -> None:
        self._db = db
        self._media = MediaStore(media_root)
        self._packs_cache = packs_cache
        self._bundled_root = bundled_root
        self._trust = TrustStore(
            trusted_keys_dir if trusted_keys_dir is not None else media_root.parent / "trusted-keys",
            shipped_keys_dir if shipped_keys_dir is not None else resources_dir() / "keys",
        )
        # An import killed last time may have left temporary media files: finish or drop them now.
        self._recover()

    # -- queries ---------------------------------------------------------------------------------

    def installed(self) -> list[PackSummary]:
        """Every installed pack with its count of current (not retired) skills and items, by id."""
        with self._db.session() as session:
            return [self._summary(session, pack) for pack in session.scalars(select(Pack).order_by(Pack.id))]

    def get(self, pack_id: str) -> PackSummary:
        """One installed pack (NotFoundError ``unknown_pack`` if absent)."""
        with self._db.session() as session:
            return self._summary(session, self._pack(session, pack_id))

    def inspect_file(self, path: Path | str) -> PackFileInfo:
        """A fast look at a pack file (pack.json and signature only): never raises for a bad file."""
        path = Path(path)
        try:
            raw = read_raw(path)
        except PackError as exc:
            return invalid_info(path, exc.message)
        with self._db.session() as session:
            installed = {pack_id: version for pack_id, version in session.execute(select(Pack.id, Pack.version))}
        return inspect_raw(path, raw, self._trust.public_keys(), installed)

    # -- trust -----------------------------------------------------------------------------------

    def trust_key(self, public_key_file: Path | str) -> TrustedKey:
        """Trust a publisher's public key file from now on (PackError ``bad_key`` if it is not one)."""
        return self._trust.trust_key(Path(public_key_file))

    def trusted_keys(self) -> list[TrustedKey]:
        """The publisher keys this installation trusts (shipped with the app, then added by teachers)."""
        return self._trust.trusted_keys()

    def check_file(self, path: Path | str) -> tuple[PackManifest, SignatureCheck]:
        """Every check an import makes, without importing: the manifest and what its signature says.

        Raises PackError for a bad file, a bad signature or a media file whose hash differs.
        """
        return verify_pack_file(Path(path), self._trust.public_keys())

    # -- import ----------------------------------------------------------------------------------

    def install_file(
        self,
        path: Path | str,
        progress: Progress | None = None,
        source: str = "file",
        allow_unsigned: bool = False,
    ) -> PackSummary:
        """Import a ``.sabilpack`` file in one transaction and return the installed pack.

        The signature is checked against the trusted keys: an unsigned pack or one signed by an
        unknown key raises PackError ``untrusted`` unless ``allow_unsigned`` (then it is marked
        unverified); a signature or media hash that does not match is refused always. A different
        version (or content) of an installed pack replaces it: skills and items whose ids persist
        keep learners' progress; the others are kept, marked retired. The identical pack again
        changes nothing. Free space is checked first (PackError ``disk_full``). ``progress(done,
        total)`` may raise (``ImportCancelled``) to cancel; any failure leaves the database and the
        media folder exactly as they were.
        """
        path = Path(path)
        prefetch_pack(path)  # the media are read from the stick while pack.json is checked
        raw = read_raw(path)
        check = verify_signature(raw.signature, raw.pack_json, self._trust.public_keys())
        if check.status != "trusted" and not allow_unsigned:
            raise _untrusted(check)
        trust = _Trust(check.status == "trusted", check.publisher, check.key_id)
        return self._install(path, raw.pack_json, raw.signature, trust, progress, source)

    def _install(
        self,
        path: Path,
        pack_json: bytes,
        signature: bytes | None,
        trust: _Trust,
        progress: Progress | None,
        source: str,
    ) -> PackSummary:
        self._recover()
        # 20,000 items are a million small objects and no cycles: the collector's passes over
        # them were a fifth of the import. It runs again as soon as the import ends.
        with gc_paused(), faster_thread_switches():
            return self._install_checked(path, pack_json, signature, trust, progress, source)

    def _install_checked(
        self,
        path: Path,
        pack_json: bytes,
        signature: bytes | None,
        trust: _Trust,
        progress: Progress | None,
        source: str,
    ) -> PackSummary:
        # pack.json is read once: the bytes whose signature was checked are the bytes parsed,
        # validated, planned from and stored, so nothing can change between those steps.
        infos = check_pack_entries(path)
        document = parse_pack_json(pack_json)
        claims = claimed_from_document(document)
        manifest = None
        if claims is None:
            # Not even a readable media list: validation says precisely what is wrong (or there is no media).
            manifest = manifest_from_document(document, infos)
            claims = ClaimedPack(manifest.id, manifest.media, len(manifest.skills), len(manifest.items))
        claimed = claims.media
        with self._db.session() as session:
            current = session.get(Pack, claims.id)
            same_as_installed = current is not None and self._is_installed_as(current, pack_json, signature, trust)
            stored = set(session.scalars(select(Media.sha256)))
        if same_as_installed:
            # The very pack.json already installed: nothing to write, but the file is still checked
            # whole (a damaged or malicious copy of a good pack is refused, not "already installed").
            verify_pack_file(path, self._trust.public_keys())
            return self.get(claims.id)
        plan = self._media_plan(claimed, stored)
        # In the order the files lie in the pack: read ahead from the stick front to back, each
        # file is then in memory when its turn comes (a listed file the zip lacks fails at the end).
        plan.sort(key=lambda job: _offset(infos, job[0]))
        self._check_free_space(sum(e.size for e, copy in plan if copy) + len(pack_json))
        steps = _Steps(progress, sum(_media_units(e.size) for e, _ in plan) + claims.skills + claims.items + 1)
        steps.start()
        incoming = MediaImport(self._media, head_check=sniff_problem, full_check=svg_problem)
        media_pass = MediaPass(path, plan, incoming, steps.file_progress, steps.file_done,
                               workers=MEDIA_WORKERS).start()
        try:
            try:
                if manifest is None:
                    manifest = manifest_from_document(document, infos)
                del document  # the parsed JSON is as big again as the manifest
                # What the transaction stores, made while the media are still arriving from the stick.
                # The digest of the exact pack.json bytes (what was validated and signed) names this content.
                digest = hashlib.sha256(pack_json).hexdigest()
                kept_json = zlib.compress(pack_json, 1)
                text = pack_json.decode("utf-8")
            except BaseException:
                media_pass.stop()
                media_pass.join_quietly()
                raise
            media_pass.join()
            if manifest.media != claimed:
                # Planned and validated from the same bytes, so they agree unless the quick planning
                # read and the validation read them differently: never commit on such a doubt.
                raise PackError("changed", "the pack file changed while it was being read; try again", path.name)
            incoming.sync()
            with self._db.transaction() as session:
                unused = self._store(session, manifest, text, digest, source, steps)
                pack = session.get(Pack, manifest.id)
                assert pack is not None
                pack.verified = trust.verified
                pack.publisher = trust.publisher
                pack.key_id = trust.key_id
                pack.size_bytes = len(pack_json) + sum(e.size for e in manifest.media)
                pack.pack_json = kept_json
                pack.signature = signature
                # The last step runs inside the transaction, so cancelling at 100 % still undoes it.
                steps()
                summary = self._summary(session, pack)
        except BaseException:
            media_pass.stop()
            media_pass.join_quietly()
            incoming.discard()
            raise
        incoming.publish()
        for sha256, extension in unused:
            self._media.remove(sha256, extension)
        log.info("installed pack %s %s (%d items, %s)", manifest.id, manifest.version, len(manifest.items),
                 "verified" if trust.verified else "unverified")
        return summary

    @staticmethod
    def _is_installed_as(pack: Pack, pack_json: bytes, signature: bytes | None, trust: _Trust) -> bool:
        return (
            pack.pack_json is not None
            and pack.signature == signature
            and pack.verified == trust.verified
            and zlib.decompress(pack.pack_json) == pack_json
        )

    def _media_plan(self, media: Sequence[MediaEntry], stored: set[str]) -> list[tuple[MediaEntry, bool]]:
        """Every media file of the pack with whether to copy it (else only check its hash).

        Each content is stored once (the store is by sha256): a file already in the store, or the
        same content under a second name in this pack, is only read and hashed, because a pack
        whose media differ from pack.json is refused even where the store already has the file.
        """
        planned: set[str] = set()
        plan = []
        for entry in media:
            copy = entry.sha256 not in planned and not (
                entry.sha256 in stored and self._media.has(entry.sha256, extension_of(entry.path))
            )
            planned.add(entry.sha256)
            plan.append((entry, copy))
        return plan

    def _check_free_space(self, needed: int) -> None:
        self._media.root.mkdir(parents=True, exist_ok=True)
        free = shutil.disk_usage(self._media.root).free
        if needed + FREE_SPACE_MARGIN > free:
            raise PackError(
                "disk_full",
                f"there is not enough free space: the pack needs {_megabytes(needed + FREE_SPACE_MARGIN)} "
                f"and the disk holding {self._media.root} has {_megabytes(free)} free",
            )

    def _recover(self) -> None:
        def committed(hashes: Iterable[str]) -> set[str]:
            wanted = list(hashes)
            found: set[str] = set()
            with self._db.session() as session:
                for start in range(0, len(wanted), _BATCH):
                    found.update(session.scalars(
                        select(Media.sha256).where(Media.sha256.in_(wanted[start:start + _BATCH]))
                    ))
            return found

        recover_incoming(self._media, committed)

    def _store(
        self, session: Session, manifest: PackManifest, pack_json: str, digest: str, source: str, steps: _Steps
    ) -> list[tuple[str, str]]:
        """Write the pack's rows: insert new skills/items in bulk, update persisting ones, retire the rest.

        Returns the media files no pack uses any more (their rows are deleted here; the files after the commit).
        """
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
        pack.installed_at = utc_now()
        # Learner-model parameters shipped in the pack travel with this version, in the same transaction.
        key = _learner_model_key(manifest.id)
        if manifest.learner_model is not None:
            session.merge(Setting(key=key, value=json.dumps(manifest.learner_model, ensure_ascii=False)))
        else:
            session.execute(delete(Setting).where(Setting.key == key))
        session.flush()

        skill_rows = [
            {
                "pack_id": manifest.id,
                "skill_id": skill.id,
                "title": dict(skill.title),
                "description": dict(skill.description),
                "position": position,
                "mastery": dict(skill.mastery) if skill.mastery is not None else None,
                "retired": False,
            }
            for position, skill in enumerate(manifest.skills)
        ]
        self._upsert(session, Skill, Skill.skill_id, manifest.id, "skill_id", skill_rows, steps)

        session.execute(delete(SkillPrerequisite).where(SkillPrerequisite.pack_id == manifest.id))
        prerequisites = [
            {"pack_id": manifest.id, "skill_id": skill.id, "prerequisite_id": pre}
            for skill in manifest.skills
            for pre in skill.prerequisites
        ]
        if prerequisites:
            session.execute(insert(SkillPrerequisite), prerequisites)

        store_items(session.connection(), manifest, pack_json, steps)

        known_media = set(session.scalars(select(Media.sha256)))
        new_media: dict[str, dict[str, Any]] = {}
        for entry in manifest.media:
            if entry.sha256 not in known_media and entry.sha256 not in new_media:
                new_media[entry.sha256] = {
                    "sha256": entry.sha256,
                    "size": entry.size,
                    "mime": mime_of(entry.path),
                    "extension": extension_of(entry.path),
                }
        if new_media:
            session.execute(insert(Media), list(new_media.values()))
        session.execute(delete(PackMedia).where(PackMedia.pack_id == manifest.id))
        if manifest.media:
            session.execute(
                insert(PackMedia),
                [{"pack_id": manifest.id, "path": e.path, "sha256": e.sha256} for e in manifest.media],
            )
        # Media no pack refers to any more (e.g. dropped by this new version) go with this transaction.
        return self._forget_unused_media(session)

    @staticmethod
    def _upsert(
        session: Session,
        model: type[Skill] | type[Item],
        id_column: Any,
        pack_id: str,
        id_key: str,
        rows: list[dict[str, Any]],
        steps: _Steps,
    ) -> None:
        """Bulk insert new rows, bulk update persisting ones (by primary key), retire the missing ones."""
        existing = set(session.scalars(select(id_column).where(model.pack_id == pack_id)))
        fresh = [row for row in rows if row[id_key] not in existing]
        kept = [row for row in rows if row[id_key] in existing]
        # New rows go through Core (half the time of the ORM's bulk insert for 20,000 items);
        # persisting rows through the ORM's bulk UPDATE by primary key.
        connection = session.connection()
        for start in range(0, len(fresh), _BATCH):
            batch = fresh[start:start + _BATCH]
            connection.execute(model.__table__.insert(), batch)
            steps(len(batch))
        for start in range(0, len(kept), _BATCH):
            batch = kept[start:start + _BATCH]
            session.execute(update(model), batch)
            steps(len(batch))
        gone = sorted(existing - {row[id_key] for row in rows})
        for start in range(0, len(gone), _BATCH):
            session.execute(
                update(model)
                .where(model.pack_id == pack_id, id_column.in_(gone[start:start + _BATCH]))
                .values(retired=True)
            )

    # -- export and removal ----------------------------------------------------------------------

    def export(
        self, pack_id: str, out: Path | str, key_file: Path | str | None = None, progress: Progress | None = None
    ) -> Path:
        """Write an installed pack to ``out`` as a .sabilpack that re-imports identically.

        The exact pack.json the pack came with is written, so its publisher's signature stays valid;
        with ``key_file`` (a private key from ``sabil pack keygen``) the export is signed with that
        key instead. ``progress(done, total)`` counts bytes and may raise to cancel (no file is left).
        """
        out = Path(out)
        with self._db.session() as session:
            pack = self._pack(session, pack_id)
            if pack.pack_json is None:
                raise PackError(
                    "export_unavailable",
                    "this pack was installed by an older Sabil; import it again to be able to export it",
                    pack_id,
                )
            pack_json = zlib.decompress(pack.pack_json)
            signature = pack.signature
            media = session.execute(
                select(PackMedia.path, Media.sha256, Media.extension, Media.size)
                .join(Media, Media.sha256 == PackMedia.sha256)
                .where(PackMedia.pack_id == pack_id)
            ).all()
            fallback_publisher = (pack.authors or [pack_id])[0]
        entries: dict[str, bytes | Path] = {PACK_JSON: pack_json}
        for name, sha256, extension, _ in media:
            stored = self._media.path_for(sha256, extension)
            if not stored.is_file():
                raise PackError("media_missing", "a media file of this pack is missing from the media folder",
                                f"media/{name}")
            entries[f"media/{name}"] = stored
        if key_file is not None:
            pem, publisher = read_private_key_file(Path(key_file), fallback_publisher=fallback_publisher)
            signature = sign_pack_json(pem, pack_json, publisher)
        if signature is not None:
            entries[SIGNATURE] = signature
        steps = _Steps(progress, len(pack_json) + sum(size for *_, size in media) + len(signature or b""))
        steps.start()
        try:
            write_zip(entries, out, on_bytes=steps)
        except OSError as exc:
            raise PackError("export_failed", f"the pack could not be written ({exc.strerror or exc})",
                            str(out)) from exc
        log.info("exported pack %s to %s%s", pack_id, out, " (signed)" if key_file else "")
        return out

    def remove(self, pack_id: str) -> None:
        """Remove an installed pack from the app; learners' answer events (and skill states) stay as history.

        Media files no other pack uses are deleted after the commit (a crash between the two
        leaves only unreferenced files, which harm nothing).
        """
        with self._db.transaction() as session:
            self._pack(session, pack_id)
            session.execute(delete(PackMedia).where(PackMedia.pack_id == pack_id))
            session.execute(delete(Item).where(Item.pack_id == pack_id))
            session.execute(delete(SkillPrerequisite).where(SkillPrerequisite.pack_id == pack_id))
            session.execute(delete(Skill).where(Skill.pack_id == pack_id))
            session.execute(delete(Pack).where(Pack.id == pack_id))
            session.execute(delete(Setting).where(Setting.key == f"bundled.{pack_id}"))
            session.execute(delete(Setting).where(Setting.key == _learner_model_key(pack_id)))
            unused = self._forget_unused_media(session)
        for sha256, extension in unused:
            self._media.remove(sha256, extension)
        log.info("removed pack %s (%d media files deleted)", pack_id, len(unused))

    @staticmethod
    def _forget_unused_media(session: Session) -> list[tuple[str, str]]:
        """Delete Media rows no pack refers to; returns (sha256, extension) of their files."""
        unused = [
            (sha256, extension)
            for sha256, extension in session.execute(
                select(Media.sha256, Media.extension).where(~Media.sha256.in_(select(PackMedia.sha256)))
            )
        ]
        if unused:
            session.execute(delete(Media).where(~Media.sha256.in_(select(PackMedia.sha256))))
        return unused

    # -- bundled packs ---------------------------------------------------------------------------

    def ensure_bundled(self, progress: Progress | None = None) -> list[PackSummary]:
        """Build and install each bundled pack source not installed yet (by id, version and content).

        A fingerprint of each source folder is remembered, so start-up only reads the small text
        files and builds nothing unless a bundled pack changed. Bundled packs are trusted as part of
        the app (no private key ships with it), so they count as verified. Returns the packs installed now.
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
                present = session.execute(
                    select(Pack.version, Pack.pack_json.is_not(None)).where(Pack.id == pack_id)
                ).first()
                remembered = session.scalar(select(Setting.value).where(Setting.key == key))
            if present is not None and tuple(present) == (version, True) and remembered == fingerprint:
                continue
            self._packs_cache.mkdir(parents=True, exist_ok=True)
            # One render per template still proves the shipped source intact; the release's test suite
            # has already rendered every bundled template for 200 seeds, so 20 here would only make a
            # child wait (5 s of a 6 s first start on a 2-core machine).
            built = build_pack(folder, self._packs_cache / f"{pack_id}-{version}.sabilpack", seeds=1)
            raw = read_raw(built)
            summary = self._install(
                built, raw.pack_json, None, _Trust(True, BUNDLED_PUBLISHER, None), progress, "bundled"
            )
            with self._db.transaction() as session:
                session.merge(Setting(key=key, value=fingerprint))
            installed_now.append(summary)
        return installed_now

    # -- helpers ---------------------------------------------------------------------------------

    @staticmethod
    def _pack(session: Session, pack_id: str) -> Pack:
        pack = session.get(Pack, pack_id)
        if pack is None:
            raise NotFoundError("unknown_pack", f"No pack {pack_id} is installed.")
        return pack

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
            description=dict(pack.description or {}),
            verified=bool(pack.verified),
            publisher=pack.publisher,
            source=pack.source,
            size_bytes=int(pack.size_bytes or 0),
        )


def _learner_model_key(pack_id: str) -> str:
    """``learner_model_runtime.learner_model_key``, spelt out here (a test holds them equal): that
    module brings numpy and the engine's model, which an import never needs."""
    return f"learner_model.{pack_id}"


def _untrusted(check: SignatureCheck) -> PackError:
    if check.status == "unknown_key":
        who = f" ({check.publisher})" if check.publisher else ""
        return PackError(
            "untrusted",
            f"this pack is signed by an unknown publisher{who}, key {check.key_id}; import it only if you "
            "trust where it came from (teacher mode, or --allow-unsigned)",
        )
    return PackError(
        "untrusted",
        "this pack is not signed by a publisher Sabil knows; import it only if you trust where it came from "
        "(teacher mode, or --allow-unsigned)",
    )


def _offset(infos: dict[str, zipfile.ZipInfo], entry: MediaEntry) -> int:
    info = infos.get(f"media/{entry.path}")
    return info.header_offset if info is not None else 1 << 62


def _megabytes(size: int) -> str:
    return f"{size / 1_000_000:.0f} MB" if size >= 10_000_000 else f"{size / 1_000_000:.1f} MB"
