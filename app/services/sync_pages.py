"""The two halves of a sync as database steps, shared by the network and the USB bundle paths.

- ``next_push_batch`` reads the next push request straight from the tables (no outbox buffer).
- ``store_pull_page`` applies one pull page together with its cursor in ONE local transaction, and
  notes the learners whose states must be rebuilt, so a crash at any point loses nothing and a
  page pulled again changes nothing.
- ``rebuild_pending`` replays those learners' states and clears the note learner by learner.
"""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from app.services.clock import format_stamp
from app.services.errors import ValidationError
from app.services.sync_apply import ApplyResult, insert_events, merge_learners
from app.services.sync_outbox import BATCH_SIZE, changed_learners, read_batch
from app.services.sync_records import event_record, learner_record
from app.services.sync_state import read_state, write_fields
from app.storage.database import Database
from app.storage.models import Learner
from app.sync.protocol import MAX_LEARNERS_PER_PUSH, Event, LearnerProfile, PullResponse, PushRequest


def stamp_unstamped_learners(session: Session, device_id: str) -> None:
    """Give a clock stamp to learners made before profiles had one, so they can sync.

    The stamp is their creation time with counter 0: older than any real edit, so it never wins
    against one.
    """
    rows = session.scalars(select(Learner).where(Learner.hlc == "")).all()
    for row in rows:
        session.execute(
            update(Learner)
            .where(Learner.id == row.id)
            .values(hlc=format_stamp(int(row.created_at.timestamp() * 1000), 0, device_id))
        )


def next_push_batch(
    session: Session, device_id: str, after_seq: int, known_stamps: dict[str, str], limit: int = BATCH_SIZE
) -> PushRequest | None:
    """The next push request: changed profiles first (a learner must reach the server no later than
    its events), then this device's events after ``after_seq``; None when nothing is left."""
    learners = changed_learners(session, known_stamps)
    profiles = learners[:MAX_LEARNERS_PER_PUSH]
    # While more profiles wait than fit one batch, send profiles only: an event must never arrive
    # before its learner's profile.
    events = read_batch(session, device_id, after_seq, limit) if len(learners) <= MAX_LEARNERS_PER_PUSH else []
    if not profiles and not events:
        return None
    return PushRequest(
        device_id=device_id,
        events=[Event.model_validate(event_record(row)) for row in events],
        learners=[LearnerProfile.model_validate(learner_record(row)) for row in profiles],
    )


def store_pull_page(db: Database, page: PullResponse, *, keep_higher_cursor: bool = False) -> ApplyResult:
    """Apply a pull page and save its cursor in one transaction; returns what changed."""
    result = ApplyResult()
    with db.transaction() as session:
        merge_learners(session, [p.model_dump(mode="json") for p in page.learners], result)
        insert_events(session, [e.model_dump(mode="json") for e in page.events], result)
        state = read_state(session)
        cursor = max(state.cursor, page.cursor) if keep_higher_cursor else page.cursor
        write_fields(
            session,
            cursor=cursor,
            learner_stamps={**state.learner_stamps, **result.stamps},
            rebuild_pending=sorted(set(state.rebuild_pending) | result.affected_learners),
        )
    return result


def rebuild_pending(db: Database, rebuild: Callable[[str], int]) -> int:
    """Rebuild every learner noted by ``store_pull_page``; returns how many were rebuilt."""
    with db.session() as session:
        pending = read_state(session).rebuild_pending
    done = 0
    for learner_id in pending:
        try:
            rebuild(learner_id)
            done += 1
        except ValidationError:
            pass  # a learner this device does not hold: nothing to rebuild
        with db.transaction() as session:
            left = [other for other in read_state(session).rebuild_pending if other != learner_id]
            write_fields(session, rebuild_pending=left)
    return done
