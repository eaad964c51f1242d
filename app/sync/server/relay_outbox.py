"""On a class hub: what goes up to the district server next, read from the hub's own change log.

The hub's change log (``sync_changes`` of its school) already holds, in commit order, every event and
profile change its devices pushed and (once ``sequence_local_changes`` has numbered them) what the
teacher's own Sabil recorded. Relaying is walking that log after a cursor the hub keeps, skipping the
changes that came down FROM the district (their source is the district's server id), so nothing
echoes back up. Nothing is buffered: a page is read from the tables when it is sent.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.storage.models import AttemptEvent, Learner
from app.storage.sync_models import SyncChange, SyncDevice
from app.sync.protocol import RelayRequest
from app.sync.server.pull import wire_event, wire_profile

# Changes looked at per page: at most 500 events and 1,000 profiles (each event's learner comes along),
# which stays under the 4 MiB body limit even with every text field at its longest.
RELAY_PAGE_CHANGES = 500


@dataclass(frozen=True)
class RelayPage:
    """One page to relay. ``request`` is None when every change looked at came from the district;
    ``through`` is the last change sequence the page covers (the cursor to keep once it is stored)."""

    request: RelayRequest | None
    through: int
    more: bool


def read_relay_page(
    session: Session,
    school_id: str,
    relay_device_id: str,
    after: int,
    skip_source: str,
    limit: int = RELAY_PAGE_CHANGES,
) -> RelayPage:
    """The school's changes after ``after`` whose source is not ``skip_source`` (the district's id)."""
    changes = session.execute(
        select(SyncChange)
        .where(SyncChange.school_id == school_id, SyncChange.seq > after)
        .order_by(SyncChange.seq)
        .limit(limit)
    ).scalars().all()
    if not changes:
        return RelayPage(None, after, False)
    kept = [change for change in changes if change.device_id != skip_source]
    through, more = changes[-1].seq, len(changes) == limit
    request = relay_request(session, relay_device_id, kept) if kept else None
    return RelayPage(request, through, more)


def relay_request(session: Session, relay_device_id: str, changes: Sequence[SyncChange]) -> RelayRequest | None:
    """The relay body for these change rows: their events, and the current profile of every learner
    changed or answering in them (a learner must arrive no later than its events)."""
    event_ids = [change.ref_id for change in changes if change.kind == "event"]
    rows = {
        row.id: row for row in session.execute(select(AttemptEvent).where(AttemptEvent.id.in_(event_ids))).scalars()
    } if event_ids else {}
    events = [rows[event_id] for event_id in event_ids if event_id in rows]
    learner_ids = {change.ref_id for change in changes if change.kind == "learner"} | {e.learner_id for e in events}
    learners = session.execute(
        select(Learner).where(Learner.id.in_(sorted(learner_ids))).order_by(Learner.id)
    ).scalars().all() if learner_ids else []
    if not events and not learners:
        return None
    return RelayRequest(
        device_id=relay_device_id,
        events=[wire_event(row) for row in events],
        learners=[wire_profile(row) for row in learners],
    )


def waiting_to_relay(session: Session, school_id: str, local_device_id: str, after: int, skip_source: str) -> int:
    """Answers not yet relayed: event changes after ``after`` not from the district, plus the hub's own
    answers not numbered into the log yet."""
    logged = session.scalar(
        select(func.count())
        .select_from(SyncChange)
        .where(
            SyncChange.school_id == school_id,
            SyncChange.seq > after,
            SyncChange.kind == "event",
            SyncChange.device_id != skip_source,
        )
    ) or 0
    local = session.get(SyncDevice, local_device_id)
    unnumbered = 0
    if local is not None and local.is_local and local.school_id == school_id:
        unnumbered = session.scalar(
            select(func.count())
            .select_from(AttemptEvent)
            .where(AttemptEvent.device_id == local_device_id, AttemptEvent.device_seq > local.sequenced_through)
        ) or 0
    return int(logged) + int(unnumbered)
