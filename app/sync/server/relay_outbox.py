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

from pydantic import ValidationError
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.storage.models import AttemptEvent
from app.storage.sync_models import SyncChange, SyncDevice
from app.sync.protocol import MAX_BODY_BYTES, RelayRequest
from app.sync.server.pull import changes_payload

# Changes looked at per page: at most 500 events, 500 records and 1,000 profiles (each event's learner
# comes along), which stays within a push's limits and under the 4 MiB body limit.
RELAY_PAGE_CHANGES = 500
# Room left under the server's body limit for the HTTP framing and a margin.
MAX_RELAY_BYTES = MAX_BODY_BYTES - 64 * 1024


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
    """The school's changes after ``after`` whose source is not ``skip_source`` (the district's id).

    A page whose body would break a push's limits (records bring the classes and groups they name, a
    text field may be long) is read again with half as many changes, so the district never refuses a
    page for its size and the relay never sticks.
    """
    while True:
        changes = session.execute(
            select(SyncChange)
            .where(SyncChange.school_id == school_id, SyncChange.seq > after)
            .order_by(SyncChange.seq)
            .limit(limit)
        ).scalars().all()
        if not changes:
            return RelayPage(None, after, False)
        kept = [change for change in changes if change.device_id != skip_source]
        try:
            request = relay_request(session, relay_device_id, kept) if kept else None
            fits = request is None or len(request.model_dump_json()) <= MAX_RELAY_BYTES
        except ValidationError:
            if limit == 1:
                raise
            fits = False
        if fits or limit == 1:
            return RelayPage(request, changes[-1].seq, len(changes) == limit)
        limit = max(1, limit // 2)


def relay_request(session: Session, relay_device_id: str, changes: Sequence[SyncChange]) -> RelayRequest | None:
    """The relay body for these change rows, self-contained as a pull page is: their events, the current
    profile of every learner changed or named in them, and the teacher records (with what they name)."""
    events, learners, records = changes_payload(session, changes)
    if not events and not learners and not records:
        return None
    return RelayRequest(device_id=relay_device_id, events=events, learners=learners, records=records)


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
