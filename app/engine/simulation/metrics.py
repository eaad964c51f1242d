"""What a simulated run records per learner, and the five figures computed from those records.

Each figure has one definition, applied the same way to every policy:

- ``median_steps_to_mastery``: per learner, the first step after which every skill is truly
  known; learners who never get there count as the cap (the budget) and are reported as capped.
- ``mastery_after_budget``: the mean share of skills truly known when the budget is spent.
- ``false_mastery_rate``: of all mastery declarations, the share made while the skill was not
  truly known (pooled over learners).
- ``over_practice``: of all steps, the share spent on a skill that was truly known and not due
  for review (true recall at or above ``REVIEW_RECALL``) (pooled over steps).
- ``retention``: the mean true recall of all skills ``RETENTION_DELAY_DAYS`` after the budget
  is spent, with no practice in between.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np

REVIEW_RECALL = 0.9  # true recall below which practising a known skill is useful review
RETENTION_DELAY_DAYS = 30.0


@dataclass
class Trajectory:
    """One learner under one policy.

    ``steps_to_mastery`` is None when not every skill was truly known within the budget.
    ``declarations`` holds, for each mastery declaration, whether the skill was truly known.
    ``useless_steps`` counts steps on skills truly known and not due for review.
    """

    budget: int
    steps_to_mastery: int | None = None
    declarations: list[bool] = field(default_factory=list)
    useless_steps: int = 0
    steps: int = 0
    known_share_at_budget: float = 0.0
    retention: float = 0.0


@dataclass(frozen=True)
class PolicyFigures:
    """The five figures of one policy (plus how many learners hit the cap)."""

    median_steps_to_mastery: float
    capped_learners: int
    mastery_after_budget: float
    false_mastery_rate: float
    over_practice: float
    retention: float

    def to_dict(self) -> dict[str, float | int]:
        """The figures as a JSON-safe mapping, rounded for reading."""
        return {
            "median_steps_to_mastery": round(self.median_steps_to_mastery, 1),
            "capped_learners": self.capped_learners,
            "mastery_after_budget": round(self.mastery_after_budget, 4),
            "false_mastery_rate": round(self.false_mastery_rate, 4),
            "over_practice": round(self.over_practice, 4),
            "retention": round(self.retention, 4),
        }


def median_steps_to_mastery(trajectories: Sequence[Trajectory]) -> tuple[float, int]:
    """The median steps until every skill is truly known (capped at the budget) and the capped count."""
    steps = [t.budget if t.steps_to_mastery is None else t.steps_to_mastery for t in trajectories]
    capped = sum(1 for t in trajectories if t.steps_to_mastery is None)
    return (float(np.median(steps)) if steps else 0.0), capped


def mastery_after_budget(trajectories: Sequence[Trajectory]) -> float:
    """The mean share of skills truly known at the end of the budget."""
    return float(np.mean([t.known_share_at_budget for t in trajectories])) if trajectories else 0.0


def false_mastery_rate(trajectories: Sequence[Trajectory]) -> float:
    """The share of all declarations made while the skill was not truly known (0 with none)."""
    made = [known for t in trajectories for known in t.declarations]
    return (sum(1 for known in made if not known) / len(made)) if made else 0.0


def over_practice(trajectories: Sequence[Trajectory]) -> float:
    """The share of all steps spent on skills truly known and not due for review."""
    total = sum(t.steps for t in trajectories)
    return sum(t.useless_steps for t in trajectories) / total if total else 0.0


def retention(trajectories: Sequence[Trajectory]) -> float:
    """The mean true recall of all skills after the retention delay."""
    return float(np.mean([t.retention for t in trajectories])) if trajectories else 0.0


def figures(trajectories: Sequence[Trajectory]) -> PolicyFigures:
    """All five figures for one policy's trajectories."""
    median, capped = median_steps_to_mastery(trajectories)
    return PolicyFigures(
        median_steps_to_mastery=median,
        capped_learners=capped,
        mastery_after_budget=mastery_after_budget(trajectories),
        false_mastery_rate=false_mastery_rate(trajectories),
        over_practice=over_practice(trajectories),
        retention=retention(trajectories),
    )
