"""The policy: suggestions with reasons, and the vectorised choice of the next item."""

from __future__ import annotations

import random
import time

import numpy as np
import pytest

from app.engine.bkt import BKTParams
from app.engine.graph import SkillGraph, build_graph
from app.engine.mastery import MasteryRule
from app.engine.policy import (
    ALREADY_MASTERED,
    CLOSEST_TO_READY,
    IN_PROGRESS,
    NO_PREREQUISITES,
    PREREQUISITES_MASTERED,
    REVIEW_DUE,
    STUCK_BELIEF,
    TARGET_HIGH,
    TARGET_LOW,
    WEAKEST_PREREQUISITE,
    choose_item,
    suggest_skills,
)
from app.engine.state import LearnerArrays, SkillState, apply_attempt, replay

PARAMS = BKTParams.default()
DAY = 86400.0


def chain(n: int) -> SkillGraph:
    ids = [f"s{i}" for i in range(n)]
    return build_graph(ids, {ids[i]: [ids[i - 1]] for i in range(1, n)})


def set_skill(
    arrays: LearnerArrays,
    i: int,
    *,
    p: float,
    attempts: int,
    mastered: bool = False,
    last: float = 1000.0,
    wrong_streak: int = 0,
) -> None:
    arrays.p_known[i] = p
    arrays.attempts[i] = attempts
    arrays.mastered[i] = mastered
    arrays.last_practised[i] = last
    arrays.wrong_streak[i] = wrong_streak


def items_per_skill(n_skills: int, per_skill: int) -> tuple[np.ndarray, list[str]]:
    item_skill = np.repeat(np.arange(n_skills), per_skill)
    return item_skill, [f"s{s}-i{k}" for s in range(n_skills) for k in range(per_skill)]


def random_graph(rnd: random.Random, n: int) -> SkillGraph:
    ids = [f"k{i}" for i in range(n)]
    prereqs = {ids[i]: rnd.sample(ids[:i], rnd.randint(0, min(3, i))) for i in range(1, n)}
    return build_graph(ids, prereqs)


# --- suggestions -----------------------------------------------------------------------------


def test_fresh_learner_is_offered_the_roots() -> None:
    graph = build_graph(["count", "add", "shapes"], {"add": ["count"]})
    suggestions = suggest_skills(graph, LearnerArrays.initial(graph, PARAMS), PARAMS, k=3)
    assert [s.skill_id for s in suggestions] == ["count", "shapes"]
    assert all(s.kind == "new" and s.reason == NO_PREREQUISITES and s.reason_args == {} for s in suggestions)
    assert suggestions[0].predicted_correct == pytest.approx(0.2 * 0.9 + 0.8 * 0.2)


def test_continue_first_then_new_with_prerequisite_ids() -> None:
    graph = build_graph(["a", "b", "c", "d"], {"b": ["a"], "c": ["a"], "d": ["b", "c"]})
    arrays = LearnerArrays.initial(graph, PARAMS)
    set_skill(arrays, 0, p=0.97, attempts=5, mastered=True)
    set_skill(arrays, 1, p=0.5, attempts=2, last=2000.0)
    suggestions = suggest_skills(graph, arrays, PARAMS, k=3)
    assert [(s.skill_id, s.kind, s.reason) for s in suggestions] == [
        ("b", "continue", IN_PROGRESS),
        ("c", "new", PREREQUISITES_MASTERED),
    ]
    assert suggestions[0].reason_args == {"attempts": "2"}
    assert suggestions[1].reason_args == {"prerequisites": "a"}
    assert suggest_skills(graph, arrays, PARAMS, k=1) == suggestions[:1]
    assert suggest_skills(graph, arrays, PARAMS, k=0) == []


