"""Sabil's simulated policy is the app's engine: learner-model predictions drive the item choice."""

from __future__ import annotations

import numpy as np

from app.engine.learner_model.model import predict
from app.engine.simulation.sabil import EPOCH, SabilPolicy
from app.engine.simulation.world import make_world


def test_answers_feed_the_learner_model_that_the_choice_uses() -> None:
    world = make_world("chain", 4, np.random.default_rng(3))
    policy = SabilPolicy(world, np.random.default_rng(3))
    items = np.arange(len(world.item_ids))
    before = predict(policy.model, policy.model_state, items, EPOCH)
    first = policy.choose(0.0)
    for step in range(6):
        policy.observe(first if step == 0 else policy.choose(30.0 * step), False, 30.0 * step)
    after = predict(policy.model, policy.model_state, items, EPOCH + 180.0)
    assert policy.model_state.total_attempts == 6
    # Six wrong answers lower every prediction for the practised skill.
    skill = int(world.item_skill[first])
    same_skill = world.item_skill == skill
    assert (after[same_skill] < before[same_skill]).all()


def test_no_item_is_repeated_back_to_back() -> None:
    world = make_world("layered", 6, np.random.default_rng(5))
    policy = SabilPolicy(world, np.random.default_rng(5))
    rng = np.random.default_rng(9)
    previous = None
    for step in range(60):
        item = policy.choose(30.0 * step)
        assert item != previous
        policy.observe(item, bool(rng.random() < 0.7), 30.0 * step)
        previous = item
