"""The policy's optional inputs: recall-driven review and predictions from another learner model."""

from __future__ import annotations

import numpy as np
import pytest

from app.engine.bkt import BKTParams
from app.engine.graph import build_graph
from app.engine.policy import ALREADY_MASTERED, REVIEW_DUE, choose_item, suggest_skills
from app.engine.state import LearnerArrays

PARAMS = BKTParams.default()
DAY = 86400.0


def _two_mastered_one_open() -> tuple:
    graph = build_graph(["a", "b", "c"], {"c": ["a", "b"]})
    arrays = LearnerArrays.initial(graph, PARAMS)
    for i in (0, 1):
        arrays.p_known[i] = 0.97
        arrays.attempts[i] = 6
        arrays.mastered[i] = True
        arrays.last_practised[i] = 0.0
    return graph, arrays


def test_review_candidates_come_from_recall_not_from_the_calendar() -> None:
    graph, arrays = _two_mastered_one_open()
    now = 2 * DAY  # two days: the week rule alone would not suggest review
    recall = np.array([0.95, 0.6, np.nan])
    found = suggest_skills(graph, arrays, PARAMS, k=3, now=now, recall=recall, review_target=0.9)
    reviews = [s for s in found if s.kind == "review"]
    assert [(s.skill_id, s.reason, s.reason_args) for s in reviews] == [("b", REVIEW_DUE, {"days": "2"})]
    # Both below target: the most forgotten first.
    found = suggest_skills(graph, arrays, PARAMS, k=3, now=now, recall=np.array([0.5, 0.8, 1.0]))
    assert [s.skill_id for s in found if s.kind == "review"] == ["a", "b"]
    # Above the target nothing is due, even after a long time.
    found = suggest_skills(graph, arrays, PARAMS, k=3, now=60 * DAY, recall=np.array([0.99, 0.95, 1.0]))
    assert all(s.kind != "review" for s in found)


def test_review_target_moves_the_due_line() -> None:
    graph, arrays = _two_mastered_one_open()
    recall = np.array([0.85, 0.85, 1.0])
    assert not any(
        s.kind == "review" for s in suggest_skills(graph, arrays, PARAMS, recall=recall, review_target=0.8)
    )
    due = suggest_skills(graph, arrays, PARAMS, recall=recall, review_target=0.9)
    assert {s.skill_id for s in due if s.kind == "review"} == {"a", "b"}


def test_choose_item_reviews_a_due_skill_when_nothing_else_is_open() -> None:
    graph = build_graph(["a", "b"], {})
    arrays = LearnerArrays.initial(graph, PARAMS)
    arrays.mastered[:] = True
    arrays.p_known[:] = 0.97
    arrays.attempts[:] = 5
    arrays.last_practised[:] = 0.0
    item_skill = np.array([0, 0, 1, 1])
    ids = ["a1", "a2", "b1", "b2"]
    rng = np.random.default_rng(0)
    choice = choose_item(
        graph, arrays, PARAMS, item_skill, ids, [], rng, now=3 * DAY, recall=np.array([0.99, 0.7])
    )
    assert choice.skill_id == "b"
    assert choice.suggestion.reason == REVIEW_DUE
    assert choice.suggestion.reason_args == {"days": "3"}
    # Focus on a mastered skill whose recall is fine: plain practice of a mastered skill.
    choice = choose_item(
        graph, arrays, PARAMS, item_skill, ids, [], rng, focus_skill="a", recall=np.array([0.99, 0.7])
    )
    assert choice.suggestion.reason == ALREADY_MASTERED


def test_item_predictions_replace_bkt() -> None:
    graph = build_graph(["a"], {})
    arrays = LearnerArrays.initial(graph, PARAMS)  # BKT predicts 0.34 for every item
    item_skill = np.zeros(4, dtype=np.intp)
    ids = ["i0", "i1", "i2", "i3"]
    item_pc = np.array([0.3, 0.95, 0.78, 0.5])
    choice = choose_item(
        graph, arrays, PARAMS, item_skill, ids, [], np.random.default_rng(1), item_p_correct=item_pc
    )
    assert choice.item_index == 2
    assert choice.predicted_correct == pytest.approx(0.78)


