"""Learner profiles: create, edit, delete (tombstone), PINs with throttling."""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import select

from app.services.avatars import avatar_ids, avatar_path
from app.services.clock import HybridLogicalClock
from app.services.dto import LearnerProfile, PinCheck
from app.services.errors import ValidationError
from app.services.pin import PinHash, hash_pin, pin_matches, wait_after_failures
from app.services.sync_roster import hidden_from_picker
from app.storage.database import Database
from app.storage.ids import uuid7
from app.storage.models import Learner
from app.storage.types import utc_now

LANGUAGES = ("en", "ar", "fr", "es")
TEXT_SIZES = ("normal", "large", "extra_large")
NAME_MAX = 40
EDITABLE_FIELDS = frozenset({"display_name", "avatar", "pin", "language", "text_size"})


def clean_display_name(name: str) -> str:
    """The name as stored: NFC, control characters removed, inner whitespace collapsed.

    Raises ValidationError ``empty_name`` or ``name_too_long``.
    """
    text = unicodedata.normalize("NFC", name)
    text = "".join(ch for ch in text if unicodedata.category(ch) not in ("Cc", "Cf") or ch in "\u200c\u200d")
    text = " ".join(text.split())
    if not text:
        raise ValidationError("empty_name", "Please type a name.")
    if len(text) > NAME_MAX:
        raise ValidationError("name_too_long", f"A name can have at most {NAME_MAX} characters.")
    return text


def _to_profile(row: Learner) -> LearnerProfile:
    return LearnerProfile(
        id=row.id,
        display_name=row.display_name,
        avatar=row.avatar,
        has_pin=row.pin_hash is not None,
        language=row.language,
        text_size=row.text_size,
        created_at=row.created_at,
    )


