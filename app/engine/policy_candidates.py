"""Candidate skills for the next step, from the prerequisite graph and the learner's state.

Best first: remediation (weakest prerequisite of a failing skill), continue (in progress, every
prerequisite mastered), new (never tried, prerequisites mastered: the outer fringe, in the pack's
teaching order) and review (``app.engine.policy_review``); at most a few of each kind. A locked
skill is offered only as a last resort, the one closest to ready.
"""

from __future__ import annotations

import numpy as np

from app.engine.graph import SkillGraph, ready_mask, remediation_target
from app.engine.policy_reasons import (
    CLOSEST_TO_READY,
    IN_PROGRESS,
    Candidate,
    SuggestionKind,
    new_candidate,
)
from app.engine.policy_remediation import detour_candidate, remediation_candidates, solid_mastery, stuck_mask
from app.engine.policy_review import (
    ReviewInputs,
    describe_mastered,
    idle_review_candidates,
    recall_review_candidates,
    review_ahead,
)
from app.engine.state import LearnerArrays


def practisable_mask(graph: SkillGraph, practisable: np.ndarray | None) -> np.ndarray:
    """The caller's practisable mask as booleans; every skill when not given."""
    if practisable is None:
        return np.ones(graph.size, dtype=bool)
    return np.asarray(practisable, dtype=bool)


def topo_positions(graph: SkillGraph) -> np.ndarray:
    """Each skill's position in the pack's teaching (topological) order."""
    topo_position = np.empty(graph.size, dtype=np.intp)
    topo_position[graph.topo_order] = np.arange(graph.size)
    return topo_position


def ranked_candidates(
    graph: SkillGraph,
    arrays: LearnerArrays,
    now: float | None,
    practisable: np.ndarray,
    per_kind: int,
    review: ReviewInputs | None = None,
) -> list[Candidate]:
    """Candidates best first: remediation, continue, new, review; at most ``per_kind`` of each.

    Falls back to the locked skill closest to ready when nothing else is available, so the list
    is only empty when every practisable skill is mastered and none is due for review.
    """
    ready = ready_mask(graph, solid_mastery(arrays)) & practisable
    attempted = arrays.attempts > 0
    topo_position = topo_positions(graph)
    ranked = remediation_candidates(graph, arrays, practisable, topo_position, per_kind, review)

    # Continue: the most recently practised first (pick up where the learner left off).
    in_progress = np.flatnonzero(ready & attempted)
    recency = np.nan_to_num(arrays.last_practised[in_progress], nan=-np.inf)
    in_progress = in_progress[np.lexsort((topo_position[in_progress], -recency))][:per_kind]
    for skill in in_progress:
        ranked.append(
            Candidate(int(skill), "continue", IN_PROGRESS, {"attempts": str(int(arrays.attempts[skill]))})
        )

    # New: in the pack's teaching order.
    frontier = np.flatnonzero(ready & ~attempted)
    frontier = frontier[np.argsort(topo_position[frontier], kind="stable")][:per_kind]
    for skill in frontier:
        ranked.append(new_candidate(graph, int(skill)))

    if review is not None and review.recall is not None:
        ranked.extend(recall_review_candidates(arrays, now, practisable, topo_position, per_kind, review))
    elif now is not None:
        ranked.extend(idle_review_candidates(arrays, now, practisable, topo_position, per_kind))

    if not any(c.kind in ("continue", "new") for c in ranked):
        fallback = closest_to_ready(graph, arrays, practisable, topo_position)
        if fallback is not None:
            ranked.append(fallback)
    if not ranked and review is not None and review.recall is not None:
        ranked.extend(review_ahead(arrays, practisable, topo_position, per_kind, review.recall))
    return ranked


def closest_to_ready(
    graph: SkillGraph, arrays: LearnerArrays, practisable: np.ndarray, topo_position: np.ndarray
) -> Candidate | None:
    """The unmastered skill whose prerequisites are nearest to done; least mastered on ties."""
    unmastered = ~arrays.mastered
    pool = np.flatnonzero(unmastered & practisable)
    if pool.size == 0:
        pool = np.flatnonzero(unmastered)
    if pool.size == 0:
        return None
    n_reqs = graph.prereq[pool].sum(axis=1)
    n_done = (graph.prereq[pool] & arrays.mastered[np.newaxis, :]).sum(axis=1)
    done_fraction = np.where(n_reqs > 0, n_done / np.maximum(n_reqs, 1), 1.0)
    order = np.lexsort((topo_position[pool], arrays.p_known[pool], -done_fraction))
    skill = int(pool[order[0]])
    return _locked(graph, arrays, skill)


def diverse_pick(ranked: list[Candidate], k: int) -> list[Candidate]:
    """The best candidate, then the best of each kind not yet offered, then the rest by rank."""
    chosen: list[Candidate] = []
    seen_skills: set[int] = set()

    def take(candidate: Candidate) -> None:
        chosen.append(candidate)
        seen_skills.add(candidate.skill)

    for candidate in ranked:
        if len(chosen) >= k:
            return chosen
        if candidate.skill in seen_skills:
            continue
        if not chosen or all(c.kind != candidate.kind for c in chosen):
            take(candidate)
    for candidate in ranked:
        if len(chosen) >= k:
            break
        if candidate.skill not in seen_skills:
            take(candidate)
    return chosen


def focus_candidates(
    graph: SkillGraph,
    arrays: LearnerArrays,
    skill: int,
    practisable: np.ndarray,
    now: float | None,
    review: ReviewInputs | None = None,
) -> list[Candidate]:
    """Candidates when the learner chose a skill: that skill, or the way back to it."""
    mastered = arrays.mastered
    locked = not mastered[skill] and not ready_mask(graph, mastered)[skill]
    if locked:
        target = remediation_target(graph, skill, arrays.p_known, mastered, unmastered_only=True)
        if target is not None:
            return [detour_candidate(graph, skill, target)]
    candidates = [describe(graph, arrays, skill, now, review)]
    if stuck_mask(arrays)[skill]:
        target = remediation_target(graph, skill, arrays.p_known, solid_mastery(arrays))
        if target is not None and practisable[target]:
            candidates.insert(0, detour_candidate(graph, skill, target))
    return candidates


def describe(
    graph: SkillGraph,
    arrays: LearnerArrays,
    skill: int,
    now: float | None,
    review: ReviewInputs | None = None,
) -> Candidate:
    """Why practising ``skill`` makes sense, whatever its state."""
    if arrays.mastered[skill]:
        return describe_mastered(arrays, skill, now, review)
    if not ready_mask(graph, arrays.mastered)[skill]:
        return _locked(graph, arrays, skill)
    if arrays.attempts[skill] > 0:
        return Candidate(skill, "continue", IN_PROGRESS, {"attempts": str(int(arrays.attempts[skill]))})
    return new_candidate(graph, skill)


def _locked(graph: SkillGraph, arrays: LearnerArrays, skill: int) -> Candidate:
    """A locked skill, with the prerequisites still missing as its reason."""
    missing = [graph.skill_ids[int(r)] for r in graph.prerequisites_of(skill) if not arrays.mastered[r]]
    kind: SuggestionKind = "continue" if arrays.attempts[skill] > 0 else "new"
    return Candidate(skill, kind, CLOSEST_TO_READY, {"missing": ",".join(missing)})
