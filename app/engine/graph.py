"""The prerequisite graph of a pack's skills, held as a numpy boolean matrix.

Skills unlock when every direct prerequisite is mastered (the "outer fringe" of what the learner
knows); after repeated failure the learner is sent back to the weakest prerequisite (the "inner
fringe"). Both questions are answered here with whole-array operations so they stay cheap for
packs with hundreds of skills.
"""

from __future__ import annotations

import heapq
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import numpy as np


class GraphError(ValueError):
    """The skills do not form a usable prerequisite graph; the message names the skills involved."""


@dataclass(frozen=True, eq=False)
class SkillGraph:
    """Skills and their direct prerequisites.

    ``prereq[i, j]`` is True when skill ``j`` is a direct prerequisite of skill ``i``.
    ``topo_order`` lists skill indices with every prerequisite before the skills that need it;
    among skills that could go in either order, declaration order is kept.
    """

    skill_ids: tuple[str, ...]
    index: dict[str, int]
    prereq: np.ndarray
    topo_order: np.ndarray

    @property
    def size(self) -> int:
        """Number of skills."""
        return len(self.skill_ids)

    def prerequisites_of(self, skill: int) -> np.ndarray:
        """Indices of the direct prerequisites of ``skill``, in declaration order."""
        return np.flatnonzero(self.prereq[skill])

    def dependents_of(self, skill: int) -> np.ndarray:
        """Indices of the skills that list ``skill`` as a direct prerequisite."""
        return np.flatnonzero(self.prereq[:, skill])


def build_graph(skill_ids: Sequence[str], prerequisites: Mapping[str, Sequence[str]]) -> SkillGraph:
    """Build and validate the graph.

    ``prerequisites`` maps a skill id to the ids of its direct prerequisites; skills absent from
    it have none. Raises GraphError for duplicate skills, unknown skills or prerequisites, and
    cycles (the message spells the cycle out, e.g. ``a -> b -> a``).
    """
    ids = tuple(skill_ids)
    index: dict[str, int] = {}
    for i, sid in enumerate(ids):
        if sid in index:
            raise GraphError(f"Skill '{sid}' is declared more than once.")
        index[sid] = i

    n = len(ids)
    prereq = np.zeros((n, n), dtype=bool)
    for sid, reqs in prerequisites.items():
        if sid not in index:
            raise GraphError(f"Prerequisites are given for unknown skill '{sid}'.")
        for req in reqs:
            if req not in index:
                raise GraphError(f"Skill '{sid}' lists unknown prerequisite '{req}'.")
            prereq[index[sid], index[req]] = True

    order = _topological_order(prereq)
    if len(order) < n:
        cycle = _find_cycle(prereq, set(range(n)) - set(order))
        names = " -> ".join(ids[i] for i in cycle)
        raise GraphError(f"Prerequisites form a cycle: {names}.")

    prereq.flags.writeable = False
    topo = np.asarray(order, dtype=np.intp)
    topo.flags.writeable = False
    return SkillGraph(skill_ids=ids, index=index, prereq=prereq, topo_order=topo)


def _topological_order(prereq: np.ndarray) -> list[int]:
    """Kahn's algorithm; a heap keeps ties in declaration order so the order is stable.

    Returns fewer than n indices when the graph has a cycle.
    """
    n = prereq.shape[0]
    remaining = prereq.sum(axis=1).astype(int)
    heap = [i for i in range(n) if remaining[i] == 0]
    heapq.heapify(heap)
    order: list[int] = []
    while heap:
        i = heapq.heappop(heap)
        order.append(i)
        for dependent in np.flatnonzero(prereq[:, i]):
            remaining[dependent] -= 1
            if remaining[dependent] == 0:
                heapq.heappush(heap, int(dependent))
    return order


def _find_cycle(prereq: np.ndarray, stuck: set[int]) -> list[int]:
    """One cycle among the skills Kahn's algorithm could not order, closed (first == last).

    Every stuck skill has at least one stuck prerequisite, so walking prerequisites from any of
    them must revisit a skill; the walk from that first repeat is the cycle.
    """
    start = min(stuck)
    seen_at: dict[int, int] = {}
    path: list[int] = []
    node = start
    while node not in seen_at:
        seen_at[node] = len(path)
        path.append(node)
        node = next(int(j) for j in np.flatnonzero(prereq[node]) if int(j) in stuck)
    cycle = path[seen_at[node] :] + [node]
    # Walking goes from a skill to its prerequisite; report it in learning order instead.
    return cycle[::-1]


def ready_mask(graph: SkillGraph, mastered: np.ndarray) -> np.ndarray:
    """Skills that are not mastered and whose direct prerequisites are all mastered (the outer fringe)."""
    mastered = np.asarray(mastered, dtype=bool)
    blocked = (graph.prereq & ~mastered[np.newaxis, :]).any(axis=1)
    return ~mastered & ~blocked


def weakest_prerequisite(graph: SkillGraph, skill: int, p_known: np.ndarray) -> int | None:
    """The direct prerequisite of ``skill`` with the lowest ``p_known`` (the inner fringe).

    Ties go to the prerequisite declared first. None when ``skill`` has no prerequisites.
    """
    reqs = graph.prerequisites_of(skill)
    if reqs.size == 0:
        return None
    return int(reqs[np.argmin(np.asarray(p_known)[reqs])])


def remediation_target(
    graph: SkillGraph, skill: int, p_known: np.ndarray, mastered: np.ndarray, *, unmastered_only: bool = False
) -> int | None:
    """Where to send a learner who is stuck on ``skill``: a practicable weakest prerequisite.

    Starts at the weakest direct prerequisite (only unmastered ones when ``unmastered_only``) and,
    while that skill is itself locked, descends to its weakest unmastered prerequisite, so the
    result always has every prerequisite mastered. None when there is nowhere to go back to.
    """
    p_known = np.asarray(p_known)
    mastered = np.asarray(mastered, dtype=bool)
    reqs = graph.prerequisites_of(skill)
    if unmastered_only:
        reqs = reqs[~mastered[reqs]]
    if reqs.size == 0:
        return None
    target = int(reqs[np.argmin(p_known[reqs])])
    while True:
        open_reqs = graph.prerequisites_of(target)
        open_reqs = open_reqs[~mastered[open_reqs]]
        if open_reqs.size == 0:
            return target
        target = int(open_reqs[np.argmin(p_known[open_reqs])])
