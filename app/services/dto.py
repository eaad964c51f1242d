"""Plain frozen data the services hand to the UI and CLI (no ORM objects leak out)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path


@dataclass(frozen=True)
class LearnerProfile:
    """A learner as the UI shows them. ``text_size``: normal | large | extra_large."""

    id: str
    display_name: str
    avatar: str
    has_pin: bool
    language: str
    text_size: str
    created_at: datetime


@dataclass(frozen=True)
class PinCheck:
    """The outcome of a PIN attempt; while ``wait_seconds > 0`` the PIN was not even checked."""

    ok: bool
    wait_seconds: float
    failures: int


@dataclass(frozen=True)
class PackSummary:
    """An installed pack.

    ``verified``: signed by a trusted publisher key, or bundled with the app (trusted as part of it).
    ``source``: ``"bundled"`` or ``"file"``. ``size_bytes``: pack.json plus every media file.
    """

    id: str
    version: str
    title: dict[str, str]
    language: str
    skills: int
    items: int
    description: dict[str, str] = field(default_factory=dict)
    verified: bool = False
    publisher: str | None = None
    source: str = "file"
    size_bytes: int = 0


@dataclass(frozen=True)
class PackFileInfo:
    """A quick look at a ``.sabilpack`` file (no media hashing, no template rendering).

    ``trust``: ``trusted`` | ``unknown_key`` | ``unsigned`` | ``bad_signature`` | ``invalid``; for the
    last two ``problem`` is a human sentence saying what is wrong. ``installed_version`` is the
    version of the same pack id installed now (None if none); ``update_available`` when the file's
    version is newer than it.
    """

    path: Path
    id: str
    version: str
    title: dict[str, str]
    description: dict[str, str]
    language: str
    size_bytes: int
    skills: int
    items: int
    publisher: str | None
    trust: str
    problem: str | None
    installed_version: str | None
    update_available: bool
    key_id: str | None = None


@dataclass(frozen=True)
class TrustedKey:
    """A publisher key the app trusts; ``shipped`` when it comes with the app (cannot be removed)."""

    key_id: str
    publisher: str
    shipped: bool


@dataclass(frozen=True)
class SkillView:
    """One skill on a learner's map. ``status``: mastered | in_progress | ready | locked."""

    skill_id: str
    title: dict[str, str]
    status: str
    p_known: float
    attempts: int
    prerequisites: tuple[str, ...]
    pack_id: str


@dataclass(frozen=True)
class SuggestionView:
    """A suggested next step with its reason code (from app.engine.policy) and arguments."""

    skill_id: str
    title: dict[str, str]
    kind: str
    reason: str
    reason_args: dict[str, str]
    predicted_correct: float


@dataclass(frozen=True)
class PresentedItem:
    """An item ready to show: rendered prompt/choices (with ``$…$`` LaTeX)."""

    session_id: str
    item_id: str
    skill_id: str
    skill_title: dict[str, str]
    type: str
    prompt: str
    choices: tuple[str, ...]
    hint_count: int
    hints_shown: int
    reason: str
    reason_args: dict[str, str]
    position: int
    # Absolute paths of the media files the item shows (images, audio), in the item's order.
    media: tuple[str, ...] = ()
    # The pack's names of those files, one per path in ``media``: a choice whose text is one of these
    # names is a picture choice (docs/pack-format.md, "Pictures and sound").
    media_names: tuple[str, ...] = ()


@dataclass(frozen=True)
class Feedback:
    """What happened to an answer. For ``unreadable`` nothing was recorded (``event_id`` is None)."""

    status: str
    reason: str
    correct_answer: str
    solution: str
    event_id: str | None
    skill_id: str
    p_known_before: float
    p_known_after: float
    mastered_now: bool
    # Choice items: the right choices as indices into the choices as shown, so the answer can be
    # marked on the buttons themselves instead of repeated below them.
    correct_choices: tuple[int, ...] = ()


@dataclass(frozen=True)
class SkillProgress:
    """How one skill moved during a session."""

    skill_id: str
    title: dict[str, str]
    p_known_before: float
    p_known_after: float
    attempts: int
    correct: int


@dataclass(frozen=True)
class SessionSummary:
    """The end-of-session report."""

    session_id: str
    learner_id: str
    answered: int
    correct: int
    hints_used: int
    duration_seconds: float
    skills: tuple[SkillProgress, ...] = field(default_factory=tuple)
    newly_mastered: tuple[str, ...] = field(default_factory=tuple)
