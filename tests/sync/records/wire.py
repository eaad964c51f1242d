"""Wire-format SharedRecord dicts for tests, as a device would push them."""

from __future__ import annotations

from typing import Any

from app.storage.ids import uuid7

STAMPED_AT = "2026-11-20T08:00:00+00:00"


def stamp(device_id: str, ms: int = 1_763_800_000_000, counter: int = 0) -> str:
    """An HLC stamp of ``device_id`` (text order is stamp order)."""
    return f"{ms:015d}-{counter:06d}-{device_id}"


def record(kind: str, hlc: str, body: dict[str, Any], record_id: str | None = None,
           deleted_at: str | None = None) -> dict[str, Any]:
    """One SharedRecord as JSON."""
    return {"kind": kind, "id": record_id or uuid7(), "hlc": hlc, "deleted_at": deleted_at, "body": body}


def times() -> dict[str, str]:
    return {"created_at": STAMPED_AT, "updated_at": STAMPED_AT}


def class_record(hlc: str, name: str = "5B", **options: Any) -> dict[str, Any]:
    return record("class", hlc, {"name": name, **times()}, **options)


def group_record(hlc: str, class_id: str, name: str = "Readers", **options: Any) -> dict[str, Any]:
    return record("group", hlc, {"class_id": class_id, "name": name, **times()}, **options)


def class_member(hlc: str, class_id: str, learner_id: str, **options: Any) -> dict[str, Any]:
    return record("class_member", hlc, {"class_id": class_id, "learner_id": learner_id, **times()}, **options)


def group_member(hlc: str, group_id: str, learner_id: str, **options: Any) -> dict[str, Any]:
    return record("group_member", hlc, {"group_id": group_id, "learner_id": learner_id, **times()}, **options)


def plan_record(hlc: str, assignee_kind: str, assignee_id: str, title: str = "Fractions by June",
                due_date: str | None = "2027-06-30", **options: Any) -> dict[str, Any]:
    body = {
        "title": title, "pack_id": "org.sabil.mini", "targets": [{"kind": "skill", "skill_id": "add"}],
        "assignee_kind": assignee_kind, "assignee_id": assignee_id, "due_date": due_date, "goal": "", **times(),
    }
    return record("plan", hlc, body, **options)


def goal_record(hlc: str, learner_id: str, text: str = "Master adding", **options: Any) -> dict[str, Any]:
    body = {"learner_id": learner_id, "text": text, "pack_id": None, "skill_ids": [], "due_date": None,
            "achieved_at": None, **times()}
    return record("goal", hlc, body, **options)


def rating_record(attempt_id: str, learner_id: str, device_id: str, rating: int = 3,
                  **options: Any) -> dict[str, Any]:
    body = {"attempt_id": attempt_id, "learner_id": learner_id, "rating": rating, "device_id": device_id,
            "client_time": STAMPED_AT, "created_at": STAMPED_AT}
    return record("confidence", "", body, **options)
