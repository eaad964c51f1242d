"""Remediation is chosen by need: a failing prerequisite is practised even when it is hard now,
and the walk back goes through prerequisites whose mastery the learner has since put in doubt."""

from __future__ import annotations

import numpy as np

from app.engine.bkt import BKTParams
from app.engine.graph import build_graph
from app.engine.policy import WEAKEST_PREREQUISITE, choose_item, suggest_skills
from app.engine.policy_item_lookup import ItemLookup
from app.engine.policy_remediation import STUCK_BELIEF, doubted_mastery, solid_mastery
from app.engine.policy_scoring import band_scores, item_scores
from app.engine.state import LearnerArrays

PARAMS = BKTParams.default()


def set_skill(
    arrays: LearnerArrays,
    i: int,
    *,
    p: float,
    attempts: int,
    mastered: bool = False,
    wrong_streak: int = 0,
    last: float = 1000.0,
) -> None:
    arrays.p_known[i] = p
    arrays.attempts[i] = attempts
    arrays.mastered[i] = mastered
    arrays.wrong_streak[i] = wrong_streak
    arrays.last_practised[i] = last


def items(n_skills: int, per_skill: int = 4) -> tuple[np.ndarray, list[str]]:
    item_skill = np.repeat(np.arange(n_skills), per_skill)
    return item_skill, [f"s{s}-i{k}" for s in range(n_skills) for k in range(per_skill)]


def test_doubted_mastery_is_mastered_with_a_belief_fallen_below_stuck_belief() -> None:
    graph = build_graph(["a", "b", "c"], {"b": ["a"], "c": ["b"]})
    arrays = LearnerArrays.initial(graph, PARAMS)
    set_skill(arrays, 0, p=STUCK_BELIEF - 0.1, attempts=6, mastered=True)
    set_skill(arrays, 1, p=0.97, attempts=4, mastered=True)
    set_skill(arrays, 2, p=0.1, attempts=3)
    assert doubted_mastery(arrays).tolist() == [True, False, False]
    assert solid_mastery(arrays).tolist() == [False, True, False]


def test_the_walk_back_goes_through_a_solid_prerequisite_to_a_doubted_one() -> None:
    graph = build_graph(["a", "b", "c"], {"b": ["a"], "c": ["b"]})
    arrays = LearnerArrays.initial(graph, PARAMS)
    set_skill(arrays, 0, p=0.3, attempts=8, mastered=True)  # declared, then failed again and again
    set_skill(arrays, 1, p=0.97, attempts=4, mastered=True)
    set_skill(arrays, 2, p=0.05, attempts=5, wrong_streak=4)  # failing
    suggestions = suggest_skills(graph, arrays, PARAMS, k=3)
    assert suggestions[0].kind == "remediation" and suggestions[0].reason == WEAKEST_PREREQUISITE
    assert suggestions[0].skill_id == "a"
    assert suggestions[0].reason_args == {"skill": "c", "prerequisite": "a"}
    # With a's mastery not in doubt, the detour stops at the direct prerequisite as before.
    set_skill(arrays, 0, p=0.97, attempts=8, mastered=True)
    assert suggest_skills(graph, arrays, PARAMS, k=3)[0].skill_id == "b"


def test_a_failing_prerequisite_is_practised_although_it_is_predicted_hard() -> None:
    graph = build_graph(["a", "b"], {"b": ["a"]})
    item_skill, item_ids = items(graph.size)
    arrays = LearnerArrays.initial(graph, PARAMS)
    set_skill(arrays, 0, p=0.6, attempts=6, mastered=True)
    set_skill(arrays, 1, p=0.1, attempts=4, wrong_streak=3)
    # The learner model expects a to go badly (0.3) and b a little better (0.5): the band alone
    # would keep the learner on b, the skill that is failing because of a.
    p_items = np.where(item_skill == 0, 0.3, 0.5)
    p_items[1] = 0.35  # a's easiest item
    choice = choose_item(
        graph,
        arrays,
        PARAMS,
        item_skill,
        item_ids,
        ["s1-i0"],
        np.random.default_rng(0),
        item_p_correct=p_items,
    )
    assert choice.suggestion.kind == "remediation" and choice.skill_id == "a"
    assert choice.item_index == 1  # within the skill, still the item closest to the band


def test_by_need_scores_items_against_their_own_skills_best() -> None:
    item_skill = np.array([0, 0, 1, 1])
    pool = np.arange(4)
    predicted = np.array([0.3, 0.4, 0.5, 0.75])
    lookup = ItemLookup([f"i{k}" for k in range(4)], None, item_skill, 2, {0, 1})
    rank = np.array([0, 1])
    plain = item_scores(pool, predicted, item_skill, rank, [], [], lookup)
    need = item_scores(pool, predicted, item_skill, rank, [], [], lookup, np.array([True, False]))
    band = band_scores(predicted)
    assert np.allclose(need[2:], plain[2:])
    assert np.allclose(need[:2], plain[:2] - band[1])  # skill 0's best item now has band score 0
    assert need[1] > need[0]


def test_a_doubted_skill_returns_to_the_frontier_and_puts_its_dependents_on_hold() -> None:
    graph = build_graph(["a", "b", "c"], {"b": ["a"], "c": ["b"]})
    arrays = LearnerArrays.initial(graph, PARAMS)
    set_skill(arrays, 0, p=0.98, attempts=5, mastered=True)
    set_skill(arrays, 1, p=0.2, attempts=6, mastered=True)  # declared, then failed twice in a row
    set_skill(arrays, 2, p=0.4, attempts=2, last=2000.0)
    suggestions = suggest_skills(graph, arrays, PARAMS, k=3)
    assert [(s.skill_id, s.kind) for s in suggestions] == [("b", "continue")]
    item_skill, item_ids = items(graph.size)
    for seed in range(5):
        choice = choose_item(
            graph, arrays, PARAMS, item_skill, item_ids, ["s2-i0"], np.random.default_rng(seed)
        )
        assert choice.skill_id == "b"
    # Right answers lift b's belief back above STUCK_BELIEF: c is offered again.
    set_skill(arrays, 1, p=0.9, attempts=8, mastered=True)
    assert [s.skill_id for s in suggest_skills(graph, arrays, PARAMS, k=3)] == ["c"]
