"""The server's id: made once, kept in the settings table (so every worker answers the same)."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.storage.ids import uuid7
from app.storage.models import Setting
from app.sync.server.sql import insert_ignore

SERVER_ID_KEY = "sync.server_id"


def ensure_server_id(session: Session) -> str:
    """This server's id, created on first use (two workers starting at once agree on one)."""
    insert_ignore(session, Setting.__table__, [{"key": SERVER_ID_KEY, "value": uuid7()}])
    return session.execute(select(Setting.value).where(Setting.key == SERVER_ID_KEY)).scalar_one()
