"""Learning plans: skills or pack sections assigned to a learner, a group or a class, with an
optional due date and a goal written with the learner.

Plans are last-writer-wins rows (UUIDv7 id, HLC stamp, ``deleted_at`` tombstone) so they can sync
to learners' devices. The practice service honours them (``plan_scope.py``): the sequencer works on
the plan's targets, teaching missing prerequisites first and saying so.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, datetime
from typing import Any

import numpy as np
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.engine.plan import plan_focus
from app.services.adult_dto import PlanProgress, PlanStep, PlanTarget, PlanView
from app.services.clock import HybridLogicalClock
from app.services.due_dates import check_due_date
from app.services.errors import NotFoundError, ValidationError
from app.services.labels import clean_label
from app.services.lww_rows import stamp, tombstone
from app.services.memberships import assignee_learner_ids
from app.services.plan_rows import learner_plan_rows, plan_order
from app.services.plan_targets import (
    PackGraph,
    check_targets,
    load_pack_graph,
    target_mask,
    targets_from_json,
)
from app.storage.adult_models import LearnerClass, LearnerGroup, LearningPlan
from app.storage.database import Database
from app.storage.ids import uuid7
from app.storage.models import Learner, SkillStateRow
from app.storage.types import utc_now

ASSIGNEE_KINDS = ("learner", "group", "class")
TITLE_MAX = 100
GOAL_MAX = 500
EDITABLE_FIELDS = frozenset({"title", "targets", "due_date", "goal"})


class PlanService:
    """Use cases on learning plans. Every method runs in its own transaction."""

    def __init__(
        self,
        db: Database,
        clock: HybridLogicalClock,
        now: Callable[[], datetime] = utc_now,
        today: Callable[[], date] | None = None,
    ) -> None:
        self._db = db
        self._clock = clock
        self._now = now
        self._today = today or (lambda: self._now().date())

    # -- commands --------------------------------------------------------------------------------

    def create(
        self,
        title: str,
        pack_id: str,
        targets: Sequence[PlanTarget],
        assignee_kind: str,
        assignee_id: str,
        due_date: date | None = None,
        goal: str = "",
    ) -> PlanView:
        """A new plan. ValidationError codes: ``empty_name``/``name_too_long`` (title),
        ``no_targets``/``bad_target``/``unknown_skill``, ``bad_assignee``, ``unknown_learner``,
        ``unknown_group``, ``unknown_class``, ``goal_too_long``, ``bad_date``; NotFoundError ``unknown_pack``."""
        clean_title = clean_label(title, TITLE_MAX)
        clean_goal = _clean_goal(goal)
        due = check_due_date(due_date)
        now = self._now()
        with self._db.transaction() as session:
            stored = check_targets(targets, load_pack_graph(session, pack_id).graph)
            _assignee_name(session, assignee_kind, assignee_id)
            row = LearningPlan(
                id=uuid7(),
                title=clean_title,
                pack_id=pack_id,
                targets=stored,
                assignee_kind=assignee_kind,
                assignee_id=assignee_id,
                due_date=due,
                goal=clean_goal,
                created_at=now,
                updated_at=now,
                hlc=self._clock.now(),
            )
            session.add(row)
            session.flush()
            return _view(session, row)

    def update(self, plan_id: str, **fields: Any) -> PlanView:
        """Change some of ``title``, ``targets``, ``due_date`` (None removes it) and ``goal``."""
        unknown = set(fields) - EDITABLE_FIELDS
        if unknown:
            raise ValidationError("unknown_field", f"These fields cannot be changed: {', '.join(sorted(unknown))}.")
        with self._db.transaction() as session:
            row = _plan(session, plan_id)
            if "title" in fields:
                row.title = clean_label(fields["title"], TITLE_MAX)
            if "targets" in fields:
                row.targets = check_targets(fields["targets"], load_pack_graph(session, row.pack_id).graph)
            if "due_date" in fields:
                row.due_date = check_due_date(fields["due_date"])
            if "goal" in fields:
                row.goal = _clean_goal(fields["goal"])
            stamp(row, self._clock, self._now())
            return _view(session, row)

    def delete(self, plan_id: str) -> None:
        """Remove a plan (a tombstone, so the removal syncs). Progress made under it stays."""
        with self._db.transaction() as session:
            tombstone(_plan(session, plan_id), self._clock, self._now())

    # -- queries ---------------------------------------------------------------------------------

    def get(self, plan_id: str) -> PlanView:
        """One plan; NotFoundError ``unknown_plan``."""
        with self._db.session() as session:
            return _view(session, _plan(session, plan_id))

    def list(
        self, assignee_kind: str | None = None, assignee_id: str | None = None, pack_id: str | None = None
    ) -> list[PlanView]:
        """Plans, optionally only those assigned to one learner, group or class, or of one pack;
        soonest due first."""
        query = select(LearningPlan).where(LearningPlan.deleted_at.is_(None))
        if assignee_kind is not None:
            query = query.where(LearningPlan.assignee_kind == assignee_kind)
        if assignee_id is not None:
            query = query.where(LearningPlan.assignee_id == assignee_id)
        if pack_id is not None:
            query = query.where(LearningPlan.pack_id == pack_id)
        with self._db.session() as session:
            return [_view(session, row) for row in sorted(session.scalars(query), key=plan_order)]

    def for_learner(self, learner_id: str, pack_id: str | None = None) -> list[PlanView]:
        """Every plan that reaches a learner: their own, their groups' and their classes'."""
        with self._db.session() as session:
            _learner(session, learner_id)
            return [_view(session, row) for row in learner_plan_rows(session, learner_id, pack_id)]

    def progress(self, plan_id: str) -> list[PlanProgress]:
        """Progress of every learner the plan reaches (alphabetical), with what comes next."""
        with self._db.session() as session:
            row = _plan(session, plan_id)
            pack = _pack_graph_or_none(session, row.pack_id)
            learner_ids = assignee_learner_ids(session, row.assignee_kind, row.assignee_id)
            return [self._progress(session, row, pack, learner_id) for learner_id in learner_ids]

    def learner_progress(self, learner_id: str, pack_id: str | None = None) -> list[PlanProgress]:
        """The learner's progress on each plan that reaches them, soonest due first."""
        with self._db.session() as session:
            _learner(session, learner_id)
            graphs: dict[str, PackGraph | None] = {}
            result = []
            for row in learner_plan_rows(session, learner_id, pack_id):
                if row.pack_id not in graphs:
                    graphs[row.pack_id] = _pack_graph_or_none(session, row.pack_id)
                result.append(self._progress(session, row, graphs[row.pack_id], learner_id))
            return result

    # -- helpers ---------------------------------------------------------------------------------

    def _progress(
        self, session: Session, row: LearningPlan, pack: PackGraph | None, learner_id: str
    ) -> PlanProgress:
        learner = session.get(Learner, learner_id)
        name = learner.display_name if learner is not None else ""
        if pack is None:
            # The pack is not installed here (yet): nothing to measure against.
            return PlanProgress(row.id, learner_id, name, (), (), "blocked", ())
        graph = pack.graph
        mastered = np.zeros(graph.size, dtype=bool)
        p_known = np.zeros(graph.size, dtype=float)
        for state in session.scalars(
            select(SkillStateRow).where(SkillStateRow.learner_id == learner_id, SkillStateRow.pack_id == row.pack_id)
        ):
            index = graph.index.get(state.skill_id)
            if index is not None:
                mastered[index] = state.mastered
                p_known[index] = state.p_known
        targets = target_mask(targets_from_json(row.targets), graph)
        focus = plan_focus(graph, targets, mastered, p_known, pack.practisable, pack.ancestors)
        ordered = [int(i) for i in graph.topo_order if targets[int(i)]]
        if focus.complete:
            status = "complete"
        elif focus.blocked:
            status = "blocked"
        elif row.due_date is not None and row.due_date < self._today():
            status = "overdue"
        else:
            status = "on_track"
        steps = tuple(
            PlanStep(
                skill_id=graph.skill_ids[skill],
                title=dict(pack.titles.get(graph.skill_ids[skill], {})),
                reason=reason,
                leads_to=tuple(graph.skill_ids[t] for t in leads_to),
            )
            for skill, reason, leads_to in zip(focus.skills, focus.reasons, focus.leads_to, strict=True)
        )
        return PlanProgress(
            plan_id=row.id,
            learner_id=learner_id,
            learner_name=name,
            target_skills=tuple(graph.skill_ids[i] for i in ordered),
            mastered=tuple(graph.skill_ids[i] for i in ordered if mastered[i]),
            status=status,
            next_steps=steps,
        )


