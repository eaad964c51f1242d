"""One learner's running summary: small arrays over skills plus a few scalars.

Everything the learner model's features need is kept here and updated in O(1) per answer, so
a learner with 10,000 past answers costs no more to predict than one with 10.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any

import numpy as np

# Prior precision (1 / variance, logits^-2) of the online ability estimates.
THETA_PRIOR_PRECISION = 1.0


@dataclass(eq=False)
class LearnerState:
    """Counts, exponentially decayed counts and last-practice marks, per skill and overall.

    ``skill_last`` is +1/-1 for the previous answer on the skill (0: never practised);
    ``skill_last_total`` is ``total_attempts`` before that answer (-1: never practised);
    ``skill_last_time`` / ``last_time`` are clock readings in seconds (0: unknown).
    ``residual_sum`` / ``decayed_residual`` / ``skill_residual`` accumulate surprises
    (correct minus the item's prior P(correct)), plainly and exponentially decayed;
    ``theta`` / ``skill_theta`` are online IRT abilities with their precisions;
    ``skill_streak`` is the current run on the skill (+k: k right in a row, -k: k wrong).
    The decays are copied from the parameters so an update needs nothing else.
    """

    skill_attempts: np.ndarray
    skill_successes: np.ndarray
    skill_decayed_successes: np.ndarray
    skill_decayed_attempts: np.ndarray
    skill_fast_successes: np.ndarray
    skill_fast_attempts: np.ndarray
    skill_last: np.ndarray
    skill_last_total: np.ndarray
    skill_last_time: np.ndarray
    skill_residual: np.ndarray
    skill_residual_weight: np.ndarray
    skill_theta: np.ndarray
    skill_theta_precision: np.ndarray
    skill_streak: np.ndarray
    skill_decay: float
    fast_decay: float
    total_decay: float
    total_attempts: float = 0.0
    total_successes: float = 0.0
    decayed_successes: float = 0.0
    decayed_attempts: float = 0.0
    last_time: float = 0.0
    residual_sum: float = 0.0
    decayed_residual: float = 0.0
    theta: float = 0.0
    theta_precision: float = THETA_PRIOR_PRECISION

    @classmethod
    def new(cls, params: Any) -> LearnerState:
        """A fresh state sized and configured for ``params`` (a ``LearnerModelParams``)."""
        return cls.empty(params.n_skills, params.skill_decay, params.fast_decay, params.total_decay)

    @classmethod
    def empty(cls, n_skills: int, skill_decay: float, fast_decay: float, total_decay: float) -> LearnerState:
        """The state of a learner who has answered nothing yet."""
        return cls(
            skill_attempts=np.zeros(n_skills),
            skill_successes=np.zeros(n_skills),
            skill_decayed_successes=np.zeros(n_skills),
            skill_decayed_attempts=np.zeros(n_skills),
            skill_fast_successes=np.zeros(n_skills),
            skill_fast_attempts=np.zeros(n_skills),
            skill_last=np.zeros(n_skills),
            skill_last_total=np.full(n_skills, -1.0),
            skill_last_time=np.zeros(n_skills),
            skill_residual=np.zeros(n_skills),
            skill_residual_weight=np.zeros(n_skills),
            skill_theta=np.zeros(n_skills),
            skill_theta_precision=np.full(n_skills, THETA_PRIOR_PRECISION),
            skill_streak=np.zeros(n_skills),
            skill_decay=skill_decay,
            fast_decay=fast_decay,
            total_decay=total_decay,
        )

    def copy(self) -> LearnerState:
        """An independent copy (arrays copied), so an answer can be folded in before it is committed."""
        return LearnerState(
            **{name: value.copy() if isinstance(value, np.ndarray) else value for name, value in vars(self).items()}
        )

    def record(self, skill: int, correct: bool, timestamp: float | None, expected: float = 0.5) -> None:
        """Fold one answer on ``skill`` into the state, in place and in O(1).

        ``expected`` is the item's prior P(correct) for an average learner: the surprise
        ``correct - expected`` is what the ability features accumulate, so a learner is not
        credited with ability for answering easy items.
        """
        c = 1.0 if correct else 0.0
        expected = min(max(expected, 1e-6), 1.0 - 1e-6)
        surprise = c - expected
        # Online IRT ability (one Laplace/Newton step per answer against the item's prior logit),
        # overall and per skill: a principled, item-adjusted measure of the learner.
        prior_logit = math.log(expected / (1.0 - expected))
        p = 1.0 / (1.0 + math.exp(-(prior_logit + self.theta)))
        self.theta_precision += p * (1.0 - p)
        self.theta += (c - p) / self.theta_precision
        theta_s = float(self.skill_theta[skill])
        p = 1.0 / (1.0 + math.exp(-(prior_logit + theta_s)))
        precision = float(self.skill_theta_precision[skill]) + p * (1.0 - p)
        self.skill_theta_precision[skill] = precision
        self.skill_theta[skill] = theta_s + (c - p) / precision
        self.residual_sum += surprise
        self.decayed_residual = self.total_decay * self.decayed_residual + surprise
        self.skill_residual[skill] = self.skill_decay * self.skill_residual[skill] + surprise
        self.skill_residual_weight[skill] = self.skill_decay * self.skill_residual_weight[skill] + 1.0
        self.skill_last_total[skill] = self.total_attempts
        self.skill_attempts[skill] += 1.0
        self.skill_successes[skill] += c
        self.skill_decayed_successes[skill] = self.skill_decay * self.skill_decayed_successes[skill] + c
        self.skill_decayed_attempts[skill] = self.skill_decay * self.skill_decayed_attempts[skill] + 1.0
        self.skill_fast_successes[skill] = self.fast_decay * self.skill_fast_successes[skill] + c
        self.skill_fast_attempts[skill] = self.fast_decay * self.skill_fast_attempts[skill] + 1.0
        self.skill_last[skill] = 1.0 if correct else -1.0
        streak = float(self.skill_streak[skill])
        if correct:
            self.skill_streak[skill] = streak + 1.0 if streak > 0.0 else 1.0
        else:
            self.skill_streak[skill] = streak - 1.0 if streak < 0.0 else -1.0
        self.total_attempts += 1.0
        self.total_successes += c
        self.decayed_successes = self.total_decay * self.decayed_successes + c
        self.decayed_attempts = self.total_decay * self.decayed_attempts + 1.0
        if timestamp is not None and math.isfinite(timestamp) and timestamp > 0.0:
            self.skill_last_time[skill] = timestamp
            self.last_time = timestamp
