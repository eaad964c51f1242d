"""Fitting on synthetic answers generated with known parameters recovers those parameters."""

import numpy as np

from app.engine.learner_model.features import SKILL_FEATURES
from app.engine.learner_model.fit import FitOptions, fit
from app.engine.learner_model.model import new_state, predict_one, update
from app.engine.learner_model.params import LearnerModelParams

from .conftest import weights_for


def _simulate(params: LearnerModelParams, learners: int, answers: int, seed: int):
    rng = np.random.default_rng(seed)
    rows = []
    for user in range(learners):
        state = new_state(params)
        for _ in range(answers):
            item = int(rng.integers(params.n_items))
            skill = int(params.item_skill[item])
            correct = int(rng.random() < predict_one(params, state, item, skill, None))
            rows.append((user, item, skill, correct))
            update(params, state, item, skill, bool(correct), None)
    return np.array(rows).T


def test_recovers_item_difficulties_and_learning_weights() -> None:
    rng = np.random.default_rng(7)
    n_skills, n_items = 4, 40
    item_skill = np.repeat(np.arange(n_skills), n_items // n_skills)
    truth = LearnerModelParams(
        skill_ids=tuple(f"s{k}" for k in range(n_skills)),
        item_ids=tuple(f"i{k}" for k in range(n_items)),
        item_skill=item_skill,
        intercept=-0.3,
        weights=weights_for(skill_successes=0.6, skill_attempts=-0.3),
        skill_bias=np.zeros(n_skills),
        skill_weights=np.zeros((n_skills, len(SKILL_FEATURES))),
        item_bias=rng.normal(0, 0.8, n_items),
        item_prior=np.zeros(n_items),
    )
    users, items, skills, correct = _simulate(truth, learners=500, answers=30, seed=11)
    options = FitOptions(
        dense_features=("skill_successes", "skill_attempts"),
        skill_terms=False,
        l2_item=0.1,
        l2_skill=0.1,
        l2_dense=0.1,
    )
    fitted = fit(users, items, skills, correct, None, item_skill=item_skill, options=options)
    named = dict(zip(("skill_attempts", "skill_successes"), fitted.weights[:2], strict=True))
    assert abs(named["skill_successes"] - 0.6) < 0.15
    assert abs(named["skill_attempts"] + 0.3) < 0.15
    # Item easiness is identified up to how it is split between intercept, skill and item.
    easiness = fitted.intercept + fitted.skill_bias[item_skill] + fitted.item_bias
    true_easiness = truth.intercept + truth.item_bias
    assert np.corrcoef(easiness, true_easiness)[0, 1] > 0.95
    assert np.mean(np.abs(easiness - true_easiness)) < 0.2


def test_items_and_skills_without_answers_keep_neutral_values() -> None:
    item_skill = np.array([0, 0, 1, 2])  # item 3 / skill 2 never answered
    users = np.repeat(np.arange(50), 4)
    items = np.tile([0, 1, 2, 0], 50)
    skills = item_skill[items]
    correct = (np.arange(200) % 3 != 0).astype(int)
    fitted = fit(users, items, skills, correct, None, item_skill=item_skill)
    assert fitted.item_bias[3] == 0.0
    assert fitted.skill_bias[2] == 0.0
    assert np.all(fitted.skill_weights[2] == 0.0)
    assert np.all(np.isfinite(fitted.weights))


def test_item_skills_default_to_the_skill_of_their_first_answer() -> None:
    users = np.array([0, 0, 1, 1])
    items = np.array([2, 0, 2, 0])
    skills = np.array([1, 0, 1, 0])
    fitted = fit(users, items, skills, np.array([1, 0, 1, 1]), None)
    assert fitted.item_skill.tolist() == [0, 0, 1]
    assert fitted.n_skills == 2
