"""Bayesian knowledge tracing: a two-state hidden Markov model of one skill.

The learner either knows the skill or not. Knowing it, they still slip; not knowing it, they may
guess. After each answer the belief is updated by Bayes' rule and then moved by the transition
(learning, and optionally forgetting). Every function accepts a Python float or a numpy array of
beliefs, so the policy can evaluate a whole pack at once.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, TypeVar

import numpy as np

Belief = TypeVar("Belief", float, np.ndarray)


@dataclass(frozen=True)
class BKTParams:
    """Probabilities of the model.

    ``p_init``: knows the skill before any practice. ``p_learn``: learns it at an opportunity.
    ``p_slip``: answers wrongly while knowing it. ``p_guess``: answers rightly without knowing it.
    ``p_forget``: loses it at an opportunity (0 in classic BKT).
    """

    p_init: float = 0.2
    p_learn: float = 0.15
    p_slip: float = 0.1
    p_guess: float = 0.2
    p_forget: float = 0.0

    def __post_init__(self) -> None:
        for name in ("p_init", "p_learn", "p_slip", "p_guess", "p_forget"):
            value = getattr(self, name)
            if not 0.0 <= value <= 1.0:
                raise ValueError(f"BKT parameter {name} must be between 0 and 1, got {value!r}.")
        # With slip + guess >= 1 a correct answer would be evidence of NOT knowing the skill.
        if self.p_slip + self.p_guess >= 1.0:
            raise ValueError(
                f"BKT parameters need p_slip + p_guess < 1 (got {self.p_slip} + {self.p_guess})."
            )

    @classmethod
    def default(cls) -> BKTParams:
        """The defaults used until parameters are fitted from pooled data."""
        return cls()

    @classmethod
    def from_dict(cls, data: Mapping[str, Any] | None) -> BKTParams:
        """Parameters from a mapping such as a pack's model section; missing keys keep their defaults."""
        if not data:
            return cls()
        known = {"p_init", "p_learn", "p_slip", "p_guess", "p_forget"}
        unknown = set(data) - known
        if unknown:
            raise ValueError(f"Unknown BKT parameter(s): {', '.join(sorted(unknown))}.")
        return cls(**{key: float(value) for key, value in data.items()})

    def to_dict(self) -> dict[str, float]:
        """The parameters as a plain mapping (the inverse of ``from_dict``)."""
        return {
            "p_init": self.p_init,
            "p_learn": self.p_learn,
            "p_slip": self.p_slip,
            "p_guess": self.p_guess,
            "p_forget": self.p_forget,
        }


def predict_correct(params: BKTParams, p_known: Belief) -> Belief:
    """P(correct answer) given the belief that the skill is known."""
    return p_known * (1.0 - params.p_slip) + (1.0 - p_known) * params.p_guess


def posterior(params: BKTParams, p_known: Belief, correct: bool | np.ndarray) -> Belief:
    """P(known | this answer): Bayes' rule only, no learning transition."""
    if isinstance(correct, (bool, np.bool_)):
        if correct:
            weighted = p_known * (1.0 - params.p_slip)
            total = weighted + (1.0 - p_known) * params.p_guess
        else:
            weighted = p_known * params.p_slip
            total = weighted + (1.0 - p_known) * (1.0 - params.p_guess)
        if not isinstance(p_known, np.ndarray):
            # An answer the model calls impossible (e.g. a guess with p_guess = 0) carries no usable
            # evidence; keep the belief rather than divide by zero.
            return weighted / total if total > 0.0 else p_known
        return np.divide(weighted, total, out=np.array(p_known, dtype=float), where=total > 0.0)
    correct = np.asarray(correct, dtype=bool)
    known_likelihood = np.where(correct, 1.0 - params.p_slip, params.p_slip)
    unknown_likelihood = np.where(correct, params.p_guess, 1.0 - params.p_guess)
    weighted = p_known * known_likelihood
    total = weighted + (1.0 - p_known) * unknown_likelihood
    out = np.array(np.broadcast_to(p_known, np.shape(total)), dtype=float)
    return np.divide(weighted, total, out=out, where=total > 0.0)


def transition(params: BKTParams, p_known: Belief) -> Belief:
    """Belief after one opportunity: unknown -> known with p_learn, known -> unknown with p_forget."""
    return p_known * (1.0 - params.p_forget) + (1.0 - p_known) * params.p_learn


def update(params: BKTParams, p_known: Belief, correct: bool | np.ndarray) -> Belief:
    """Belief after observing one answer: the Bayes posterior, then the learning/forgetting transition."""
    return transition(params, posterior(params, p_known, correct))
