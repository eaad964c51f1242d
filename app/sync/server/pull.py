"""Reading one pull page: the school's changes after a cursor, made on other devices."""

from __future__ import annotations

import base64

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.storage.models import AttemptEvent, Learner
from app.storage.sync_models import SyncChange, SyncDevice, SyncLearnerScope
from app.sync.protocol import MAX_ROSTER, Event, LearnerProfile, PullResponse, RosterEntry


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
    event_ids = [change.ref_id for change in others if change.kind == "event"]
    events_by_id = {
        row.id: row
        for row in session.execute(select(AttemptEvent).where(AttemptEvent.id.in_(event_ids))).scalars()
    } if event_ids else {}
    events = [events_by_id[event_id] for event_id in event_ids if event_id in events_by_id]
    learner_ids = {change.ref_id for change in others if change.kind == "learner"} | {e.learner_id for e in events}
    learners = session.execute(
        select(Learner).where(Learner.id.in_(sorted(learner_ids))).order_by(Learner.id)
    ).scalars().all() if learner_ids else []
    roster = session.execute(
        select(SyncLearnerScope.learner_id, SyncLearnerScope.class_id)
        .join(Learner, Learner.id == SyncLearnerScope.learner_id)
        .where(SyncLearnerScope.class_id == device.class_id, Learner.deleted_at.is_(None))
        .order_by(SyncLearnerScope.learner_id)
        .limit(MAX_ROSTER)
    ).all()
    return PullResponse(
        events=[wire_event(row) for row in events],
        learners=[wire_profile(row) for row in learners],
        roster=[RosterEntry(learner_id=lid, class_id=cid) for lid, cid in roster],
        plans=[],
        model_params=[],
        cursor=changes[-1].seq if changes else cursor,
        more=len(changes) == limit,
    )


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
