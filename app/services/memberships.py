"""Who is in which class or group, counting only live rows (no tombstoned class, group,
membership or learner)."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.storage.adult_models import ClassMembership, GroupMembership, LearnerClass, LearnerGroup
from app.storage.models import Learner


def class_learner_ids(session: Session, class_id: str) -> list[str]:
    """Learners of a class, alphabetically by name (then id)."""
    rows = session.execute(
        select(Learner.id, Learner.display_name)
        .join(ClassMembership, ClassMembership.learner_id == Learner.id)
        .join(LearnerClass, LearnerClass.id == ClassMembership.class_id)
        .where(
            ClassMembership.class_id == class_id,
            ClassMembership.deleted_at.is_(None),
            LearnerClass.deleted_at.is_(None),
            Learner.deleted_at.is_(None),
        )
    ).all()
    return [r.id for r in sorted(rows, key=lambda r: (r.display_name.casefold(), r.id))]


def group_learner_ids(session: Session, group_id: str) -> list[str]:
    """Learners of a group who are still in the group's class, alphabetically by name (then id)."""
    group = session.get(LearnerGroup, group_id)
    if group is None or group.deleted_at is not None:
        return []
    in_class = set(class_learner_ids(session, group.class_id))
    rows = session.execute(
        select(Learner.id, Learner.display_name)
        .join(GroupMembership, GroupMembership.learner_id == Learner.id)
        .where(GroupMembership.group_id == group_id, GroupMembership.deleted_at.is_(None))
    ).all()
    kept = [r for r in rows if r.id in in_class]
    return [r.id for r in sorted(kept, key=lambda r: (r.display_name.casefold(), r.id))]


def learner_class_ids(session: Session, learner_id: str) -> list[str]:
    """Live classes a learner belongs to."""
    return list(
        session.scalars(
            select(ClassMembership.class_id)
            .join(LearnerClass, LearnerClass.id == ClassMembership.class_id)
            .where(
                ClassMembership.learner_id == learner_id,
                ClassMembership.deleted_at.is_(None),
                LearnerClass.deleted_at.is_(None),
            )
            .order_by(LearnerClass.name, LearnerClass.id)
        )
    )


def learner_group_ids(session: Session, learner_id: str) -> list[str]:
    """Live groups a learner belongs to (only groups of classes the learner is still in)."""
    classes = set(learner_class_ids(session, learner_id))
    rows = session.execute(
        select(LearnerGroup.id, LearnerGroup.class_id)
        .join(GroupMembership, GroupMembership.group_id == LearnerGroup.id)
        .where(
            GroupMembership.learner_id == learner_id,
            GroupMembership.deleted_at.is_(None),
            LearnerGroup.deleted_at.is_(None),
        )
        .order_by(LearnerGroup.name, LearnerGroup.id)
    ).all()
    return [r.id for r in rows if r.class_id in classes]


def assignee_learner_ids(session: Session, kind: str, assignee_id: str) -> list[str]:
    """The learners a plan assigned to a learner, group or class reaches (ValueError for another kind)."""
    if kind == "learner":
        learner = session.get(Learner, assignee_id)
        return [] if learner is None or learner.deleted_at is not None else [assignee_id]
    if kind == "group":
        return group_learner_ids(session, assignee_id)
    if kind == "class":
        return class_learner_ids(session, assignee_id)
    raise ValueError(f"Unknown assignee kind {kind!r}.")
