"""Each baseline follows its published rule, and never repeats an item back to back."""

from __future__ import annotations

import numpy as np

from app.engine.graph import ready_mask
from app.engine.simulation.baselines import (
    FIXED_ORDER_STREAK,
    OATUTOR_THRESHOLD,
    FixedOrder,
    LowestMastery,
    RandomUnlocked,
    Zpdes,
)
from app.engine.simulation.world import make_world


def _skill(world, item: int) -> int:
    return int(world.item_skill[item])


def test_fixed_order_moves_on_after_five_correct_in_a_row() -> None:
    world = make_world("tree", 5, np.random.default_rng(0))
    policy = FixedOrder(world, np.random.default_rng(0))
    order = [int(s) for s in world.graph.topo_order]
    # Four right, one wrong: the streak restarts, no move.
    for correct in [True] * (FIXED_ORDER_STREAK - 1) + [False]:
        item = policy.choose(0.0)
        assert _skill(world, item) == order[0]
        assert policy.observe(item, correct, 0.0) == []
    declared = []
    for _ in range(FIXED_ORDER_STREAK):
        item = policy.choose(0.0)
        assert _skill(world, item) == order[0]
        declared = policy.observe(item, True, 0.0)
    assert declared == [order[0]]
    assert _skill(world, policy.choose(0.0)) == order[1]


def test_lowest_mastery_practises_the_weakest_unlocked_skill_and_declares_at_085() -> None:
    world = make_world("tree", 3, np.random.default_rng(0))  # 0 is the root of 1 and 2
    policy = LowestMastery(world, np.random.default_rng(0))
    declared: list[int] = []
    steps = 0
    while not declared:
        item = policy.choose(0.0)
        assert _skill(world, item) == 0  # 1 and 2 are locked until 0 is mastered
        declared = policy.observe(item, True, 0.0)
        steps += 1
    assert declared == [0] and policy.p_known[0] >= OATUTOR_THRESHOLD
    # Now 1 and 2 are open; after a right answer on one, the other (lower estimate) comes next.
    item = policy.choose(0.0)
    first = _skill(world, item)
    assert first in (1, 2)
    policy.observe(item, True, 0.0)
    assert _skill(world, policy.choose(0.0)) == 3 - first


def test_random_chooses_only_unlocked_skills() -> None:
    world = make_world("chain", 4, np.random.default_rng(0))
    policy = RandomUnlocked(world, np.random.default_rng(1))
    seen = set()
    for step in range(60):
        item = policy.choose(float(step))
        skill = _skill(world, item)
        unlocked = policy.mastered | ready_mask(world.graph, policy.mastered)
        assert unlocked[skill]
        seen.add(skill)
        policy.observe(item, True, float(step))
    assert seen == {0, 1, 2, 3}  # always right: every skill gets unlocked in turn


def test_zpdes_stays_in_the_zone_and_masters_on_four_of_five() -> None:
    world = make_world("chain", 3, np.random.default_rng(0))
    policy = Zpdes(world, np.random.default_rng(2))
    outcomes = [True, False, True, True]
    for correct in outcomes:
        item = policy.choose(0.0)
        assert _skill(world, item) == 0
        assert policy.observe(item, correct, 0.0) == []
    item = policy.choose(0.0)
    assert policy.observe(item, True, 0.0) == [0]  # 4 of the last 5
    assert policy.in_zone.tolist() == [False, True, False]
    assert _skill(world, policy.choose(0.0)) == 1


def test_zpdes_prefers_the_skill_that_progresses() -> None:
    world = make_world("tree", 3, np.random.default_rng(0))
    policy = Zpdes(world, np.random.default_rng(3))
    policy.mastered[0] = True
    policy._refresh_zone()
    for correct in (False, False, False, True, True, True):  # skill 1 progresses
        policy.observe(int(np.flatnonzero(world.item_skill == 1)[0]), correct, 0.0)
    for correct in (False,) * 6:  # skill 2 does not
        policy.observe(int(np.flatnonzero(world.item_skill == 2)[0]), correct, 0.0)
    picks = [_skill(world, policy.choose(0.0)) for _ in range(300)]
    assert picks.count(1) > 2 * picks.count(2) > 0  # exploration still visits skill 2


def test_no_baseline_repeats_an_item_back_to_back() -> None:
    world = make_world("layered", 6, np.random.default_rng(4), items_per_skill=2)
    rng = np.random.default_rng(5)
    for cls in (FixedOrder, LowestMastery, RandomUnlocked, Zpdes):
        policy = cls(world, np.random.default_rng(6))
        last = None
        for step in range(200):
            item = policy.choose(float(step))
            assert item != last
            policy.observe(item, bool(rng.random() < 0.7), float(step))
            last = item
