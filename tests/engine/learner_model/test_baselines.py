"""The baselines recover what they model from synthetic data and predict in order."""

import numpy as np

from app.engine.learner_model.baselines import bkt_em, irt, pfa


def _bkt_data(rng: np.random.Generator, learners: int, steps: int, p: tuple[float, float, float, float]):
    init, learn, slip, guess = p
    users, correct = [], []
    for user in range(learners):
        known = rng.random() < init
        for _ in range(steps):
            correct.append(int(rng.random() < (1 - slip if known else guess)))
            users.append(user)
            known = known or rng.random() < learn
    return np.array(users), np.zeros(len(users), dtype=int), np.array(correct)


def test_bkt_em_recovers_its_parameters() -> None:
    rng = np.random.default_rng(5)
    users, skills, correct = _bkt_data(rng, learners=600, steps=15, p=(0.3, 0.2, 0.1, 0.2))
    model = bkt_em.fit(users, skills, correct, n_skills=1, iterations=40)
    assert abs(model.p_init[0] - 0.3) < 0.08
    assert abs(model.p_learn[0] - 0.2) < 0.06
    assert abs(model.p_slip[0] - 0.1) < 0.05
    assert abs(model.p_guess[0] - 0.2) < 0.06
    predicted = bkt_em.predict_in_order(model, users, skills, correct)
    # The first answer of a learner is predicted from the prior alone.
    init, _, slip, guess = model.skill(0)
    assert predicted[0] == np.float64(init * (1 - slip) + (1 - init) * guess)


def test_irt_orders_items_by_difficulty_and_tracks_ability() -> None:
    rng = np.random.default_rng(2)
    easiness = np.linspace(-2, 2, 20)
    ability = rng.normal(0, 1, 300)
    users = np.repeat(np.arange(300), 20)
    items = np.tile(np.arange(20), 300)
    correct = (rng.random(6000) < 1 / (1 + np.exp(-(easiness[items] + ability[users])))).astype(int)
    model = irt.fit(items, np.zeros(6000, dtype=int), correct, np.zeros(20, dtype=int), 1)
    assert np.corrcoef(model.item_logit, easiness)[0, 1] > 0.97
    predicted = irt.predict_in_order(model, users, items, correct)
    # Later answers of strong learners are predicted better than those of weak ones on the same item.
    strong, weak = np.argmax(ability), np.argmin(ability)
    assert predicted[strong * 20 + 19] > predicted[weak * 20 + 19]


def test_pfa_learns_that_successes_help() -> None:
    rng = np.random.default_rng(4)
    users, skills, correct = [], [], []
    for user in range(300):
        successes = 0
        for _ in range(12):
            c = int(rng.random() < 1 / (1 + np.exp(-(-1.0 + 0.4 * successes))))
            users.append(user)
            skills.append(0)
            correct.append(c)
            successes += c
    users, skills, correct = np.array(users), np.array(skills), np.array(correct)
    model = pfa.fit(users, skills, correct, n_skills=1)
    assert abs(model.gamma[0] - 0.4) < 0.12
    assert abs(model.intercept + model.beta[0] + 1.0) < 0.25
    assert abs(model.rho[0]) < 0.15
    assert len(pfa.predict_in_order(model, users, np.array(skills), correct)) == len(users)
