"""Test helpers: a server with a school and class, enrolled devices, and wire-format events."""

from __future__ import annotations

import base64
import uuid
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from fastapi import FastAPI
from fastapi.testclient import TestClient
from sqlalchemy import Engine, func, select
from sqlalchemy.orm import Session

from app.storage.ids import uuid7
from app.storage.models import AttemptEvent
from app.storage.sync_models import SyncChange
from app.sync.enrolment import create_enrolment_code, ensure_school_and_class
from app.sync.server.app import create_app

BASE_TIME = datetime(2026, 11, 20, 8, 0, tzinfo=UTC)


def public_key_b64() -> str:
    """A fresh Ed25519 public key as the enrolment request carries it."""
    raw = Ed25519PrivateKey.generate().public_key().public_bytes(
        serialization.Encoding.Raw, serialization.PublicFormat.Raw
    )
    return base64.b64encode(raw).decode()


def new_code(engine: Engine, school: str, klass: str, **options: Any) -> str:
    """An enrolment code for (school, class), made the way ``sabil hub init`` makes it."""
    with Session(engine) as session, session.begin():
        ref = ensure_school_and_class(session, school, klass)
        return create_enrolment_code(session, ref, **options)


@dataclass
class Device:
    """An enrolled device as a test drives it: its id, token and next sequence number."""

    client: TestClient
    device_id: str
    token: str
    school_id: str
    class_id: str
    next_seq: int = 1
    learners: dict[str, dict[str, Any]] = field(default_factory=dict)

    @property
    def auth(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.token}"}

    def profile(self, name: str = "Amina", hlc_ms: int = 1_763_800_000_000, learner_id: str | None = None,
                **fields: Any) -> dict[str, Any]:
        """A learner profile (remembered so ``events`` can refer to it)."""
        learner_id = learner_id or str(uuid.UUID(int=uuid.uuid4().int))
        profile = {
            "id": learner_id, "display_name": name, "avatar": "owl", "language": "en", "text_size": "large",
            "pin_hash": None, "pin_salt": None, "pin_params": None,
            "created_at": BASE_TIME.isoformat(), "updated_at": BASE_TIME.isoformat(), "deleted_at": None,
            "hlc": f"{hlc_ms:015d}-000000-{self.device_id}",
        }
        profile.update(fields)
        self.learners[learner_id] = profile
        return profile

    def events(self, learner_id: str, count: int, *, start: int | None = None) -> list[dict[str, Any]]:
        """``count`` events of this device for ``learner_id``, numbered from ``start`` (or the next seq)."""
        first = self.next_seq if start is None else start
        out = []
        for seq in range(first, first + count):
            out.append({
                "id": uuid7(), "device_id": self.device_id, "device_seq": seq, "learner_id": learner_id,
                "pack_id": "numbers", "pack_version": "1.0.0", "item_id": f"item-{seq % 17}",
                "skill_ids": ["add"], "response": str(seq), "correct": seq % 3 != 0, "hints_used": 0,
                "duration_ms": 4000, "seed": 2**40 + seq,
                "client_time": (BASE_TIME + timedelta(seconds=seq)).isoformat(),
            })
        self.next_seq = max(self.next_seq, first + count)
        return out

    def push(self, events: list[dict[str, Any]], learners: list[dict[str, Any]] | None = None) -> Any:
        body = {"device_id": self.device_id, "events": events, "learners": learners or []}
        return self.client.post("/v1/push", json=body, headers=self.auth)

    def pull(self, cursor: int = 0, limit: int = 500) -> Any:
        return self.client.get(f"/v1/pull?cursor={cursor}&limit={limit}", headers=self.auth)

    def pull_all(self, cursor: int = 0, limit: int = 500) -> tuple[list[dict[str, Any]], list[dict[str, Any]], int]:
        """Every event and profile after ``cursor``, following ``more``; and the final cursor."""
        events: list[dict[str, Any]] = []
        learners: list[dict[str, Any]] = []
        while True:
            page = self.pull(cursor, limit)
            assert page.status_code == 200, page.text
            body = page.json()
            assert body["cursor"] >= cursor
            events += body["events"]
            learners += body["learners"]
            cursor = body["cursor"]
            if not body["more"]:
                return events, learners, cursor


def enrol(client: TestClient, code: str, device_id: str | None = None, name: str = "Lab PC") -> Device:
    """Enrol a new device with ``code`` through the HTTP endpoint."""
    device_id = device_id or uuid7()
    answer = client.post("/v1/enroll", json={"code": code, "device_id": device_id, "device_name": name,
                                             "device_public_key": public_key_b64()})
    assert answer.status_code == 200, answer.text
    body = answer.json()
    return Device(client, device_id, body["token"], body["school_id"], body["class_id"])


@dataclass
class Hub:
    """A server over a test database with school A (class 1) and school B (class 1) set up."""

    app: FastAPI
    engine: Engine
    client: TestClient
    code_a: str
    code_b: str

    def device(self, school: str = "A", name: str = "Lab PC") -> Device:
        return enrol(self.client, self.code_a if school == "A" else self.code_b, name=name)

    def count(self, model: Any, *where: Any) -> int:
        with Session(self.engine) as session:
            return int(session.scalar(select(func.count()).select_from(model).where(*where)) or 0)

    def event_count(self) -> int:
        return self.count(AttemptEvent)

    def change_count(self) -> int:
        return self.count(SyncChange)


def make_hub(url: str) -> Hub:
    """A migrated server over ``url`` with two schools and a code for each."""
    app = create_app(url)
    engine: Engine = app.state.engine
    return Hub(app, engine, TestClient(app), new_code(engine, "School A", "Class 1"),
               new_code(engine, "School B", "Class 1"))
