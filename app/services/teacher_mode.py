"""Teacher mode: the adult password that guards the adult screens (packs today; progress and plans later).

The password is set on first use and stored as salted scrypt in the settings table, never readable.
Wrong passwords are throttled exactly like children's PINs (3 free tries, then 5 s, 10 s, 20 s … up
to 5 minutes), and the waiting state is stored too, so restarting the app does not reset it.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import os
import unicodedata
from collections.abc import Callable
from datetime import datetime, timedelta

from sqlalchemy.orm import Session

from app.services.dto import PinCheck
from app.services.errors import ValidationError
from app.services.pin import wait_after_failures
from app.storage.database import Database
from app.storage.models import Setting
from app.storage.types import utc_now

PASSWORD_MIN_CHARS = 6
PASSWORD_MAX_CHARS = 200
# Settings keys: the hash record, the count of wrong tries in a row, and when the next try is allowed.
KEY_PASSWORD = "teacher.password"
KEY_FAILURES = "teacher.failed_count"
KEY_LOCKED_UNTIL = "teacher.locked_until"

# Same cost as the PINs (16 MiB, ~50 ms on an old PC): slow for a guesser, quick for a person.
_N, _R, _P, _DKLEN = 2**14, 8, 1, 32
_MAXMEM = 64 * 1024 * 1024


def normalize_password(password: str) -> str:
    """The password as hashed: NFC (the same letters typed on another keyboard match), ends trimmed.

    Raises ValidationError ``password_too_short`` / ``password_too_long``.
    """
    text = unicodedata.normalize("NFC", password).strip()
    if len(text) < PASSWORD_MIN_CHARS:
        raise ValidationError(
            "password_too_short", f"The teacher password needs at least {PASSWORD_MIN_CHARS} characters."
        )
    if len(text) > PASSWORD_MAX_CHARS:
        raise ValidationError(
            "password_too_long", f"The teacher password can have at most {PASSWORD_MAX_CHARS} characters."
        )
    return text


def _derive(password: str, salt: bytes, n: int, r: int, p: int, dklen: int) -> bytes:
    return hashlib.scrypt(password.encode("utf-8"), salt=salt, n=n, r=r, p=p, dklen=dklen, maxmem=_MAXMEM)


def _hash_record(password: str) -> str:
    salt = os.urandom(16)
    digest = _derive(normalize_password(password), salt, _N, _R, _P, _DKLEN)
    return json.dumps(
        {
            "scheme": "scrypt",
            "n": _N,
            "r": _R,
            "p": _P,
            "dklen": _DKLEN,
            "salt": base64.b64encode(salt).decode("ascii"),
            "hash": base64.b64encode(digest).decode("ascii"),
        }
    )


def _matches(password: str, record: str) -> bool:
    stored = json.loads(record)
    if stored.get("scheme") != "scrypt":
        raise ValueError(f"unknown teacher password scheme {stored.get('scheme')!r}")
    try:
        candidate = normalize_password(password)
    except ValidationError:
        return False
    digest = _derive(
        candidate,
        base64.b64decode(stored["salt"]),
        int(stored["n"]),
        int(stored["r"]),
        int(stored["p"]),
        int(stored["dklen"]),
    )
    return hmac.compare_digest(digest, base64.b64decode(stored["hash"]))


class TeacherMode:
    """The adult password. Every method runs in its own transaction."""

    def __init__(self, db: Database, now: Callable[[], datetime] = utc_now) -> None:
        self._db = db
        self._now = now

    def is_set(self) -> bool:
        """True once a teacher password has been chosen on this computer."""
        with self._db.session() as session:
            return session.get(Setting, KEY_PASSWORD) is not None

    def set_password(self, old: str | None, new: str) -> None:
        """Choose the password (first use: ``old`` is ignored) or change it (``old`` must be right).

        Raises ValidationError ``password_too_short`` / ``password_too_long`` for a bad new password,
        ``wrong_password`` when ``old`` is wrong and ``password_wait`` while wrong tries are throttled.
        A wrong ``old`` counts as a wrong try.
        """
        record = _hash_record(new)  # validates before anything is checked or stored
        if self.is_set():
            check, checked = self._attempt(old or "")
            if not check.ok:
                if not checked:
                    raise ValidationError(
                        "password_wait", f"Too many wrong tries: wait {check.wait_seconds:.0f} seconds."
                    )
                raise ValidationError("wrong_password", "The current teacher password is not right.")
        with self._db.transaction() as session:
            session.merge(Setting(key=KEY_PASSWORD, value=record))
            self._store_failures(session, 0, None)

    def check(self, password: str) -> bool:
        """True when ``password`` is the teacher password (applies the waiting schedule, see ``verify``)."""
        return self.verify(password).ok

    def verify(self, password: str) -> PinCheck:
        """Check the password like a PIN: while a wait is running the password is not even checked.

        With no password set nothing can be opened yet: the answer is ``ok=False`` (set one first).
        """
        return self._attempt(password)[0]

    # -- helpers ---------------------------------------------------------------------------------

    def _attempt(self, password: str) -> tuple[PinCheck, bool]:
        """The check, and whether the password was compared at all (False while a wait runs)."""
        with self._db.transaction() as session:
            record = session.get(Setting, KEY_PASSWORD)
            if record is None:
                return PinCheck(ok=False, wait_seconds=0.0, failures=0), False
            failures, locked_until = self._load_failures(session)
            now = self._now()
            if locked_until is not None and locked_until > now:
                remaining = (locked_until - now).total_seconds()
                return PinCheck(ok=False, wait_seconds=remaining, failures=failures), False
            if _matches(password, record.value):
                self._store_failures(session, 0, None)
                return PinCheck(ok=True, wait_seconds=0.0, failures=0), True
            failures += 1
            wait = wait_after_failures(failures)
            self._store_failures(session, failures, now + timedelta(seconds=wait) if wait > 0 else None)
            return PinCheck(ok=False, wait_seconds=wait, failures=failures), True

    @staticmethod
    def _load_failures(session: Session) -> tuple[int, datetime | None]:
        count = session.get(Setting, KEY_FAILURES)
        until = session.get(Setting, KEY_LOCKED_UNTIL)
        failures = int(count.value) if count is not None and count.value.isdigit() else 0
        locked_until = datetime.fromisoformat(until.value) if until is not None and until.value else None
        return failures, locked_until

    @staticmethod
    def _store_failures(session: Session, failures: int, locked_until: datetime | None) -> None:
        session.merge(Setting(key=KEY_FAILURES, value=str(failures)))
        session.merge(Setting(key=KEY_LOCKED_UNTIL, value=locked_until.isoformat() if locked_until else ""))
