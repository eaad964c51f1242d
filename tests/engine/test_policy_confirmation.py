"""Confirmation that can wait: a nearly known skill that unlocks nothing yields to other learning."""

from __future__ import annotations

import numpy as np

from app.engine.bkt import BKTParams
from app.engine.graph import SkillGraph, build_graph
from app.engine.policy import IN_PROGRESS, choose_item
from app.engine.policy_confirmation import (
    CONFIRM_LATER_BELIEF,
    confirmation_can_wait,
    unlocking_skills,
)
from app.engine.state import LearnerArrays

PARAMS = BKTParams.default()


def set_skill(
    arrays: LearnerArrays, i: int, *, p: float, attempts: int, mastered: bool = False, last: float = 1000.0
) -> None:
    arrays.p_known[i] = p
    arrays.attempts[i] = attempts
    arrays.mastered[i] = mastered
    arrays.last_practised[i] = last


def items(n_skills: int, per_skill: int = 4) -> tuple[np.ndarray, list[str]]:
    item_skill = np.repeat(np.arange(n_skills), per_skill)
    return item_skill, [f"s{s}-i{k}" for s in range(n_skills) for k in range(per_skill)]


def fork() -> SkillGraph:
    """root -> leaf, root -> mid -> top, and top also needs other."""
    return build_graph(
        ["root", "leaf", "mid", "other", "top"],
        {"leaf": ["root"], "mid": ["root"], "top": ["mid", "other"]},
    )


def test_unlocking_skills_are_the_last_missing_prerequisite_of_some_skill() -> None:
    graph = fork()
    nothing = np.zeros(graph.size, dtype=bool)
    # root unlocks leaf and mid; other unlocks nothing alone (top also misses mid).
    assert unlocking_skills(graph, nothing).tolist() == [True, False, False, False, False]
    root_done = np.array([True, False, False, False, False])
    assert unlocking_skills(graph, root_done).tolist() == [False, False, False, False, False]
    mid_done = np.array([True, False, True, False, False])
    assert unlocking_skills(graph, mid_done).tolist() == [False, False, False, True, False]


def test_nearly_known_prerequisites_of_the_same_skill_unlock_it_together() -> None:
    graph = fork()
    nothing = np.zeros(graph.size, dtype=bool)
    mid_and_other_near = np.array([False, False, True, True, False])
    # top misses mid and other, both nearly known: each of them unlocks it (with the other).
    assert unlocking_skills(graph, nothing, mid_and_other_near).tolist() == [True, False, True, True, False]
    only_mid_near = np.array([False, False, True, False, False])
    assert unlocking_skills(graph, nothing, only_mid_near).tolist() == [True, False, False, False, False]


def test_only_nearly_known_skills_that_unlock_nothing_can_wait() -> None:
    graph = fork()
    arrays = LearnerArrays.initial(graph, PARAMS)
    set_skill(arrays, 0, p=0.97, attempts=4, mastered=True)
    set_skill(arrays, 1, p=0.9, attempts=2)  # leaf: nothing depends on it
    set_skill(arrays, 2, p=0.9, attempts=2)  # mid: top also misses other, which is still far off
    set_skill(arrays, 3, p=0.5, attempts=2)  # other: being learnt
    assert confirmation_can_wait(graph, arrays).tolist() == [False, True, True, False, False]
    # other nearly known too: confirming mid and other together unlocks top, so neither waits.
    set_skill(arrays, 3, p=0.9, attempts=3)
    assert confirmation_can_wait(graph, arrays).tolist() == [False, True, False, False, False]
    # Once mid is mastered, confirming other would unlock top on its own: it must not wait.
    set_skill(arrays, 2, p=0.97, attempts=3, mastered=True)
    assert confirmation_can_wait(graph, arrays).tolist() == [False, True, False, False, False]
    # A belief below the threshold, or no attempt at all, is still learning.
    set_skill(arrays, 1, p=CONFIRM_LATER_BELIEF - 0.01, attempts=2)
    set_skill(arrays, 3, p=0.9, attempts=0)
    assert not confirmation_can_wait(graph, arrays).any()


def test_a_nearly_known_leaf_yields_to_a_new_skill_and_comes_back_when_nothing_else_is_left() -> None:
    graph = build_graph(["a", "b", "c"], {"b": ["a"], "c": ["a"]})
    item_skill, item_ids = items(graph.size)
    arrays = LearnerArrays.initial(graph, PARAMS)
    set_skill(arrays, 0, p=0.97, attempts=4, mastered=True)
    set_skill(arrays, 1, p=0.9, attempts=2, last=2000.0)  # b: nearly known, a leaf
    recent = ["a-x", "s1-i0"]
    # Without the rule b (in the band, the suggestion ranked first) would be confirmed at once.
    choice = choose_item(graph, arrays, PARAMS, item_skill, item_ids, recent, np.random.default_rng(0))
    assert choice.skill_id == "c"
    # c nearly known too: nothing else to learn, so b's confirmation comes now, as "continue".
    set_skill(arrays, 2, p=0.9, attempts=2, last=2500.0)
    chosen = {
        choose_item(graph, arrays, PARAMS, item_skill, item_ids, recent, np.random.default_rng(seed)).skill_id
        for seed in range(5)
    }
    assert chosen <= {"b", "c"} and chosen
    choice = choose_item(graph, arrays, PARAMS, item_skill, item_ids, ["s2-i0"], np.random.default_rng(0))
    assert choice.skill_id == "b" and choice.suggestion.reason == IN_PROGRESS


def test_a_skill_whose_mastery_unlocks_the_next_is_confirmed_at_once() -> None:
    graph = build_graph(["a", "b", "c", "d"], {"b": ["a"], "c": ["b"], "d": ["a"]})
    item_skill, item_ids = items(graph.size)
    arrays = LearnerArrays.initial(graph, PARAMS)
    set_skill(arrays, 0, p=0.97, attempts=4, mastered=True)
    set_skill(arrays, 1, p=0.9, attempts=2, last=2000.0)  # b unlocks c
    choice = choose_item(
        graph, arrays, PARAMS, item_skill, item_ids, ["s3-i0", "s0-i0"], np.random.default_rng(0)
    )
    assert choice.skill_id == "b"


def test_a_chosen_skill_is_practised_even_when_its_confirmation_could_wait() -> None:
    graph = build_graph(["a", "b", "c"], {"b": ["a"], "c": ["a"]})
    item_skill, item_ids = items(graph.size)
    arrays = LearnerArrays.initial(graph, PARAMS)
    set_skill(arrays, 0, p=0.97, attempts=4, mastered=True)
    set_skill(arrays, 1, p=0.9, attempts=2)
    for seed in range(5):
        choice = choose_item(
            graph,
            arrays,
            PARAMS,
            item_skill,
            item_ids,
            ["s1-i0"],
            np.random.default_rng(seed),
            focus_skill="b",
        )
        assert choice.skill_id == "b" and choice.item_index != 4
