"""The learner model's features: what it reads from a learner's history before each answer.

Every feature is computed from :class:`~app.engine.learner_model.state.LearnerState` alone, so
it is available online in O(1). Two implementations of the same map exist on purpose: a scalar
one for a single (learner, skill) pair — used while fitting and when answering one item at a
time — and a vectorised one over all skills, used to predict a whole pack at once. Tests check
that they agree.

Dense features (one shared weight each; ``DENSE_FEATURES`` gives their order):

- ``skill_attempts`` / ``skill_successes``: log(1 + count) on this skill (Best-LR, PFA).
- ``total_attempts`` / ``total_successes``: log(1 + count) over all skills (Best-LR).
- ``skill_recent``: exponentially weighted correctness on this skill (slow decay), shrunk to 1/2.
- ``skill_latest``: the same with a fast decay — essentially the last two or three answers.
- ``total_recent``: exponentially weighted correctness over all skills: an online ability.
- ``skill_last``: the previous answer on this skill (+1 right, -1 wrong, 0 never practised).
- ``skill_lag``: log(1 + answers on other skills since this skill was last practised): the
  interference-based half of forgetting, available even without clocks.
- ``skill_gap_hours`` / ``total_gap_hours``: log(1 + hours) since this skill / anything was
  last practised: the time-based half of forgetting. 0 when timestamps are unknown, so data
  without clocks leaves their weights at 0 and they change nothing.
- ``ability``: the learner's mean surprise (correct minus the item's prior P(correct)),
  shrunk towards 0 by ``_ABILITY_PRIOR`` pseudo-answers: an online, item-adjusted ability.
- ``ability_recent`` / ``skill_ability``: the same surprise exponentially decayed, over all
  skills and on this skill.
- ``skill_streak``: sign(run) * log(1 + |run|) of the current run of right (+) or wrong (-)
  answers on this skill: tutors that end practice after "n in a row" make runs informative.
- ``irt_ability`` / ``skill_irt_ability``: the learner's ability in logits as an online IRT
  (Rasch) estimate against the items' priors, updated by one Newton step per answer — over all
  skills and on this skill alone.

Per-skill features (one weight per skill, as deviations from the shared weights, so an unseen
skill simply uses the shared ones): log(1 + successes) and log(1 + failures) on the skill (PFA).
"""

from __future__ import annotations

import math

import numpy as np

from app.engine.learner_model.state import LearnerState

DENSE_FEATURES: tuple[str, ...] = (
    "skill_attempts",
    "skill_successes",
    "total_attempts",
    "total_successes",
    "skill_recent",
    "skill_latest",
    "total_recent",
    "skill_last",
    "skill_lag",
    "skill_gap_hours",
    "total_gap_hours",
    "ability",
    "ability_recent",
    "skill_ability",
    "irt_ability",
    "skill_irt_ability",
    "skill_streak",
)
SKILL_FEATURES: tuple[str, ...] = (
    "skill_successes",
    "skill_failures",
    "skill_recent",
    "irt_ability",
    "skill_streak",
)
# Per-skill features after the two counts are copies of shared features (their columns here).
_SHARED_IN_SKILL = [DENSE_FEATURES.index(name) for name in SKILL_FEATURES[2:]]

# Pseudo-observations that shrink a decayed correctness rate towards 1/2 when evidence is thin.
_PRIOR_WEIGHT = 1.0
_PRIOR_RATE = 0.5
_SECONDS_PER_HOUR = 3600.0
_ABILITY_PRIOR = 5.0


def has_time(timestamp: float | None) -> bool:
    """Whether ``timestamp`` is a real clock reading (data sets without clocks use 0)."""
    return timestamp is not None and timestamp > 0.0


