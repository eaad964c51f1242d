"""On a class hub: storing a page pulled from the district server into the hub's own database.

What other hubs and devices of the same district school did (a learner who practised at another
site, a plan the district's teachers share) is stored through the server's own ingest functions, exactly as if a device had pushed it, and
appended to the hub's change log with the district's server id as its source: the hub's devices pull
it like any other change, and the relay skips it, so it never goes back up. Learners new to the hub
join the hub's own school and class. Runs inside the caller's transaction (which also saves the pull
cursor), so a page is stored whole or not at all, and a page stored twice changes nothing.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from app.storage.sync_models import SyncDevice, SyncLearnerScope
from app.sync.protocol import PullResponse
from app.sync.server.errors import SyncRefused
from app.sync.server.ingest import (
    append_changes,
    apply_profiles,
    check_learners_exist,
    claim_learners,
    insert_events,
    scopes_of,
)
from app.sync.server.records import apply_records
from app.sync.server.relay import ensure_device_rows, refuse_foreign_learners


@dataclass
class InboxResult:
    """What one pulled page changed on the hub."""

    events_added: int = 0
    learners_changed: list[str] = field(default_factory=list)
    # Learners whose events arrived: their skill states must be rebuilt.
    affected_learners: set[str] = field(default_factory=set)
    records_applied: int = 0


def store_upstream_page(session: Session, school_id: str, upstream_id: str, page: PullResponse) -> InboxResult:
    """Store ``page`` (pulled from the server ``upstream_id``) in the hub's school ``school_id``.

    Raises ``SyncRefused`` 403 ``out_of_scope`` when the page holds a learner of another school on this
    hub (nothing is stored), and 422 ``unknown_learner`` for an event whose learner is missing.
    """
    local = session.execute(
        select(SyncDevice).where(SyncDevice.is_local.is_(True), SyncDevice.school_id == school_id)
    ).scalar_one_or_none()
    if local is None:
        raise SyncRefused(403, "unknown_device", "This computer runs no class hub for that school.")
    learner_ids = sorted({event.learner_id for event in page.events} | {p.id for p in page.learners})
    scopes = scopes_of(session, learner_ids)
    refuse_foreign_learners(scopes.items(), school_id)
    unscoped = [learner_id for learner_id in learner_ids if learner_id not in scopes]

    ensure_device_rows(session, sorted({event.device_id for event in page.events}))
    applied = apply_profiles(session, sorted(page.learners, key=lambda p: p.id))
    check_learners_exist(
        session,
        {event.learner_id for event in page.events},
        "The district sent answers of learner {id} without a profile.",
    )
    claim_learners(session, unscoped, local)
    refuse_foreign_learners(scopes_of(session, learner_ids).items(), school_id)
    for profile in applied:
        # Noted as numbered, so the hub does not take the district's edit for one of its own.
        session.execute(
            update(SyncLearnerScope).where(SyncLearnerScope.learner_id == profile.id).values(sequenced_hlc=profile.hlc)
        )
    inserted = insert_events(session, page.events)
    records = apply_records(session, school_id, page.records)
    changes = [("learner", p.id) for p in applied] + [("event", event_id) for event_id in inserted] + records
    append_changes(session, school_id, upstream_id, changes)
    inserted_ids = set(inserted)
    return InboxResult(
        events_added=len(inserted),
        learners_changed=[p.id for p in applied],
        affected_learners={event.learner_id for event in page.events if event.id in inserted_ids},
        records_applied=len(records),
    )

