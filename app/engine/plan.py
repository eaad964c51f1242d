"""Learning plans in the sequencer: which skills to work on now so the plan's targets get mastered.

A plan names target skills. Prerequisites still rule: a target whose prerequisites are all
mastered is worked on directly (reason ``plan_target``); a target that is still locked is reached
through its missing prerequisites, the ones that can be practised now, weakest first (reason
``plan_prerequisite``, naming the target they lead to). The policy is then restricted to those
skills (plus mastered skills of the plan, so review and a short look back at a prerequisite stay
possible) and every continue/new suggestion it makes is relabelled with the plan's reason.

Pure numpy; the caller passes the learner's mastery and beliefs.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

import numpy as np

from app.engine.graph import SkillGraph, ready_mask
from app.engine.policy import Suggestion

PLAN_TARGET = "plan_target"  # args: skill (the target itself)
PLAN_PREREQUISITE = "plan_prerequisite"  # args: target (comma-separated plan targets it leads to), prerequisite

# Only suggestions that merely say "you can learn this now" are relabelled; remediation and review
# carry a more specific reason of their own.
_RELABELLED_KINDS = ("continue", "new")


@dataclass(frozen=True)
class PlanFocus:
    """What a plan asks for now.

    ``skills``: indices to work on, best first (ready targets in teaching order, then missing
    prerequisites, weakest first). ``reasons[i]`` / ``leads_to[i]``: for each of ``skills``, the
    reason code and the target indices it serves. ``allowed``: bool per skill, the policy's
    restriction (focus skills plus mastered skills of the plan's prerequisite closure).
    ``remaining``: unmastered targets. ``complete``: every target mastered. ``blocked``: targets
    remain but none can be practised (their missing prerequisites have no items).
    """

    skills: tuple[int, ...]
    reasons: tuple[str, ...]
    leads_to: tuple[tuple[int, ...], ...]
    allowed: np.ndarray
    remaining: tuple[int, ...]

    @property
    def complete(self) -> bool:
        """Every target of the plan is mastered."""
        return not self.remaining

    @property
    def blocked(self) -> bool:
        """Targets remain, but nothing that leads to them can be practised."""
        return bool(self.remaining) and not self.skills

    @property
    def active(self) -> bool:
        """Whether the plan restricts the policy now (there is plan work that can be practised)."""
        return bool(self.skills)


def prerequisite_closure(graph: SkillGraph, skills: np.ndarray) -> np.ndarray:
    """Bool mask of ``skills`` (bool mask or index array) and every skill they need, directly or not."""
    mask = _as_mask(graph, skills)
    while True:
        grown = mask | graph.prereq[mask].any(axis=0)
        if np.array_equal(grown, mask):
            return grown
        mask = grown


def ancestor_matrix(graph: SkillGraph) -> np.ndarray:
    """``a[i, j]`` is True when skill j is needed, directly or not, before skill i.

    One pass in teaching order (prerequisites first): a skill needs its direct prerequisites and
    everything they need. Callers keep it per graph: a plan is then answered without walking the
    graph again (about 2 ms for 500 skills).
    """
    ancestors = graph.prereq.copy()
    for i in graph.topo_order:
        direct = graph.prereq[i]
        if direct.any():
            ancestors[i] |= ancestors[direct].any(axis=0)
    ancestors.flags.writeable = False
    return ancestors


def plan_focus(
    graph: SkillGraph,
    targets: np.ndarray,
    mastered: np.ndarray,
    p_known: np.ndarray,
    practisable: np.ndarray | None = None,
    ancestors: np.ndarray | None = None,
) -> PlanFocus:
    """The skills a plan with these ``targets`` (bool mask or indices) asks the learner to work on now.

    For each unmastered target: itself when every prerequisite is mastered, else the unmastered
    skills it needs (directly or not) that are ready now. ``practisable`` (bool per skill) drops
    skills without items. A skill that is itself a target keeps the ``plan_target`` reason.
    ``ancestors`` is ``ancestor_matrix(graph)`` when the caller keeps it (else it is computed).
    """
    target_mask = _as_mask(graph, targets)
    mastered = np.asarray(mastered, dtype=bool)
    p_known = np.asarray(p_known, dtype=float)
    can_practise = np.ones(graph.size, dtype=bool) if practisable is None else np.asarray(practisable, dtype=bool)
    if mastered.shape != (graph.size,) or p_known.shape != (graph.size,) or can_practise.shape != (graph.size,):
        raise ValueError(f"mastered, p_known and practisable must hold one value per skill ({graph.size}).")
    needs = ancestor_matrix(graph) if ancestors is None else np.asarray(ancestors, dtype=bool)
    if needs.shape != (graph.size, graph.size):
        raise ValueError(f"ancestors must be a {graph.size} x {graph.size} matrix.")
    ready = ready_mask(graph, mastered) & can_practise
    topo_position = np.empty(graph.size, dtype=np.intp)
    topo_position[graph.topo_order] = np.arange(graph.size)

    remaining = np.flatnonzero(target_mask & ~mastered)
    remaining = remaining[np.argsort(topo_position[remaining], kind="stable")]
    direct = remaining[ready[remaining]]
    locked = remaining[~ready_mask(graph, mastered)[remaining]]
    # Skills that can be practised now, are not targets themselves and some locked target needs.
    helper_mask = ready & ~target_mask & needs[locked].any(axis=0) if locked.size else np.zeros(graph.size, bool)
    helpers = np.flatnonzero(helper_mask)
    helpers = helpers[np.lexsort((topo_position[helpers], p_known[helpers]))]

    skills = tuple(int(s) for s in direct) + tuple(int(h) for h in helpers)
    reasons = (PLAN_TARGET,) * direct.size + (PLAN_PREREQUISITE,) * helpers.size
    leads_to = tuple((int(s),) for s in direct) + tuple(
        tuple(int(t) for t in locked[needs[locked, h]]) for h in helpers
    )

    allowed = np.zeros(graph.size, dtype=bool)
    allowed[list(skills)] = True
    plan_skills = target_mask | needs[target_mask].any(axis=0)
    allowed |= plan_skills & mastered
    return PlanFocus(
        skills=skills,
        reasons=reasons,
        leads_to=leads_to,
        allowed=allowed,
        remaining=tuple(int(t) for t in remaining),
    )


def explain(graph: SkillGraph, focus: PlanFocus, suggestion: Suggestion) -> Suggestion:
    """The suggestion with the plan's reason when it is plan work the policy offered as continue/new.

    ``plan_target`` args: ``skill``; ``plan_prerequisite`` args: ``target`` (comma-separated
    target ids) and ``prerequisite`` (the suggested skill). Other suggestions come back unchanged.
    """
    if suggestion.kind not in _RELABELLED_KINDS:
        return suggestion
    skill = graph.index.get(suggestion.skill_id)
    if skill is None or skill not in focus.skills:
        return suggestion
    position = focus.skills.index(skill)
    if focus.reasons[position] == PLAN_TARGET:
        return replace(suggestion, reason=PLAN_TARGET, reason_args={"skill": suggestion.skill_id})
    targets = ",".join(graph.skill_ids[t] for t in focus.leads_to[position])
    return replace(
        suggestion,
        reason=PLAN_PREREQUISITE,
        reason_args={"target": targets, "prerequisite": suggestion.skill_id},
    )


def _as_mask(graph: SkillGraph, skills: np.ndarray) -> np.ndarray:
    values = np.asarray(skills)
    if values.dtype == bool:
        if values.shape != (graph.size,):
            raise ValueError(f"A skill mask must hold one value per skill ({graph.size}).")
        return values.copy()
    mask = np.zeros(graph.size, dtype=bool)
    indices = values.astype(np.intp).ravel()
    if indices.size and (indices.min() < 0 or indices.max() >= graph.size):
        raise ValueError(f"Skill indices must be within 0..{graph.size - 1}.")
    mask[indices] = True
    return mask
