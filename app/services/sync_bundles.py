"""USB sync: a device writes its push batches to a signed bundle; the hub imports it through the same
code as ``POST /v1/push`` and writes back a reply bundle of pull pages; the device imports the reply.

A reply is bound to the device it answers: its manifest carries ``reply_auth``, an HMAC over the
device id and the hub's signing key, keyed by the sha256 of the device's token — which the hub stores
and the device can compute, and nobody else knows. So a reply the device accepts was made by its
hub for it, and the signature then proves every byte of it.

Every bundle is checked completely (signature, every batch's hash, every batch against the wire
models) before anything is stored, and a hub ingests all batches of one bundle in one transaction:
a truncated, altered or refused bundle changes nothing. Importing a bundle again changes nothing
either (events by id, profiles by HLC, cursors only grow).
"""

from __future__ import annotations

import hashlib
import hmac
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from pydantic import ValidationError

from app.services.sync_dto import BundleImport, SyncError
from app.services.sync_outbox import RecordPosition, record_position
from app.services.sync_pages import next_push_batch, stamp_unstamped_learners, store_pull_page
from app.services.sync_state import load, read_state, save, write_fields
from app.storage.database import Database
from app.storage.sync_models import SyncDevice, SyncRecordMark
from app.sync.bundle import BundleError, BundleWriter, SyncBundle, open_bundle
from app.sync.device_key import load_or_create_device_key, public_key_text
from app.sync.enrolment import sha256_hex
from app.sync.protocol import DEFAULT_PULL_LIMIT, PROTOCOL_VERSION, RECORD_KINDS, PullResponse, PushRequest
from app.sync.server.errors import SyncRefused
from app.sync.server.identity import ensure_server_id
from app.sync.server.ingest import ingest_push
from app.sync.server.local_changes import sequence_local_changes
from app.sync.server.pull import pull_page

# Entries of ``records_held`` in a reply's manifest (about 120 bytes each, well inside its 4 MiB).
MAX_HELD_IN_REPLY = 20_000


def _mark_held_from_reply(db: Database, held: object) -> None:
    """Mark the records the hub says it holds (a signed, authenticated reply; malformed entries ignored)."""
    if not isinstance(held, list):
        return
    marks = [
        SyncRecordMark(record_id=entry[0], kind=entry[1], hlc=entry[2] or "-")
        for entry in held[:MAX_HELD_IN_REPLY]
        if isinstance(entry, list) and len(entry) == 3 and all(isinstance(part, str) for part in entry)
        and len(entry[0]) == 36 and entry[1] in RECORD_KINDS and len(entry[2]) <= 80
    ]
    with db.transaction() as session:
        for mark in marks:
            session.merge(mark)


def reply_auth(token_hash_hex: str, device_id: str, signer_public_key: str) -> str:
    """The reply's binding to its device: HMAC-SHA256 keyed by sha256(token) (hex text, as the hub stores it)."""
    message = f"sabil-sync-reply\n{device_id}\n{signer_public_key}".encode()
    return hmac.new(token_hash_hex.encode("ascii"), message, hashlib.sha256).hexdigest()


def _refused(exc: BundleError) -> SyncError:
    return SyncError(f"bundle_{exc.code}", f"{exc.message} Nothing was imported.")


def export_push_bundle(db: Database, device_id: str, key_path: Path, out_dir: Path) -> Path:
    """Write this device's unconfirmed answers and changed profiles into a signed push bundle."""
    state = load(db)
    if not state.server_id:
        raise SyncError(
            "not_enrolled",
            "Enrol this computer with the class hub once before carrying its answers on a USB stick: "
            "the hub must know this computer's key.",
        )
    key = load_or_create_device_key(key_path)
    with db.transaction() as session:
        stamp_unstamped_learners(session, device_id)
    position, known = state.stored_through, dict(state.learner_stamps)
    records_after: RecordPosition | None = None
    try:
        with BundleWriter(out_dir, "push", device_id, key) as writer:
            while True:
                with db.session() as session:
                    batch = next_push_batch(session, device_id, position, known, records_after=records_after)
                if batch is None:
                    break
                writer.add_batch(batch.model_dump(mode="json"))
                known.update({profile.id: profile.hlc for profile in batch.learners})
                if batch.events:
                    position = batch.events[-1].device_seq
                if batch.records:
                    # Nothing is confirmed until the hub imports the bundle: page on past what was written.
                    records_after = record_position(batch.records[-1])
            return writer.finish(
                {
                    "protocol_version": PROTOCOL_VERSION,
                    "server_id": state.server_id,
                    "cursor": state.cursor,
                    "stored_through": state.stored_through,
                }
            )
    except OSError as exc:
        raise SyncError("bundle_write", f"The sync bundle could not be written to {out_dir} ({exc}).") from exc


def import_bundle(
    db: Database,
    device_id: str,
    key_path: Path,
    file: Path,
    *,
    reply_dir: Path | None,
    now: Callable[[], datetime],
) -> BundleImport:
    """Import a push bundle (on a hub) or a reply bundle (on the device it is for)."""
    try:
        bundle = open_bundle(file)
        if bundle.manifest.kind == "push":
            return _import_push(db, bundle, key_path, reply_dir or Path(file).parent)
        return _import_reply(db, device_id, bundle, now)
    except BundleError as exc:
        raise _refused(exc) from exc


