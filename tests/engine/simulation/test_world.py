"""The simulated curriculum: graph shapes, items and reproducibility."""

from __future__ import annotations

import numpy as np
import pytest

from app.engine.simulation.world import LAYER_WIDTH, make_world


def _reqs(world, skill: int) -> list[int]:
    return [int(r) for r in world.graph.prerequisites_of(skill)]


def test_chain_needs_the_previous_skill() -> None:
    world = make_world("chain", 5, np.random.default_rng(0))
    assert [_reqs(world, s) for s in range(5)] == [[], [0], [1], [2], [3]]


def test_tree_needs_the_parent() -> None:
    world = make_world("tree", 7, np.random.default_rng(0))
    assert [_reqs(world, s) for s in range(7)] == [[], [0], [0], [1], [1], [2], [2]]


def test_layered_needs_one_or_two_skills_of_the_layer_below() -> None:
    world = make_world("layered", 12, np.random.default_rng(3))
    for skill in range(12):
        reqs = _reqs(world, skill)
        layer = skill // LAYER_WIDTH
        if layer == 0:
            assert reqs == []
        else:
            assert 1 <= len(reqs) <= 2
            assert all(r // LAYER_WIDTH == layer - 1 for r in reqs)


def test_items_per_skill_and_reproducible_from_the_generator() -> None:
    a = make_world("layered", 9, np.random.default_rng(5), items_per_skill=4)
    b = make_world("layered", 9, np.random.default_rng(5), items_per_skill=4)
    assert np.bincount(a.item_skill).tolist() == [4] * 9
    assert len(a.item_ids) == 36 == len(set(a.item_ids))
    assert np.array_equal(a.item_difficulty, b.item_difficulty)
    assert np.array_equal(a.p_learn, b.p_learn)
    assert np.array_equal(a.graph.prereq, b.graph.prereq)
    assert ((a.p_learn > 0) & (a.p_learn < 1)).all()


def test_bad_input() -> None:
    with pytest.raises(ValueError, match="Unknown graph"):
        make_world("ring", 5, np.random.default_rng(0))
    with pytest.raises(ValueError, match="at least one skill"):
        make_world("chain", 0, np.random.default_rng(0))
