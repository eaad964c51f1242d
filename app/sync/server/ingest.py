"""Storing a push batch: idempotent events, last-writer-wins profiles, scope, change sequence numbers.

``ingest_push`` is the one code path for ``POST /v1/push`` and for a USB bundle imported on the hub.
It runs inside the caller's transaction and raises ``SyncRefused`` before commit on any refusal, so
a refused batch stores nothing. Locks are always taken in the same order (the device's row, learner
rows by id, scope rows by id, the school's counter row last) so concurrent pushes never deadlock.
"""

from __future__ import annotations

import base64
from collections.abc import Iterable, Sequence
from typing import Any

from pydantic import TypeAdapter
from sqlalchemy import select, update
from sqlalchemy.orm import Session

from app.storage.models import AttemptEvent, Learner
from app.storage.sync_models import SyncChange, SyncDevice, SyncLearnerScope, SyncSchool
from app.storage.types import utc_now
from app.sync.protocol import Event, LearnerProfile, PushRequest, PushResponse
from app.sync.server.errors import SyncRefused
from app.sync.server.records import apply_records
from app.sync.server.sql import insert_ignore, insert_ignore_json_document

_EVENT_LIST = TypeAdapter(list[Event])
_EVENT_FIELDS = tuple(Event.model_fields)


def ingest_push(session: Session, device_id: str, batch: PushRequest) -> PushResponse:
    """Store ``batch`` from the enrolled device ``device_id`` (see docs/sync-protocol.md, push)."""
    _check_batch_shape(device_id, batch)
    device = session.execute(
        select(SyncDevice).where(SyncDevice.device_id == device_id).with_for_update()
    ).scalar_one_or_none()
    if device is None or device.is_local:
        raise SyncRefused(403, "unknown_device", "This device is not enrolled here.")
    if device.revoked_at is not None:
        raise SyncRefused(401, "token_revoked", "This device was revoked by its school.")

    learner_ids = sorted({event.learner_id for event in batch.events} | {p.id for p in batch.learners})
    scopes = scopes_of(session, learner_ids)
    _refuse_foreign(scopes, device.school_id)
    unscoped = [learner_id for learner_id in learner_ids if learner_id not in scopes]
    hub_owned = _hub_owned(session, unscoped)

    applied = apply_profiles(session, sorted(batch.learners, key=lambda p: p.id))
    check_learners_exist(session, {event.learner_id for event in batch.events})
    claim_learners(session, unscoped, device, hub_owned)
    _refuse_foreign(scopes_of(session, learner_ids), device.school_id)
    for profile in applied:
        session.execute(
            update(SyncLearnerScope)
            .where(SyncLearnerScope.learner_id == profile.id)
            .values(sequenced_hlc=profile.hlc)
        )

    inserted = insert_events(session, batch.events)
    device.stored_through = advance_stored_through(session, device.device_id, device.stored_through)
    # After learners and events: records name learners, and ratings name answers.
    records = apply_records(session, device.school_id, batch.records)
    # Learners before events, so a page never holds an event whose learner arrives later.
    changes = [("learner", p.id) for p in applied] + [("event", event_id) for event_id in inserted] + records
    append_changes(session, device.school_id, device.device_id, changes)
    return PushResponse(
        stored_through=device.stored_through,
        accepted=len(inserted),
        duplicates=len(batch.events) - len(inserted),
        learners_applied=len(applied),
    )


def _check_batch_shape(device_id: str, batch: PushRequest) -> None:
    if batch.device_id != device_id or any(event.device_id != device_id for event in batch.events):
        raise SyncRefused(403, "wrong_device", "A device pushes only its own events.")
    previous = 0
    for event in batch.events:
        if event.device_seq <= previous:
            raise SyncRefused(422, "out_of_order", "Events must be in strictly increasing device_seq.")
        previous = event.device_seq
    if len({p.id for p in batch.learners}) != len(batch.learners):
        raise SyncRefused(422, "invalid_request", "A learner profile appears twice in the batch.")


def scopes_of(session: Session, learner_ids: Sequence[str]) -> dict[str, SyncLearnerScope]:
    """The scope rows of these learners (learners nobody pushed yet have none)."""
    if not learner_ids:
        return {}
    rows = session.execute(
        select(SyncLearnerScope).where(SyncLearnerScope.learner_id.in_(learner_ids)).execution_options(
            populate_existing=True
        )
    ).scalars()
    return {row.learner_id: row for row in rows}


def _refuse_foreign(scopes: dict[str, SyncLearnerScope], school_id: str) -> None:
    foreign = sorted(learner for learner, scope in scopes.items() if scope.school_id != school_id)
    if foreign:
        raise SyncRefused(403, "out_of_scope", f"Learner {foreign[0]} belongs to another school.")


def check_learners_exist(
    session: Session,
    learner_ids: Iterable[str],
    message: str = "Learner {id} is neither on the server nor in this batch.",
) -> None:
    """Refuse (422 ``unknown_learner``) when an event's learner is not stored; ``message`` names the first."""
    wanted = set(learner_ids)
    if not wanted:
        return
    found = set(session.execute(select(Learner.id).where(Learner.id.in_(wanted))).scalars())
    missing = sorted(wanted - found)
    if missing:
        raise SyncRefused(422, "unknown_learner", message.format(id=missing[0]))


