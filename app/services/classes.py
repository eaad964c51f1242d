"""Classes and groups of learners, and who is in them.

Classes, groups and memberships are last-writer-wins rows: every change stamps the row with the
device's hybrid logical clock and a removal is a tombstone, so the changes can sync. A membership
is one row per (class, learner) or (group, learner): leaving tombstones it, rejoining revives it.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.services.adult_dto import ClassView, GroupView
from app.services.clock import HybridLogicalClock
from app.services.errors import NotFoundError, ValidationError
from app.services.labels import clean_label
from app.services.lww_rows import stamp, tombstone
from app.services.memberships import class_learner_ids, group_learner_ids, learner_class_ids
from app.storage.adult_models import ClassMembership, GroupMembership, LearnerClass, LearnerGroup
from app.storage.database import Database
from app.storage.ids import uuid7
from app.storage.models import Learner
from app.storage.types import utc_now

NAME_MAX = 60


class ClassService:
    """Use cases on classes and groups. Every method runs in its own transaction."""

    def __init__(
        self, db: Database, clock: HybridLogicalClock, now: Callable[[], datetime] = utc_now
    ) -> None:
        self._db = db
        self._clock = clock
        self._now = now

    # -- queries ---------------------------------------------------------------------------------

    def list(self) -> list[ClassView]:
        """Every class, by name (case-insensitive)."""
        with self._db.session() as session:
            rows = session.scalars(select(LearnerClass).where(LearnerClass.deleted_at.is_(None))).all()
            ordered = sorted(rows, key=lambda r: (r.name.casefold(), r.id))
            return [self._view(session, row) for row in ordered]

    def get(self, class_id: str) -> ClassView:
        """One class; NotFoundError ``unknown_class``."""
        with self._db.session() as session:
            return self._view(session, self._class(session, class_id))

    def find(self, name: str) -> ClassView | None:
        """The class with this name (compared case-insensitively after cleaning), if any."""
        wanted = clean_label(name, NAME_MAX).casefold()
        with self._db.session() as session:
            row = _class_named(session, wanted)
            return None if row is None else self._view(session, row)

    def group(self, group_id: str) -> GroupView:
        """One group; NotFoundError ``unknown_group``."""
        with self._db.session() as session:
            return _group_view(session, self._group(session, group_id))

    def learner_ids(self, class_id: str | None = None, group_id: str | None = None) -> list[str]:
        """The learners of a group, else of a class, else every learner; alphabetical by name.

        This is the filter the reports take (``learner_ids=``).
        """
        with self._db.session() as session:
            if group_id is not None:
                self._group(session, group_id)
                return group_learner_ids(session, group_id)
            if class_id is not None:
                self._class(session, class_id)
                return class_learner_ids(session, class_id)
            rows = session.execute(
                select(Learner.id, Learner.display_name).where(Learner.deleted_at.is_(None))
            ).all()
            return [r.id for r in sorted(rows, key=lambda r: (r.display_name.casefold(), r.id))]

    def classes_of(self, learner_id: str) -> list[ClassView]:
        """The classes a learner is in, by name."""
        with self._db.session() as session:
            return [self._view(session, self._class(session, cid)) for cid in learner_class_ids(session, learner_id)]

    # -- classes ---------------------------------------------------------------------------------

    def create(self, name: str) -> ClassView:
        """A new class; ValidationError ``class_exists`` when another class has that name."""
        clean = clean_label(name, NAME_MAX)
        now = self._now()
        with self._db.transaction() as session:
            if _class_named(session, clean.casefold()) is not None:
                raise ValidationError("class_exists", f"There is already a class called {clean}.")
            row = LearnerClass(id=uuid7(), name=clean, created_at=now, updated_at=now, hlc=self._clock.now())
            session.add(row)
            session.flush()
            return self._view(session, row)

    def rename(self, class_id: str, name: str) -> ClassView:
        """Give a class a new name (unique among classes)."""
        clean = clean_label(name, NAME_MAX)
        with self._db.transaction() as session:
            row = self._class(session, class_id)
            other = _class_named(session, clean.casefold())
            if other is not None and other.id != class_id:
                raise ValidationError("class_exists", f"There is already a class called {clean}.")
            row.name = clean
            stamp(row, self._clock, self._now())
            return self._view(session, row)

    def delete(self, class_id: str) -> None:
        """Remove a class and its groups (tombstones). Its learners and their progress stay."""
        now = self._now()
        with self._db.transaction() as session:
            row = self._class(session, class_id)
            for group in session.scalars(
                select(LearnerGroup).where(LearnerGroup.class_id == class_id, LearnerGroup.deleted_at.is_(None))
            ):
                tombstone(group, self._clock, now)
            tombstone(row, self._clock, now)

    def add_learner(self, class_id: str, learner_id: str) -> ClassView:
        """Put a learner in a class (nothing changes if they are in it already)."""
        with self._db.transaction() as session:
            row = self._class(session, class_id)
            _learner(session, learner_id)
            self._join(session, ClassMembership, ClassMembership.class_id, class_id, learner_id)
            return self._view(session, row)

    def remove_learner(self, class_id: str, learner_id: str) -> ClassView:
        """Take a learner out of a class and out of its groups."""
        now = self._now()
        with self._db.transaction() as session:
            row = self._class(session, class_id)
            member = session.scalar(
                select(ClassMembership).where(
                    ClassMembership.class_id == class_id, ClassMembership.learner_id == learner_id
                )
            )
            if member is not None and member.deleted_at is None:
                tombstone(member, self._clock, now)
            group_ids = select(LearnerGroup.id).where(LearnerGroup.class_id == class_id)
            for membership in session.scalars(
                select(GroupMembership).where(
                    GroupMembership.group_id.in_(group_ids),
                    GroupMembership.learner_id == learner_id,
                    GroupMembership.deleted_at.is_(None),
                )
            ):
                tombstone(membership, self._clock, now)
            return self._view(session, row)

    # -- groups ----------------------------------------------------------------------------------

    def create_group(self, class_id: str, name: str) -> GroupView:
        """A new group in a class; ValidationError ``group_exists`` when the class has one of that name."""
        clean = clean_label(name, NAME_MAX)
        now = self._now()
        with self._db.transaction() as session:
            self._class(session, class_id)
            if _group_named(session, class_id, clean.casefold()) is not None:
                raise ValidationError("group_exists", f"This class already has a group called {clean}.")
            row = LearnerGroup(
                id=uuid7(), class_id=class_id, name=clean, created_at=now, updated_at=now, hlc=self._clock.now()
            )
            session.add(row)
            session.flush()
            return _group_view(session, row)

    def rename_group(self, group_id: str, name: str) -> GroupView:
        """Give a group a new name (unique within its class)."""
        clean = clean_label(name, NAME_MAX)
        with self._db.transaction() as session:
            row = self._group(session, group_id)
            other = _group_named(session, row.class_id, clean.casefold())
            if other is not None and other.id != group_id:
                raise ValidationError("group_exists", f"This class already has a group called {clean}.")
            row.name = clean
            stamp(row, self._clock, self._now())
            return _group_view(session, row)

    def delete_group(self, group_id: str) -> None:
        """Remove a group (a tombstone); its learners stay in the class."""
        with self._db.transaction() as session:
            tombstone(self._group(session, group_id), self._clock, self._now())

    def add_to_group(self, group_id: str, learner_id: str) -> GroupView:
        """Put a learner of the group's class in the group; ValidationError ``not_in_class`` otherwise."""
        with self._db.transaction() as session:
            row = self._group(session, group_id)
            _learner(session, learner_id)
            if learner_id not in class_learner_ids(session, row.class_id):
                raise ValidationError("not_in_class", "Only learners of the group's class can join the group.")
            self._join(session, GroupMembership, GroupMembership.group_id, group_id, learner_id)
            return _group_view(session, row)

    def remove_from_group(self, group_id: str, learner_id: str) -> GroupView:
        """Take a learner out of a group (they stay in the class)."""
        with self._db.transaction() as session:
            row = self._group(session, group_id)
            member = session.scalar(
                select(GroupMembership).where(
                    GroupMembership.group_id == group_id, GroupMembership.learner_id == learner_id
                )
            )
            if member is not None and member.deleted_at is None:
                tombstone(member, self._clock, self._now())
            return _group_view(session, row)

    # -- helpers ---------------------------------------------------------------------------------

    def _join(
        self,
        session: Session,
        model: type[ClassMembership] | type[GroupMembership],
        key: object,
        key_value: str,
        learner_id: str,
    ) -> None:
        """Create the membership row, or revive its tombstone (the same row keeps syncing)."""
        now = self._now()
        existing = session.scalar(select(model).where(key == key_value, model.learner_id == learner_id))
        if existing is None:
            fields = {"class_id" if model is ClassMembership else "group_id": key_value}
            session.add(
                model(
                    id=uuid7(), learner_id=learner_id, created_at=now, updated_at=now, hlc=self._clock.now(), **fields
                )
            )
        elif existing.deleted_at is not None:
            existing.deleted_at = None
            stamp(existing, self._clock, now)
        session.flush()

    @staticmethod
    def _class(session: Session, class_id: str) -> LearnerClass:
        row = session.get(LearnerClass, class_id)
        if row is None or row.deleted_at is not None:
            raise NotFoundError("unknown_class", f"There is no class with id {class_id}.")
        return row

    @staticmethod
    def _group(session: Session, group_id: str) -> LearnerGroup:
        row = session.get(LearnerGroup, group_id)
        if row is None or row.deleted_at is not None:
            raise NotFoundError("unknown_group", f"There is no group with id {group_id}.")
        parent = session.get(LearnerClass, row.class_id)
        if parent is None or parent.deleted_at is not None:
            raise NotFoundError("unknown_group", f"There is no group with id {group_id}.")
        return row

    @staticmethod
    def _view(session: Session, row: LearnerClass) -> ClassView:
        groups = session.scalars(
            select(LearnerGroup).where(LearnerGroup.class_id == row.id, LearnerGroup.deleted_at.is_(None))
        ).all()
        return ClassView(
            id=row.id,
            name=row.name,
            learner_ids=tuple(class_learner_ids(session, row.id)),
            groups=tuple(_group_view(session, g) for g in sorted(groups, key=lambda g: (g.name.casefold(), g.id))),
        )


def _group_view(session: Session, row: LearnerGroup) -> GroupView:
    return GroupView(
        id=row.id, class_id=row.class_id, name=row.name, learner_ids=tuple(group_learner_ids(session, row.id))
    )


def _learner(session: Session, learner_id: str) -> Learner:
    row = session.get(Learner, learner_id)
    if row is None or row.deleted_at is not None:
        raise ValidationError("unknown_learner", f"There is no learner with id {learner_id}.")
    return row


def _class_named(session: Session, folded: str) -> LearnerClass | None:
    """The live class whose name, case-folded, is ``folded``."""
    rows = session.scalars(select(LearnerClass).where(LearnerClass.deleted_at.is_(None)))
    return next((r for r in rows if r.name.casefold() == folded), None)


def _group_named(session: Session, class_id: str, folded: str) -> LearnerGroup | None:
    rows = session.scalars(
        select(LearnerGroup).where(LearnerGroup.class_id == class_id, LearnerGroup.deleted_at.is_(None))
    )
    return next((r for r in rows if r.name.casefold() == folded), None)
