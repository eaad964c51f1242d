"""Learning plans in the engine: prerequisites first, then the targets; the policy kept to the plan."""

from __future__ import annotations

import numpy as np
import pytest

from app.engine.bkt import BKTParams
from app.engine.graph import build_graph
from app.engine.plan import PLAN_PREREQUISITE, PLAN_TARGET, explain, plan_focus, prerequisite_closure
from app.engine.policy import choose_item, suggest_skills
from app.engine.state import LearnerArrays, SkillState

# count -> add -> multiply -> fractions; count -> shapes (a separate branch); add -> subtract
SKILLS = ["count", "add", "subtract", "multiply", "fractions", "shapes"]
PREREQS = {
    "add": ["count"],
    "subtract": ["add"],
    "multiply": ["add"],
    "fractions": ["multiply"],
    "shapes": ["count"],
}
PARAMS = BKTParams.default()


def graph_and_arrays(mastered: set[str], p_known: dict[str, float] | None = None):  # noqa: ANN201
    graph = build_graph(SKILLS, PREREQS)
    states = {}
    for sid in SKILLS:
        state = SkillState.initial(PARAMS)
        if sid in mastered:
            state = SkillState(
                p_known=0.97, attempts=6, correct=6, streak=6, wrong_streak=0,
                recent=(True,) * 6, mastered=True, last_practised=1_000.0,
            )
        elif p_known and sid in p_known:
            state = SkillState(
                p_known=p_known[sid], attempts=3, correct=2, streak=1, wrong_streak=0,
                recent=(True, False, True), mastered=False, last_practised=1_000.0,
            )
        states[sid] = state
    return graph, LearnerArrays.from_states(graph, states, PARAMS)


def mask(graph, ids: list[str]) -> np.ndarray:  # noqa: ANN001
    out = np.zeros(graph.size, dtype=bool)
    out[[graph.index[i] for i in ids]] = True
    return out


def names(graph, indices) -> list[str]:  # noqa: ANN001
    return [graph.skill_ids[i] for i in indices]


def test_closure_is_the_skill_and_everything_it_needs() -> None:
    graph, _ = graph_and_arrays(set())
    closure = prerequisite_closure(graph, np.asarray([graph.index["fractions"]]))
    assert set(names(graph, np.flatnonzero(closure))) == {"count", "add", "multiply", "fractions"}


def test_ready_target_is_worked_on_directly() -> None:
    graph, arrays = graph_and_arrays({"count", "add", "multiply"})
    focus = plan_focus(graph, mask(graph, ["fractions"]), arrays.mastered, arrays.p_known)
    assert names(graph, focus.skills) == ["fractions"]
    assert focus.reasons == (PLAN_TARGET,)
    assert focus.active and not focus.complete


def test_locked_target_sends_to_its_missing_prerequisites_first() -> None:
    graph, arrays = graph_and_arrays({"count"})
    focus = plan_focus(graph, mask(graph, ["fractions"]), arrays.mastered, arrays.p_known)
    # Only "add" can be practised now; multiply is locked behind it, fractions behind multiply.
    assert names(graph, focus.skills) == ["add"]
    assert focus.reasons == (PLAN_PREREQUISITE,)
    assert names(graph, focus.leads_to[0]) == ["fractions"]
    assert names(graph, focus.remaining) == ["fractions"]


def test_weakest_missing_prerequisite_comes_first() -> None:
    graph = build_graph(["a", "b", "goal"], {"goal": ["a", "b"]})
    states = {
        "a": SkillState(0.6, 3, 2, 1, 0, (True, False, True), False, 1.0),
        "b": SkillState(0.3, 3, 1, 0, 1, (False, True, False), False, 1.0),
        "goal": SkillState.initial(PARAMS),
    }
    arrays = LearnerArrays.from_states(graph, states, PARAMS)
    focus = plan_focus(graph, np.asarray([2]), arrays.mastered, arrays.p_known)
    assert names(graph, focus.skills) == ["b", "a"]


def test_a_target_that_is_also_a_prerequisite_keeps_the_target_reason() -> None:
    graph, arrays = graph_and_arrays({"count"})
    focus = plan_focus(graph, mask(graph, ["add", "fractions"]), arrays.mastered, arrays.p_known)
    assert names(graph, focus.skills) == ["add"]
    assert focus.reasons == (PLAN_TARGET,)


def test_complete_plan_restricts_nothing() -> None:
    graph, arrays = graph_and_arrays({"count", "add"})
    focus = plan_focus(graph, mask(graph, ["add"]), arrays.mastered, arrays.p_known)
    assert focus.complete and not focus.active and not focus.blocked


def test_blocked_when_the_missing_prerequisite_has_no_items() -> None:
    graph, arrays = graph_and_arrays({"count"})
    practisable = ~mask(graph, ["add"])
    focus = plan_focus(graph, mask(graph, ["multiply"]), arrays.mastered, arrays.p_known, practisable)
    assert focus.blocked and not focus.active


def test_allowed_covers_focus_and_mastered_skills_of_the_plan_only() -> None:
    graph, arrays = graph_and_arrays({"count", "add"})
    focus = plan_focus(graph, mask(graph, ["multiply"]), arrays.mastered, arrays.p_known)
    assert set(names(graph, np.flatnonzero(focus.allowed))) == {"multiply", "add", "count"}


