"""Reading one pull page: the school's changes after a cursor, made on other devices."""

from __future__ import annotations

import base64
from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.storage.models import AttemptEvent, Learner
from app.storage.sync_models import SyncChange, SyncDevice, SyncLearnerScope
from app.sync.protocol import (
    MAX_ROSTER,
    RECORD_KINDS,
    Event,
    LearnerProfile,
    PullResponse,
    RosterEntry,
    SharedRecord,
)
from app.sync.record_rows import KIND_ORDER, MODELS, RecordRow, references, sendable


def pull_page(session: Session, device: SyncDevice, cursor: int, limit: int) -> PullResponse:
    """Up to ``limit`` changes of the device's school after ``cursor`` (see docs/sync-protocol.md, pull).

    Every event's learner profile is in the same page, so a client applying ``learners`` before
    ``events`` never meets an event whose learner it does not know.
    """
    changes = session.execute(
        select(SyncChange)
        .where(SyncChange.school_id == device.school_id, SyncChange.seq > cursor)
        .order_by(SyncChange.seq)
        .limit(limit)
    ).scalars().all()
    others = [change for change in changes if change.device_id != device.device_id]
    events, learners, records = changes_payload(session, others)
    roster = session.execute(
        select(SyncLearnerScope.learner_id, SyncLearnerScope.class_id)
        .join(Learner, Learner.id == SyncLearnerScope.learner_id)
        .where(SyncLearnerScope.class_id == device.class_id, Learner.deleted_at.is_(None))
        .order_by(SyncLearnerScope.learner_id)
        .limit(MAX_ROSTER)
    ).all()
    return PullResponse(
        events=events,
        learners=learners,
        roster=[RosterEntry(learner_id=lid, class_id=cid) for lid, cid in roster],
        plans=[],
        model_params=[],
        cursor=changes[-1].seq if changes else cursor,
        more=len(changes) == limit,
        records=records,
    )


def changes_payload(
    session: Session, changes: Sequence[SyncChange]
) -> tuple[list[Event], list[LearnerProfile], list[SharedRecord]]:
    """The current state behind ``changes``: their events, learner profiles and records, self-contained.

    A page can be applied on its own: every learner an event or a record names is in ``learners``;
    the class or group a record names and the answer a rating is of come along even when they
    changed earlier (a device that pulls them again changes nothing). Records are in apply order
    (classes, groups, memberships, plans, goals, ratings).
    """
    record_ids: dict[str, list[str]] = {kind: [] for kind in RECORD_KINDS}
    for change in changes:
        if change.kind in record_ids:
            record_ids[change.kind].append(change.ref_id)
    rows = _record_rows(session, record_ids)
    wanted_events = [change.ref_id for change in changes if change.kind == "event"]
    # Parents a record names (a membership's group, that group's class): two rounds reach them all.
    wire: dict[str, SharedRecord] = {}
    for _ in range(3):
        missing: dict[str, list[str]] = {kind: [] for kind in RECORD_KINDS}
        for row_id, row in rows.items():
            if row_id in wire:
                continue
            record = sendable(row)
            if record is None:
                continue
            wire[row_id] = record
            for ref_kind, ref_id in references(record):
                if ref_kind in ("class", "group") and ref_id not in rows:
                    missing[ref_kind].append(ref_id)
        rows.update(_record_rows(session, missing))
    records = sorted(wire.values(), key=lambda r: (KIND_ORDER[r.kind], r.id))
    named = [ref for record in records for ref in references(record)]
    wanted_events += [ref_id for ref_kind, ref_id in named if ref_kind == "attempt"]
    events = _events(session, wanted_events)
    learner_ids = (
        {change.ref_id for change in changes if change.kind == "learner"}
        | {e.learner_id for e in events}
        | {ref_id for ref_kind, ref_id in named if ref_kind == "learner"}
    )
    learners = session.execute(
        select(Learner).where(Learner.id.in_(sorted(learner_ids))).order_by(Learner.id)
    ).scalars().all() if learner_ids else []
    return [wire_event(row) for row in events], [wire_profile(row) for row in learners], records


def _record_rows(session: Session, ids_by_kind: dict[str, list[str]]) -> dict[str, RecordRow]:
    found: dict[str, RecordRow] = {}
    for kind, ids in ids_by_kind.items():
        if ids:
            model = MODELS[kind]
            for row in session.execute(select(model).where(model.id.in_(sorted(set(ids))))).scalars():
                found[row.id] = row
    return found


def _events(session: Session, event_ids: Sequence[str]) -> list[AttemptEvent]:
    """The stored events with these ids, in the order first named, each once."""
    ordered = list(dict.fromkeys(event_ids))
    if not ordered:
        return []
    by_id = {row.id: row for row in session.execute(select(AttemptEvent).where(AttemptEvent.id.in_(ordered))).scalars()}
    return [by_id[event_id] for event_id in ordered if event_id in by_id]


def wire_event(row: AttemptEvent) -> Event:
    """The wire form of a stored event."""
    return Event(
        id=row.id,
        device_id=row.device_id,
        device_seq=row.device_seq,
        learner_id=row.learner_id,
        pack_id=row.pack_id,
        pack_version=row.pack_version,
        item_id=row.item_id,
        skill_ids=list(row.skill_ids),
        response=row.response,
        correct=row.correct,
        hints_used=row.hints_used,
        duration_ms=row.duration_ms,
        seed=row.seed,
        client_time=row.client_time,
    )


def _b64(data: bytes | None) -> str | None:
    return None if data is None else base64.b64encode(data).decode("ascii")


def wire_profile(row: Learner) -> LearnerProfile:
    """The wire form of a stored learner profile (local-only PIN throttling fields stay behind)."""
    return LearnerProfile(
        id=row.id,
        display_name=row.display_name,
        avatar=row.avatar,
        language=row.language,
        text_size=row.text_size,
        pin_hash=_b64(row.pin_hash),
        pin_salt=_b64(row.pin_salt),
        pin_params=row.pin_params,
        created_at=row.created_at,
        updated_at=row.updated_at,
        deleted_at=row.deleted_at,
        hlc=row.hlc,
    )
