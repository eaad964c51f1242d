"""What the sync service hands the UI and CLI: frozen dataclasses and one error type."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path


class SyncError(Exception):
    """A sync step that did not work. ``code`` for programs (``not_enrolled``, ``unreachable``,
    ``token_revoked``, ``bundle_tampered`` …), ``message`` an English sentence a person can act on,
    ``retryable`` whether trying again later may help."""

    def __init__(self, code: str, message: str, retryable: bool = False) -> None:
        super().__init__(message)
        self.code = code
        self.message = message
        self.retryable = retryable


@dataclass(frozen=True)
class EnrolmentInfo:
    """Where this device now belongs."""

    server_url: str
    server_id: str
    school_id: str
    school_name: str
    class_id: str
    class_name: str
    pinned_fingerprint: str


@dataclass(frozen=True)
class SyncReport:
    """What one sync did. ``pushed``: our answers newly confirmed by the server; ``pulled``: answers
    from other devices newly stored here."""

    pushed: int
    pulled: int
    learners_pushed: int
    learners_pulled: int
    rebuilt_learners: int
    stored_through: int
    cursor: int
    answers_waiting: int
    clock_offset_seconds: float
    duration_seconds: float
    # Packs whose learner-model parameters (fitted on the school's answers) arrived in this sync.
    models_received: tuple[str, ...] = ()
    # A class hub relays its school's answers to the district server above it: ``pushed`` then counts
    # every device's answers the district confirmed, and ``relayed_through`` is the hub's change
    # sequence relayed through (``stored_through`` stays the device-push position, unused on a hub).
    relaying: bool = False
    relayed_through: int = 0


@dataclass(frozen=True)
class SyncStatus:
    """How sync stands, for a status line. ``text`` is the English sentence (the CLI prints it; the
    UI builds its own translated sentence from the fields)."""

    enrolled: bool
    server_url: str
    school_name: str
    class_name: str
    last_success: datetime | None
    last_attempt: datetime | None
    answers_waiting: int
    last_error: str
    last_error_code: str
    clock_offset_seconds: float
    clock_wrong: bool
    running: bool
    text: str
    # True on a class hub enrolled with a district server: ``answers_waiting`` counts every answer of
    # the hub's school the district has not confirmed, and ``last_success`` is the last relay.
    relaying: bool = False
    relayed_through: int = 0


@dataclass(frozen=True)
class BundleImport:
    """What importing a bundle did: on a hub ``kind`` is ``push`` and ``reply_path`` is the bundle
    written back for the device; on a device ``kind`` is ``reply``."""

    kind: str
    device_id: str
    events_added: int
    learners_changed: int
    reply_path: Path | None