def test_skill_predictions_replace_bkt_for_items_and_suggestions() -> None:
    graph = build_graph(["a", "b"], {})
    arrays = LearnerArrays.initial(graph, PARAMS)
    skill_pc = np.array([0.2, 0.77])
    found = suggest_skills(graph, arrays, PARAMS, k=2, skill_p_correct=skill_pc)
    assert {s.skill_id: s.predicted_correct for s in found} == {"a": 0.2, "b": 0.77}
    item_skill = np.array([0, 1])
    choice = choose_item(
        graph,
        arrays,
        PARAMS,
        item_skill,
        ["a1", "b1"],
        [],
        np.random.default_rng(2),
        skill_p_correct=skill_pc,
    )
    assert choice.skill_id == "b"
    # Item difficulty still shifts the skill's prediction: a hard item of b falls out of the band.
    choice = choose_item(
        graph,
        arrays,
        PARAMS,
        np.array([1, 1]),
        ["b1", "b2"],
        [],
        np.random.default_rng(2),
        item_difficulty=np.array([3.0, 0.0]),
        skill_p_correct=skill_pc,
    )
    assert choice.item_index == 1


def test_bad_optional_inputs_are_rejected() -> None:
    graph = build_graph(["a", "b"], {})
    arrays = LearnerArrays.initial(graph, PARAMS)
    with pytest.raises(ValueError, match="recall"):
        suggest_skills(graph, arrays, PARAMS, recall=np.array([0.5]))
    with pytest.raises(ValueError, match="review_target"):
        suggest_skills(graph, arrays, PARAMS, review_target=1.5)
    with pytest.raises(ValueError, match="skill_p_correct"):
        suggest_skills(graph, arrays, PARAMS, skill_p_correct=np.array([0.5, 0.5, 0.5]))
    with pytest.raises(ValueError, match="item_p_correct"):
        choose_item(
            graph,
            arrays,
            PARAMS,
            np.array([0, 1]),
            ["x", "y"],
            [],
            np.random.default_rng(0),
            item_p_correct=np.array([0.5]),
        )


def test_a_failed_review_is_retried_at_once() -> None:
    graph, arrays = _two_mastered_one_open()
    recall = np.array([0.99, 0.99, np.nan])  # just reviewed: recall is high again
    assert not any(s.kind == "review" for s in suggest_skills(graph, arrays, PARAMS, recall=recall))
    arrays.wrong_streak[1] = 1  # ... but that review was answered wrong
    due = [s for s in suggest_skills(graph, arrays, PARAMS, recall=recall) if s.kind == "review"]
    assert [(s.skill_id, s.reason) for s in due] == [("b", REVIEW_DUE)]


def test_with_everything_mastered_and_nothing_due_the_least_recalled_skill_is_practised() -> None:
    graph = build_graph(["a", "b", "c"], {})
    arrays = LearnerArrays.initial(graph, PARAMS)
    arrays.mastered[:] = True
    arrays.p_known[:] = 0.97
    arrays.attempts[:] = 5
    recall = np.array([0.97, 0.93, 0.99])
    found = suggest_skills(graph, arrays, PARAMS, k=3, recall=recall)
    assert [(s.skill_id, s.reason) for s in found] == [
        ("b", ALREADY_MASTERED),
        ("a", ALREADY_MASTERED),
        ("c", ALREADY_MASTERED),
    ]
    # Without recall, today's behaviour: nothing to suggest.
    assert suggest_skills(graph, arrays, PARAMS, k=3) == []


