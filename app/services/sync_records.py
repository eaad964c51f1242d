"""Rows <-> the JSON records of the sync protocol (docs/sync-protocol.md): events and learner profiles.

Datetimes travel as ISO 8601 text with a UTC offset; PIN material as base64 (it is a salted scrypt
hash, never the PIN). Incoming values are checked here, so a malformed record is refused with a
sentence before anything is written.
"""

from __future__ import annotations

import base64
import binascii
from collections.abc import Mapping
from datetime import UTC, datetime
from typing import Any

from app.storage.models import AttemptEvent, Learner


class RecordError(ValueError):
    """A record from the server or a bundle that is not what the protocol says."""


def _time_text(value: datetime | None) -> str | None:
    return None if value is None else value.astimezone(UTC).isoformat()


def _parse_time(value: Any, name: str, optional: bool = False) -> datetime | None:
    if value is None and optional:
        return None
    if isinstance(value, datetime):
        parsed = value
    else:
        try:
            parsed = datetime.fromisoformat(str(value))
        except ValueError as exc:
            raise RecordError(f"{name} is not a date and time") from exc
    if parsed.tzinfo is None:
        raise RecordError(f"{name} has no time zone")
    return parsed.astimezone(UTC)


def _b64(value: bytes | None) -> str | None:
    return None if value is None else base64.b64encode(value).decode("ascii")


def _unb64(value: Any, name: str) -> bytes | None:
    if value is None:
        return None
    try:
        return base64.b64decode(str(value), validate=True)
    except (binascii.Error, ValueError) as exc:
        raise RecordError(f"{name} is not base64") from exc


def event_record(row: AttemptEvent) -> dict[str, Any]:
    """The protocol record of one attempt event."""
    return {
        "id": row.id,
        "device_id": row.device_id,
        "device_seq": row.device_seq,
        "learner_id": row.learner_id,
        "pack_id": row.pack_id,
        "pack_version": row.pack_version,
        "item_id": row.item_id,
        "skill_ids": list(row.skill_ids),
        "response": row.response,
        "correct": bool(row.correct),
        "hints_used": row.hints_used,
        "duration_ms": row.duration_ms,
        "seed": row.seed,
        "client_time": _time_text(row.client_time),
    }


def event_values(record: Mapping[str, Any]) -> dict[str, Any]:
    """Column values for an AttemptEvent from a protocol record; raises RecordError."""
    try:
        values = {
            "id": str(record["id"]),
            "device_id": str(record["device_id"]),
            "device_seq": int(record["device_seq"]),
            "learner_id": str(record["learner_id"]),
            "pack_id": str(record["pack_id"]),
            "pack_version": str(record["pack_version"]),
            "item_id": str(record["item_id"]),
            "skill_ids": [str(s) for s in record["skill_ids"]],
            "response": str(record["response"]),
            "correct": bool(record["correct"]),
            "hints_used": int(record.get("hints_used") or 0),
            "duration_ms": int(record.get("duration_ms") or 0),
            "seed": int(record["seed"]),
            "client_time": _parse_time(record["client_time"], "client_time"),
        }
    except (KeyError, TypeError) as exc:
        raise RecordError(f"an event lacks {exc}") from exc
    if values["device_seq"] < 1:
        raise RecordError("an event has a device_seq below 1")
    return values


def learner_record(row: Learner) -> dict[str, Any]:
    """The protocol record of one learner profile (tombstones included)."""
    return {
        "id": row.id,
        "display_name": row.display_name,
        "avatar": row.avatar,
        "language": row.language,
        "text_size": row.text_size,
        "pin_hash": _b64(row.pin_hash),
        "pin_salt": _b64(row.pin_salt),
        "pin_params": row.pin_params,
        "created_at": _time_text(row.created_at),
        "updated_at": _time_text(row.updated_at),
        "deleted_at": _time_text(row.deleted_at),
        "hlc": row.hlc,
    }


def learner_values(record: Mapping[str, Any]) -> dict[str, Any]:
    """Column values for a Learner from a protocol record; raises RecordError."""
    try:
        created = _parse_time(record["created_at"], "created_at")
        values = {
            "id": str(record["id"]),
            "display_name": str(record["display_name"]),
            "avatar": str(record["avatar"]),
            "language": str(record.get("language") or "en"),
            "text_size": str(record.get("text_size") or "large"),
            "pin_hash": _unb64(record.get("pin_hash"), "pin_hash"),
            "pin_salt": _unb64(record.get("pin_salt"), "pin_salt"),
            "pin_params": record.get("pin_params"),
            "created_at": created,
            "updated_at": _parse_time(record.get("updated_at"), "updated_at", optional=True) or created,
            "deleted_at": _parse_time(record.get("deleted_at"), "deleted_at", optional=True),
            "hlc": str(record["hlc"]),
        }
    except (KeyError, TypeError) as exc:
        raise RecordError(f"a learner profile lacks {exc}") from exc
    if not values["hlc"]:
        raise RecordError("a learner profile has no clock stamp")
    return values
