"""On a class hub: number what the teacher's own Sabil recorded into the school's change log.

The hub's practice service writes events and profile edits straight into its database without
knowing about sync, and the teacher's classes, groups, plans (and learners' goals and ratings made on
the hub) likewise. Before a pull is answered, those not yet numbered get change sequences here
(learners first, then events, then records), so enrolled devices pull them like any other device's
changes.
"""

from __future__ import annotations

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from app.storage.adult_models import ConfidenceRating
from app.storage.models import AttemptEvent, Learner
from app.storage.sync_models import SyncDevice, SyncLearnerScope, SyncRecordScope
from app.sync.protocol import RECORD_KINDS
from app.sync.record_rows import LWW_KINDS, MODELS
from app.sync.server.ingest import append_changes
from app.sync.server.sql import insert_ignore


def sequence_local_changes(session: Session, school_id: str) -> int:
    """Number the hub's own unnumbered events and profile changes in ``school_id``; returns how many.

    Does nothing (and takes no lock) on a server without a local device in that school, such as a
    district server.
    """
    local = session.execute(
        select(SyncDevice).where(SyncDevice.is_local.is_(True), SyncDevice.school_id == school_id).with_for_update()
    ).scalar_one_or_none()
    if local is None:
        return 0
    unscoped = session.execute(
        select(Learner.id).where(~select(SyncLearnerScope.learner_id).where(
            SyncLearnerScope.learner_id == Learner.id).exists()).order_by(Learner.id)
    ).scalars().all()
    insert_ignore(
        session,
        SyncLearnerScope.__table__,
        [{"learner_id": lid, "school_id": school_id, "class_id": local.class_id, "sequenced_hlc": ""}
         for lid in unscoped],
    )
    changed = session.execute(
        select(Learner.id, Learner.hlc)
        .join(SyncLearnerScope, SyncLearnerScope.learner_id == Learner.id)
        .where(SyncLearnerScope.school_id == school_id, SyncLearnerScope.sequenced_hlc != Learner.hlc)
        .order_by(Learner.id)
    ).all()
    events = session.execute(
        select(AttemptEvent.id, AttemptEvent.device_seq)
        .where(AttemptEvent.device_id == local.device_id, AttemptEvent.device_seq > local.sequenced_through)
        .order_by(AttemptEvent.device_seq)
    ).all()
    records = _local_records(session, school_id, local.device_id)
    if not changed and not events and not records:
        return 0
    for learner_id, hlc in changed:
        session.execute(
            update(SyncLearnerScope).where(SyncLearnerScope.learner_id == learner_id).values(sequenced_hlc=hlc)
        )
    if events:
        local.sequenced_through = events[-1].device_seq
    changes = [("learner", learner_id) for learner_id, _ in changed] + [("event", row.id) for row in events] + records
    append_changes(session, school_id, local.device_id, changes)
    return len(changes)


def _local_records(session: Session, school_id: str, local_device_id: str) -> list[tuple[str, str]]:
    """Claim the hub's unscoped records for its school and mark those whose stamp was not numbered yet;
    returns their change-log entries in apply order (the caller numbers them)."""
    found: list[tuple[str, str]] = []
    for kind in RECORD_KINDS:
        model = MODELS[kind]
        has_scope = select(SyncRecordScope.record_id).where(SyncRecordScope.record_id == model.id).exists()
        query = select(model.id).where(~has_scope).order_by(model.id)
        if kind == "confidence":
            # Ratings are the one table that grows with practice: only those made on the hub itself
            # can lack a scope (pushed or relayed ones get theirs when stored), so look only at those.
            query = query.where(ConfidenceRating.device_id == local_device_id)
        fresh = session.execute(query).scalars().all()
        insert_ignore(
            session,
            SyncRecordScope.__table__,
            [{"record_id": rid, "kind": kind, "school_id": school_id, "sequenced_hlc": ""} for rid in fresh],
        )
        if kind in LWW_KINDS:
            stale = session.execute(
                select(model.id, model.hlc)  # type: ignore[union-attr]
                .join(SyncRecordScope, SyncRecordScope.record_id == model.id)
                .where(SyncRecordScope.school_id == school_id, SyncRecordScope.sequenced_hlc != model.hlc)  # type: ignore[union-attr]
                .order_by(model.id)
            ).all()
        else:
            # A rating never changes: it is numbered once, when it is first claimed.
            stale = [(rid, "-") for rid in fresh]
        for record_id, hlc in stale:
            session.execute(
                update(SyncRecordScope).where(SyncRecordScope.record_id == record_id).values(sequenced_hlc=hlc)
            )
            found.append((kind, record_id))
    return found
