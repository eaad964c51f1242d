"""Fit the learner model's default weights on simulated learners (a maintainer's script).

The app needs sane weights before any real answers exist. They come from Sabil's own simulator
(app.engine.simulation): learners with hidden knowledge, prerequisites, guesses, slips, item
difficulty and forgetting between sessions, answering items of skills they have unlocked by
showing progress, at real simulated times. Not from the ASSISTments files: those are for
evaluation only. Prints the Python lines to paste into app/engine/learner_model/params.py.
Run: `.venv/bin/python benchmarks/fit_default_weights.py [--learners 800] [--steps 240]`
"""

from __future__ import annotations

import argparse

import numpy as np

from app.engine.learner_model.features import DENSE_FEATURES
from app.engine.learner_model.fit import fit
from app.engine.simulation.learner import SimulatedLearner
from app.engine.simulation.run import step_time
from app.engine.simulation.world import make_world

UNLOCK_CORRECT = 3  # a skill opens once each prerequisite has this many correct answers


def simulate_log(learners: int, steps: int, seed: int) -> tuple[np.ndarray, ...]:
    """Answer logs (user, item, skill, correct, time) of simulated learners on a layered curriculum."""
    rng = np.random.default_rng(seed)
    world = make_world("layered", 24, rng)
    graph = world.graph
    rows: list[tuple[int, int, int, int, float]] = []
    for user in range(learners):
        learner = SimulatedLearner(world, np.random.default_rng([seed, user]))
        successes = np.zeros(graph.size, dtype=int)
        for step in range(steps):
            t = step_time(step)
            opened = np.array([all(successes[p] >= UNLOCK_CORRECT for p in np.flatnonzero(graph.prereq[s]))
                               for s in range(graph.size)])
            candidates = np.flatnonzero(opened)
            # Mostly the least-practised open skills (a tutor moving on), sometimes any open one (review).
            if rng.random() < 0.7:
                least = successes[candidates].min()
                candidates = candidates[successes[candidates] == least]
            skill = int(rng.choice(candidates))
            item = int(rng.choice(np.flatnonzero(world.item_skill == skill)))
            correct = learner.answer(item, t)
            successes[skill] += int(correct)
            rows.append((user, item, skill, int(correct), t))
    users, items, skills, correct, times = (np.array(column) for column in zip(*rows, strict=True))
    return users, items, skills, correct, times, world.item_skill


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--learners", type=int, default=800)
    parser.add_argument("--steps", type=int, default=240)
    parser.add_argument("--seed", type=int, default=2026)
    args = parser.parse_args()
    users, items, skills, correct, times, item_skill = simulate_log(args.learners, args.steps, args.seed)
    params = fit(users, items, skills, correct, times, item_skill=item_skill)
    print(f"# {len(correct)} simulated answers, {correct.mean():.1%} correct")
    print("_DEFAULT_WEIGHTS = {")
    for name, weight in zip(DENSE_FEATURES, params.weights, strict=True):
        if round(float(weight), 2) != 0.0:
            print(f'    "{name}": {float(weight):.2f},')
    print("}")
    median = np.median(params.skill_weights, axis=0)
    print(f"_DEFAULT_SKILL_WEIGHTS = ({', '.join(f'{float(w):.2f}' for w in median)})")


if __name__ == "__main__":
    main()
