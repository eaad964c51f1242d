"""The prerequisite graph: validation, order, outer and inner fringe."""

from __future__ import annotations

import numpy as np
import pytest

from app.engine.graph import (
    GraphError,
    build_graph,
    ready_mask,
    remediation_target,
    weakest_prerequisite,
)

# count -> add -> (sub, mul); mul also needs skip; div needs mul and sub.
SKILLS = ["count", "add", "sub", "skip", "mul", "div"]
PREREQS = {"add": ["count"], "sub": ["add"], "skip": ["count"], "mul": ["add", "skip"], "div": ["mul", "sub"]}


def mask(graph, ids: list[str]) -> np.ndarray:
    out = np.zeros(graph.size, dtype=bool)
    for sid in ids:
        out[graph.index[sid]] = True
    return out


def test_matrix_holds_direct_prerequisites() -> None:
    graph = build_graph(SKILLS, PREREQS)
    assert graph.skill_ids == tuple(SKILLS)
    assert graph.index == {sid: i for i, sid in enumerate(SKILLS)}
    assert graph.prereq.dtype == bool and graph.prereq.shape == (6, 6)
    assert graph.prereq[graph.index["mul"], graph.index["add"]]
    assert graph.prereq[graph.index["mul"], graph.index["skip"]]
    assert not graph.prereq[graph.index["mul"], graph.index["count"]]  # indirect only
    assert graph.prereq.sum() == 7
    assert list(graph.prerequisites_of(graph.index["div"])) == [graph.index["sub"], graph.index["mul"]]
    assert list(graph.dependents_of(graph.index["count"])) == [graph.index["add"], graph.index["skip"]]


def test_topological_order_puts_prerequisites_first_and_keeps_declaration_order() -> None:
    graph = build_graph(SKILLS, PREREQS)
    order = [graph.skill_ids[i] for i in graph.topo_order]
    position = {sid: k for k, sid in enumerate(order)}
    for skill, reqs in PREREQS.items():
        for req in reqs:
            assert position[req] < position[skill]
    assert order == ["count", "add", "sub", "skip", "mul", "div"]
    # Declared in reverse: order must still respect prerequisites.
    reverse = build_graph(list(reversed(SKILLS)), PREREQS)
    order = [reverse.skill_ids[i] for i in reverse.topo_order]
    assert order == ["count", "skip", "add", "mul", "sub", "div"]


def test_cycle_is_rejected_naming_the_cycle() -> None:
    with pytest.raises(GraphError) as info:
        build_graph(["a", "b", "c", "d"], {"a": ["c"], "b": ["a"], "c": ["b"], "d": ["a"]})
    message = str(info.value)
    assert "cycle" in message
    assert "a -> b -> c -> a" in message
    assert "d" not in message.replace("Prerequisites", "")


def test_self_prerequisite_is_a_cycle() -> None:
    with pytest.raises(GraphError, match="x -> x"):
        build_graph(["x"], {"x": ["x"]})


def test_unknown_prerequisite_is_rejected_naming_both_skills() -> None:
    with pytest.raises(GraphError, match="'add' lists unknown prerequisite 'counting'"):
        build_graph(["count", "add"], {"add": ["counting"]})


def test_unknown_skill_and_duplicates_are_rejected() -> None:
    with pytest.raises(GraphError, match="unknown skill 'ghost'"):
        build_graph(["a"], {"ghost": ["a"]})
    with pytest.raises(GraphError, match="'a' is declared more than once"):
        build_graph(["a", "b", "a"], {})


def test_graph_arrays_are_read_only() -> None:
    graph = build_graph(SKILLS, PREREQS)
    with pytest.raises(ValueError):
        graph.prereq[0, 0] = True


def test_ready_mask_is_the_outer_fringe() -> None:
    graph = build_graph(SKILLS, PREREQS)
    assert list(ready_mask(graph, mask(graph, []))) == list(mask(graph, ["count"]))
    assert list(ready_mask(graph, mask(graph, ["count"]))) == list(mask(graph, ["add", "skip"]))
    # mul needs both add and skip.
    assert list(ready_mask(graph, mask(graph, ["count", "add"]))) == list(mask(graph, ["sub", "skip"]))
    everything = mask(graph, SKILLS)
    assert not ready_mask(graph, everything).any()


def test_weakest_prerequisite_is_the_lowest_belief() -> None:
    graph = build_graph(SKILLS, PREREQS)
    p_known = np.array([0.9, 0.6, 0.5, 0.4, 0.3, 0.2])
    assert weakest_prerequisite(graph, graph.index["mul"], p_known) == graph.index["skip"]
    assert weakest_prerequisite(graph, graph.index["div"], p_known) == graph.index["mul"]
    assert weakest_prerequisite(graph, graph.index["count"], p_known) is None
    # Ties go to the prerequisite declared first.
    assert weakest_prerequisite(graph, graph.index["mul"], np.full(6, 0.5)) == graph.index["add"]


def test_remediation_target_descends_to_a_practicable_skill() -> None:
    graph = build_graph(SKILLS, PREREQS)
    p_known = np.array([0.97, 0.96, 0.5, 0.3, 0.2, 0.1])
    mastered = mask(graph, ["count", "add"])
    # div is locked: its weakest unmastered prerequisite is mul, itself locked by skip.
    target = remediation_target(graph, graph.index["div"], p_known, mastered, unmastered_only=True)
    assert target == graph.index["skip"]
    # sub is ready; failing it sends the learner back to add even though add is mastered.
    assert remediation_target(graph, graph.index["sub"], p_known, mastered) == graph.index["add"]
    assert remediation_target(graph, graph.index["count"], p_known, mastered) is None
