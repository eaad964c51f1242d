"""Storing a relay page (``POST /v1/relay``): a class hub passes its school's changes up to a district.

A relay is a push whose events come from several origin devices (the hub's learner PCs and the hub
itself). It is stored through the same functions as a push (events idempotent by id, profiles and
teacher records last-writer-wins by HLC, one change row per stored item) and refused whole, before
commit, when:

- a learner (as a profile or as an event's learner) belongs to another school (403 ``out_of_scope``);
- an origin device is enrolled directly here in another school (403 ``out_of_scope``): a hub may
  vouch only for devices of its own school;
- an event's learner is neither here nor in the page (422 ``unknown_learner``);
- a record (class, group, plan, goal …) or what it names belongs to another school (403
  ``out_of_scope``) or is unknown (422 ``unknown_reference``), as ``records.apply_records`` checks.

Origin devices never seen here get a bare ``devices`` row (events refer to it). The change rows carry
the relaying hub's device id, so the hub's own pulls skip what it relayed. Locks follow ``ingest``'s
order (relaying device, new device rows by id, learner rows by id, scope rows, the school's counter
row last), so relays and pushes never deadlock each other.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from app.storage.models import Device, Learner
from app.storage.sync_models import SyncDevice, SyncLearnerScope
from app.storage.types import utc_now
from app.sync.protocol import RelayRequest, RelayResponse
from app.sync.server.errors import SyncRefused
from app.sync.server.ingest import (
    advance_stored_through,
    append_changes,
    apply_profiles,
    check_learners_exist,
    claim_learners,
    insert_events,
    scopes_of,
)
from app.sync.server.records import apply_records
from app.sync.server.sql import insert_ignore


def ingest_relay(session: Session, device_id: str, batch: RelayRequest) -> RelayResponse:
    """Store ``batch`` relayed by the enrolled device ``device_id`` (see the module docstring)."""
    if batch.device_id != device_id:
        raise SyncRefused(403, "wrong_device", "device_id in the body is not this token's device.")
    if len({p.id for p in batch.learners}) != len(batch.learners):
        raise SyncRefused(422, "invalid_request", "A learner profile appears twice in the batch.")
    relayer = session.execute(
        select(SyncDevice).where(SyncDevice.device_id == device_id).with_for_update()
    ).scalar_one_or_none()
    if relayer is None or relayer.is_local:
        raise SyncRefused(403, "unknown_device", "This device is not enrolled here.")
    if relayer.revoked_at is not None:
        raise SyncRefused(401, "token_revoked", "This device was revoked by its school.")
    school_id = relayer.school_id

    origins = sorted({event.device_id for event in batch.events})
    refuse_foreign_origins(session, origins, school_id)
    learner_ids = sorted({event.learner_id for event in batch.events} | {p.id for p in batch.learners})
    scopes = scopes_of(session, learner_ids)
    refuse_foreign_learners(scopes.items(), school_id)
    unscoped = [learner_id for learner_id in learner_ids if learner_id not in scopes]
    hub_owned = local_learners(session, unscoped)

    ensure_device_rows(session, origins)
    applied = apply_profiles(session, sorted(batch.learners, key=lambda p: p.id))
    check_learners_exist(session, {event.learner_id for event in batch.events})
    claim_learners(session, unscoped, relayer, hub_owned)
    # Learners made on a hub that receives this relay are the hub's school's; and another request
    # may have claimed one of them for another school meanwhile: look again.
    refuse_foreign_learners(scopes_of(session, learner_ids).items(), school_id)
    for profile in applied:
        session.execute(
            update(SyncLearnerScope).where(SyncLearnerScope.learner_id == profile.id).values(sequenced_hlc=profile.hlc)
        )

    inserted = insert_events(session, batch.events)
    # The hub's own answers are part of the page: its stored_through moves as a push would move it.
    relayer.stored_through = advance_stored_through(session, relayer.device_id, relayer.stored_through)
    # After learners and events, as in a push: records name learners, and ratings name answers.
    records = apply_records(session, school_id, batch.records)
    # Learners before events, so a page pulled from here never holds an event before its learner.
    changes = [("learner", p.id) for p in applied] + [("event", event_id) for event_id in inserted] + records
    append_changes(session, school_id, device_id, changes)
    return RelayResponse(
        accepted=len(inserted),
        duplicates=len(batch.events) - len(inserted),
        learners_applied=len(applied),
        records_applied=len(records),
    )


def refuse_foreign_origins(session: Session, origins: Sequence[str], school_id: str) -> None:
    """403 ``out_of_scope`` when an origin device is enrolled here in another school."""
    if not origins:
        return
    foreign = session.execute(
        select(SyncDevice.device_id)
        .where(SyncDevice.device_id.in_(origins), SyncDevice.school_id != school_id)
        .order_by(SyncDevice.device_id)
    ).scalars().first()
    if foreign is not None:
        raise SyncRefused(403, "out_of_scope", f"Device {foreign} is enrolled in another school.")


def refuse_foreign_learners(scopes: Iterable[tuple[str, SyncLearnerScope]], school_id: str) -> None:
    """403 ``out_of_scope`` when any of these learners belongs to another school."""
    foreign = sorted(learner for learner, scope in scopes if scope.school_id != school_id)
    if foreign:
        raise SyncRefused(403, "out_of_scope", f"Learner {foreign[0]} belongs to another school.")


def local_learners(session: Session, unscoped: Sequence[str]) -> set[str]:
    """On a server with a local device (a hub receiving a relay): the unscoped learners made on it.

    They belong to the hub's own school (as in a push), so a relayer of another school cannot claim one.
    """
    if not unscoped:
        return set()
    has_local = session.execute(select(SyncDevice.device_id).where(SyncDevice.is_local.is_(True)).limit(1)).first()
    if has_local is None:
        return set()
    return set(session.execute(select(Learner.id).where(Learner.id.in_(unscoped))).scalars())


def ensure_device_rows(session: Session, device_ids: Sequence[str]) -> None:
    """A bare ``devices`` row for every origin device not seen before (events refer to it)."""
    if device_ids:
        insert_ignore(
            session,
            Device.__table__,
            [{"id": device_id, "name": "", "last_seq": 0, "created_at": utc_now()} for device_id in sorted(device_ids)],
        )