def claim_learners(
    session: Session, learner_ids: Sequence[str], device: SyncDevice, hub_owned: set[str] | None = None
) -> None:
    """Give learners without a school the pushing device's school and class.

    ``hub_owned`` learners were already in the hub's own database (made on the teacher's Sabil, not
    yet numbered): they belong to the hub's school instead, so no device of another school can claim
    one by its id.
    """
    if not learner_ids:
        return
    local = _local_device(session) if hub_owned else None
    rows = []
    for learner_id in learner_ids:
        owner = local if local is not None and learner_id in (hub_owned or set()) else device
        rows.append({"learner_id": learner_id, "school_id": owner.school_id, "class_id": owner.class_id,
                     "sequenced_hlc": ""})
    insert_ignore(session, SyncLearnerScope.__table__, rows)


def _local_device(session: Session) -> SyncDevice | None:
    return session.execute(select(SyncDevice).where(SyncDevice.is_local.is_(True)).limit(1)).scalar_one_or_none()


def _hub_owned(session: Session, unscoped: Sequence[str]) -> set[str]:
    # On a hub, a learner row that exists without a scope was made on the hub itself.
    if not unscoped or _local_device(session) is None:
        return set()
    return set(session.execute(select(Learner.id).where(Learner.id.in_(unscoped))).scalars())


def _profile_values(profile: LearnerProfile) -> dict[str, Any]:
    return {
        "display_name": profile.display_name,
        "avatar": profile.avatar,
        "language": profile.language,
        "text_size": profile.text_size,
        "pin_hash": _b64(profile.pin_hash),
        "pin_salt": _b64(profile.pin_salt),
        "pin_params": profile.pin_params,
        "created_at": profile.created_at,
        "updated_at": profile.updated_at,
        "deleted_at": profile.deleted_at,
        "hlc": profile.hlc,
    }


def _b64(text: str | None) -> bytes | None:
    if text is None:
        return None
    try:
        return base64.b64decode(text.replace("-", "+").replace("_", "/"), validate=True)
    except ValueError as exc:
        raise SyncRefused(422, "invalid_request", "pin_hash and pin_salt must be base64.") from exc


def apply_profiles(session: Session, profiles: Sequence[LearnerProfile]) -> list[LearnerProfile]:
    """Merge profiles last-writer-wins by HLC; returns those that changed the stored profile."""
    applied: list[LearnerProfile] = []
    for profile in profiles:
        values = _profile_values(profile)
        created = insert_ignore(
            session,
            Learner.__table__,
            [{"id": profile.id, "failed_pin_count": 0, "pin_locked_until": None, **values}],
            returning=Learner.__table__.c.id,
        )
        if created:
            applied.append(profile)
            continue
        # Strictly greater: an equal stamp is the same write coming back (idempotent).
        result = session.execute(
            update(Learner).where(Learner.id == profile.id, Learner.hlc < profile.hlc).values(**values)
        )
        if result.rowcount:
            applied.append(profile)
    return applied


def event_row(event: Event) -> dict[str, Any]:
    """The ``attempt_events`` row of a wire event."""
    return {
        "id": event.id,
        "device_id": event.device_id,
        "device_seq": event.device_seq,
        "learner_id": event.learner_id,
        "pack_id": event.pack_id,
        "pack_version": event.pack_version,
        "item_id": event.item_id,
        "skill_ids": list(event.skill_ids),
        "response": event.response,
        "correct": event.correct,
        "hints_used": event.hints_used,
        "duration_ms": event.duration_ms,
        "seed": event.seed,
        "client_time": event.client_time,
        "created_at": utc_now(),
    }


def insert_events(session: Session, events: Sequence[Event]) -> list[str]:
    """Insert events idempotently; returns the ids actually inserted, in device_seq order."""
    if not events:
        return []
    table = AttemptEvent.__table__
    if session.get_bind().dialect.name == "postgresql":
        # The wire fields are the table's columns; pydantic writes the whole batch as JSON in Rust
        # (times in UTC, as validated), about a tenth of the cost of building rows in Python.
        document = _EVENT_LIST.dump_json(list(events))
        inserted = set(insert_ignore_json_document(
            session, table, _EVENT_FIELDS, document, {"created_at": utc_now().replace(tzinfo=None)}, table.c.id
        ))
    else:
        rows = [event_row(event) for event in events]
        inserted = set(insert_ignore(session, table, rows, returning=table.c.id))
    return [event.id for event in events if event.id in inserted]


def advance_stored_through(session: Session, device_id: str, stored_through: int) -> int:
    """The highest n such that all of the device's events 1..n are stored, from ``stored_through`` on."""
    following = session.execute(
        select(AttemptEvent.device_seq)
        .where(AttemptEvent.device_id == device_id, AttemptEvent.device_seq > stored_through)
        .order_by(AttemptEvent.device_seq)
    ).scalars()
    for seq in following:
        if seq != stored_through + 1:
            break
        stored_through = seq
    return stored_through


def append_changes(session: Session, school_id: str, device_id: str, changes: Sequence[tuple[str, str]]) -> None:
    """Number ``changes`` (kind, ref id) into the school's change log. Call it LAST before commit.

    The UPDATE of the school's counter row locks it until this transaction ends, so sequence numbers
    within a school are handed out in commit order (see docs/sync-protocol.md on the cursor).
    """
    if not changes:
        return
    last = session.execute(
        update(SyncSchool)
        .where(SyncSchool.id == school_id)
        .values(change_seq=SyncSchool.change_seq + len(changes))
        .returning(SyncSchool.change_seq)
    ).scalar_one()
    first = last - len(changes) + 1
    rows = [
        {"school_id": school_id, "seq": first + offset, "kind": kind, "ref_id": ref_id, "device_id": device_id}
        for offset, (kind, ref_id) in enumerate(changes)
    ]
    # The numbers are fresh under the counter's lock, so nothing can conflict: every row goes in.
    insert_ignore(session, SyncChange.__table__, rows)
