"""The database tables, as SQLAlchemy 2.0 typed models.

Attempt events are the truth: they are only ever inserted. Skill states are a projection of the
events that can be rebuilt from them. Learner profile fields carry a hybrid-logical-clock stamp so a
later sync can resolve concurrent edits last-writer-wins; deletion is a tombstone (``deleted_at``).
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    Float,
    ForeignKey,
    ForeignKeyConstraint,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from app.storage.types import UTCDateTime, utc_now

# Explicit constraint names let Alembic's batch mode (SQLite table rebuilds) find them again later.
NAMING_CONVENTION = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_N_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    """Declarative base for every Sabil table."""

    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class Device(Base):
    """A device that records events: this one, and (after sync) others whose events we hold.

    ``last_seq`` is the highest ``device_seq`` allocated on this device; the next event takes
    ``last_seq + 1`` inside the same transaction that inserts it, so sequence numbers have no gaps.
    """

    __tablename__ = "devices"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    name: Mapped[str] = mapped_column(String(200), default="")
    last_seq: Mapped[int] = mapped_column(Integer, default=0)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now)


class Learner(Base):
    """A learner profile. PIN material is a salted scrypt hash; throttling state lives here too."""

    __tablename__ = "learners"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    display_name: Mapped[str] = mapped_column(String(100))
    avatar: Mapped[str] = mapped_column(String(64))
    pin_hash: Mapped[bytes | None] = mapped_column(default=None)
    pin_salt: Mapped[bytes | None] = mapped_column(default=None)
    pin_params: Mapped[str | None] = mapped_column(String(100), default=None)
    language: Mapped[str] = mapped_column(String(16), default="en")
    text_size: Mapped[str] = mapped_column(String(16), default="large")
    failed_pin_count: Mapped[int] = mapped_column(Integer, default=0)
    pin_locked_until: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now)
    deleted_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)
    # Hybrid logical clock stamp of the last profile change (see app.services.clock); sortable text.
    hlc: Mapped[str] = mapped_column(String(80), default="")


class Pack(Base):
    """An installed content pack (one version per pack id; a new version replaces the old)."""

    __tablename__ = "packs"

    id: Mapped[str] = mapped_column(String(200), primary_key=True)
    version: Mapped[str] = mapped_column(String(50))
    title: Mapped[dict[str, str]] = mapped_column(JSON)
    description: Mapped[dict[str, str]] = mapped_column(JSON, default=dict)
    language: Mapped[str] = mapped_column(String(16))
    format_version: Mapped[int] = mapped_column(Integer)
    licence: Mapped[str] = mapped_column(String(100), default="")
    authors: Mapped[list[str]] = mapped_column(JSON, default=list)
    manifest_sha256: Mapped[str] = mapped_column(String(64))
    source: Mapped[str] = mapped_column(String(20))  # "bundled" | "file"
    # Signed by a trusted publisher key (or bundled with the app, trusted as part of it).
    verified: Mapped[bool] = mapped_column(Boolean, default=False)
    installed_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now)
    # The publisher named by the trusted key file (or claimed by an unknown key's signature).
    publisher: Mapped[str | None] = mapped_column(String(200), default=None)
    key_id: Mapped[str | None] = mapped_column(String(16), default=None)
    # pack.json plus every media file, in bytes (what an export to a USB stick needs).
    size_bytes: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    # The exact pack.json bytes (zlib-compressed) and pack.json.sig of the installed file, so an
    # export re-imports identically and keeps the publisher's signature valid.
    pack_json: Mapped[bytes | None] = mapped_column(LargeBinary, default=None)
    signature: Mapped[bytes | None] = mapped_column(LargeBinary, default=None)


class Skill(Base):
    """A skill of a pack. Skills that disappear in a newer pack version are kept, marked retired."""

    __tablename__ = "skills"

    pack_id: Mapped[str] = mapped_column(ForeignKey("packs.id"), primary_key=True)
    skill_id: Mapped[str] = mapped_column(String(100), primary_key=True)
    title: Mapped[dict[str, str]] = mapped_column(JSON)
    description: Mapped[dict[str, str]] = mapped_column(JSON, default=dict)
    position: Mapped[int] = mapped_column(Integer)
    mastery: Mapped[dict[str, Any] | None] = mapped_column(JSON, default=None)
    retired: Mapped[bool] = mapped_column(Boolean, default=False)


class SkillPrerequisite(Base):
    """Edge of the prerequisite graph: ``prerequisite_id`` must be mastered before ``skill_id``."""

    __tablename__ = "skill_prerequisites"
    __table_args__ = (
        ForeignKeyConstraint(["pack_id", "skill_id"], ["skills.pack_id", "skills.skill_id"]),
        ForeignKeyConstraint(["pack_id", "prerequisite_id"], ["skills.pack_id", "skills.skill_id"]),
    )

    pack_id: Mapped[str] = mapped_column(String(200), primary_key=True)
    skill_id: Mapped[str] = mapped_column(String(100), primary_key=True)
    prerequisite_id: Mapped[str] = mapped_column(String(100), primary_key=True)


class Item(Base):
    """An item of a pack; ``body`` is the whole ItemDef as JSON. Retired items stay for history."""

    __tablename__ = "items"
    __table_args__ = (
        ForeignKeyConstraint(["pack_id", "skill_id"], ["skills.pack_id", "skills.skill_id"]),
        Index("ix_items_pack_id_skill_id", "pack_id", "skill_id"),
    )

    pack_id: Mapped[str] = mapped_column(String(200), primary_key=True)
    item_id: Mapped[str] = mapped_column(String(100), primary_key=True)
    skill_id: Mapped[str] = mapped_column(String(100))
    type: Mapped[str] = mapped_column(String(32))
    body: Mapped[dict[str, Any]] = mapped_column(JSON)
    difficulty: Mapped[float] = mapped_column(Float, default=0.0)
    position: Mapped[int] = mapped_column(Integer, default=0)
    retired: Mapped[bool] = mapped_column(Boolean, default=False)


class Media(Base):
    """A media file stored content-addressed under ``media/ab/abcdef….ext``."""

    __tablename__ = "media"

    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    size: Mapped[int] = mapped_column(Integer)
    mime: Mapped[str] = mapped_column(String(100))
    extension: Mapped[str] = mapped_column(String(16), default="")


class PackMedia(Base):
    """Which media file a pack refers to by which path (e.g. ``media/apple.png`` → sha256)."""

    __tablename__ = "pack_media"

    pack_id: Mapped[str] = mapped_column(ForeignKey("packs.id"), primary_key=True)
    path: Mapped[str] = mapped_column(String(300), primary_key=True)
    sha256: Mapped[str] = mapped_column(ForeignKey("media.sha256"))


class AttemptEvent(Base):
    """One answered item. Append-only: rows are inserted, never updated or deleted."""

    __tablename__ = "attempt_events"
    __table_args__ = (
        UniqueConstraint("device_id", "device_seq"),
        Index("ix_attempt_events_learner_id_client_time", "learner_id", "client_time"),
    )

    id: Mapped[str] = mapped_column(String(36), primary_key=True)  # UUIDv7
    device_id: Mapped[str] = mapped_column(ForeignKey("devices.id"))
    device_seq: Mapped[int] = mapped_column(Integer)
    learner_id: Mapped[str] = mapped_column(ForeignKey("learners.id"))
    pack_id: Mapped[str] = mapped_column(String(200))
    pack_version: Mapped[str] = mapped_column(String(50))
    item_id: Mapped[str] = mapped_column(String(100))
    skill_ids: Mapped[list[str]] = mapped_column(JSON)
    response: Mapped[str] = mapped_column(Text)
    correct: Mapped[bool] = mapped_column(Boolean)
    hints_used: Mapped[int] = mapped_column(Integer, default=0)
    duration_ms: Mapped[int] = mapped_column(Integer, default=0)
    # 48-bit template seeds: BIGINT on PostgreSQL (its INTEGER is 32-bit; SQLite's is 64-bit already).
    seed: Mapped[int] = mapped_column(Integer().with_variant(BigInteger(), "postgresql"))
    client_time: Mapped[datetime] = mapped_column(UTCDateTime)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now)


class SkillStateRow(Base):
    """A learner's state on one skill: a projection of their attempt events (rebuildable)."""

    __tablename__ = "skill_states"

    learner_id: Mapped[str] = mapped_column(ForeignKey("learners.id"), primary_key=True)
    pack_id: Mapped[str] = mapped_column(String(200), primary_key=True)
    skill_id: Mapped[str] = mapped_column(String(100), primary_key=True)
    p_known: Mapped[float] = mapped_column(Float)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    correct: Mapped[int] = mapped_column(Integer, default=0)
    streak: Mapped[int] = mapped_column(Integer, default=0)
    wrong_streak: Mapped[int] = mapped_column(Integer, default=0)
    # Last outcomes, oldest first, as "1"/"0" characters (compact and readable in a SQL shell).
    recent: Mapped[str] = mapped_column(String(64), default="")
    mastered: Mapped[bool] = mapped_column(Boolean, default=False)
    mastered_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)
    # Epoch seconds, exactly as the engine saw them, so replay reproduces the row bit for bit.
    last_practised: Mapped[float | None] = mapped_column(Float, default=None)
    # FSRS review state of a mastered skill (app.engine.review.ReviewState.to_dict()); NULL before mastery.
    review: Mapped[dict[str, Any] | None] = mapped_column(JSON, default=None)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now)


class Setting(Base):
    """A key/value setting (e.g. this device's id)."""

    __tablename__ = "settings"

    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


# The sync server's tables share this Base so Base.metadata (and Alembic) sees them; so do the
# adult side's tables (classes, groups, plans, goals, confidence ratings).
from app.storage import adult_models as _adult_models  # noqa: E402, F401
from app.storage import sync_models as _sync_models  # noqa: E402, F401
