"""Scoring candidate items: aim at 70-85 % predicted correct, interleave skills, avoid repeats.

Every item of the candidate skills is scored at once with numpy; the band term dominates and
the others separate items that are similarly close to it.
"""

from __future__ import annotations

import numpy as np

from app.engine.bkt import BKTParams, predict_correct
from app.engine.graph import SkillGraph
from app.engine.policy_item_lookup import ItemLookup
from app.engine.prediction import predict_items
from app.engine.state import LearnerArrays

TARGET_LOW = 0.70
TARGET_HIGH = 0.85

BAND_WEIGHT = 2.0  # per unit of probability outside the 70-85 % band
CENTRE_WEIGHT = 0.1  # prefers the middle of the band among items inside it
# By suggestion rank: the best suggestion is preferred, not imposed. Smaller than the switch bonus,
# because "continue" ranks the skill just practised first and would otherwise block interleaving.
RANK_BONUS = (0.1, 0.05, 0.0)
SWITCH_BONUS = 0.15  # the item's skill differs from the last item's skill
SWITCH_BONUS_2 = 0.05  # ... and from the one before it
RECENT_PENALTY = 0.6  # divided by how many items ago the item was seen (1 = the one before last)
RECENT_LOOKBACK = 20
TIE_TOLERANCE = 1e-9


def skill_prediction(
    graph: SkillGraph, arrays: LearnerArrays, params: BKTParams, skill_p_correct: np.ndarray | None
) -> np.ndarray:
    """P(correct) per skill: the caller's learner model when given, else BKT."""
    if skill_p_correct is None:
        return np.asarray(predict_correct(params, np.asarray(arrays.p_known, dtype=float)), dtype=float)
    values = np.asarray(skill_p_correct, dtype=float)
    if values.shape != (graph.size,):
        raise ValueError(f"skill_p_correct must hold one probability per skill ({graph.size}).")
    return values


def pool_predictions(
    pool: np.ndarray,
    item_skill: np.ndarray,
    arrays: LearnerArrays,
    params: BKTParams,
    skill_pc: np.ndarray,
    item_difficulty: np.ndarray | None,
    item_p_correct: np.ndarray | None,
    skill_p_correct: np.ndarray | None,
) -> np.ndarray:
    """P(correct) of the ``pool`` items: the learner model's per item, else per skill, else BKT."""
    if item_p_correct is not None:
        return np.asarray(item_p_correct, dtype=float)[pool]
    if skill_p_correct is not None:
        return shift_by_difficulty(skill_pc[item_skill[pool]], item_difficulty, pool)
    return predict_items(params, arrays.p_known, item_skill, item_difficulty, items=pool)


def shift_by_difficulty(
    predicted: np.ndarray, item_difficulty: np.ndarray | None, pool: np.ndarray
) -> np.ndarray:
    """Skill-level predictions for the ``pool`` items moved on the logit scale by their difficulty."""
    if item_difficulty is None:
        return predicted
    clipped = np.clip(predicted, 1e-6, 1.0 - 1e-6)
    logit = np.log(clipped) - np.log1p(-clipped) - np.asarray(item_difficulty, dtype=float)[pool]
    return 1.0 / (1.0 + np.exp(-logit))


def band_scores(predicted: np.ndarray) -> np.ndarray:
    """How close each predicted P(correct) is to the 70-85 % band (0 at its centre, negative elsewhere)."""
    outside = np.maximum(TARGET_LOW - predicted, 0.0) + np.maximum(predicted - TARGET_HIGH, 0.0)
    centre = 0.5 * (TARGET_LOW + TARGET_HIGH)
    return -BAND_WEIGHT * outside - CENTRE_WEIGHT * np.abs(predicted - centre)


def item_scores(
    pool: np.ndarray,
    predicted: np.ndarray,
    item_skill: np.ndarray,
    skill_rank: np.ndarray,
    recent: list[str],
    recent_skills: list[int | None],
    lookup: ItemLookup,
    by_need: np.ndarray | None = None,
) -> np.ndarray:
    """Score of every item in ``pool`` (sorted ascending; higher is better).

    ``by_need`` (bool per skill) marks skills chosen because the learner needs them (remediation),
    not because they are pleasant to practise: their items are scored on the band relative to
    the skill's own best item, so a prerequisite the learner is failing is not passed over for
    being hard – that is why it was chosen – while its items still aim at the band.
    """
    pool_skill = item_skill[pool]
    scores = band_scores(predicted)
    if by_need is not None:
        need = np.asarray(by_need, dtype=bool)[pool_skill]
        if need.any():
            best = np.full(np.asarray(by_need).shape[0], -np.inf)
            np.maximum.at(best, pool_skill[need], scores[need])
            scores[need] -= best[pool_skill[need]]
    rank = skill_rank[pool_skill]
    bonus = np.asarray(RANK_BONUS + (0.0,), dtype=float)
    scores += bonus[np.clip(rank, 0, len(RANK_BONUS))]

    # Interleaving only changes the order among candidates; when a single skill is available all
    # its items get the same bonus and nothing changes.
    if recent_skills and recent_skills[-1] is not None:
        scores += SWITCH_BONUS * (pool_skill != recent_skills[-1])
    if len(recent_skills) >= 2 and recent_skills[-2] is not None:
        scores += SWITCH_BONUS_2 * (pool_skill != recent_skills[-2])

    # recent[-1] is already excluded; older repeats are discouraged less the longer ago they were.
    penalty: dict[int, float] = {}
    for ago, item_id in enumerate(reversed(recent[:-1]), start=1):
        index = lookup.index_of(item_id)
        if index is not None and index not in penalty:
            penalty[index] = RECENT_PENALTY / ago
    if penalty:
        indices = np.fromiter(penalty.keys(), dtype=np.intp, count=len(penalty))
        amounts = np.fromiter(penalty.values(), dtype=float, count=len(penalty))
        positions = np.searchsorted(pool, indices)  # pool is sorted ascending
        positions = np.minimum(positions, pool.size - 1)
        hit = pool[positions] == indices
        np.subtract.at(scores, positions[hit], amounts[hit])
    return scores
