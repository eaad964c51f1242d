"""A learner's active learning plans as the practice service applies them to one pack.

Loaded when practice starts; each choice then asks the engine (``app.engine.plan``) what the plans
need now, so a skill mastered mid-session moves the plan on at once.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

import numpy as np
from sqlalchemy.orm import Session

from app.engine.plan import PlanFocus, ancestor_matrix, explain, plan_focus
from app.engine.policy import Suggestion
from app.engine.state import LearnerArrays
from app.services.pack_runtime import PackRuntime
from app.services.plan_rows import learner_plan_rows
from app.services.plan_targets import target_mask, targets_from_json


@dataclass(frozen=True)
class PlanLabel:
    """Which plan a skill belongs to, for the reason shown with it."""

    title: str
    due: str  # ISO date, or "" without a due date


@dataclass(frozen=True)
class PlanScope:
    """The union of a learner's active plans on one pack: target skills, each one's plan, and the
    pack's ancestor matrix (kept so each choice is cheap)."""

    targets: np.ndarray
    labels: dict[int, PlanLabel]
    ancestors: np.ndarray


def load_plan_scope(session: Session, learner_id: str, runtime: PackRuntime) -> PlanScope | None:
    """The learner's plans on this pack combined, or None when there are none (or none names a
    skill the pack still has). A skill in several plans is labelled with the soonest due plan."""
    graph = runtime.graph
    targets = np.zeros(graph.size, dtype=bool)
    labels: dict[int, PlanLabel] = {}
    for row in learner_plan_rows(session, learner_id, runtime.pack_id):
        mask = target_mask(targets_from_json(row.targets), graph)
        label = PlanLabel(row.title, row.due_date.isoformat() if row.due_date else "")
        for index in np.flatnonzero(mask & ~targets):
            labels[int(index)] = label
        targets |= mask
    if not targets.any():
        return None
    return PlanScope(targets=targets, labels=labels, ancestors=ancestor_matrix(graph))


def plan_focus_for(scope: PlanScope | None, runtime: PackRuntime, arrays: LearnerArrays) -> PlanFocus | None:
    """What the plans ask for now, or None when they do not restrict practice (no plan, all
    targets mastered, or nothing leading to them has items)."""
    if scope is None:
        return None
    focus = plan_focus(
        runtime.graph, scope.targets, arrays.mastered, arrays.p_known, runtime.practisable, scope.ancestors
    )
    return focus if focus.active else None


def with_plan_reason(
    scope: PlanScope | None, runtime: PackRuntime, focus: PlanFocus | None, suggestion: Suggestion
) -> Suggestion:
    """The suggestion relabelled with the plan's reason, plus ``plan`` (its title) and ``due``
    (ISO date or "") in the reason's arguments."""
    if scope is None or focus is None:
        return suggestion
    relabelled = explain(runtime.graph, focus, suggestion)
    if relabelled is suggestion:
        return suggestion
    skill = runtime.graph.index[suggestion.skill_id]
    position = focus.skills.index(skill)
    label = scope.labels.get(focus.leads_to[position][0]) or scope.labels.get(skill)
    if label is None:
        return relabelled
    return replace(relabelled, reason_args={**relabelled.reason_args, "plan": label.title, "due": label.due})
