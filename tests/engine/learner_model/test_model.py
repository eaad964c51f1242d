"""Online update and prediction against hand-computed values; vectorised == scalar paths."""

import math

import numpy as np
import pytest

from app.engine.learner_model.features import DENSE_FEATURES, SKILL_FEATURES, all_skill_features, row_features
from app.engine.learner_model.model import new_state, predict, predict_one, skill_mastery, update
from app.engine.learner_model.params import LearnerModelParams
from app.engine.learner_model.state import LearnerState


def sigmoid(z: float) -> float:
    return 1 / (1 + math.exp(-z))


def test_predictions_follow_the_hand_computed_logits(small_params: LearnerModelParams) -> None:
    state = LearnerState.new(small_params)
    # New learner: intercept + skill bias + item bias only.
    np.testing.assert_allclose(
        predict(small_params, state, np.array([0, 1, 2]), None),
        [sigmoid(0.3), sigmoid(0.8), sigmoid(-0.2)],
    )
    update(small_params, state, 0, 0, True, None)
    log2 = math.log(2)
    # succ=1 (shared 0.5, skill 0.2 on log 2), last=+1 (0.3), failures 0.
    assert predict(small_params, state, np.array([1]), None)[0] == pytest.approx(sigmoid(1.1 + 0.7 * log2))
    update(small_params, state, 1, 0, False, None)
    # succ=1, fail=1 (skill -0.4 on log 2), last=-1.
    assert predict(small_params, state, np.array([0]), None)[0] == pytest.approx(sigmoid(0.3 * log2))
    # The other skill is untouched by answers on s0.
    assert predict(small_params, state, np.array([2]), None)[0] == pytest.approx(sigmoid(-0.2))


def test_state_update_by_hand(small_params: LearnerModelParams) -> None:
    state = new_state(small_params)
    update(small_params, state, 0, 0, True, None)
    update(small_params, state, 1, 0, False, None)
    dense, per_skill = row_features(state, 0, None)
    named = dict(zip(DENSE_FEATURES, dense, strict=True))
    decay = small_params.skill_decay
    assert named["skill_attempts"] == pytest.approx(math.log(3))
    assert named["skill_recent"] == pytest.approx((decay + 0.5) / (decay + 1 + 1))
    assert named["skill_last"] == -1.0
    assert named["skill_lag"] == 0.0  # s0 was the last skill practised
    # Online IRT ability: correct at 50 % -> precision 1.25, theta 0.4; then a wrong answer.
    p = sigmoid(0.4)
    precision = 1.25 + p * (1 - p)
    assert named["irt_ability"] == pytest.approx(0.4 + (0 - p) / precision)
    assert per_skill == pytest.approx(
        [math.log(2), math.log(2), named["skill_recent"], named["irt_ability"], named["skill_streak"]]
    )
    update(small_params, state, 2, 1, True, None)
    assert dict(zip(DENSE_FEATURES, row_features(state, 0, None)[0], strict=True))["skill_lag"] == (
        pytest.approx(math.log(2))
    )


def test_time_features_are_zero_without_clocks_and_hours_with_them(small_params: LearnerModelParams) -> None:
    timed = new_state(small_params)
    update(small_params, timed, 0, 0, True, 3600.0)
    named = dict(zip(DENSE_FEATURES, row_features(timed, 0, 3 * 3600.0)[0], strict=True))
    assert named["skill_gap_hours"] == pytest.approx(math.log1p(2.0))
    assert named["total_gap_hours"] == pytest.approx(math.log1p(2.0))
    untimed = new_state(small_params)
    update(small_params, untimed, 0, 0, True, 0.0)
    named = dict(zip(DENSE_FEATURES, row_features(untimed, 0, 0.0)[0], strict=True))
    assert named["skill_gap_hours"] == 0.0 and named["total_gap_hours"] == 0.0