def test_a_just_due_review_waits_while_there_is_learning_but_an_overdue_one_does_not() -> None:
    graph = build_graph(["a", "b"], {})
    arrays = LearnerArrays.initial(graph, PARAMS)
    arrays.mastered[0] = True
    arrays.p_known[0] = 0.97
    arrays.attempts[0] = 5
    arrays.last_practised[0] = 0.0
    arrays.p_known[1] = 0.3  # b is being learnt, far below the 70-85 % band
    arrays.attempts[1] = 2
    item_skill = np.array([0, 0, 1, 1])
    ids = ["a1", "a2", "b1", "b2"]

    def pick(recall_a: float) -> str:
        recall = np.array([recall_a, np.nan])
        choice = choose_item(
            graph,
            arrays,
            PARAMS,
            item_skill,
            ids,
            [],  # no interleaving bonus either way
            np.random.default_rng(0),
            now=9 * DAY,
            recall=recall,
        )
        return choice.skill_id

    assert pick(0.89) == "b"
    assert pick(0.65) == "a"


def test_no_progress_after_many_attempts_sends_back_to_the_prerequisite() -> None:
    graph = build_graph(["a", "b"], {"b": ["a"]})
    arrays = LearnerArrays.initial(graph, PARAMS)
    arrays.mastered[0] = True
    arrays.p_known[0] = 0.96
    arrays.attempts[0] = 4
    arrays.p_known[1] = 0.3
    arrays.attempts[1] = 9
    arrays.wrong_streak[1] = 1  # a lucky guess broke the streak; the lack of progress remains
    found = suggest_skills(graph, arrays, PARAMS, k=2)
    assert found[0].skill_id == "a" and found[0].kind == "remediation"
    arrays.attempts[1] = 4  # early on, a few wrong answers are just learning
    assert suggest_skills(graph, arrays, PARAMS, k=2)[0].skill_id == "b"


def test_a_remediation_detour_goes_on_while_the_prerequisite_is_answered_wrong() -> None:
    graph = build_graph(["a", "b"], {"b": ["a"]})
    arrays = LearnerArrays.initial(graph, PARAMS)
    arrays.mastered[0] = True
    arrays.p_known[0] = 0.5
    arrays.attempts[0] = 6
    arrays.p_known[1] = 0.15
    arrays.attempts[1] = 3
    arrays.wrong_streak[1] = 3
    item_skill = np.repeat([0, 1], 8)
    ids = [f"a{k}" for k in range(8)] + [f"b{k}" for k in range(8)]
    recent = ["b0", "b1", "b2", "a0", "a1"]
    rng = np.random.default_rng(3)
    arrays.wrong_streak[0] = 1  # the prerequisite's latest answer was wrong: keep at it
    assert choose_item(graph, arrays, PARAMS, item_skill, ids, recent, rng).skill_id == "a"
    longer = [*recent, "a2", "a3", "a4", "a5"]  # six detour items: back to b whatever happens
    assert choose_item(graph, arrays, PARAMS, item_skill, ids, longer, rng).skill_id == "b"
    arrays.wrong_streak[0] = 0  # answered right: the two-item detour is enough
    assert choose_item(graph, arrays, PARAMS, item_skill, ids, recent, rng).skill_id == "b"


def test_early_failure_with_a_strong_well_remembered_prerequisite_is_just_learning() -> None:
    graph = build_graph(["a", "b"], {"b": ["a"]})
    arrays = LearnerArrays.initial(graph, PARAMS)
    arrays.mastered[0] = True
    arrays.p_known[0] = 0.98
    arrays.attempts[0] = 4
    arrays.p_known[1] = 0.15
    arrays.attempts[1] = 3
    arrays.wrong_streak[1] = 3
    # Without recall: the classic detour after three wrong answers.
    assert suggest_skills(graph, arrays, PARAMS, k=1)[0].kind == "remediation"
    # With the prerequisite remembered well, three early misses are learning: carry on.
    fresh = np.array([0.97, np.nan])
    assert suggest_skills(graph, arrays, PARAMS, k=1, recall=fresh)[0].skill_id == "b"
    # Forgotten prerequisite (recall below target) or failures going on: back to it.
    faded = np.array([0.7, np.nan])
    assert suggest_skills(graph, arrays, PARAMS, k=1, recall=faded)[0].kind == "remediation"
    arrays.attempts[1] = 8
    assert suggest_skills(graph, arrays, PARAMS, k=1, recall=fresh)[0].kind == "remediation"
