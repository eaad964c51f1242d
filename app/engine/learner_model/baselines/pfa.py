"""PFA baseline (Pavlik, Cen & Koedinger 2009): per-skill easiness and per-skill weights on the
learner's counts of successes and failures on that skill.

logit P(correct) = beta_s + gamma_s * successes_s + rho_s * failures_s
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from app.engine.learner_model.features import DENSE_FEATURES
from app.engine.learner_model.fit import Design, FitOptions, fit_design


@dataclass(frozen=True, eq=False)
class PFAModel:
    """beta, gamma, rho per skill (an unseen skill gets the intercept and zero weights)."""

    intercept: float
    beta: np.ndarray
    gamma: np.ndarray
    rho: np.ndarray


def counts(users: np.ndarray, skills: np.ndarray, correct: np.ndarray) -> np.ndarray:
    """Successes and failures on the answer's skill before each answer, per learner (n x 2)."""
    seen: dict[tuple[int, int], list[float]] = {}
    out = np.empty((len(users), 2))
    for row, key in enumerate(zip(np.asarray(users).tolist(), np.asarray(skills).tolist(), strict=True)):
        tally = seen.setdefault(key, [0.0, 0.0])
        out[row] = tally
        tally[0 if correct[row] == 1 else 1] += 1.0
    return out


def fit(users: np.ndarray, skills: np.ndarray, correct: np.ndarray, n_skills: int) -> PFAModel:
    """Fit the per-skill parameters by regularised logistic regression."""
    y = np.asarray(correct, dtype=float)
    design = Design(
        np.zeros((len(y), len(DENSE_FEATURES))),
        counts(users, skills, correct),
        np.zeros(len(y), dtype=np.int64),
        np.asarray(skills, dtype=np.int64),
        y,
    )
    # One dummy "item" with a huge penalty: PFA has no item parameters.
    options = FitOptions(l2_item=1e9, l2_skill=0.1, dense_features=(), skill_terms=True, max_iter=300)
    intercept, _, skill_bias, skill_weights, _ = fit_design(design, 1, n_skills, options)
    return PFAModel(intercept, skill_bias, skill_weights[:, 0].copy(), skill_weights[:, 1].copy())


def predict_in_order(
    model: PFAModel, users: np.ndarray, skills: np.ndarray, correct: np.ndarray
) -> np.ndarray:
    """P(correct) of every answer from the same learner's earlier answers only."""
    tallies = counts(users, skills, correct)
    known = len(model.beta)
    out = np.empty(len(users))
    for row, skill in enumerate(np.asarray(skills).tolist()):
        logit = model.intercept
        if skill < known:
            logit += (
                model.beta[skill] + model.gamma[skill] * tallies[row, 0] + model.rho[skill] * tallies[row, 1]
            )
        out[row] = 1.0 / (1.0 + math.exp(-logit))
    return out
