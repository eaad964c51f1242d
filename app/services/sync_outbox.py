"""The outbox: this device's events the server has not confirmed, read straight from the event table.

There is no buffer to fill or to grow: "waiting" means ``device_seq > stored_through``, where
``stored_through`` is the highest sequence the server said it holds (with every lower one). Batches
are read one at a time, so memory stays bounded however long the device was offline.

Adult-side records (classes, groups, memberships, plans, goals, ratings) likewise: one waits while
its stamp differs from the mark of what the server holds (``sync_record_marks``); a rating waits
until it has a mark. Reading them is keyset-paged in apply order, a bounded number of bytes at a time.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import Session

from app.storage.database import Database
from app.storage.models import AttemptEvent, Learner
from app.storage.sync_models import SyncRecordMark
from app.sync.protocol import MAX_RECORDS_PER_PUSH, RECORD_KINDS, SharedRecord
from app.sync.record_rows import KIND_ORDER, MODELS, sendable

BATCH_SIZE = 1000
# Records per push, in bytes of JSON: with 1,000 events and 1,000 profiles a push stays far below 4 MiB.
RECORD_BYTES = 1_000_000
# Where a keyset read of records stopped: (kind's apply position, hlc, id).
RecordPosition = tuple[int, str, str]


def waiting_count(session: Session, device_id: str, stored_through: int) -> int:
    """How many of this device's answers the server does not have yet."""
    return int(
        session.scalar(
            select(func.count())
            .select_from(AttemptEvent)
            .where(AttemptEvent.device_id == device_id, AttemptEvent.device_seq > stored_through)
        )
        or 0
    )


def read_batch(session: Session, device_id: str, after_seq: int, limit: int = BATCH_SIZE) -> list[AttemptEvent]:
    """The next ``limit`` events of this device after ``after_seq``, in sequence order."""
    return list(
        session.scalars(
            select(AttemptEvent)
            .where(AttemptEvent.device_id == device_id, AttemptEvent.device_seq > after_seq)
            .order_by(AttemptEvent.device_seq)
            .limit(limit)
        )
    )


def iter_batches(
    db: Database, device_id: str, after_seq: int, limit: int = BATCH_SIZE
) -> Iterator[list[AttemptEvent]]:
    """Batches of this device's events after ``after_seq`` until none are left, each read in its own
    short session (so a long push never holds the database)."""
    position = after_seq
    while True:
        with db.session() as session:
            batch = read_batch(session, device_id, position, limit)
            session.expunge_all()
        if not batch:
            return
        yield batch
        position = batch[-1].device_seq


def changed_learners(session: Session, known_stamps: dict[str, str]) -> list[Learner]:
    """Learners whose profile stamp differs from the one the server already has (new, edited or
    deleted here, including tombstones), oldest stamp first."""
    rows = session.scalars(select(Learner).order_by(Learner.hlc, Learner.id))
    return [row for row in rows if row.hlc and known_stamps.get(row.id) != row.hlc]


def changed_records(
    session: Session,
    device_id: str,
    answers_through: int,
    after: RecordPosition | None = None,
    budget: int = RECORD_BYTES,
) -> list[SharedRecord]:
    """Records changed here that the server does not hold, in apply order, after ``after``.

    At most ``MAX_RECORDS_PER_PUSH`` and about ``budget`` bytes. A rating of one of this device's
    answers waits until that answer is in the same push or confirmed (``answers_through``), so the
    server never meets a rating before its answer.
    """
    found: list[SharedRecord] = []
    used = 0
    for kind in RECORD_KINDS:
        if after is not None and KIND_ORDER[kind] < after[0]:
            continue
        start = after if after is not None and KIND_ORDER[kind] == after[0] else None
        for row in _waiting_rows(session, kind, device_id, answers_through, start, MAX_RECORDS_PER_PUSH - len(found)):
            record = sendable(row)  # type: ignore[arg-type]
            if record is None:
                continue
            size = len(record.model_dump_json())
            if found and used + size > budget:
                return found
            found.append(record)
            used += size
        if len(found) >= MAX_RECORDS_PER_PUSH:
            break
    return found


def record_position(record: SharedRecord) -> RecordPosition:
    """The keyset position just read (for ``changed_records(after=...)``)."""
    return (KIND_ORDER[record.kind], record.hlc, record.id)


def _waiting_rows(
    session: Session, kind: str, device_id: str, answers_through: int, start: RecordPosition | None, limit: int
) -> Sequence[object]:
    if limit <= 0:
        return []
    model = MODELS[kind]
    mark = SyncRecordMark
    query = select(model).outerjoin(mark, mark.record_id == model.id)
    if kind == "confidence":
        query = (
            query.join(AttemptEvent, AttemptEvent.id == model.attempt_id)  # type: ignore[union-attr]
            .where(
                mark.record_id.is_(None),
                or_(AttemptEvent.device_id != device_id, AttemptEvent.device_seq <= answers_through),
            )
            .order_by(model.id)
        )
        if start is not None:
            query = query.where(model.id > start[2])
    else:
        hlc = model.hlc  # type: ignore[union-attr]
        query = query.where(hlc != "", or_(mark.hlc.is_(None), mark.hlc != hlc)).order_by(hlc, model.id)
        if start is not None:
            query = query.where(or_(hlc > start[1], and_(hlc == start[1], model.id > start[2])))
    return session.scalars(query.limit(limit)).all()


def mark_held(session: Session, records: Sequence[SharedRecord]) -> None:
    """Note that the server holds these records (pushed and confirmed) at their stamps."""
    for record in records:
        session.merge(SyncRecordMark(record_id=record.id, kind=record.kind, hlc=record.hlc or "-"))


def waiting_records(session: Session, device_id: str, answers_through: int) -> int:
    """How many records wait to be sent (at most one push's worth, ``MAX_RECORDS_PER_PUSH``)."""
    return len(changed_records(session, device_id, answers_through, budget=2**62))

