"""Invariants of the policy over many random graphs and learner states, with every optional input.

Locked skills (a prerequisite not mastered) are never chosen while an unlocked skill has an item
other than the last one, the last item is never repeated, suggestions are distinct, and review
suggestions are exactly the mastered skills whose recall is below the target.
"""

from __future__ import annotations

import random

import numpy as np

from app.engine.bkt import BKTParams
from app.engine.graph import SkillGraph, build_graph, ready_mask
from app.engine.policy import REVIEW_DUE, choose_item, suggest_skills
from app.engine.state import LearnerArrays

PARAMS = BKTParams.default()
DAY = 86_400.0


def _random_case(rnd: random.Random) -> tuple[SkillGraph, LearnerArrays, np.ndarray]:
    n = rnd.randint(2, 9)
    ids = [f"k{i}" for i in range(n)]
    graph = build_graph(ids, {ids[i]: rnd.sample(ids[:i], rnd.randint(0, min(2, i))) for i in range(1, n)})
    arrays = LearnerArrays.initial(graph, PARAMS)
    for skill in graph.topo_order:
        reqs = graph.prerequisites_of(int(skill))
        if bool(arrays.mastered[reqs].all()) and rnd.random() < 0.5:
            arrays.mastered[skill] = True
            arrays.p_known[skill] = rnd.uniform(0.9, 1.0)
            arrays.attempts[skill] = rnd.randint(3, 12)
            arrays.last_practised[skill] = rnd.uniform(0, 20) * DAY
        elif rnd.random() < 0.5:
            arrays.p_known[skill] = rnd.uniform(0.05, 0.9)
            arrays.attempts[skill] = rnd.randint(1, 12)
            arrays.wrong_streak[skill] = rnd.randint(0, 4)
            arrays.last_practised[skill] = rnd.uniform(0, 20) * DAY
    recall = np.where(arrays.mastered, np.array([rnd.uniform(0.5, 1.0) for _ in range(n)]), np.nan)
    return graph, arrays, recall


def test_locked_never_chosen_and_no_back_to_back_repeat_with_all_inputs() -> None:
    rnd = random.Random(12)
    for case in range(300):
        graph, arrays, recall = _random_case(rnd)
        per_skill = rnd.randint(1, 3)
        item_skill = np.repeat(np.arange(graph.size), per_skill)
        ids = [f"i{k}" for k in range(item_skill.size)]
        rng = np.random.default_rng(case)
        recent = [ids[rnd.randrange(len(ids))] for _ in range(rnd.randint(0, 5))]
        kwargs = {
            "now": 21 * DAY,
            "recall": recall,
            "review_target": rnd.choice([0.8, 0.9]),
            "item_p_correct": np.array([rnd.random() for _ in ids]) if rnd.random() < 0.5 else None,
            "skill_p_correct": np.array([rnd.random() for _ in range(graph.size)])
            if rnd.random() < 0.5
            else None,
        }
        choice = choose_item(graph, arrays, PARAMS, item_skill, ids, recent, rng, **kwargs)
        if recent and len(ids) > 1:
            assert ids[choice.item_index] != recent[-1]
        unlocked = arrays.mastered | ready_mask(graph, arrays.mastered)
        last = ids.index(recent[-1]) if recent else None
        open_items = [i for i in range(len(ids)) if unlocked[item_skill[i]] and i != last]
        if open_items:
            assert unlocked[item_skill[choice.item_index]], (case, choice)


def test_review_suggestions_are_the_mastered_skills_below_the_recall_target() -> None:
    rnd = random.Random(5)
    for _ in range(300):
        graph, arrays, recall = _random_case(rnd)
        arrays.wrong_streak[arrays.mastered] = 0
        target = rnd.choice([0.7, 0.9])
        found = suggest_skills(
            graph, arrays, PARAMS, k=graph.size, now=21 * DAY, recall=recall, review_target=target
        )
        assert len({s.skill_id for s in found}) == len(found)
        reviews = {s.skill_id for s in found if s.reason == REVIEW_DUE}
        due = {
            graph.skill_ids[i]
            for i in np.flatnonzero(arrays.mastered & (np.nan_to_num(recall, nan=1.0) < target))
        }
        assert reviews <= due
        # With room for every skill, every due skill is offered (as review, or as the target of a
        # remediation detour), reviews the most forgotten first.
        offered = [s.skill_id for s in found if s.reason == REVIEW_DUE]
        recalls = [recall[graph.index[sid]] for sid in offered]
        assert recalls == sorted(recalls)
        assert due <= {s.skill_id for s in found}
