"""The device's class roster from the hub, and which learners the picker shows on an enrolled device.

Every pull page carries the roster (the learners of the device's class). It is kept in the
settings store under the sync client's prefix, with the learners that first arrived by sync, so
leaving the hub (which forgets every sync setting) brings back the unfiltered picker. On an
enrolled device that has pulled once, the picker shows the roster plus learners made on this
device; other learners of the school stay stored (their answers count in reports) but off the picker.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.services.sync_state import PREFIX
from app.storage.models import Setting

ROSTER_KEY = PREFIX + "roster"
ARRIVED_KEY = PREFIX + "arrived_learners"


def _read(session: Session, key: str) -> list[str] | None:
    text = session.scalar(select(Setting.value).where(Setting.key == key))
    return None if text is None else [str(item) for item in json.loads(text or "[]")]


def _write(session: Session, key: str, ids: Iterable[str]) -> None:
    text = json.dumps(sorted(set(ids)))
    row = session.get(Setting, key)
    if row is None:
        session.add(Setting(key=key, value=text))
    elif row.value != text:
        row.value = text


def store_roster(session: Session, roster: Sequence[str], arrived: Sequence[str], known: Iterable[str]) -> None:
    """Keep the pulled roster (it comes whole on every page) and add ``arrived`` to the learners
    that first came to this device by sync, inside the caller's transaction.

    ``known`` are the learners the server already holds (``learner_stamps``). The first time a roster
    is stored, those of them not on it are counted as arrived by sync: a device that synced before
    rosters were kept pulled them without noting it, and every learner it pushed itself is on its
    class roster (a learner joins the class of the first device that pushes it).
    """
    previous = _read(session, ARRIVED_KEY)
    if previous is None:
        previous = sorted(set(known) - set(roster))
        _write(session, ARRIVED_KEY, [*previous, *arrived])
    elif arrived:
        _write(session, ARRIVED_KEY, [*previous, *arrived])
    _write(session, ROSTER_KEY, roster)


def roster(session: Session) -> list[str] | None:
    """The stored roster, or None when this device has not pulled one (not enrolled)."""
    return _read(session, ROSTER_KEY)


def hidden_from_picker(session: Session) -> set[str]:
    """Learners the picker leaves out: those that came by sync and are not on the device's roster."""
    class_roster = roster(session)
    if class_roster is None:
        return set()
    return set(_read(session, ARRIVED_KEY) or []) - set(class_roster)
