"""Storing pushed adult-side records (classes, groups, memberships, plans, goals, ratings) on a server.

Each record kind but ``confidence`` is a last-writer-wins register: a received record replaces the
stored row iff its ``hlc`` is strictly greater (tombstones included); a confidence rating is stored
once and never changed. A record belongs to one school (``sync_record_scopes``): the school of the
device that first pushed it, or on a class hub the hub's school when the teacher made it there.
A record of another school, or one naming a learner, class, group or answer of another school, makes
the whole batch fail with 403 ``out_of_scope`` before commit, so nothing of it is stored.

``apply_records`` stores and returns the change-log entries; ``ingest_records`` also numbers them.
``ingest_push`` numbers them together with the batch's learners and events in one step.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from app.storage.models import AttemptEvent, Device, Learner
from app.storage.sync_models import SyncDevice, SyncLearnerScope, SyncRecordScope
from app.storage.types import utc_now
from app.sync.protocol import SharedRecord
from app.sync.record_rows import KIND_ORDER, LWW_KINDS, MODELS, NATURAL_KEYS, references, row_values
from app.sync.server.errors import SyncRefused
from app.sync.server.sql import insert_ignore


def ingest_records(session: Session, school_id: str, source_device_id: str, records: Sequence[SharedRecord]) -> int:
    """Store ``records`` pushed for ``school_id`` by ``source_device_id``; returns how many changed.

    Runs in the caller's transaction and numbers the changes into the school's change log (with
    ``device_id=source_device_id``, so that device does not pull its own records back) as its last
    step. Raises SyncRefused (403 ``out_of_scope``, 422 ``unknown_reference`` or ``invalid_request``)
    before anything is numbered; the caller then rolls back.
    """
    # Imported here: ingest imports this module for ingest_push.
    from app.sync.server.ingest import append_changes

    changes = apply_records(session, school_id, records)
    append_changes(session, school_id, source_device_id, changes)
    return len(changes)


def apply_records(session: Session, school_id: str, records: Sequence[SharedRecord]) -> list[tuple[str, str]]:
    """Check and store ``records`` for ``school_id`` without numbering them.

    Returns the change-log entries ``(kind, stored row id)`` of the records that changed a row, in
    apply order (classes, groups, memberships, plans, goals, ratings; by id within a kind).
    """
    if not records:
        return []
    if len({record.id for record in records}) != len(records):
        raise SyncRefused(422, "invalid_request", "A record appears twice in the batch.")
    local_school = _local_school(session)
    changed: list[tuple[str, str]] = []
    for record in sorted(records, key=lambda r: (KIND_ORDER[r.kind], r.id)):
        for ref_kind, ref_id in references(record):
            _check_reference(session, school_id, local_school, record, ref_kind, ref_id)
        row_id = _store(session, school_id, local_school, record)
        if row_id is not None:
            changed.append((record.kind, row_id))
    return changed


def _local_school(session: Session) -> str | None:
    """On a class hub, the school of the hub's own device (rows made on the hub belong to it)."""
    return session.execute(
        select(SyncDevice.school_id).where(SyncDevice.is_local.is_(True)).limit(1)
    ).scalar_one_or_none()


def _record_owner(session: Session, kind: str, record_id: str, local_school: str | None) -> str | None:
    """The school a stored record of ``kind`` belongs to; None when there is no such record here.

    A row without a scope was made on the hub itself and not numbered yet: it is the hub's.
    """
    scope = session.execute(
        select(SyncRecordScope.kind, SyncRecordScope.school_id).where(SyncRecordScope.record_id == record_id)
    ).one_or_none()
    if scope is not None:
        if scope.kind != kind:
            return None
        return scope.school_id
    exists = session.execute(select(MODELS[kind].id).where(MODELS[kind].id == record_id)).first() is not None
    return local_school if exists else None


def _learner_owner(session: Session, learner_id: str, local_school: str | None) -> str | None:
    school = session.execute(
        select(SyncLearnerScope.school_id).where(SyncLearnerScope.learner_id == learner_id)
    ).scalar_one_or_none()
    if school is not None:
        return school
    exists = session.execute(select(Learner.id).where(Learner.id == learner_id)).first() is not None
    return local_school if exists else None


def _check_reference(
    session: Session, school_id: str, local_school: str | None, record: SharedRecord, ref_kind: str, ref_id: str
) -> None:
    if ref_kind == "attempt":
        learner_id = session.execute(
            select(AttemptEvent.learner_id).where(AttemptEvent.id == ref_id)
        ).scalar_one_or_none()
        if learner_id is None:
            raise SyncRefused(
                422, "unknown_reference", f"Rating {record.id} is of answer {ref_id}, which is not on the server."
            )
        if learner_id != record.body.model_dump()["learner_id"]:
            raise SyncRefused(422, "invalid_request", f"Rating {record.id} names another learner than its answer.")
        return
    if ref_kind == "learner":
        owner = _learner_owner(session, ref_id, local_school)
    else:
        owner = _record_owner(session, ref_kind, ref_id, local_school)
    if owner is None:
        raise SyncRefused(
            422, "unknown_reference", f"The {record.kind} {record.id} names {ref_kind} {ref_id}, unknown here."
        )
    if owner != school_id:
        raise SyncRefused(403, "out_of_scope", f"The {ref_kind} {ref_id} belongs to another school.")


