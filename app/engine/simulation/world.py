"""The simulated curriculum: skills in a prerequisite graph and items with difficulties.

Three graph shapes cover the packs Sabil meets: a ``chain`` (each skill needs the previous one),
a ``tree`` (each skill needs its parent; a binary tree) and ``layered`` (skills in layers of
three, each needing one or two skills of the layer below). The same ``World`` is the hidden truth
for the simulated learner and the public pack the policies see; only the learner's knowledge is
hidden.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from app.engine.graph import SkillGraph, build_graph

GRAPH_KINDS = ("chain", "tree", "layered")
LAYER_WIDTH = 3


@dataclass(frozen=True)
class World:
    """Skills, their graph, and the items of each skill.

    ``item_skill[i]`` is the skill index of item i and ``item_difficulty[i]`` its difficulty in
    logits (0 is a typical item; positive is harder). ``p_learn[s]`` is the true chance that one
    practice opportunity teaches skill ``s`` when its prerequisites are known.
    """

    graph: SkillGraph
    item_skill: np.ndarray
    item_difficulty: np.ndarray
    item_ids: tuple[str, ...]
    p_learn: np.ndarray

    @property
    def n_skills(self) -> int:
        """Number of skills."""
        return self.graph.size


def prerequisites(kind: str, n_skills: int, rng: np.random.Generator) -> dict[int, list[int]]:
    """Direct prerequisites of each skill for a graph of ``kind``; skill i only needs skills < i."""
    if kind not in GRAPH_KINDS:
        raise ValueError(f"Unknown graph {kind!r}; use chain, tree or layered.")
    if kind == "chain":
        return {i: [i - 1] for i in range(1, n_skills)}
    if kind == "tree":
        return {i: [(i - 1) // 2] for i in range(1, n_skills)}
    reqs: dict[int, list[int]] = {}
    for i in range(LAYER_WIDTH, n_skills):
        layer = i // LAYER_WIDTH
        below = np.arange((layer - 1) * LAYER_WIDTH, layer * LAYER_WIDTH)
        count = int(rng.integers(1, 3))
        reqs[i] = sorted(int(s) for s in rng.choice(below, size=count, replace=False))
    return reqs


def make_world(kind: str, n_skills: int, rng: np.random.Generator, items_per_skill: int = 8) -> World:
    """A random curriculum of ``n_skills`` skills shaped as ``kind``; reproducible from ``rng``.

    Raises ValueError for an unknown graph kind or fewer than one skill or item per skill.
    """
    if n_skills < 1:
        raise ValueError(f"A simulation needs at least one skill, got {n_skills}.")
    if items_per_skill < 1:
        raise ValueError(f"A simulation needs at least one item per skill, got {items_per_skill}.")
    reqs = prerequisites(kind, n_skills, rng)
    ids = [f"s{i}" for i in range(n_skills)]
    graph = build_graph(ids, {ids[i]: [ids[j] for j in js] for i, js in reqs.items()})
    item_skill = np.repeat(np.arange(n_skills, dtype=np.intp), items_per_skill)
    difficulty = rng.normal(0.0, 0.6, size=item_skill.size)
    item_ids = tuple(f"s{s}-i{k}" for s in range(n_skills) for k in range(items_per_skill))
    p_learn = rng.uniform(0.15, 0.35, size=n_skills)
    return World(graph, item_skill, difficulty, item_ids, p_learn)
