"""IRT baseline: item difficulty (1PL / Rasch) with an online estimate of the learner's ability.

Item difficulties come from a regularised logistic regression on item (and skill, for unseen
items) one-hots with ability 0. A new learner's ability starts at the prior mean 0 and follows
each answer by one Laplace (Newton) step, which keeps the update O(1).
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from app.engine.learner_model.features import DENSE_FEATURES, SKILL_FEATURES
from app.engine.learner_model.fit import Design, FitOptions, fit_design

# Prior precision of a learner's ability (1 / variance, in logits^-2).
_ABILITY_PRECISION = 1.0


@dataclass(frozen=True, eq=False)
class IRTModel:
    """Item easiness logits (an unseen item gets its skill's, then the global, value)."""

    item_logit: np.ndarray


def fit(
    items: np.ndarray, skills: np.ndarray, correct: np.ndarray, item_skill: np.ndarray, n_skills: int
) -> IRTModel:
    """Fit item easiness on training answers (item codes index ``item_skill``)."""
    y = np.asarray(correct, dtype=float)
    design = Design(
        np.zeros((len(y), len(DENSE_FEATURES))),
        np.zeros((len(y), len(SKILL_FEATURES))),
        np.asarray(items, dtype=np.int64),
        np.asarray(skills, dtype=np.int64),
        y,
    )
    options = FitOptions(l2_item=1.0, l2_skill=1.0, dense_features=(), skill_terms=False, max_iter=200)
    intercept, _, skill_bias, _, item_bias = fit_design(design, len(item_skill), n_skills, options)
    return IRTModel(item_logit=intercept + skill_bias[np.asarray(item_skill)] + item_bias)


def predict_in_order(
    model: IRTModel, users: np.ndarray, items: np.ndarray, correct: np.ndarray
) -> np.ndarray:
    """P(correct) of every answer from the same learner's earlier answers only."""
    ability: dict[int, list[float]] = {}
    out = np.empty(len(users))
    logits = model.item_logit[np.asarray(items, dtype=np.int64)].tolist()
    for row, (user, answer) in enumerate(
        zip(np.asarray(users).tolist(), np.asarray(correct).tolist(), strict=True)
    ):
        theta = ability.setdefault(user, [0.0, _ABILITY_PRECISION])
        p = 1.0 / (1.0 + math.exp(-(logits[row] + theta[0])))
        out[row] = p
        theta[1] += p * (1.0 - p)
        theta[0] += (answer - p) / theta[1]
    return out