def row_features(state: LearnerState, skill: int, timestamp: float | None) -> tuple[list[float], list[float]]:
    """Dense and per-skill features for one answer on ``skill`` given the state before it."""
    attempts = float(state.skill_attempts[skill])
    successes = float(state.skill_successes[skill])
    last_total = float(state.skill_last_total[skill])
    streak = float(state.skill_streak[skill])
    lag = 0.0 if last_total < 0.0 else math.log1p(state.total_attempts - last_total - 1.0)
    skill_gap = 0.0
    total_gap = 0.0
    if has_time(timestamp):
        last = float(state.skill_last_time[skill])
        if last > 0.0:
            skill_gap = math.log1p(max(0.0, timestamp - last) / _SECONDS_PER_HOUR)
        if state.last_time > 0.0:
            total_gap = math.log1p(max(0.0, timestamp - state.last_time) / _SECONDS_PER_HOUR)
    dense = [
        math.log1p(attempts),
        math.log1p(successes),
        math.log1p(state.total_attempts),
        math.log1p(state.total_successes),
        (float(state.skill_decayed_successes[skill]) + _PRIOR_WEIGHT * _PRIOR_RATE)
        / (float(state.skill_decayed_attempts[skill]) + _PRIOR_WEIGHT),
        (float(state.skill_fast_successes[skill]) + _PRIOR_WEIGHT * _PRIOR_RATE)
        / (float(state.skill_fast_attempts[skill]) + _PRIOR_WEIGHT),
        (state.decayed_successes + _PRIOR_WEIGHT * _PRIOR_RATE) / (state.decayed_attempts + _PRIOR_WEIGHT),
        float(state.skill_last[skill]),
        lag,
        skill_gap,
        total_gap,
        state.residual_sum / (state.total_attempts + _ABILITY_PRIOR),
        state.decayed_residual / (state.decayed_attempts + _PRIOR_WEIGHT),
        float(state.skill_residual[skill]) / (float(state.skill_residual_weight[skill]) + _PRIOR_WEIGHT),
        state.theta,
        float(state.skill_theta[skill]),
        math.copysign(math.log1p(abs(streak)), streak),
    ]
    per_skill = [math.log1p(successes), math.log1p(attempts - successes)]
    per_skill.extend(dense[k] for k in _SHARED_IN_SKILL)
    return dense, per_skill


def all_skill_features(state: LearnerState, timestamp: float | None) -> tuple[np.ndarray, np.ndarray]:
    """Dense (skills x DENSE_FEATURES) and per-skill (skills x SKILL_FEATURES) feature matrices."""
    n = len(state.skill_attempts)
    attempts = state.skill_attempts
    successes = state.skill_successes
    seen = state.skill_last_total >= 0.0
    lag = np.zeros(n)
    lag[seen] = np.log1p(state.total_attempts - state.skill_last_total[seen] - 1.0)
    skill_gap = np.zeros(n)
    total_gap = 0.0
    if has_time(timestamp):
        timed = state.skill_last_time > 0.0
        skill_gap[timed] = np.log1p(
            np.maximum(0.0, timestamp - state.skill_last_time[timed]) / _SECONDS_PER_HOUR
        )
        if state.last_time > 0.0:
            total_gap = math.log1p(max(0.0, timestamp - state.last_time) / _SECONDS_PER_HOUR)
    dense = np.empty((n, len(DENSE_FEATURES)))
    dense[:, 0] = np.log1p(attempts)
    dense[:, 1] = np.log1p(successes)
    dense[:, 2] = math.log1p(state.total_attempts)
    dense[:, 3] = math.log1p(state.total_successes)
    dense[:, 4] = (state.skill_decayed_successes + _PRIOR_WEIGHT * _PRIOR_RATE) / (
        state.skill_decayed_attempts + _PRIOR_WEIGHT
    )
    dense[:, 5] = (state.skill_fast_successes + _PRIOR_WEIGHT * _PRIOR_RATE) / (
        state.skill_fast_attempts + _PRIOR_WEIGHT
    )
    dense[:, 6] = (state.decayed_successes + _PRIOR_WEIGHT * _PRIOR_RATE) / (
        state.decayed_attempts + _PRIOR_WEIGHT
    )
    dense[:, 7] = state.skill_last
    dense[:, 8] = lag
    dense[:, 9] = skill_gap
    dense[:, 10] = total_gap
    dense[:, 11] = state.residual_sum / (state.total_attempts + _ABILITY_PRIOR)
    dense[:, 12] = state.decayed_residual / (state.decayed_attempts + _PRIOR_WEIGHT)
    dense[:, 13] = state.skill_residual / (state.skill_residual_weight + _PRIOR_WEIGHT)
    dense[:, 14] = state.theta
    dense[:, 15] = state.skill_theta
    dense[:, 16] = np.sign(state.skill_streak) * np.log1p(np.abs(state.skill_streak))
    per_skill = np.empty((n, len(SKILL_FEATURES)))
    per_skill[:, 0] = np.log1p(successes)
    per_skill[:, 1] = np.log1p(attempts - successes)
    per_skill[:, 2:] = dense[:, _SHARED_IN_SKILL]
    return dense, per_skill
