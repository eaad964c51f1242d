"""Applying what a pull (or a reply bundle) brings into this device's database.

- Learner profiles merge last-writer-wins by their hybrid logical clock stamp: the higher stamp
  replaces every profile field (a tombstone is a profile whose ``deleted_at`` is set, so a deletion
  wins or loses exactly like an edit). Local PIN throttling state is never touched.
- Events are a union by id: an event already here is skipped, so applying the same page twice, or
  pages out of order, changes nothing the second time.
- The learners whose events arrived are reported (``affected_learners``) so the caller rebuilds their
  skill states from all their events: every device folds the same events the same way and ends with
  the same mastery.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from app.services.sync_records import event_values, learner_values
from app.storage.models import AttemptEvent, Device, Learner

# Profile fields a synced stamp replaces (never the local PIN throttle counters).
PROFILE_FIELDS = (
    "display_name",
    "avatar",
    "language",
    "text_size",
    "pin_hash",
    "pin_salt",
    "pin_params",
    "created_at",
    "updated_at",
    "deleted_at",
    "hlc",
)


class SyncDataError(Exception):
    """The server sent something this device cannot store (a protocol violation), with a sentence."""


@dataclass
class ApplyResult:
    """What one page changed."""

    events_added: int = 0
    events_known: int = 0
    learners_changed: list[str] = field(default_factory=list)
    affected_learners: set[str] = field(default_factory=set)
    # Learner id -> the stamp now stored, for the outbox's "already on the server" map.
    stamps: dict[str, str] = field(default_factory=dict)
    # Learners this page brought to the device for the first time (kept off the picker unless on the roster).
    learners_created: list[str] = field(default_factory=list)
    # Records (classes, groups, memberships, plans, goals, ratings) that changed a row here.
    records_changed: int = 0
    # Records naming a learner, class, group or answer this device does not have (a server fault:
    # pages are self-contained); left out rather than failing the whole page.
    records_skipped: int = 0


def stamp_wins(incoming: str, local: str) -> bool:
    """Last writer wins: the strictly higher HLC stamp (text order is stamp order)."""
    return incoming > local


def merge_learners(session: Session, learners: Iterable[Mapping[str, Any]], result: ApplyResult) -> None:
    """LWW-merge profiles into the learners table inside the caller's transaction."""
    for record in learners:
        values = learner_values(record)
        row = session.get(Learner, values["id"])
        if row is None:
            session.add(Learner(**values, failed_pin_count=0))
            result.learners_changed.append(values["id"])
            result.learners_created.append(values["id"])
        elif stamp_wins(values["hlc"], row.hlc or ""):
            pin_changed = (row.pin_hash, row.pin_salt) != (values["pin_hash"], values["pin_salt"])
            for name in PROFILE_FIELDS:
                setattr(row, name, values[name])
            if pin_changed:
                # A new PIN set elsewhere starts with a clean slate, as a local PIN change does.
                row.failed_pin_count = 0
                row.pin_locked_until = None
            result.learners_changed.append(values["id"])
        # What the server holds: if our stamp is higher, the outbox sees the difference and pushes ours.
        result.stamps[values["id"]] = values["hlc"]
    session.flush()


def insert_events(session: Session, events: Iterable[Mapping[str, Any]], result: ApplyResult) -> None:
    """Add the events not already here (by id) inside the caller's transaction."""
    rows = [event_values(record) for record in events]
    if not rows:
        return
    ids = [row["id"] for row in rows]
    known = set(session.scalars(select(AttemptEvent.id).where(AttemptEvent.id.in_(ids))))
    fresh: dict[str, dict[str, Any]] = {}
    for row in rows:
        if row["id"] in known or row["id"] in fresh:
            result.events_known += 1
        else:
            fresh[row["id"]] = row
    if not fresh:
        return
    learner_ids = {row["learner_id"] for row in fresh.values()}
    present = set(session.scalars(select(Learner.id).where(Learner.id.in_(learner_ids))))
    missing = learner_ids - present
    if missing:
        raise SyncDataError(
            f"The server sent answers of {len(missing)} learner(s) without their profiles; "
            "nothing from that batch was stored."
        )
    device_ids = {row["device_id"] for row in fresh.values()}
    session.execute(
        sqlite_insert(Device)
        .values([{"id": device_id, "name": "", "last_seq": 0} for device_id in sorted(device_ids)])
        .on_conflict_do_nothing(index_elements=["id"])
    )
    # A row already here under another id with the same (device, seq) would be a server bug; the
    # unique constraint refuses it rather than silently keeping one of two different answers.
    session.execute(sqlite_insert(AttemptEvent).on_conflict_do_nothing(index_elements=["id"]), list(fresh.values()))
    result.events_added += len(fresh)
    result.affected_learners.update(learner_ids)
