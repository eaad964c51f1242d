"""The learner model online: predict P(correct) and fold in answers, one learner at a time.

``update`` is O(1) per answer; ``predict`` is vectorised over any number of items: it computes
one logit per skill and then adds each item's bias, so a 20,000-item pack costs one gather.
"""

from __future__ import annotations

import math

import numpy as np

from app.engine.learner_model.features import all_skill_features, row_features
from app.engine.learner_model.params import LearnerModelParams
from app.engine.learner_model.state import LearnerState


def new_state(params: LearnerModelParams) -> LearnerState:
    """A fresh state for a learner who has answered nothing."""
    return LearnerState.empty(params.n_skills, params.skill_decay, params.fast_decay, params.total_decay)


def update(
    params: LearnerModelParams,
    state: LearnerState,
    item_index: int,
    skill_index: int,
    correct: bool,
    timestamp: float | None,
) -> None:
    """Fold one answer into ``state`` in place (O(1)); ``timestamp`` is seconds, 0/None if unknown.

    The item matters only through its prior P(correct), against which the answer's surprise
    (the evidence about the learner's ability) is measured.
    """
    state.record(skill_index, bool(correct), timestamp, float(params.item_expected[item_index]))


def skill_logits(params: LearnerModelParams, state: LearnerState, timestamp: float | None) -> np.ndarray:
    """The logit of P(correct) on an item with bias 0, for every skill."""
    dense, per_skill = all_skill_features(state, timestamp)
    return (
        params.intercept
        + dense @ params.weights
        + params.skill_bias
        + np.einsum("ij,ij->i", per_skill, params.skill_weights)
    )


def predict(
    params: LearnerModelParams, state: LearnerState, item_indices: np.ndarray, timestamp: float | None
) -> np.ndarray:
    """P(correct) for each of ``item_indices`` (indices into ``params.item_ids``)."""
    items = np.asarray(item_indices, dtype=np.int64)
    logits = skill_logits(params, state, timestamp)[params.item_skill[items]] + params.item_bias[items]
    return 1.0 / (1.0 + np.exp(-logits))


def predict_one(
    params: LearnerModelParams,
    state: LearnerState,
    item_index: int | None,
    skill_index: int,
    timestamp: float | None,
) -> float:
    """P(correct) for one item (or, with ``item_index`` None, a bias-0 item of the skill).

    Same value as ``predict`` but without the per-skill vector work, for replay and evaluation.
    """
    dense, per_skill = row_features(state, skill_index, timestamp)
    logit = params.intercept + float(params.skill_bias[skill_index])
    for value, weight in zip(dense, params.weights.tolist(), strict=True):
        logit += value * weight
    for value, weight in zip(per_skill, params.skill_weights[skill_index].tolist(), strict=True):
        logit += value * weight
    if item_index is not None:
        logit += float(params.item_bias[item_index])
    return 1.0 / (1.0 + math.exp(-logit))


def skill_mastery(params: LearnerModelParams, state: LearnerState, timestamp: float | None) -> np.ndarray:
    """P(correct) on a typical item of each skill: what mastery decisions are calibrated on."""
    logits = skill_logits(params, state, timestamp) + params.typical_item_bias
    return 1.0 / (1.0 + np.exp(-logits))


def skill_mastery_one(
    params: LearnerModelParams, state: LearnerState, skill_index: int, timestamp: float | None
) -> float:
    """``skill_mastery`` for one skill, without the vector work (per answer and in replay)."""
    p = predict_one(params, state, None, skill_index, timestamp)
    logit = math.log(p / (1.0 - p)) + float(params.typical_item_bias[skill_index])
    return 1.0 / (1.0 + math.exp(-logit))
