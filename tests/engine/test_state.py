"""Skill state: O(1) updates, sticky mastery, and replay equal to incremental application."""

from __future__ import annotations

import random

import numpy as np
import pytest

from app.engine.bkt import BKTParams, update
from app.engine.graph import build_graph
from app.engine.mastery import MasteryRule
from app.engine.state import LearnerArrays, SkillState, apply_attempt, replay

PARAMS = BKTParams.default()
RULE = MasteryRule.default()


def test_initial_state() -> None:
    state = SkillState.initial(PARAMS)
    assert state == SkillState(
        p_known=0.2,
        attempts=0,
        correct=0,
        streak=0,
        wrong_streak=0,
        recent=(),
        mastered=False,
        last_practised=None,
    )


def test_apply_attempt_counts_and_updates_belief() -> None:
    start = SkillState.initial(PARAMS)
    after = apply_attempt(start, True, 100.0, PARAMS, RULE)
    assert after.p_known == pytest.approx(update(PARAMS, 0.2, True))
    assert (after.attempts, after.correct, after.streak, after.wrong_streak) == (1, 1, 1, 0)
    assert after.recent == (True,) and after.last_practised == 100.0
    assert start.attempts == 0  # pure: the old state is untouched
    wrong = apply_attempt(after, False, 90.0, PARAMS, RULE)
    assert (wrong.attempts, wrong.correct, wrong.streak, wrong.wrong_streak) == (2, 1, 0, 1)
    assert wrong.recent == (True, False)
    assert wrong.last_practised == 100.0  # an earlier clock does not move "last practised" back


def test_recent_keeps_the_last_ten_or_the_rule_window() -> None:
    state = SkillState.initial(PARAMS)
    outcomes = [i % 3 != 0 for i in range(14)]
    for k, outcome in enumerate(outcomes):
        state = apply_attempt(state, outcome, float(k), PARAMS, RULE)
    assert state.recent == tuple(outcomes[-10:])
    wide = MasteryRule(kind="m_of_n", m=10, n=12)
    state = SkillState.initial(PARAMS)
    for k, outcome in enumerate(outcomes):
        state = apply_attempt(state, outcome, float(k), PARAMS, wide)
    assert state.recent == tuple(outcomes[-12:])


def test_mastery_is_declared_by_the_rule_and_stays() -> None:
    state = SkillState.initial(PARAMS)
    for k in range(3):
        state = apply_attempt(state, True, float(k), PARAMS, RULE)
    assert state.mastered and state.p_known >= 0.95
    for k in range(5):
        state = apply_attempt(state, False, 10.0 + k, PARAMS, RULE)
    assert state.p_known < 0.95
    assert state.mastered


def test_pack_rule_overrides_probability() -> None:
    rule = MasteryRule(kind="n_in_a_row", n=5)
    state = SkillState.initial(PARAMS)
    for k in range(4):
        state = apply_attempt(state, True, float(k), PARAMS, rule)
    assert state.p_known > 0.95 and not state.mastered
    state = apply_attempt(state, True, 5.0, PARAMS, rule)
    assert state.mastered


def random_events(seed: int, skills: list[str], count: int) -> list[tuple[str, bool, float]]:
    rnd = random.Random(seed)
    return [(rnd.choice(skills), rnd.random() < 0.65, 1000.0 + 30 * k) for k in range(count)]


def test_replay_equals_incremental_application() -> None:
    graph = build_graph(["a", "b", "c"], {"b": ["a"], "c": ["b"]})
    rules = {"b": MasteryRule(kind="m_of_n", m=3, n=4)}
    events = random_events(7, ["a", "b", "c"], 200)
    states = {sid: SkillState.initial(PARAMS) for sid in graph.skill_ids}
    for skill, correct, when in events:
        states[skill] = apply_attempt(states[skill], correct, when, PARAMS, rules.get(skill, RULE))
    rebuilt = replay(graph, events, PARAMS, rules)
    assert rebuilt == states
    assert replay(graph, events, PARAMS, rules) == rebuilt  # deterministic


def test_replay_covers_every_skill_and_skips_unknown_ones() -> None:
    graph = build_graph(["a", "b"], {})
    rebuilt = replay(graph, [("a", True, 1.0), ("retired", True, 2.0)], PARAMS, {})
    assert set(rebuilt) == {"a", "b"}
    assert rebuilt["a"].attempts == 1
    assert rebuilt["b"] == SkillState.initial(PARAMS)


def test_learner_arrays_follow_states_and_in_place_updates() -> None:
    graph = build_graph(["a", "b", "c"], {"b": ["a"]})
    events = random_events(3, ["a", "b"], 40)
    states = replay(graph, events, PARAMS, {})
    arrays = LearnerArrays.from_states(graph, states, PARAMS)
    for sid, i in graph.index.items():
        assert arrays.p_known[i] == pytest.approx(states[sid].p_known)
        assert arrays.attempts[i] == states[sid].attempts
        assert arrays.mastered[i] == states[sid].mastered
        assert arrays.wrong_streak[i] == states[sid].wrong_streak
    assert np.isnan(arrays.last_practised[graph.index["c"]])
    assert arrays.last_practised[graph.index["a"]] == states["a"].last_practised

    partial = LearnerArrays.from_states(graph, {"a": states["a"], "ghost": states["b"]}, PARAMS)
    assert partial.p_known[graph.index["b"]] == PARAMS.p_init
    new_c = apply_attempt(states["c"], True, 5000.0, PARAMS, RULE)
    arrays.set_state(graph.index["c"], new_c)
    expected = LearnerArrays.from_states(graph, {**states, "c": new_c}, PARAMS)
    for field in ("p_known", "attempts", "mastered", "last_practised", "wrong_streak"):
        np.testing.assert_array_equal(getattr(arrays, field), getattr(expected, field))


def test_the_learner_model_probability_replaces_bkt_when_given() -> None:
    start = SkillState.initial(PARAMS)
    # Three right answers: BKT alone would reach mastery; a model at 0.6 P(correct) does not.
    state = start
    for k in range(3):
        state = apply_attempt(state, True, float(k), PARAMS, RULE, model_p_correct=0.6)
    assert state.p_known == pytest.approx((0.6 - PARAMS.p_guess) / (1 - PARAMS.p_guess - PARAMS.p_slip))
    assert not state.mastered
    state = apply_attempt(state, True, 3.0, PARAMS, RULE, model_p_correct=0.95)
    assert state.mastered and state.attempts == 4