def test_review_is_suggested_only_when_due_and_when_time_is_given() -> None:
    graph = build_graph(["a", "b"], {"b": ["a"]})
    arrays = LearnerArrays.initial(graph, PARAMS)
    set_skill(arrays, 0, p=0.97, attempts=5, mastered=True, last=0.0)
    now = 10 * DAY + 60.0
    suggestions = suggest_skills(graph, arrays, PARAMS, k=3, now=now)
    assert [(s.skill_id, s.kind, s.reason) for s in suggestions] == [
        ("b", "new", PREREQUISITES_MASTERED),
        ("a", "review", REVIEW_DUE),
    ]
    assert suggestions[1].reason_args == {"days": "10"}
    assert all(s.kind != "review" for s in suggest_skills(graph, arrays, PARAMS, k=3))
    assert all(s.kind != "review" for s in suggest_skills(graph, arrays, PARAMS, k=3, now=3 * DAY))


def test_repeated_failure_offers_the_weakest_prerequisite_first() -> None:
    graph = build_graph(["a", "b", "c"], {"c": ["a", "b"]})
    arrays = LearnerArrays.initial(graph, PARAMS)
    set_skill(arrays, 0, p=0.99, attempts=6, mastered=True)
    set_skill(arrays, 1, p=0.96, attempts=4, mastered=True)
    set_skill(arrays, 2, p=0.3, attempts=4, wrong_streak=2)
    assert all(s.kind != "remediation" for s in suggest_skills(graph, arrays, PARAMS))
    arrays.wrong_streak[2] = 3
    first = suggest_skills(graph, arrays, PARAMS)[0]
    assert (first.skill_id, first.kind, first.reason) == ("b", "remediation", WEAKEST_PREREQUISITE)
    assert first.reason_args == {"skill": "c", "prerequisite": "b"}


def test_suggestions_are_distinct_and_never_empty_while_work_remains() -> None:
    rnd = random.Random(11)
    for trial in range(60):
        graph = random_graph(rnd, rnd.randint(1, 25))
        events = [
            (rnd.choice(graph.skill_ids), rnd.random() < 0.7, float(t)) for t in range(rnd.randint(0, 150))
        ]
        rules = {sid: MasteryRule(kind="n_in_a_row", n=2) for sid in graph.skill_ids if rnd.random() < 0.5}
        arrays = LearnerArrays.from_states(graph, replay(graph, events, PARAMS, rules), PARAMS)
        for k in (1, 2, 3, 5):
            suggestions = suggest_skills(graph, arrays, PARAMS, k=k, now=float(trial) * DAY)
            ids = [s.skill_id for s in suggestions]
            assert len(ids) == len(set(ids)) <= k
            if not arrays.mastered.all():
                assert suggestions, f"no suggestion in trial {trial}"
            for s in suggestions:
                assert s.kind in ("continue", "new", "review", "remediation")
                i = graph.index[s.skill_id]
                if s.kind in ("continue", "new"):
                    # A mastered skill is in progress again only when its mastery is in doubt.
                    assert not arrays.mastered[i] or arrays.p_known[i] < STUCK_BELIEF


def test_fallback_when_no_ready_skill_has_items() -> None:
    graph = chain(4)
    arrays = LearnerArrays.initial(graph, PARAMS)
    set_skill(arrays, 0, p=0.97, attempts=5, mastered=True)
    practisable = np.array([True, False, True, True])  # s1 (the ready one) has no items
    suggestions = suggest_skills(graph, arrays, PARAMS, practisable=practisable)
    assert [s.skill_id for s in suggestions] == ["s2"]
    assert suggestions[0].reason == CLOSEST_TO_READY
    assert suggestions[0].reason_args == {"missing": "s1"}


# --- choosing items --------------------------------------------------------------------------


def test_prefers_items_in_the_target_band() -> None:
    graph = chain(1)
    arrays = LearnerArrays.initial(graph, PARAMS)
    set_skill(arrays, 0, p=0.5, attempts=3)  # skill-level prediction 0.55
    item_skill = np.zeros(4, dtype=int)
    difficulty = np.array([-2.0, -0.8, 0.0, 1.5])  # predictions ~0.90, ~0.73, 0.55, ~0.21
    choice = choose_item(
        graph,
        arrays,
        PARAMS,
        item_skill,
        ["i0", "i1", "i2", "i3"],
        [],
        np.random.default_rng(0),
        item_difficulty=difficulty,
    )
    assert choice.item_index == 1
    assert TARGET_LOW <= choice.predicted_correct <= TARGET_HIGH
    assert choice.suggestion.reason == IN_PROGRESS


