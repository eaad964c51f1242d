"""Adult-side rows <-> ``SharedRecord`` (docs/sync-protocol.md, "SharedRecord").

One place says which table each record kind lives in and how a row's columns map onto the wire
body, so the server (ingest, pull) and the device (outbox, apply) cannot disagree about it.
"""

from __future__ import annotations

import logging
from typing import Any

from pydantic import ValidationError

from app.storage.adult_models import (
    ClassMembership,
    ConfidenceRating,
    GroupMembership,
    LearnerClass,
    LearnerGoal,
    LearnerGroup,
    LearningPlan,
)
from app.sync.protocol import RECORD_KINDS, SharedRecord

log = logging.getLogger(__name__)

RecordRow = LearnerClass | LearnerGroup | ClassMembership | GroupMembership | LearningPlan | LearnerGoal | ConfidenceRating

MODELS: dict[str, type[RecordRow]] = {
    "class": LearnerClass,
    "group": LearnerGroup,
    "class_member": ClassMembership,
    "group_member": GroupMembership,
    "plan": LearningPlan,
    "goal": LearnerGoal,
    "confidence": ConfidenceRating,
}

# Body fields per kind, which are also the row's column names (besides id, hlc and deleted_at).
_BODY_FIELDS: dict[str, tuple[str, ...]] = {
    "class": ("name", "created_at", "updated_at"),
    "group": ("class_id", "name", "created_at", "updated_at"),
    "class_member": ("class_id", "learner_id", "created_at", "updated_at"),
    "group_member": ("group_id", "learner_id", "created_at", "updated_at"),
    "plan": (
        "title", "pack_id", "targets", "assignee_kind", "assignee_id", "due_date", "goal", "created_at", "updated_at",
    ),
    "goal": (
        "learner_id", "text", "pack_id", "skill_ids", "due_date", "achieved_at", "created_at", "updated_at",
    ),
    "confidence": ("attempt_id", "learner_id", "rating", "device_id", "client_time", "created_at"),
}

# A membership is one register per pair: two devices that both add Amina to 5B offline made two
# rows with different ids for the same fact, and they must merge, not collide on the unique key.
NATURAL_KEYS: dict[str, tuple[str, str]] = {
    "class_member": ("class_id", "learner_id"),
    "group_member": ("group_id", "learner_id"),
}

# Apply order inside a batch or page: what a record names comes before it.
KIND_ORDER = {kind: position for position, kind in enumerate(RECORD_KINDS)}

# Registers merged by stamp; the other kind (confidence) is immutable.
LWW_KINDS = frozenset(RECORD_KINDS) - {"confidence"}


def kind_of(row: RecordRow) -> str:
    """The record kind of a row."""
    for kind, model in MODELS.items():
        if isinstance(row, model):
            return kind
    raise TypeError(f"{type(row).__name__} is not a synced record")


def record_of(row: RecordRow) -> SharedRecord:
    """The wire form of a stored row."""
    kind = kind_of(row)
    body: dict[str, Any] = {}
    for name in _BODY_FIELDS[kind]:
        value = getattr(row, name)
        if name == "targets":
            value = [{"kind": t.get("kind"), "skill_id": t.get("skill_id")} for t in value]
        elif name == "skill_ids":
            value = list(value)
        body[name] = value
    if isinstance(row, ConfidenceRating):
        envelope = {"hlc": "", "deleted_at": None}
    else:
        envelope = {"hlc": row.hlc, "deleted_at": row.deleted_at}
    return SharedRecord.model_validate({"kind": kind, "id": row.id, **envelope, "body": body})


def sendable(row: RecordRow) -> SharedRecord | None:
    """``record_of(row)``, or None (logged) for a row the wire format cannot carry.

    The services check what they store against tighter limits than the protocol's, so this is a
    guard: one odd row must not stop a device's whole sync, or a server's pull for every device.
    """
    try:
        return record_of(row)
    except ValidationError as exc:
        log.warning("%s %s cannot be synced and is left out: %s", kind_of(row), row.id, exc.errors()[0]["msg"])
        return None


def row_values(record: SharedRecord) -> dict[str, Any]:
    """Column values of ``record`` (without ``id``): what an insert writes and a winning stamp replaces."""
    body = record.body.model_dump()
    values: dict[str, Any] = {name: body[name] for name in _BODY_FIELDS[record.kind]}
    if record.kind == "plan":
        values["targets"] = [{"kind": t["kind"], "skill_id": t["skill_id"]} for t in body["targets"]]
    if record.kind in LWW_KINDS:
        values["hlc"] = record.hlc
        values["deleted_at"] = record.deleted_at
    return values


def references(record: SharedRecord) -> list[tuple[str, str]]:
    """What the record names, as (kind, id) with kind ``learner``, ``class``, ``group`` or ``attempt``."""
    body = record.body.model_dump()
    kind = record.kind
    if kind == "group":
        return [("class", body["class_id"])]
    if kind == "class_member":
        return [("class", body["class_id"]), ("learner", body["learner_id"])]
    if kind == "group_member":
        return [("group", body["group_id"]), ("learner", body["learner_id"])]
    if kind == "plan":
        return [(body["assignee_kind"], body["assignee_id"])]
    if kind == "goal":
        return [("learner", body["learner_id"])]
    if kind == "confidence":
        return [("learner", body["learner_id"]), ("attempt", body["attempt_id"])]
    return []
