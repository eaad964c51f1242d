"""The two halves of a sync as database steps, shared by the network and the USB bundle paths.

- ``next_push_batch`` reads the next push request straight from the tables (no outbox buffer).
- ``store_pull_page`` applies one pull page (profiles, events, records, the roster) together with
  its cursor in ONE local transaction, and notes the learners whose states must be rebuilt, so a
  crash at any point loses nothing and a page pulled again changes nothing.
- ``rebuild_pending`` replays those learners' states and clears the note learner by learner.
"""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from app.services.clock import format_stamp
from app.services.errors import ValidationError
from app.services.sync_apply import ApplyResult, insert_events, merge_learners
from app.services.sync_outbox import BATCH_SIZE, RecordPosition, changed_learners, changed_records, read_batch
from app.services.sync_record_apply import apply_records
from app.services.sync_records import event_record, learner_record
from app.services.sync_roster import store_roster
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
    session: Session,
    device_id: str,
    after_seq: int,
    known_stamps: dict[str, str],
    limit: int = BATCH_SIZE,
    records_after: RecordPosition | None = None,
) -> PushRequest | None:
    """The next push request: changed profiles first (a learner must reach the server no later than
    its events and records), then this device's events after ``after_seq``, then changed records
    (classes, groups, memberships, plans, goals, ratings; after ``records_after`` when a caller that
    cannot mark them held, such as a USB export, pages through them); None when nothing is left."""
    learners = changed_learners(session, known_stamps)
    profiles = learners[:MAX_LEARNERS_PER_PUSH]
    # While more profiles wait than fit one batch, send profiles only: an event or a record must
    # never arrive before the profile of the learner it names.
    fits = len(learners) <= MAX_LEARNERS_PER_PUSH
    events = read_batch(session, device_id, after_seq, limit) if fits else []
    through = events[-1].device_seq if events else after_seq
    # Records once every answer is on its way: a rating then never waits on an answer still to be
    # read, and a keyset-paged export cannot step past one.
    records = changed_records(session, device_id, through, records_after) if fits and len(events) < limit else []
    if not profiles and not events and not records:
        return None
    return PushRequest(
        device_id=device_id,
        events=[Event.model_validate(event_record(row)) for row in events],
        learners=[LearnerProfile.model_validate(learner_record(row)) for row in profiles],
        records=records,
    )


def store_pull_page(db: Database, page: PullResponse, *, keep_higher_cursor: bool = False) -> ApplyResult:
    """Apply a pull page and save its cursor in one transaction; returns what changed."""
    result = ApplyResult()
    with db.transaction() as session:
        merge_learners(session, [p.model_dump(mode="json") for p in page.learners], result)
        insert_events(session, [e.model_dump(mode="json") for e in page.events], result)
        apply_records(session, page.records, result)
        state = read_state(session)
        store_roster(
            session, [entry.learner_id for entry in page.roster], result.learners_created, state.learner_stamps
        )
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
