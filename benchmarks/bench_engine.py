"""How fast the adaptive engine answers: choose_item over packs of 400 and 20,000 items, and apply_attempt.

Prints median timings; nothing is asserted. Each engine timing is shown beside a baseline measured
in the same run on the same machine, so the numbers can be compared across computers:
- choose_item against a plain Python loop that computes each item's BKT prediction and band
  distance and keeps the best (the work the vectorised policy replaces);
- apply_attempt against a bare BKT update on a float (the least any update can cost).

Run: .venv/bin/python benchmarks/bench_engine.py
"""

from __future__ import annotations

import math
import statistics
import time
from collections.abc import Callable, Sequence

import numpy as np

from app.engine.bkt import BKTParams, update
from app.engine.graph import SkillGraph, build_graph
from app.engine.mastery import MasteryRule
from app.engine.policy import TARGET_HIGH, TARGET_LOW, choose_item
from app.engine.state import LearnerArrays, SkillState, apply_attempt

REPEATS = 200


def median_seconds(action: Callable[[], object], repeats: int) -> float:
    """Median wall time of ``action`` over ``repeats`` runs, after a few warm-up runs."""
    for _ in range(5):
        action()
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def layered_graph(n_skills: int, rng: np.random.Generator) -> SkillGraph:
    """A pack-like graph: each skill needs one to three earlier skills."""
    ids = [f"skill-{i:03d}" for i in range(n_skills)]
    prerequisites: dict[str, list[str]] = {}
    for i in range(1, n_skills):
        count = int(rng.integers(1, min(3, i) + 1))
        prerequisites[ids[i]] = [ids[j] for j in rng.choice(i, size=count, replace=False)]
    return build_graph(ids, prerequisites)


def mid_course_learner(graph: SkillGraph, params: BKTParams, rng: np.random.Generator) -> LearnerArrays:
    """A learner who has mastered the first third of the pack and started a few more skills."""
    arrays = LearnerArrays.initial(graph, params)
    done = graph.topo_order[: graph.size // 3]
    arrays.mastered[done] = True
    arrays.p_known[done] = 0.97
    arrays.attempts[done] = 6
    arrays.last_practised[done] = 1_000.0
    started = graph.topo_order[graph.size // 3 : graph.size // 3 + 4]
    arrays.attempts[started] = 3
    arrays.p_known[started] = rng.uniform(0.3, 0.8, size=started.size)
    arrays.last_practised[started] = 2_000.0
    return arrays


def python_loop_choice(
    params: BKTParams,
    p_known: Sequence[float],
    item_skill: Sequence[int],
    difficulty: Sequence[float],
    last_item: int,
) -> int:
    """Baseline: the same per-item arithmetic in a plain Python loop."""
    best, best_score = -1, -1e9
    centre = 0.5 * (TARGET_LOW + TARGET_HIGH)
    for i, skill in enumerate(item_skill):
        if i == last_item:
            continue
        p = p_known[skill]
        skill_p = p * (1.0 - params.p_slip) + (1.0 - p) * params.p_guess
        skill_p = min(max(skill_p, 1e-6), 1.0 - 1e-6)
        logit = math.log(skill_p / (1.0 - skill_p)) - difficulty[i]
        predicted = 1.0 / (1.0 + math.exp(-logit))
        outside = max(TARGET_LOW - predicted, 0.0) + max(predicted - TARGET_HIGH, 0.0)
        score = -2.0 * outside - 0.1 * abs(predicted - centre)
        if score > best_score:
            best, best_score = i, score
    return best


def bench_choose(n_items: int, n_skills: int) -> None:
    rng = np.random.default_rng(n_items * 1000 + n_skills)
    params = BKTParams.default()
    graph = layered_graph(n_skills, rng)
    arrays = mid_course_learner(graph, params, rng)
    item_skill = rng.integers(0, n_skills, size=n_items)
    item_ids = [f"item-{i:05d}" for i in range(n_items)]
    difficulty = rng.normal(0.0, 0.7, size=n_items)
    recent = [item_ids[i] for i in rng.choice(n_items, size=10, replace=False)]
    item_index = {item_id: i for i, item_id in enumerate(item_ids)}
    choose_rng = np.random.default_rng(0)

    engine = median_seconds(
        lambda: choose_item(
            graph, arrays, params, item_skill, item_ids, recent, choose_rng, None, difficulty
        ),
        REPEATS,
    )
    engine_indexed = median_seconds(
        lambda: choose_item(
            graph,
            arrays,
            params,
            item_skill,
            item_ids,
            recent,
            choose_rng,
            None,
            difficulty,
            item_index=item_index,
        ),
        REPEATS,
    )
    p_list, skill_list, diff_list = arrays.p_known.tolist(), item_skill.tolist(), difficulty.tolist()
    last = item_index[recent[-1]]
    loop_repeats = max(5, REPEATS // max(1, n_items // 400))
    baseline = median_seconds(
        lambda: python_loop_choice(params, p_list, skill_list, diff_list, last), loop_repeats
    )
    print(
        f"choose_item  {n_items:>6} items {n_skills:>4} skills: "
        f"{engine * 1e3:8.3f} ms  (with item_index {engine_indexed * 1e3:7.3f} ms)  "
        f"python loop {baseline * 1e3:9.3f} ms  speed-up x{baseline / engine:6.1f}"
    )


def bench_apply_attempt() -> None:
    params = BKTParams.default()
    rule = MasteryRule.default()
    state = SkillState.initial(params)
    for k in range(8):
        state = apply_attempt(state, k % 3 != 0, float(k), params, rule)
    repeats = 20_000

    def engine_run() -> None:
        s = state
        for k in range(100):
            s = apply_attempt(s, k % 4 != 0, 10.0 + k, params, rule)

    def baseline_run() -> None:
        p = state.p_known
        for k in range(100):
            p = update(params, p, k % 4 != 0)

    engine = median_seconds(engine_run, repeats // 100) / 100
    baseline = median_seconds(baseline_run, repeats // 100) / 100
    print(
        f"apply_attempt (one answer): {engine * 1e6:8.2f} us   bare BKT update {baseline * 1e6:6.2f} us   "
        f"ratio x{engine / baseline:5.1f}"
    )


def main() -> None:
    print(f"Sabil engine benchmark (median of {REPEATS} runs; baselines measured in this run)")
    for n_items, n_skills in ((400, 30), (400, 300), (20_000, 30), (20_000, 300)):
        bench_choose(n_items, n_skills)
    bench_apply_attempt()


if __name__ == "__main__":
    main()
