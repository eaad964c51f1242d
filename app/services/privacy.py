"""Privacy: everything about one learner exported, a learner deleted, and what leaves this device.

Nothing leaves the device unless an adult enrolled it with a class hub (``services.sync``); then
learner profiles and their answers go to that hub. ``sharing()`` says so, and where.

Deleting a learner is the existing tombstone (``LearnerService.delete``: the profile is marked
deleted, the PIN removed, and the deletion syncs) plus tombstones on everything the adult side
holds about them: class and group memberships, plans assigned to them alone, and their goals.
Their answer events stay, as every event does (see docs/architecture.md, "Events are the truth").
"""

from __future__ import annotations

import csv
import io
import json
import os
import zipfile
from collections.abc import Callable, Iterable, Sequence
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.services.adult_dto import LearnerExport, SharedLearner, SharingView
from app.services.clock import HybridLogicalClock
from app.services.errors import ValidationError
from app.services.learners import LearnerService
from app.services.lww_rows import tombstone
from app.services.sync_state import load as load_sync_state
from app.storage.adult_models import (
    ClassMembership,
    ConfidenceRating,
    GroupMembership,
    LearnerClass,
    LearnerGoal,
    LearnerGroup,
    LearningPlan,
)
from app.storage.database import Database
from app.storage.models import AttemptEvent, Learner, SkillStateRow
from app.storage.types import utc_now

EXPORT_FORMAT = 1
# What a sync with a hub sends (stable codes for the UI): profiles, answer events, and the adult-side
# records that travel as SharedRecord (docs/sync-protocol.md): classes and groups, plans, goals, ratings.
SYNCED_KINDS = ("profiles", "answers", "classes", "plans", "goals", "confidence")

# Table name -> the columns exported, in order. The PIN's salted hash and its throttling state are
# credentials, not information about the learner, and are left out.
_PROFILE_FIELDS = ("id", "display_name", "avatar", "language", "text_size", "created_at", "updated_at")
_ATTEMPT_FIELDS = (
    "id", "client_time", "pack_id", "pack_version", "item_id", "skill_ids", "response", "correct",
    "hints_used", "duration_ms", "seed", "device_id", "device_seq",
)
_STATE_FIELDS = (
    "pack_id", "skill_id", "p_known", "attempts", "correct", "streak", "wrong_streak", "mastered",
    "mastered_at", "last_practised", "updated_at",
)
_GOAL_FIELDS = ("id", "text", "pack_id", "skill_ids", "due_date", "achieved_at", "created_at", "updated_at")
_CONFIDENCE_FIELDS = ("id", "attempt_id", "rating", "client_time")
_PLAN_FIELDS = ("id", "title", "pack_id", "targets", "assignee_kind", "due_date", "goal", "created_at")
_MEMBERSHIP_FIELDS = ("kind", "id", "name")


class PrivacyService:
    """Export, deletion and the sharing overview. Every method runs in its own transaction."""

    def __init__(
        self,
        db: Database,
        learners: LearnerService,
        clock: HybridLogicalClock,
        now: Callable[[], datetime] = utc_now,
    ) -> None:
        self._db = db
        self._learners = learners
        self._clock = clock
        self._now = now

    def export_data(self, learner_id: str) -> dict[str, Any]:
        """Everything stored about a learner, as JSON-ready data (one list per kind of record)."""
        with self._db.session() as session:
            learner = session.get(Learner, learner_id)
            if learner is None or learner.deleted_at is not None:
                raise ValidationError("unknown_learner", f"There is no learner with id {learner_id}.")
            profile = _record(learner, _PROFILE_FIELDS)
            profile["has_pin"] = learner.pin_hash is not None
            attempts = session.scalars(
                select(AttemptEvent)
                .where(AttemptEvent.learner_id == learner_id)
                .order_by(AttemptEvent.client_time, AttemptEvent.id)
            )
            states = session.scalars(
                select(SkillStateRow)
                .where(SkillStateRow.learner_id == learner_id)
                .order_by(SkillStateRow.pack_id, SkillStateRow.skill_id)
            )
            goals = session.scalars(
                select(LearnerGoal)
                .where(LearnerGoal.learner_id == learner_id, LearnerGoal.deleted_at.is_(None))
                .order_by(LearnerGoal.created_at, LearnerGoal.id)
            )
            ratings = session.scalars(
                select(ConfidenceRating)
                .where(ConfidenceRating.learner_id == learner_id)
                .order_by(ConfidenceRating.client_time, ConfidenceRating.id)
            )
            return {
                "format": EXPORT_FORMAT,
                "exported_at": _text(self._now()),
                "profile": profile,
                "attempts": [_record(r, _ATTEMPT_FIELDS) for r in attempts],
                "skill_states": [_record(r, _STATE_FIELDS) for r in states],
                "goals": [_record(r, _GOAL_FIELDS) for r in goals],
                "confidence": [_record(r, _CONFIDENCE_FIELDS) for r in ratings],
                "plans": [_record(r, _PLAN_FIELDS) for r in _own_plans(session, learner_id)],
                "memberships": _memberships(session, learner_id),
            }

    def export(self, learner_id: str, out: Path) -> LearnerExport:
        """Write the export: ``.json`` one JSON document; ``.zip`` that document as ``learner.json``
        plus one CSV per kind of record (for a spreadsheet). Written atomically.

        ValidationError ``bad_export_name`` for another file name, ``unknown_learner``.
        """
        out = Path(out)
        suffix = out.suffix.lower()
        if suffix not in (".json", ".zip"):
            raise ValidationError("bad_export_name", "The export file name must end in .json or .zip.")
        data = self.export_data(learner_id)
        document = json.dumps(data, ensure_ascii=False, indent=2).encode("utf-8")
        out.parent.mkdir(parents=True, exist_ok=True)
        temp = out.with_name(f".{out.name}.tmp")
        try:
            if suffix == ".json":
                temp.write_bytes(document)
            else:
                with zipfile.ZipFile(temp, "w", compression=zipfile.ZIP_DEFLATED) as archive:
                    archive.writestr("learner.json", document)
                    for name, rows in _csv_tables(data):
                        archive.writestr(f"{name}.csv", rows)
            os.replace(temp, out)
        finally:
            temp.unlink(missing_ok=True)
        counts = {key: len(value) for key, value in data.items() if isinstance(value, list)}
        return LearnerExport(path=out, counts=counts)

    def delete(self, learner_id: str) -> None:
        """Delete a learner: the profile's tombstone, then tombstones on their memberships, the plans
        assigned to them alone and their goals. Calling it again finishes an interrupted deletion."""
        with self._db.session() as session:
            row = session.get(Learner, learner_id)
            if row is None:
                raise ValidationError("unknown_learner", f"There is no learner with id {learner_id}.")
            already = row.deleted_at is not None
        if not already:
            self._learners.delete(learner_id)
        now = self._now()
        with self._db.transaction() as session:
            for model in (ClassMembership, GroupMembership, LearnerGoal):
                for item in session.scalars(
                    select(model).where(model.learner_id == learner_id, model.deleted_at.is_(None))
                ):
                    tombstone(item, self._clock, now)
            for plan in _own_plans(session, learner_id):
                tombstone(plan, self._clock, now)

    def sharing(self) -> SharingView:
        """Whether this device sends anything anywhere, what, and for which learners."""
        state = load_sync_state(self._db)
        with self._db.session() as session:
            rows = session.execute(
                select(Learner.id, Learner.display_name).where(Learner.deleted_at.is_(None))
            ).all()
        learners = tuple(
            SharedLearner(id=r.id, display_name=r.display_name, sent_to_hub=state.enrolled and r.id in state.learner_stamps)
            for r in sorted(rows, key=lambda r: (r.display_name.casefold(), r.id))
        )
        return SharingView(
            enrolled=state.enrolled,
            server_url=state.server_url if state.enrolled else "",
            school_name=state.school_name if state.enrolled else "",
            class_name=state.class_name if state.enrolled else "",
            last_success=state.last_success if state.enrolled else None,
            data_kinds=SYNCED_KINDS if state.enrolled else (),
            learners=learners,
        )