def _clean_goal(goal: str) -> str:
    text = " ".join(goal.split())
    if len(text) > GOAL_MAX:
        raise ValidationError("goal_too_long", f"A goal can have at most {GOAL_MAX} characters.")
    return text


def _plan(session: Session, plan_id: str) -> LearningPlan:
    row = session.get(LearningPlan, plan_id)
    if row is None or row.deleted_at is not None:
        raise NotFoundError("unknown_plan", f"There is no plan with id {plan_id}.")
    return row


def _learner(session: Session, learner_id: str) -> Learner:
    row = session.get(Learner, learner_id)
    if row is None or row.deleted_at is not None:
        raise ValidationError("unknown_learner", f"There is no learner with id {learner_id}.")
    return row


def _pack_graph_or_none(session: Session, pack_id: str) -> PackGraph | None:
    try:
        return load_pack_graph(session, pack_id)
    except NotFoundError:
        return None


def _assignee_name(session: Session, kind: str, assignee_id: str) -> str:
    """The name of a plan's learner, group or class (ValidationError when it does not exist).

    A tombstoned assignee still has its name, so a plan synced after its class was removed shows it.
    """
    if kind == "learner":
        return _learner(session, assignee_id).display_name
    if kind == "group":
        group = session.get(LearnerGroup, assignee_id)
        if group is None or group.deleted_at is not None:
            raise NotFoundError("unknown_group", f"There is no group with id {assignee_id}.")
        return group.name
    if kind == "class":
        found = session.get(LearnerClass, assignee_id)
        if found is None or found.deleted_at is not None:
            raise NotFoundError("unknown_class", f"There is no class with id {assignee_id}.")
        return found.name
    raise ValidationError("bad_assignee", f"A plan is for a learner, a group or a class, not {kind!r}.")


def _view(session: Session, row: LearningPlan) -> PlanView:
    return PlanView(
        id=row.id,
        title=row.title,
        pack_id=row.pack_id,
        targets=targets_from_json(row.targets),
        assignee_kind=row.assignee_kind,
        assignee_id=row.assignee_id,
        assignee_name=_stored_name(session, row.assignee_kind, row.assignee_id),
        due_date=row.due_date,
        goal=row.goal,
        created_at=row.created_at,
        updated_at=row.updated_at,
    )


def _stored_name(session: Session, kind: str, assignee_id: str) -> str:
    """The assignee's name even when it was removed since (the plan then reaches nobody)."""
    model = {"learner": Learner, "group": LearnerGroup, "class": LearnerClass}.get(kind)
    found = session.get(model, assignee_id) if model is not None else None
    if found is None:
        return ""
    return found.display_name if isinstance(found, Learner) else found.name
