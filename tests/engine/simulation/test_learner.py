"""The hidden truth: gated learning, guesses and slips, item difficulty, forgetting and spacing."""

from __future__ import annotations

import numpy as np
import pytest

from app.engine.simulation import learner as truth_model
from app.engine.simulation.learner import (
    GUESS,
    INITIAL_STABILITY,
    KNOWN_RECALL,
    SECONDS_PER_DAY,
    SLIP,
    SimulatedLearner,
    recall_curve,
)
from app.engine.simulation.world import World, make_world

DAY = SECONDS_PER_DAY


def _world(kind: str = "chain", n: int = 3, p_learn: float = 0.3) -> World:
    world = make_world(kind, n, np.random.default_rng(0), items_per_skill=4)
    return World(
        world.graph,
        world.item_skill,
        np.zeros_like(world.item_difficulty),
        world.item_ids,
        np.full(n, p_learn),
    )


def _fresh(world: World, seed: int = 0) -> SimulatedLearner:
    learner = SimulatedLearner(world, np.random.default_rng(seed))
    learner.learned[:] = False
    return learner


def test_learning_is_gated_by_true_prerequisites() -> None:
    world = _world(p_learn=1.0)
    learner = _fresh(world)
    for step in range(50):  # practise skill 1 while skill 0 is unknown: nothing is learnt
        learner.answer(4 + step % 4, step * 30.0)
    assert not learner.learned[1]
    learner.answer(0, 2000.0)  # p_learn 1: skill 0 is learnt at once, which opens skill 1
    assert learner.known(2000.0)[0]
    learner.answer(4, 2030.0)
    assert learner.learned[1]


def test_guess_and_slip_rates() -> None:
    world = _world(n=1, p_learn=0.0)
    learner = _fresh(world, seed=1)
    guesses = np.mean([learner.answer(k % 4, k * 30.0) for k in range(4000)])
    assert abs(guesses - GUESS) < 0.03
    learner.learned[0] = True
    learner.stability[0] = 1e9  # recall stays 1: only slips make answers wrong
    right = np.mean([learner.answer(k % 4, 1e6 + k * 30.0) for k in range(4000)])
    assert abs(right - (1.0 - SLIP)) < 0.03


def test_harder_items_are_answered_right_less_often() -> None:
    world = _world(n=1, p_learn=0.0)
    hard = World(
        world.graph, world.item_skill, np.array([-2.0, -2.0, 2.0, 2.0]), world.item_ids, world.p_learn
    )
    learner = _fresh(hard, seed=2)
    learner.learned[0] = True
    learner.stability[0] = 1e9
    easy = np.mean([learner.answer(0, k * 30.0) for k in range(2000)])
    difficult = np.mean([learner.answer(2, k * 30.0) for k in range(2000)])
    assert easy > 0.95 and difficult < 0.7


def test_memory_decays_and_a_skill_is_forgotten() -> None:
    world = _world(n=1)
    learner = _fresh(world)
    learner.learned[0] = True
    learner.stability[0] = INITIAL_STABILITY
    learner.last[0] = 0.0
    recalls = [float(learner.recall(d * DAY)[0]) for d in (0, 1, 5, 30)]
    assert recalls[0] == 1.0 and recalls == sorted(recalls, reverse=True)
    assert recall_curve(np.array([INITIAL_STABILITY]), np.array([INITIAL_STABILITY]))[0] == pytest.approx(0.9)
    assert learner.known(DAY)[0] and not learner.known(30 * DAY)[0]
    assert float(learner.recall(30 * DAY)[0]) < KNOWN_RECALL


def test_spaced_practice_makes_memory_last_longer_than_massed() -> None:
    world = _world(n=1)

    def stability_after(times: list[float]) -> float:
        learner = _fresh(world, seed=3)
        learner.learned[0] = True
        learner.stability[0] = INITIAL_STABILITY
        learner.last[0] = 0.0
        learner.rng = _AlwaysLow()  # every practice recalls: only the spacing rule is measured
        for t in times:
            learner.answer(0, t)
        return float(learner.stability[0])

    massed = stability_after([30.0 * k for k in range(1, 5)])
    spaced = stability_after([DAY * k for k in (1, 3, 7, 15)])
    assert spaced > 3 * massed
    assert massed < INITIAL_STABILITY * 1.1


def test_forgotten_skill_must_be_relearnt() -> None:
    world = _world(n=1, p_learn=0.0)
    learner = _fresh(world, seed=4)
    learner.learned[0] = True
    learner.stability[0] = INITIAL_STABILITY
    learner.last[0] = 0.0
    for k in range(20):  # p_learn 0: once forgotten, practice cannot bring it back
        learner.answer(0, 400 * DAY + k * 30.0)
    assert not learner.known(400 * DAY + 1000)[0]


def test_deterministic_per_seed() -> None:
    world = make_world("tree", 7, np.random.default_rng(9))

    def run(seed: int) -> list[bool]:
        learner = SimulatedLearner(world, np.random.default_rng(seed))
        return [learner.answer(k % world.item_skill.size, k * 30.0) for k in range(200)]

    assert run(1) == run(1)
    assert run(1) != run(2)


def test_prior_knowledge_respects_the_graph() -> None:
    world = make_world("chain", 8, np.random.default_rng(0))
    for seed in range(50):
        learned = SimulatedLearner(world, np.random.default_rng(seed)).learned
        for s in range(1, 8):
            assert not learned[s] or learned[s - 1]
    assert truth_model.P_PRIOR > 0


class _AlwaysLow:
    """A generator whose random() is 0: every chance succeeds (recall, right answer)."""

    def random(self) -> float:
        return 0.0
