"""The outbox: this device's events the server has not confirmed, read straight from the event table.

There is no buffer to fill or to grow: "waiting" means ``device_seq > stored_through``, where
``stored_through`` is the highest sequence the server said it holds (with every lower one). Batches
are read one at a time, so memory stays bounded however long the device was offline.
"""

from __future__ import annotations

from collections.abc import Iterator

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.storage.database import Database
from app.storage.models import AttemptEvent, Learner

BATCH_SIZE = 1000


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