def _own_plans(session: Session, learner_id: str) -> list[LearningPlan]:
    return list(
        session.scalars(
            select(LearningPlan)
            .where(
                LearningPlan.assignee_kind == "learner",
                LearningPlan.assignee_id == learner_id,
                LearningPlan.deleted_at.is_(None),
            )
            .order_by(LearningPlan.created_at, LearningPlan.id)
        )
    )


def _memberships(session: Session, learner_id: str) -> list[dict[str, Any]]:
    classes = session.execute(
        select(LearnerClass.id, LearnerClass.name)
        .join(ClassMembership, ClassMembership.class_id == LearnerClass.id)
        .where(ClassMembership.learner_id == learner_id, ClassMembership.deleted_at.is_(None))
        .order_by(LearnerClass.name)
    ).all()
    groups = session.execute(
        select(LearnerGroup.id, LearnerGroup.name)
        .join(GroupMembership, GroupMembership.group_id == LearnerGroup.id)
        .where(GroupMembership.learner_id == learner_id, GroupMembership.deleted_at.is_(None))
        .order_by(LearnerGroup.name)
    ).all()
    return [{"kind": "class", "id": r.id, "name": r.name} for r in classes] + [
        {"kind": "group", "id": r.id, "name": r.name} for r in groups
    ]


def _text(value: Any) -> Any:
    """A JSON-ready value: dates and times as ISO 8601 text."""
    if isinstance(value, datetime | date):
        return value.isoformat()
    return value


def _record(row: object, fields: Sequence[str]) -> dict[str, Any]:
    return {name: _text(getattr(row, name)) for name in fields}


def _csv_tables(data: dict[str, Any]) -> Iterable[tuple[str, str]]:
    """(file stem, CSV text) for each kind of record in an export; lists and dicts as JSON text."""
    headers = {
        "profile": _PROFILE_FIELDS + ("has_pin",),
        "attempts": _ATTEMPT_FIELDS,
        "skill_states": _STATE_FIELDS,
        "goals": _GOAL_FIELDS,
        "confidence": _CONFIDENCE_FIELDS,
        "plans": _PLAN_FIELDS,
        "memberships": _MEMBERSHIP_FIELDS,
    }
    for name, header in headers.items():
        records = data[name] if isinstance(data[name], list) else [data[name]]
        buffer = io.StringIO()
        # A BOM so spreadsheet programs read the names (Arabic, accents) as UTF-8.
        buffer.write("\ufeff")
        writer = csv.writer(buffer, lineterminator="\r\n")
        writer.writerow(header)
        for record in records:
            writer.writerow([_cell(record.get(column)) for column in header])
        yield name, buffer.getvalue()


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, list | dict):
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, bool):
        return "1" if value else "0"
    text = str(value)
    # A typed answer like "=HYPERLINK(...)" would run as a formula when a parent opens the file in
    # a spreadsheet; a leading apostrophe keeps it text. Negative numbers stay numbers.
    if text[:1] in _FORMULA_STARTS and not _is_number(text):
        return "'" + text
    return text


_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def _is_number(text: str) -> bool:
    try:
        float(text)
    except ValueError:
        return False
    return True