def test_never_repeats_the_last_item() -> None:
    rnd = random.Random(5)
    graph = random_graph(rnd, 12)
    rng = np.random.default_rng(5)
    item_skill = np.array([s for s in range(12) for _ in range(1 + s % 3)])
    item_ids = [f"item{i}" for i in range(item_skill.size)]
    states = {sid: SkillState.initial(PARAMS) for sid in graph.skill_ids}
    arrays = LearnerArrays.initial(graph, PARAMS)
    recent: list[str] = []
    for step in range(400):
        focus = graph.skill_ids[step % 12] if step % 5 == 0 else None
        choice = choose_item(graph, arrays, PARAMS, item_skill, item_ids, recent, rng, focus_skill=focus)
        if recent:
            assert item_ids[choice.item_index] != recent[-1]
        sid = choice.skill_id
        states[sid] = apply_attempt(states[sid], rnd.random() < 0.6, float(step), PARAMS, MasteryRule())
        arrays.set_state(graph.index[sid], states[sid])
        recent.append(item_ids[choice.item_index])


def test_single_item_skill_in_focus_still_does_not_repeat() -> None:
    graph = build_graph(["a", "b"], {})
    arrays = LearnerArrays.initial(graph, PARAMS)
    choice = choose_item(
        graph,
        arrays,
        PARAMS,
        np.array([0, 1, 1]),
        ["a1", "b1", "b2"],
        ["a1"],
        np.random.default_rng(0),
        focus_skill="a",
    )
    assert choice.item_index in (1, 2)


def test_a_pack_with_one_item_returns_it() -> None:
    graph = chain(1)
    arrays = LearnerArrays.initial(graph, PARAMS)
    choice = choose_item(graph, arrays, PARAMS, np.array([0]), ["only"], ["only"], np.random.default_rng(0))
    assert choice.item_index == 0


def test_recently_seen_items_are_avoided() -> None:
    graph = chain(1)
    arrays = LearnerArrays.initial(graph, PARAMS)
    ids = ["i0", "i1", "i2", "i3"]
    for seed in range(20):
        choice = choose_item(
            graph,
            arrays,
            PARAMS,
            np.zeros(4, dtype=int),
            ids,
            ["i3", "i0", "i2", "i1"],
            np.random.default_rng(seed),
        )
        # i1 was last (excluded); i2 and i0 were seen just before; i3 is the oldest.
        assert choice.item_index == 3


def test_interleaves_skills_when_both_are_good() -> None:
    graph = build_graph(["a", "b"], {})
    arrays = LearnerArrays.initial(graph, PARAMS)
    set_skill(arrays, 0, p=0.7, attempts=4, last=1000.0)
    set_skill(arrays, 1, p=0.7, attempts=4, last=1000.0)
    item_skill, ids = items_per_skill(2, 10)
    rng = np.random.default_rng(3)
    recent: list[str] = []
    skills = []
    for _ in range(12):
        choice = choose_item(graph, arrays, PARAMS, item_skill, ids, recent, rng)
        skills.append(choice.skill_id)
        recent.append(ids[choice.item_index])
    assert all(x != y for x, y in zip(skills, skills[1:], strict=False))


def test_focus_restricts_to_the_chosen_skill() -> None:
    graph = build_graph(["a", "b", "c"], {"c": ["b"]})
    arrays = LearnerArrays.initial(graph, PARAMS)
    set_skill(arrays, 0, p=0.8, attempts=5)  # a would be the better band fit
    item_skill, ids = items_per_skill(3, 6)
    rng = np.random.default_rng(1)
    recent: list[str] = []
    for _ in range(10):
        choice = choose_item(graph, arrays, PARAMS, item_skill, ids, recent, rng, focus_skill="b")
        assert choice.skill_id == "b"
        assert choice.suggestion.skill_id == "b" and choice.suggestion.kind == "new"
        recent.append(ids[choice.item_index])