def test_vectorised_and_scalar_paths_agree() -> None:
    rng = np.random.default_rng(1)
    n_skills, n_items = 6, 30
    params = LearnerModelParams(
        skill_ids=tuple(f"s{k}" for k in range(n_skills)),
        item_ids=tuple(f"i{k}" for k in range(n_items)),
        item_skill=rng.integers(0, n_skills, n_items),
        intercept=0.1,
        weights=rng.normal(size=len(DENSE_FEATURES)),
        skill_bias=rng.normal(size=n_skills),
        skill_weights=rng.normal(size=(n_skills, len(SKILL_FEATURES))),
        item_bias=rng.normal(size=n_items),
        item_prior=rng.normal(size=n_items),
    )
    state = new_state(params)
    for step in range(200):
        item = int(rng.integers(n_items))
        update(
            params, state, item, int(params.item_skill[item]), bool(rng.random() < 0.6), 1000.0 + 60 * step
        )
    now = 1000.0 + 60 * 250
    dense, per_skill = all_skill_features(state, now)
    for skill in range(n_skills):
        row_dense, row_skill = row_features(state, skill, now)
        np.testing.assert_allclose(dense[skill], row_dense)
        np.testing.assert_allclose(per_skill[skill], row_skill)
    vector = predict(params, state, np.arange(n_items), now)
    scalar = [predict_one(params, state, k, int(params.item_skill[k]), now) for k in range(n_items)]
    np.testing.assert_allclose(vector, scalar)


def test_skill_mastery_is_a_typical_item_of_the_skill(small_params: LearnerModelParams) -> None:
    state = new_state(small_params)
    mastery = skill_mastery(small_params, state, None)
    # s0's items have biases 0 and 0.5 (mean 0.25); s1's only item -0.3.
    np.testing.assert_allclose(mastery, [sigmoid(0.3 + 0.25), sigmoid(0.1 - 0.3)])


def test_unseen_items_and_skills_fall_back(small_params: LearnerModelParams) -> None:
    aligned = small_params.aligned(["s0", "s9"], ["a", "new", "other"], [0, 0, 1])
    state = new_state(aligned)
    p = predict(aligned, state, np.arange(3), None)
    # Known item a keeps its value; a new item of s0 falls back to s0; an unknown skill to the intercept.
    assert p[0] == pytest.approx(sigmoid(0.3))
    assert p[1] == pytest.approx(sigmoid(0.3))
    assert p[2] == pytest.approx(sigmoid(0.2))
    # The new item's prior is its skill's typical prior.
    assert aligned.item_prior[1] == pytest.approx(0.0)


def test_default_params_are_usable_for_a_new_pack() -> None:
    params = LearnerModelParams.default(["x", "y"], ["1", "2", "3"], [0, 1, 1])
    state = new_state(params)
    before = predict(params, state, np.arange(3), None)
    assert np.all((before > 0.4) & (before < 0.9))
    for _ in range(5):
        update(params, state, 0, 0, True, None)
    after = skill_mastery(params, state, None)
    assert after[0] > before[0] + 0.1  # Successes raise the estimate of the practised skill ...
    untouched = skill_mastery(params, new_state(params), None)[1]
    assert untouched <= after[1] < after[0]  # ... and, through ability, a little the others.


def test_replaying_the_same_events_gives_the_same_state_and_predictions(
    small_params: LearnerModelParams,
) -> None:
    events = [(0, 0, True, 100.0), (2, 1, False, 200.0), (1, 0, False, 0.0), (0, 0, True, 5000.0)]
    states = []
    for _ in range(2):
        state = new_state(small_params)
        for item, skill, correct, stamp in events:
            update(small_params, state, item, skill, correct, stamp)
        states.append(state)
    for name, value in vars(states[0]).items():
        np.testing.assert_array_equal(value, getattr(states[1], name), err_msg=name)
    np.testing.assert_array_equal(
        predict(small_params, states[0], np.arange(3), 9000.0),
        predict(small_params, states[1], np.arange(3), 9000.0),
    )
