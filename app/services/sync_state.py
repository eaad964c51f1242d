"""What this device remembers about sync, kept in the ``settings`` table (one row per key).

Nothing here grows with the number of events: the outbox is a query (``device_seq >
stored_through``), the pull position is one cursor, and the learners map has one entry per learner.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from app.storage.database import Database
from app.storage.models import Setting
from app.storage.sync_models import SyncRecordMark

# "sync.client." keeps clear of the server's own "sync.*" settings when a hub is also a client upstream.
PREFIX = "sync.client."


@dataclass
class SyncState:
    """The sync settings of this data directory (all optional until the device enrols)."""

    server_url: str = ""
    token: str = ""
    school_id: str = ""
    class_id: str = ""
    server_id: str = ""
    school_name: str = ""
    class_name: str = ""
    # Pinned TLS certificate of the server (PEM) and its fingerprint from the enrolment code.
    fingerprint: str = ""
    certificate_pem: str = ""
    # Highest device_seq of ours the server confirmed stored (all of 1..n).
    stored_through: int = 0
    # The server's change cursor we have pulled up to.
    cursor: int = 0
    # On a class hub with a district server above it: the hub's own change sequence relayed through
    # (every change of its school up to it is confirmed by the district or came from it).
    relayed_through: int = 0
    # Learner id -> the HLC stamp the server already has (pushed or pulled), so only changes go up.
    learner_stamps: dict[str, str] = field(default_factory=dict)
    # Learners whose events arrived but whose skill states are not rebuilt yet (survives a crash).
    rebuild_pending: list[str] = field(default_factory=list)
    last_success: datetime | None = None
    last_attempt: datetime | None = None
    last_error: str = ""
    last_error_code: str = ""
    # Server time minus our time at the last contact, in seconds.
    clock_offset: float = 0.0
    last_pushed: int = 0
    last_pulled: int = 0

    @property
    def enrolled(self) -> bool:
        """True once a token from a server is stored."""
        return bool(self.server_url and self.token)


_FIELDS = {
    "server_url": str,
    "token": str,
    "school_id": str,
    "class_id": str,
    "server_id": str,
    "school_name": str,
    "class_name": str,
    "fingerprint": str,
    "certificate_pem": str,
    "stored_through": int,
    "cursor": int,
    "relayed_through": int,
    "learner_stamps": dict,
    "rebuild_pending": list,
    "last_success": datetime,
    "last_attempt": datetime,
    "last_error": str,
    "last_error_code": str,
    "clock_offset": float,
    "last_pushed": int,
    "last_pulled": int,
}


def _encode(kind: type, value: Any) -> str:
    if kind in (dict, list):
        return json.dumps(value, sort_keys=True)
    if kind is datetime:
        return value.isoformat() if value is not None else ""
    return str(value)


def _decode(kind: type, text: str) -> Any:
    if kind in (dict, list):
        return json.loads(text) if text else kind()
    if kind is datetime:
        return datetime.fromisoformat(text) if text else None
    if kind is int:
        return int(text or 0)
    if kind is float:
        return float(text or 0.0)
    return text


def read_state(session: Session) -> SyncState:
    """The stored sync state (defaults for what was never written)."""
    rows = session.execute(select(Setting.key, Setting.value).where(Setting.key.startswith(PREFIX))).all()
    stored = {key[len(PREFIX):]: value for key, value in rows}
    values = {name: _decode(kind, stored[name]) for name, kind in _FIELDS.items() if name in stored}
    return SyncState(**values)


def write_fields(session: Session, **values: Any) -> None:
    """Store some fields inside the caller's transaction."""
    for name, value in values.items():
        kind = _FIELDS[name]
        key = PREFIX + name
        row = session.get(Setting, key)
        text = _encode(kind, value)
        if row is None:
            session.add(Setting(key=key, value=text))
        else:
            row.value = text


def forget_enrolment(session: Session) -> None:
    """Remove every sync setting (leaving a server, or enrolling with another one)."""
    session.execute(delete(Setting).where(Setting.key.startswith(PREFIX)))
    # What the old server held says nothing about the new one: every record goes up again.
    session.execute(delete(SyncRecordMark))


def load(db: Database) -> SyncState:
    """The stored sync state, in its own short session."""
    with db.session() as session:
        return read_state(session)


def save(db: Database, **values: Any) -> None:
    """Store some fields in their own transaction."""
    with db.transaction() as session:
        write_fields(session, **values)