def test_focus_on_a_locked_skill_is_remediation_on_its_weakest_unmastered_prerequisite() -> None:
    graph = build_graph(["a", "b", "c", "d"], {"b": ["a"], "c": ["a"], "d": ["b", "c"]})
    arrays = LearnerArrays.initial(graph, PARAMS)
    set_skill(arrays, 0, p=0.97, attempts=5, mastered=True)
    set_skill(arrays, 1, p=0.8, attempts=5)
    set_skill(arrays, 2, p=0.4, attempts=2)
    item_skill, ids = items_per_skill(4, 3)
    choice = choose_item(
        graph, arrays, PARAMS, item_skill, ids, [], np.random.default_rng(0), focus_skill="d"
    )
    assert choice.skill_id == "c"
    assert choice.suggestion.kind == "remediation"
    assert choice.suggestion.reason == WEAKEST_PREREQUISITE
    assert choice.suggestion.reason_args == {"skill": "d", "prerequisite": "c"}


def test_focus_on_a_mastered_skill_is_practice_of_it() -> None:
    graph = chain(2)
    arrays = LearnerArrays.initial(graph, PARAMS)
    set_skill(arrays, 0, p=0.97, attempts=5, mastered=True)
    item_skill, ids = items_per_skill(2, 3)
    choice = choose_item(
        graph, arrays, PARAMS, item_skill, ids, [], np.random.default_rng(0), focus_skill="s0"
    )
    assert choice.skill_id == "s0"
    assert (choice.suggestion.kind, choice.suggestion.reason) == ("review", ALREADY_MASTERED)


def test_remediation_detour_after_repeated_failure_then_back() -> None:
    graph = chain(2)
    arrays = LearnerArrays.initial(graph, PARAMS)
    set_skill(arrays, 0, p=0.97, attempts=5, mastered=True)
    set_skill(arrays, 1, p=0.15, attempts=3, wrong_streak=3)
    item_skill, ids = items_per_skill(2, 5)
    rng = np.random.default_rng(2)
    recent = ["s1-i0", "s1-i1", "s1-i2"]
    for focus in (None, "s1"):
        first = choose_item(graph, arrays, PARAMS, item_skill, ids, recent, rng, focus_skill=focus)
        assert first.skill_id == "s0"
        assert first.suggestion.kind == "remediation"
        assert first.suggestion.reason_args == {"skill": "s1", "prerequisite": "s0"}
        # Mid-detour (one prerequisite item shown, belief in it dented): still remediation.
        arrays.p_known[0] = 0.6
        second = choose_item(
            graph, arrays, PARAMS, item_skill, ids, [*recent, "s0-i0"], rng, focus_skill=focus
        )
        assert second.skill_id == "s0"
        # After the detour of two items, back to the failed skill.
        back = choose_item(
            graph, arrays, PARAMS, item_skill, ids, [*recent, "s0-i0", "s0-i1"], rng, focus_skill=focus
        )
        assert back.skill_id == "s1"
        assert back.suggestion.reason == IN_PROGRESS
        arrays.p_known[0] = 0.97


def test_choice_is_deterministic_per_seed_and_ties_use_the_generator() -> None:
    graph = chain(3)
    arrays = LearnerArrays.initial(graph, PARAMS)
    item_skill, ids = items_per_skill(3, 30)

    def session(seed: int) -> list[int]:
        rng = np.random.default_rng(seed)
        recent: list[str] = []
        picks = []
        for _ in range(15):
            choice = choose_item(graph, arrays, PARAMS, item_skill, ids, recent, rng)
            picks.append(choice.item_index)
            recent.append(ids[choice.item_index])
        return picks

    assert session(42) == session(42)
    assert len({tuple(session(seed)) for seed in range(10)}) > 1


