"""Server-side sync tables (class hub and district server), on the app's own ``Base``.

A hub is the teacher's own Sabil database with these tables filled in, so its reports cover every
enrolled device: pushed events and profiles go into the ordinary ``attempt_events`` and ``learners``
tables; these tables only add schools, classes, enrolment, scope and the change log that pull
cursors walk. See docs/sync-protocol.md.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import BigInteger, Boolean, ForeignKey, Integer, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from app.storage.models import Base
from app.storage.types import UTCDateTime, utc_now


class SyncSchool(Base):
    """A school: the unit of scope. ``change_seq`` is the last change sequence handed out in it.

    Taking sequence numbers by updating this row (as the last step before commit) locks it until the
    commit, so within a school sequence order is commit order and a pull cursor never skips a row.
    """

    __tablename__ = "sync_schools"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)
    change_seq: Mapped[int] = mapped_column(BigInteger, default=0)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now)


class SyncClass(Base):
    """A class of a school (its roster is the learners whose first pushing device enrolled in it)."""

    __tablename__ = "sync_classes"
    __table_args__ = (UniqueConstraint("school_id", "name"),)

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    school_id: Mapped[str] = mapped_column(ForeignKey("sync_schools.id"))
    name: Mapped[str] = mapped_column(String(100))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now)


class SyncEnrolmentCode(Base):
    """An enrolment code, stored as the sha256 of its normalised text; expiring, with limited uses."""

    __tablename__ = "sync_enrolment_codes"

    code_hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    school_id: Mapped[str] = mapped_column(ForeignKey("sync_schools.id"))
    class_id: Mapped[str] = mapped_column(ForeignKey("sync_classes.id"))
    expires_at: Mapped[datetime] = mapped_column(UTCDateTime)
    uses_left: Mapped[int] = mapped_column(Integer)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now)


class SyncDevice(Base):
    """An enrolled device: its scope, the sha256 of its token, its bundle-signing key and progress.

    ``stored_through``: every event ``1..n`` of the device is stored. ``is_local`` marks the hub's own
    device (no token); its events are numbered into the change log by ``sequenced_through``.
    """

    __tablename__ = "sync_devices"

    device_id: Mapped[str] = mapped_column(ForeignKey("devices.id"), primary_key=True)
    school_id: Mapped[str] = mapped_column(ForeignKey("sync_schools.id"))
    class_id: Mapped[str] = mapped_column(ForeignKey("sync_classes.id"))
    name: Mapped[str] = mapped_column(String(200), default="")
    public_key: Mapped[str] = mapped_column(String(100), default="")
    token_hash: Mapped[str | None] = mapped_column(String(64), unique=True, default=None)
    stored_through: Mapped[int] = mapped_column(Integer, default=0)
    sequenced_through: Mapped[int] = mapped_column(Integer, default=0)
    is_local: Mapped[bool] = mapped_column(Boolean, default=False)
    enrolled_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now)
    revoked_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)


class SyncLearnerScope(Base):
    """Which school and class a learner belongs to (that of the first enrolled device that pushed it).

    ``sequenced_hlc`` is the profile stamp last written to the change log, so a profile edited on the
    hub itself is noticed and numbered once.
    """

    __tablename__ = "sync_learner_scopes"

    learner_id: Mapped[str] = mapped_column(ForeignKey("learners.id"), primary_key=True)
    school_id: Mapped[str] = mapped_column(ForeignKey("sync_schools.id"), index=True)
    class_id: Mapped[str] = mapped_column(ForeignKey("sync_classes.id"), index=True)
    sequenced_hlc: Mapped[str] = mapped_column(String(80), default="")


class SyncChange(Base):
    """One entry of a school's change log: an event or a learner profile, by change sequence."""

    __tablename__ = "sync_changes"

    # No foreign key: the writer holds the school's counter row locked while it inserts these, and a
    # per-row referential check on 1,000-row batches is measurable load on a district server.
    school_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    # 64-bit: a cursor is any non-negative 64-bit number, and a district's log outlives 2**31 changes.
    seq: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    kind: Mapped[str] = mapped_column(String(16))  # "event" | "learner" | a SharedRecord kind
    ref_id: Mapped[str] = mapped_column(String(36))
    device_id: Mapped[str] = mapped_column(String(36))  # where the change came from (skipped on its own pull)


class SyncRecordScope(Base):
    """Which school an adult-side record belongs to (a class, group, membership, plan, goal or rating).

    A record belongs to the school of the device that first pushed it, or, on a class hub, to the
    hub's school when the teacher made it there. ``sequenced_hlc`` is the stamp last written to the
    change log, so a record edited on the hub itself is noticed and numbered once (as for learners).
    """

    __tablename__ = "sync_record_scopes"

    # No foreign key: the id names a row in one of seven tables, said by ``kind``.
    record_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    kind: Mapped[str] = mapped_column(String(16))
    school_id: Mapped[str] = mapped_column(ForeignKey("sync_schools.id"), index=True)
    sequenced_hlc: Mapped[str] = mapped_column(String(80), default="")


class SyncRecordMark(Base):
    """On a device: the stamp of each adult-side record that its server already holds.

    The outbox sends a record whose stored stamp differs from its mark (new, edited or deleted
    here), and a confidence rating without a mark; a successful push or an applied pull page sets
    the mark. One row per record, never a queue of changes, so nothing grows while offline.
    """

    __tablename__ = "sync_record_marks"

    # The local row's id (a membership merged by its (class, learner) pair may have another id
    # on the server).
    record_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    kind: Mapped[str] = mapped_column(String(16))
    hlc: Mapped[str] = mapped_column(String(80), default="")