class LearnerService:
    """Use cases on learner profiles. Every method runs in its own transaction."""

    def __init__(
        self, db: Database, clock: HybridLogicalClock, now: Callable[[], datetime] = utc_now
    ) -> None:
        self._db = db
        self._clock = clock
        self._now = now

    # -- queries ---------------------------------------------------------------------------------

    def avatars(self) -> list[str]:
        """Avatar ids a learner can pick, in a stable order."""
        return avatar_ids()

    def avatar_file(self, avatar_id: str) -> str:
        """Path (text) of an avatar's SVG, for the UI to load."""
        self._check_avatar(avatar_id)
        return str(avatar_path(avatar_id))

    def list(self) -> list[LearnerProfile]:
        """Learners not deleted, alphabetically (case-insensitive), then by creation time.

        On a device enrolled with a class hub: its class roster and the learners made on it; other
        learners of the school that came by sync stay stored but are not listed (``sync_roster``).
        """
        with self._db.session() as session:
            hidden = hidden_from_picker(session)
            rows = session.scalars(select(Learner).where(Learner.deleted_at.is_(None))).all()
            rows = [r for r in rows if r.id not in hidden]
            ordered = sorted(rows, key=lambda r: (r.display_name.casefold(), r.created_at))
            return [_to_profile(r) for r in ordered]

    def get(self, learner_id: str) -> LearnerProfile:
        """One learner; ValidationError ``unknown_learner`` if missing or deleted."""
        with self._db.session() as session:
            return _to_profile(self._load(session, learner_id))

    # -- commands --------------------------------------------------------------------------------

    def create(
        self,
        display_name: str,
        avatar: str,
        pin: str | None = None,
        language: str = "en",
        text_size: str = "large",
    ) -> LearnerProfile:
        """Add a learner. Raises ValidationError on bad input (codes in the architecture doc)."""
        name = clean_display_name(display_name)
        self._check_avatar(avatar)
        self._check_language(language)
        self._check_text_size(text_size)
        hashed = hash_pin(pin) if pin is not None and pin != "" else None
        now = self._now()
        row = Learner(
            id=uuid7(),
            display_name=name,
            avatar=avatar,
            language=language,
            text_size=text_size,
            failed_pin_count=0,
            created_at=now,
            updated_at=now,
            hlc=self._clock.now(),
        )
        self._set_pin(row, hashed)
        with self._db.transaction() as session:
            session.add(row)
        return _to_profile(row)

    def update(self, learner_id: str, **fields: Any) -> LearnerProfile:
        """Change some of display_name, avatar, pin (None or "" removes it), language, text_size."""
        unknown = set(fields) - EDITABLE_FIELDS
        if unknown:
            raise ValidationError(
                "unknown_field", f"These fields cannot be changed: {', '.join(sorted(unknown))}."
            )
        changes: dict[str, Any] = {}
        if "display_name" in fields:
            changes["display_name"] = clean_display_name(fields["display_name"])
        if "avatar" in fields:
            self._check_avatar(fields["avatar"])
            changes["avatar"] = fields["avatar"]
        if "language" in fields:
            self._check_language(fields["language"])
            changes["language"] = fields["language"]
        if "text_size" in fields:
            self._check_text_size(fields["text_size"])
            changes["text_size"] = fields["text_size"]
        new_pin: PinHash | None = None
        if fields.get("pin"):
            new_pin = hash_pin(fields["pin"])
        with self._db.transaction() as session:
            row = self._load(session, learner_id)
            for key, value in changes.items():
                setattr(row, key, value)
            if "pin" in fields:
                self._set_pin(row, new_pin)
            self._stamp(row)
            return _to_profile(row)

    def delete(self, learner_id: str) -> None:
        """Mark the learner deleted (a tombstone that sync can carry); their events stay."""
        with self._db.transaction() as session:
            row = self._load(session, learner_id)
            self._set_pin(row, None)
            row.deleted_at = self._now()
            self._stamp(row)

    def verify_pin(self, learner_id: str, pin: str) -> PinCheck:
        """Check a PIN, applying the waiting schedule. A learner without a PIN always passes."""
        with self._db.transaction() as session:
            row = self._load(session, learner_id)
            if row.pin_hash is None or row.pin_salt is None or row.pin_params is None:
                return PinCheck(ok=True, wait_seconds=0.0, failures=0)
            now = self._now()
            if row.pin_locked_until is not None and row.pin_locked_until > now:
                remaining = (row.pin_locked_until - now).total_seconds()
                return PinCheck(ok=False, wait_seconds=remaining, failures=row.failed_pin_count)
            if pin_matches(pin, PinHash(row.pin_hash, row.pin_salt, row.pin_params)):
                row.failed_pin_count = 0
                row.pin_locked_until = None
                return PinCheck(ok=True, wait_seconds=0.0, failures=0)
            row.failed_pin_count += 1
            wait = wait_after_failures(row.failed_pin_count)
            row.pin_locked_until = now + timedelta(seconds=wait) if wait > 0 else None
            return PinCheck(ok=False, wait_seconds=wait, failures=row.failed_pin_count)

    # -- helpers ---------------------------------------------------------------------------------

    def _load(self, session: Any, learner_id: str) -> Learner:
        row = session.get(Learner, learner_id)
        if row is None or row.deleted_at is not None:
            raise ValidationError("unknown_learner", f"There is no learner with id {learner_id}.")
        return row

    def _stamp(self, row: Learner) -> None:
        # Never stamp below what is stored, even if this PC's clock was set back since.
        self._clock.observe(row.hlc)
        row.hlc = self._clock.now()
        row.updated_at = self._now()

    @staticmethod
    def _set_pin(row: Learner, hashed: PinHash | None) -> None:
        row.pin_hash = hashed.hash if hashed else None
        row.pin_salt = hashed.salt if hashed else None
        row.pin_params = hashed.params if hashed else None
        row.failed_pin_count = 0
        row.pin_locked_until = None

    @staticmethod
    def _check_avatar(avatar: str) -> None:
        if avatar not in avatar_ids():
            raise ValidationError("unknown_avatar", f"There is no avatar called {avatar!r}.")

    @staticmethod
    def _check_language(language: str) -> None:
        if language not in LANGUAGES:
            raise ValidationError("unknown_language", f"Language must be one of {', '.join(LANGUAGES)}.")

    @staticmethod
    def _check_text_size(text_size: str) -> None:
        if text_size not in TEXT_SIZES:
            raise ValidationError("unknown_text_size", f"Text size must be one of {', '.join(TEXT_SIZES)}.")
