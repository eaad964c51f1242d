"""Run every policy on the same simulated learners and summarise the five figures per policy.

For learner ``i`` of a run with seed ``S``, the curriculum comes from ``S`` and the learner's
hidden state and answers from ``(S, i)``, so every policy meets the very same learners (same
prior knowledge, same random stream) and a seed reproduces the whole run.

Time: a step takes ``STEP_SECONDS``; sessions of ``steps_per_session`` steps start a day apart,
and every fifth gap is a weekend (three days), so forgetting between sessions is real.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np

from app.engine.simulation.baselines import FixedOrder, LowestMastery, RandomUnlocked, Zpdes
from app.engine.simulation.learner import SECONDS_PER_DAY, SimulatedLearner
from app.engine.simulation.metrics import (
    RETENTION_DELAY_DAYS,
    REVIEW_RECALL,
    PolicyFigures,
    Trajectory,
    figures,
)
from app.engine.simulation.protocol import SimPolicy
from app.engine.simulation.sabil import SabilPolicy
from app.engine.simulation.world import GRAPH_KINDS, World, make_world

STEP_SECONDS = 30.0
STEPS_PER_SESSION = 20
STEPS_PER_SKILL = 20  # the default budget per skill
MAX_LEARNERS = 100_000
MAX_SKILLS = 500

POLICIES: dict[str, Callable[[World, np.random.Generator], SimPolicy]] = {
    "sabil": SabilPolicy,
    "fixed_order": FixedOrder,
    "lowest_mastery": LowestMastery,
    "random": RandomUnlocked,
    "zpdes": Zpdes,
}


@dataclass(frozen=True)
class SimulationResult:
    """The figures of every policy, and the settings that produced them."""

    learners: int
    skills: int
    graph: str
    seed: int
    budget: int
    figures: dict[str, PolicyFigures]

    def to_dict(self) -> dict[str, dict[str, float | int]]:
        """Each policy's figures as a JSON-safe mapping."""
        return {name: fig.to_dict() for name, fig in self.figures.items()}

    def to_json(self) -> str:
        """``to_dict`` as one line of JSON."""
        return json.dumps(self.to_dict(), sort_keys=False)


def step_time(step: int, steps_per_session: int = STEPS_PER_SESSION) -> float:
    """Simulated seconds at which step ``step`` (0-based) is answered."""
    session, within = divmod(step, steps_per_session)
    weekends = session // 5  # after every five sessions the gap is three days instead of one
    day = session + 2 * weekends
    return day * SECONDS_PER_DAY + within * STEP_SECONDS


def run_learner(
    world: World,
    policy_factory: Callable[[World, np.random.Generator], SimPolicy],
    seed: int,
    learner: int,
    budget: int,
    steps_per_session: int = STEPS_PER_SESSION,
) -> Trajectory:
    """One learner practising ``budget`` steps under one policy; what happened, for the metrics."""
    truth = SimulatedLearner(world, np.random.default_rng([seed, learner]))
    policy = policy_factory(world, np.random.default_rng([seed, learner, 1]))
    trajectory = Trajectory(budget=budget)
    if truth.known(0.0).all():
        trajectory.steps_to_mastery = 0
    for step in range(budget):
        t = step_time(step, steps_per_session)
        item = int(policy.choose(t))
        skill = int(world.item_skill[item])
        recall = truth.recall(t)
        if recall[skill] >= REVIEW_RECALL:
            trajectory.useless_steps += 1
        correct = truth.answer(item, t)
        known = truth.known(t)
        for declared in policy.observe(item, correct, t):
            trajectory.declarations.append(bool(known[declared]))
        trajectory.steps += 1
        if trajectory.steps_to_mastery is None and known.all():
            trajectory.steps_to_mastery = step + 1
    end = step_time(budget, steps_per_session)
    trajectory.known_share_at_budget = float(truth.known(end).mean())
    later = end + RETENTION_DELAY_DAYS * SECONDS_PER_DAY
    trajectory.retention = float(truth.recall(later).mean())
    return trajectory


def run_simulation(
    learners: int,
    skills: int,
    graph: str,
    seed: int,
    budget: int | None = None,
    *,
    policies: Sequence[str] | None = None,
    steps_per_session: int = STEPS_PER_SESSION,
    items_per_skill: int = 8,
) -> SimulationResult:
    """Simulate ``learners`` learners on a ``graph`` curriculum of ``skills`` skills under each policy.

    ``budget`` is the number of steps per learner (default ``STEPS_PER_SKILL`` per skill).
    ``policies`` selects and orders policies (default: all five). Raises ValueError with a
    one-line message for an unknown graph or policy, or numbers out of range.
    """
    if graph not in GRAPH_KINDS:
        raise ValueError(f"Unknown graph {graph!r}; use chain, tree or layered.")
    _check_range("learners", learners, 1, MAX_LEARNERS)
    _check_range("skills", skills, 1, MAX_SKILLS)
    _check_range("steps_per_session", steps_per_session, 1, 10_000)
    if budget is None:
        budget = STEPS_PER_SKILL * skills
    _check_range("budget", budget, 1, 10_000_000)
    if not isinstance(seed, int) or isinstance(seed, bool) or seed < 0:
        raise ValueError(f"seed must be a whole number >= 0, got {seed!r}.")
    names = list(POLICIES) if policies is None else list(policies)
    unknown = [name for name in names if name not in POLICIES]
    if unknown or not names:
        raise ValueError(f"Unknown policy {unknown[0] if unknown else ''!r}; use {', '.join(POLICIES)}.")

    world = make_world(graph, skills, np.random.default_rng([seed, 0xC0FFEE]), items_per_skill)
    results: dict[str, PolicyFigures] = {}
    for name in names:
        trajectories = [
            run_learner(world, POLICIES[name], seed, i, budget, steps_per_session) for i in range(learners)
        ]
        results[name] = figures(trajectories)
    return SimulationResult(learners, skills, graph, seed, budget, results)


def _check_range(name: str, value: object, low: int, high: int) -> None:
    if not isinstance(value, int) or isinstance(value, bool) or not low <= value <= high:
        raise ValueError(f"{name} must be a whole number from {low} to {high}, got {value!r}.")


def format_table(result: SimulationResult) -> str:
    """A plain-text table: one row per policy, the five figures as columns."""
    header = (
        f"{result.learners} learners, {result.skills} skills, {result.graph} graph, "
        f"seed {result.seed}, budget {result.budget} steps"
    )
    columns = (
        "policy",
        "steps to mastery",
        "capped",
        "mastery@budget",
        "false mastery",
        "over-practice",
        "retention",
    )
    rows = [columns]
    for name, fig in result.figures.items():
        rows.append(
            (
                name,
                f"{fig.median_steps_to_mastery:.0f}",
                str(fig.capped_learners),
                f"{fig.mastery_after_budget:.1%}",
                f"{fig.false_mastery_rate:.1%}",
                f"{fig.over_practice:.1%}",
                f"{fig.retention:.1%}",
            )
        )
    widths = [max(len(row[i]) for row in rows) for i in range(len(columns))]
    lines = [header]
    for k, row in enumerate(rows):
        cells = [row[0].ljust(widths[0])] + [
            cell.rjust(w) for cell, w in zip(row[1:], widths[1:], strict=True)
        ]
        lines.append("  ".join(cells))
        if k == 0:
            lines.append("  ".join("-" * w for w in widths))
    return "\n".join(lines)