def test_item_index_mapping_gives_the_same_choice() -> None:
    rnd = random.Random(8)
    graph = random_graph(rnd, 20)
    arrays = LearnerArrays.from_states(
        graph,
        replay(
            graph,
            [(rnd.choice(graph.skill_ids), rnd.random() < 0.8, float(t)) for t in range(200)],
            PARAMS,
            {},
        ),
        PARAMS,
    )
    item_skill = np.array([rnd.randrange(20) for _ in range(500)])
    ids = [f"x{i}" for i in range(500)]
    index = {item_id: i for i, item_id in enumerate(ids)}
    recent = [ids[rnd.randrange(500)] for _ in range(15)]
    plain = choose_item(graph, arrays, PARAMS, item_skill, ids, recent, np.random.default_rng(1))
    mapped = choose_item(
        graph, arrays, PARAMS, item_skill, ids, recent, np.random.default_rng(1), item_index=index
    )
    assert plain == mapped


def test_bad_input_is_rejected() -> None:
    graph = chain(2)
    arrays = LearnerArrays.initial(graph, PARAMS)
    rng = np.random.default_rng(0)
    with pytest.raises(ValueError, match="no items"):
        choose_item(graph, arrays, PARAMS, np.array([], dtype=int), [], [], rng)
    with pytest.raises(ValueError, match="Unknown focus skill 'zz'"):
        choose_item(graph, arrays, PARAMS, np.array([0, 1]), ["a", "b"], [], rng, focus_skill="zz")
    with pytest.raises(ValueError, match="item_ids"):
        choose_item(graph, arrays, PARAMS, np.array([0, 1]), ["a"], [], rng)
    with pytest.raises(ValueError, match="outside"):
        choose_item(graph, arrays, PARAMS, np.array([0, 2]), ["a", "b"], [], rng)


def test_twenty_thousand_items_choose_in_milliseconds() -> None:
    rnd = random.Random(4)
    graph = random_graph(rnd, 300)
    arrays = LearnerArrays.initial(graph, PARAMS)
    order = graph.topo_order
    arrays.mastered[order[:100]] = True
    arrays.p_known[order[:100]] = 0.97
    rng = np.random.default_rng(0)
    item_skill = rng.integers(0, 300, size=20_000)
    ids = [f"item-{i}" for i in range(20_000)]
    difficulty = rng.normal(0, 0.5, size=20_000)
    recent = ids[:10]
    timings = []
    for _ in range(15):
        start = time.perf_counter()
        choose_item(graph, arrays, PARAMS, item_skill, ids, recent, rng, item_difficulty=difficulty)
        timings.append(time.perf_counter() - start)
    # Typically well under 2 ms; the bound leaves room for a busy shared test machine.
    assert sorted(timings)[len(timings) // 2] < 0.05


def test_due_review_is_scored_below_learning_in_the_band() -> None:
    graph = build_graph(["a", "b"], {})
    arrays = LearnerArrays.initial(graph, PARAMS)
    set_skill(arrays, 0, p=0.97, attempts=6, mastered=True, last=0.0)
    set_skill(arrays, 1, p=0.8, attempts=4, last=9 * DAY)
    item_skill, ids = items_per_skill(2, 4)
    now = 10 * DAY
    assert [s.kind for s in suggest_skills(graph, arrays, PARAMS, now=now)] == ["continue", "review"]
    choice = choose_item(graph, arrays, PARAMS, item_skill, ids, [], np.random.default_rng(0), now=now)
    assert choice.skill_id == "b"
    # With nothing left to learn, the due review is what remains.
    set_skill(arrays, 1, p=0.97, attempts=6, mastered=True, last=9 * DAY)
    review = choose_item(graph, arrays, PARAMS, item_skill, ids, [], np.random.default_rng(0), now=now)
    assert review.skill_id == "a"
    assert (review.suggestion.kind, review.suggestion.reason) == ("review", REVIEW_DUE)
