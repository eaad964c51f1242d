"""The adult side's tables: classes, groups, memberships, learning plans, goals, confidence.

Every row a teacher, parent or learner edits is a last-writer-wins register like a learner
profile: a UUIDv7 ``id``, one hybrid-logical-clock stamp ``hlc`` for the whole row, and
``deleted_at`` as the tombstone, so sync can carry these rows to a hub and back without merge
conflicts. Confidence ratings are different: they are append-only events keyed by the attempt
they rate, so attempt events themselves stay untouched.

No foreign key points at ``packs``: a plan or goal may arrive by sync before its pack is installed.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import JSON, Date, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from app.storage.models import Base
from app.storage.types import UTCDateTime, utc_now


class LearnerClass(Base):
    """A class of learners (e.g. "Grade 4 B"), or a family's set of children on a home PC."""

    __tablename__ = "classes"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)  # UUIDv7
    name: Mapped[str] = mapped_column(String(100))
    hlc: Mapped[str] = mapped_column(String(80), default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now)
    deleted_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)


class LearnerGroup(Base):
    """A group inside a class (a reading group, a table of four); its members belong to the class."""

    __tablename__ = "class_groups"
    __table_args__ = (Index("ix_class_groups_class_id", "class_id"),)

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    class_id: Mapped[str] = mapped_column(ForeignKey("classes.id"))
    name: Mapped[str] = mapped_column(String(100))
    hlc: Mapped[str] = mapped_column(String(80), default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now)
    deleted_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)


class ClassMembership(Base):
    """A learner in a class. One row per (class, learner): leaving tombstones it, rejoining revives it."""

    __tablename__ = "class_memberships"
    __table_args__ = (
        UniqueConstraint("class_id", "learner_id"),
        Index("ix_class_memberships_learner_id", "learner_id"),
    )

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    class_id: Mapped[str] = mapped_column(ForeignKey("classes.id"))
    learner_id: Mapped[str] = mapped_column(ForeignKey("learners.id"))
    hlc: Mapped[str] = mapped_column(String(80), default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now)
    deleted_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)


class GroupMembership(Base):
    """A learner in a group. One row per (group, learner), revived like a class membership."""

    __tablename__ = "group_memberships"
    __table_args__ = (
        UniqueConstraint("group_id", "learner_id"),
        Index("ix_group_memberships_learner_id", "learner_id"),
    )

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    group_id: Mapped[str] = mapped_column(ForeignKey("class_groups.id"))
    learner_id: Mapped[str] = mapped_column(ForeignKey("learners.id"))
    hlc: Mapped[str] = mapped_column(String(80), default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now)
    deleted_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)


class LearningPlan(Base):
    """Skills of one pack assigned to a learner, a group or a class, with an optional due date.

    ``targets`` is a JSON list of ``{"kind": "skill" | "section" | "pack", "skill_id": str | None}``
    (a section is a skill and every skill it needs first). The list lives in the plan row, not in a
    table of its own, so the whole plan is one register: an edit made on one device replaces the
    target list as a whole instead of mixing with another device's edit.
    ``goal`` is the goal written with the learner ("master fractions by June"), may be empty.
    """

    __tablename__ = "learning_plans"
    __table_args__ = (Index("ix_learning_plans_assignee_kind_assignee_id", "assignee_kind", "assignee_id"),)

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    title: Mapped[str] = mapped_column(String(200))
    pack_id: Mapped[str] = mapped_column(String(200))
    targets: Mapped[list[dict[str, Any]]] = mapped_column(JSON)
    assignee_kind: Mapped[str] = mapped_column(String(16))  # "learner" | "group" | "class"
    assignee_id: Mapped[str] = mapped_column(String(36))
    due_date: Mapped[date | None] = mapped_column(Date, default=None)
    goal: Mapped[str] = mapped_column(Text, default="")
    hlc: Mapped[str] = mapped_column(String(80), default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now)
    deleted_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)


class LearnerGoal(Base):
    """A goal the learner set for themselves, optionally tied to skills of a pack to measure it by."""

    __tablename__ = "learner_goals"
    __table_args__ = (Index("ix_learner_goals_learner_id", "learner_id"),)

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    learner_id: Mapped[str] = mapped_column(ForeignKey("learners.id"))
    text: Mapped[str] = mapped_column(String(200))
    pack_id: Mapped[str | None] = mapped_column(String(200), default=None)
    skill_ids: Mapped[list[str]] = mapped_column(JSON, default=list)
    due_date: Mapped[date | None] = mapped_column(Date, default=None)
    # Set once every skill of the goal is mastered (or when the learner ticks a free-text goal off).
    achieved_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)
    hlc: Mapped[str] = mapped_column(String(80), default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now)
    deleted_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)


class ConfidenceRating(Base):
    """How sure the learner felt about one answer (1 guessing, 2 not sure, 3 sure). Append-only.

    At most one per attempt; ``id`` is a UUIDv7 so the ratings sync as an idempotent union of events.
    """

    __tablename__ = "confidence_ratings"
    __table_args__ = (
        UniqueConstraint("attempt_id"),
        Index("ix_confidence_ratings_learner_id", "learner_id"),
    )

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    attempt_id: Mapped[str] = mapped_column(ForeignKey("attempt_events.id"))
    learner_id: Mapped[str] = mapped_column(ForeignKey("learners.id"))
    rating: Mapped[int] = mapped_column(Integer)
    device_id: Mapped[str] = mapped_column(ForeignKey("devices.id"))
    client_time: Mapped[datetime] = mapped_column(UTCDateTime)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now)