def _find_row(session: Session, record: SharedRecord) -> str | None:
    """The id of the stored row this record updates: the same id, or a membership of the same pair."""
    model = MODELS[record.kind]
    if session.execute(select(model.id).where(model.id == record.id)).first() is not None:
        return record.id
    body = record.body.model_dump()
    if record.kind in NATURAL_KEYS:
        first, second = NATURAL_KEYS[record.kind]
        return session.execute(
            select(model.id).where(getattr(model, first) == body[first], getattr(model, second) == body[second])
        ).scalar_one_or_none()
    if record.kind == "confidence":
        return session.execute(
            select(model.id).where(model.attempt_id == body["attempt_id"])  # type: ignore[union-attr]
        ).scalar_one_or_none()
    return None


def _store(session: Session, school_id: str, local_school: str | None, record: SharedRecord) -> str | None:
    """Insert or LWW-update the row; returns its id when it changed."""
    model = MODELS[record.kind]
    values = row_values(record)
    row_id = _find_row(session, record)
    if row_id is None:
        # Claim the id first: a record whose id another school holds is refused even if its row is gone.
        _claim(session, school_id, local_school, record.kind, record.id)
        if record.kind == "confidence":
            _known_device(session, values["device_id"])
        if _insert_if_absent(session, model, {"id": record.id, **values}):
            _mark_sequenced(session, record.id, record.hlc)
            return record.id
        # Another transaction inserted the same record (or pair) since we looked: merge into it.
        row_id = _find_row(session, record)
        if row_id is None:
            raise SyncRefused(409, "conflict", f"The {record.kind} {record.id} changed while it was stored; retry.")
    _claim(session, school_id, local_school, record.kind, row_id)
    if record.kind not in LWW_KINDS:
        return None  # a rating is immutable: the one stored first stays
    result = session.execute(
        update(model)
        .where(model.id == row_id, model.hlc < record.hlc)  # type: ignore[union-attr]
        .values(**values)
        .execution_options(synchronize_session=False)
    )
    if result.rowcount == 0:  # type: ignore[attr-defined]
        return None  # an equal stamp is the same write again; a lower one lost
    _mark_sequenced(session, row_id, record.hlc)
    return row_id


def _claim(session: Session, school_id: str, local_school: str | None, kind: str, record_id: str) -> None:
    """Give the record a school, or refuse it when it already has another (or another kind)."""
    scope = session.execute(
        select(SyncRecordScope.kind, SyncRecordScope.school_id).where(SyncRecordScope.record_id == record_id)
    ).one_or_none()
    if scope is None:
        exists = session.execute(select(MODELS[kind].id).where(MODELS[kind].id == record_id)).first() is not None
        owner = local_school if exists and local_school is not None else school_id
        insert_ignore(
            session,
            SyncRecordScope.__table__,
            [{"record_id": record_id, "kind": kind, "school_id": owner, "sequenced_hlc": ""}],
        )
        scope = session.execute(
            select(SyncRecordScope.kind, SyncRecordScope.school_id).where(SyncRecordScope.record_id == record_id)
        ).one()
    if scope.school_id != school_id:
        raise SyncRefused(403, "out_of_scope", f"Record {record_id} belongs to another school.")
    if scope.kind != kind:
        raise SyncRefused(422, "invalid_request", f"Record {record_id} is a {scope.kind}, not a {kind}.")


def _mark_sequenced(session: Session, record_id: str, hlc: str) -> None:
    # The change is numbered in this transaction: the hub's local-change pass must not number it again.
    session.execute(
        update(SyncRecordScope).where(SyncRecordScope.record_id == record_id).values(sequenced_hlc=hlc or "-")
    )


def _known_device(session: Session, device_id: str) -> None:
    # A rating names the device it was made on, which may never have pushed here itself (it was
    # relayed, or rated a pulled answer): a bare devices row lets the rating refer to it.
    insert_ignore(session, Device.__table__, [{"id": device_id, "name": "", "last_seq": 0, "created_at": utc_now()}])


def _insert_if_absent(session: Session, model: type[Any], values: dict[str, Any]) -> bool:
    """Insert one row unless any unique key (id, or a membership's pair, or a rating's answer) exists."""
    dialect = session.get_bind().dialect.name
    insert = postgresql.insert if dialect == "postgresql" else sqlite.insert
    statement = insert(model).values(**values).on_conflict_do_nothing().returning(model.id)
    return session.execute(statement).first() is not None
