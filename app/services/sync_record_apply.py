"""Applying pulled adult-side records (classes, groups, memberships, plans, goals, ratings) on a device.

Inside the pull page's transaction, after its profiles and events: a record replaces the local row
iff its stamp is strictly greater (a tombstone like any edit), a membership merges with the local
row of the same (class or group, learner) pair, and a rating is stored once. Applying the same
page again changes nothing. Each record's mark is set to the stamp the server holds, so the outbox
sends a local row back only when it is newer than what came.
"""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from app.services.sync_apply import ApplyResult, stamp_wins
from app.storage.adult_models import LearnerClass, LearnerGroup
from app.storage.models import AttemptEvent, Device, Learner
from app.storage.sync_models import SyncRecordMark
from app.sync.protocol import SharedRecord
from app.sync.record_rows import (
    KIND_ORDER,
    LWW_KINDS,
    MODELS,
    NATURAL_KEYS,
    RecordRow,
    references,
    row_values,
)

_REFERENCED = {"learner": Learner, "class": LearnerClass, "group": LearnerGroup, "attempt": AttemptEvent}


def apply_records(session: Session, records: Sequence[SharedRecord], result: ApplyResult) -> None:
    """Merge ``records`` into the local tables inside the caller's transaction (see the module text)."""
    for record in sorted(records, key=lambda r: (KIND_ORDER[r.kind], r.id)):
        row = _local_row(session, record)
        if row is None:
            if not _references_present(session, record):
                result.records_skipped += 1
                continue
            values = row_values(record)
            if record.kind == "confidence":
                # The device a rating was made on may have sent this device no answer of its own.
                session.execute(
                    sqlite_insert(Device)
                    .values(id=values["device_id"], name="", last_seq=0)
                    .on_conflict_do_nothing(index_elements=["id"])
                )
            row = MODELS[record.kind](id=record.id, **values)
            session.add(row)
            session.flush()
            result.records_changed += 1
        elif record.kind in LWW_KINDS and stamp_wins(record.hlc, row.hlc):  # type: ignore[union-attr]
            for name, value in row_values(record).items():
                setattr(row, name, value)
            session.flush()
            result.records_changed += 1
        session.merge(SyncRecordMark(record_id=row.id, kind=record.kind, hlc=record.hlc or "-"))
    session.flush()


def _local_row(session: Session, record: SharedRecord) -> RecordRow | None:
    model = MODELS[record.kind]
    row = session.get(model, record.id)
    if row is not None:
        return row
    body = record.body.model_dump()
    if record.kind in NATURAL_KEYS:
        first, second = NATURAL_KEYS[record.kind]
        return session.scalar(
            select(model).where(getattr(model, first) == body[first], getattr(model, second) == body[second])
        )
    if record.kind == "confidence":
        return session.scalar(select(model).where(model.attempt_id == body["attempt_id"]))  # type: ignore[union-attr]
    return None


def _references_present(session: Session, record: SharedRecord) -> bool:
    """True when every learner, class, group and answer the record names is here (a plan's assignee
    need not be: a plan for a group this device never saw reaches nobody here, harmlessly)."""
    for ref_kind, ref_id in references(record):
        if record.kind == "plan":
            continue
        if session.get(_REFERENCED[ref_kind], ref_id) is None:
            return False
    return True