def test_bad_inputs_are_refused() -> None:
    graph, arrays = graph_and_arrays(set())
    with pytest.raises(ValueError):
        plan_focus(graph, np.asarray([99]), arrays.mastered, arrays.p_known)
    with pytest.raises(ValueError):
        plan_focus(graph, np.zeros(3, dtype=bool), arrays.mastered, arrays.p_known)


def items_for(graph, per_skill: int = 3):  # noqa: ANN001, ANN201
    item_skill = np.repeat(np.arange(graph.size), per_skill)
    item_ids = [f"{graph.skill_ids[s]}-{k}" for s in range(graph.size) for k in range(per_skill)]
    return item_skill, item_ids


def test_policy_follows_the_plan_through_prerequisites_and_says_so() -> None:
    # "shapes" is in progress, "add" is ready and new. Without a plan the policy picks up shapes
    # where the learner left off; with a plan on fractions every item is an "add" item and the
    # reason is the plan's.
    graph, arrays = graph_and_arrays({"count"}, {"shapes": 0.8})
    item_skill, item_ids = items_for(graph)
    focus = plan_focus(graph, mask(graph, ["fractions"]), arrays.mastered, arrays.p_known)
    free_skills = set()
    for seed in range(30):
        rng = np.random.default_rng(seed)
        free = choose_item(graph, arrays, PARAMS, item_skill, item_ids, [], rng)
        free_skills.add(free.skill_id)
        planned = choose_item(
            graph, arrays, PARAMS, item_skill, item_ids, [], np.random.default_rng(seed), allowed=focus.allowed
        )
        assert planned.skill_id == "add"
        relabelled = explain(graph, focus, planned.suggestion)
        assert relabelled.reason == PLAN_PREREQUISITE
        assert relabelled.reason_args == {"target": "fractions", "prerequisite": "add"}
    assert "shapes" in free_skills  # the restriction is what keeps shapes out


def test_policy_suggestions_restricted_by_practisable_and_relabelled() -> None:
    graph, arrays = graph_and_arrays({"count", "add", "multiply"})
    focus = plan_focus(graph, mask(graph, ["fractions"]), arrays.mastered, arrays.p_known)
    found = suggest_skills(graph, arrays, PARAMS, 3, practisable=focus.allowed)
    assert [s.skill_id for s in found] == ["fractions"]
    assert explain(graph, focus, found[0]).reason == PLAN_TARGET
    assert explain(graph, focus, found[0]).reason_args == {"skill": "fractions"}


def test_allowed_that_leaves_nothing_is_ignored() -> None:
    graph, arrays = graph_and_arrays({"count"})
    item_skill, item_ids = items_for(graph)
    nothing = np.zeros(graph.size, dtype=bool)
    choice = choose_item(
        graph, arrays, PARAMS, item_skill, item_ids, [], np.random.default_rng(0), allowed=nothing
    )
    assert choice.skill_id in {"add", "shapes"}


def test_review_and_remediation_reasons_are_kept() -> None:
    graph, arrays = graph_and_arrays({"count", "add"})
    focus = plan_focus(graph, mask(graph, ["multiply"]), arrays.mastered, arrays.p_known)
    from app.engine.policy import Suggestion

    review = Suggestion("add", "review", "review_due", {"days": "9"}, 0.9)
    assert explain(graph, focus, review) is review


def random_graph(n: int, seed: int):  # noqa: ANN201
    rng = np.random.default_rng(seed)
    ids = [f"s{i}" for i in range(n)]
    prereqs = {ids[i]: [ids[j] for j in rng.choice(i, size=min(i, 2), replace=False)] for i in range(1, n)}
    return build_graph(ids, prereqs)


def test_ancestor_matrix_agrees_with_the_closure() -> None:
    from app.engine.plan import ancestor_matrix

    graph = random_graph(60, 3)
    ancestors = ancestor_matrix(graph)
    for i in range(graph.size):
        closure = prerequisite_closure(graph, np.asarray([i]))
        closure[i] = False
        assert np.array_equal(ancestors[i], closure)


def test_focus_on_a_large_pack_uses_the_kept_matrix() -> None:
    from app.engine.plan import ancestor_matrix

    graph = random_graph(500, 5)
    ancestors = ancestor_matrix(graph)
    mastered = np.zeros(graph.size, dtype=bool)
    mastered[:40] = True
    p_known = np.linspace(0.1, 0.9, graph.size)
    target = np.asarray([graph.size - 1])
    with_matrix = plan_focus(graph, target, mastered, p_known, ancestors=ancestors)
    without = plan_focus(graph, target, mastered, p_known)
    assert with_matrix.skills == without.skills and with_matrix.skills
    assert all(r == PLAN_PREREQUISITE for r in with_matrix.reasons)
    needed = prerequisite_closure(graph, target)
    ready = ~mastered & ~(graph.prereq & ~mastered).any(axis=1)
    assert set(with_matrix.skills) == set(np.flatnonzero(needed & ready)) - {graph.size - 1}
    whole = plan_focus(graph, np.ones(graph.size, dtype=bool), mastered, p_known, ancestors=ancestors)
    assert set(whole.skills) == set(np.flatnonzero(ready)) and set(whole.reasons) == {PLAN_TARGET}
    with pytest.raises(ValueError):
        plan_focus(graph, target, mastered, p_known, ancestors=ancestors[:10])
