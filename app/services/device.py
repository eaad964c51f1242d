"""This device's identity and its gap-free event sequence.

Every event this device records gets ``device_seq = last_seq + 1``, allocated by an UPDATE in the
same transaction that inserts the event: if the transaction rolls back (or the process dies before
commit) the number is not used, so the stored sequence has neither gaps nor duplicates — which is
what sync relies on to resume ("everything up to N is stored").
"""

from __future__ import annotations

import platform

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from app.storage.database import Database
from app.storage.ids import uuid7
from app.storage.models import Device, Setting

DEVICE_ID_KEY = "device.id"


def ensure_device(db: Database) -> str:
    """This device's id, creating the device row on first start."""
    with db.transaction() as session:
        device_id = session.scalar(select(Setting.value).where(Setting.key == DEVICE_ID_KEY))
        if device_id is not None:
            return device_id
        device_id = uuid7()
        session.add(Device(id=device_id, name=platform.node()[:200], last_seq=0))
        session.add(Setting(key=DEVICE_ID_KEY, value=device_id))
        return device_id


def allocate_seq(session: Session, device_id: str) -> int:
    """Take the next sequence number for ``device_id`` inside the caller's open transaction."""
    seq = session.execute(
        update(Device)
        .where(Device.id == device_id)
        .values(last_seq=Device.last_seq + 1)
        .returning(Device.last_seq)
    ).scalar_one()
    return int(seq)