def _validated(bundle: SyncBundle, model: type[PushRequest] | type[PullResponse]) -> int:
    """Check every batch (hash and wire shape) before anything is stored; returns how many."""
    count = 0
    for index, batch in enumerate(bundle.iter_batches(), start=1):
        try:
            model.model_validate(batch)
        except ValidationError as exc:
            raise BundleError(
                "bad_batch", f"{bundle.path.name}: batch {index} is not a valid sync batch ({exc.error_count()} errors)."
            ) from exc
        count += 1
    return count


def _import_push(db: Database, bundle: SyncBundle, key_path: Path, reply_dir: Path) -> BundleImport:
    sender = bundle.manifest.device_id
    with db.session() as session:
        device = session.get(SyncDevice, sender)
        if device is None or device.is_local:
            raise BundleError("unknown_device", f"{bundle.path.name} comes from a computer not enrolled at this hub.")
        if device.revoked_at is not None:
            raise BundleError("revoked", f"{bundle.path.name} comes from a computer a teacher removed from this hub.")
        if not bundle.signed_by(device.public_key):
            raise BundleError(
                "wrong_signer", f"{bundle.path.name} is not signed by the key that computer enrolled with."
            )
        school_id, token_hash = device.school_id, device.token_hash or ""
    _validated(bundle, PushRequest)
    added = learners = 0
    try:
        with db.transaction() as session:
            affected: set[str] = set()
            held: list[list[str]] = []
            for batch in bundle.iter_batches():
                request = PushRequest.model_validate(batch)
                answer = ingest_push(session, sender, request)
                added += answer.accepted
                learners += answer.learners_applied
                affected.update(event.learner_id for event in request.events)
                held += [[record.id, record.kind, record.hlc] for record in request.records]
            state = read_state(session)
            write_fields(session, rebuild_pending=sorted(set(state.rebuild_pending) | affected))
    except SyncRefused as exc:
        raise BundleError(f"refused_{exc.code}", f"The hub refused {bundle.path.name}: {exc.message}") from exc
    cursor = bundle.manifest.meta.get("cursor")
    reply = _write_reply(
        db, sender, school_id, cursor if isinstance(cursor, int) else 0, token_hash, key_path, reply_dir, held
    )
    return BundleImport(kind="push", device_id=sender, events_added=added, learners_changed=learners, reply_path=reply)


def _write_reply(
    db: Database,
    device_id: str,
    school_id: str,
    cursor: int,
    token_hash: str,
    key_path: Path,
    out_dir: Path,
    held: list[list[str]],
) -> Path:
    """The reply bundle: pull pages for ``device_id`` from its cursor, signed by this hub's key, and
    the records of the device's bundle the hub now holds (``records_held``, so they are not carried
    again; past ``MAX_HELD_IN_REPLY`` they simply travel once more)."""
    with db.transaction() as session:
        sequence_local_changes(session, school_id)
        server_id = ensure_server_id(session)
    key = load_or_create_device_key(key_path)
    with BundleWriter(out_dir, "reply", device_id, key) as writer:
        while True:
            with db.session() as session:
                device = session.get(SyncDevice, device_id)
                assert device is not None  # checked before ingesting, and devices are never deleted
                page = pull_page(session, device, cursor, DEFAULT_PULL_LIMIT)
                stored_through = device.stored_through
            writer.add_batch(page.model_dump(mode="json"))
            cursor = page.cursor
            if not page.more:
                break
        return writer.finish(
            {
                "protocol_version": PROTOCOL_VERSION,
                "server_id": server_id,
                "stored_through": stored_through,
                "cursor": cursor,
                "reply_auth": reply_auth(token_hash, device_id, public_key_text(key)),
                "records_held": held[:MAX_HELD_IN_REPLY],
            }
        )


def _import_reply(db: Database, device_id: str, bundle: SyncBundle, now: Callable[[], datetime]) -> BundleImport:
    manifest = bundle.manifest
    if manifest.device_id != device_id:
        raise BundleError("wrong_device", f"{bundle.path.name} is the hub's answer for another computer.")
    state = load(db)
    if not state.server_id:
        raise BundleError("not_enrolled", "This computer is not enrolled with a class hub.")
    if manifest.meta.get("server_id") != state.server_id:
        raise BundleError("other_hub", f"{bundle.path.name} comes from another class hub than this computer's.")
    expected = reply_auth(sha256_hex(state.token), device_id, manifest.signer_public_key)
    if not hmac.compare_digest(str(manifest.meta.get("reply_auth", "")), expected):
        raise BundleError(
            "wrong_signer",
            f"{bundle.path.name} was not made by this computer's class hub for it "
            "(or before this computer was enrolled again).",
        )
    _validated(bundle, PullResponse)
    added = changed = 0
    for batch in bundle.iter_batches():
        result = store_pull_page(db, PullResponse.model_validate(batch), keep_higher_cursor=True)
        added += result.events_added
        changed += len(result.learners_changed)
    _mark_held_from_reply(db, manifest.meta.get("records_held"))
    stored = manifest.meta.get("stored_through")
    save(
        db,
        stored_through=max(state.stored_through, stored if isinstance(stored, int) else 0),
        last_success=now(),
        last_attempt=now(),
        last_error="",
        last_error_code="",
    )
    return BundleImport(kind="reply", device_id=device_id, events_added=added, learners_changed=changed, reply_path=None)
