"""P(correct) for items: the single seam between the learner model and the policy.

The policy never looks inside the learner model; it asks this module for a predicted probability
per item. Replacing BKT with IRT, PFA or a logistic model means replacing ``predict_items`` (and
the state it reads), not the policy.
"""

from __future__ import annotations

import numpy as np

from app.engine.bkt import BKTParams, predict_correct

# Keeps logits finite when a belief is exactly 0 or 1.
_EPSILON = 1e-6


def predict_items(
    params: BKTParams,
    p_known: np.ndarray,
    item_skill: np.ndarray,
    item_difficulty: np.ndarray | None = None,
    items: np.ndarray | None = None,
) -> np.ndarray:
    """Predicted P(correct) for every item, as a float array aligned with ``item_skill``.

    Each item inherits its skill's BKT prediction. ``item_difficulty`` (logits; positive is
    harder, 0 is a typical item of the skill) shifts that prediction on the logit scale so items
    of one skill can be told apart. ``items`` (indices) restricts the answer to those items, in
    that order, which saves work when the policy has already narrowed the candidates.
    """
    skill_prediction = predict_correct(params, np.asarray(p_known, dtype=float))
    skills = np.asarray(item_skill)
    if items is not None:
        skills = skills[items]
    predicted = skill_prediction[skills]
    if item_difficulty is None:
        return predicted
    difficulty = np.asarray(item_difficulty, dtype=float)
    if items is not None:
        difficulty = difficulty[items]
    clipped = np.clip(predicted, _EPSILON, 1.0 - _EPSILON)
    logit = np.log(clipped) - np.log1p(-clipped) - difficulty
    return 1.0 / (1.0 + np.exp(-logit))
