"""The live plans that reach a learner: assigned to them, to one of their groups or to one of their classes."""

from __future__ import annotations

from datetime import date

from sqlalchemy import and_, or_, select
from sqlalchemy.orm import Session

from app.services.memberships import learner_class_ids, learner_group_ids
from app.storage.adult_models import LearningPlan


def learner_plan_rows(session: Session, learner_id: str, pack_id: str | None = None) -> list[LearningPlan]:
    """Plans reaching the learner (optionally of one pack), soonest due first, undated last, then oldest."""
    reach = [and_(LearningPlan.assignee_kind == "learner", LearningPlan.assignee_id == learner_id)]
    groups = learner_group_ids(session, learner_id)
    if groups:
        reach.append(and_(LearningPlan.assignee_kind == "group", LearningPlan.assignee_id.in_(groups)))
    classes = learner_class_ids(session, learner_id)
    if classes:
        reach.append(and_(LearningPlan.assignee_kind == "class", LearningPlan.assignee_id.in_(classes)))
    query = select(LearningPlan).where(LearningPlan.deleted_at.is_(None), or_(*reach))
    if pack_id is not None:
        query = query.where(LearningPlan.pack_id == pack_id)
    return sorted(session.scalars(query), key=plan_order)


def plan_order(row: LearningPlan) -> tuple[date, object, str]:
    """Sort key: due date (undated last), then creation, then id."""
    return (row.due_date or date.max, row.created_at, row.id)
