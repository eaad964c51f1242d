"""Evidence for the policy: every policy on the same simulated learners, per graph and seed.

For each graph shape and seed it prints the table of ``sabil model simulate`` and then a check
of the issue's simulation targets: Sabil's median steps to true mastery of every skill at least
25 % below ``fixed_order``'s, at most 5 % of skills falsely declared mastered, and the best
retention of all policies. The numbers in docs/engine.md ("The policy and the simulation") come
from this script.

After the per-run checks it prints a summary over all runs (median and worst step reduction,
highest false mastery, runs with the best retention) and, as its last line, the same as JSON.

Run: .venv/bin/python benchmarks/bench_simulation.py --learners 100 --skills 12 --seeds 1 2 3 4 5 6

``--breakdown`` instead shows where Sabil's steps go on each graph and seed: the mean steps per
learner before every skill is truly known, by what the simulated truth says each step was spent on,
and the median steps until every skill is known and until every skill is declared mastered.
"""

from __future__ import annotations

import argparse
import json
import statistics
import time

import numpy as np

from app.engine.simulation import format_table, run_simulation
from app.engine.simulation.learner import SimulatedLearner
from app.engine.simulation.run import STEPS_PER_SKILL, step_time
from app.engine.simulation.sabil import SabilPolicy
from app.engine.simulation.world import GRAPH_KINDS, make_world

STEPS_TARGET = 0.25
FALSE_MASTERY_TARGET = 0.05


def main() -> None:
    """Run the simulations and print tables and target checks."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--learners", type=int, default=100)
    parser.add_argument("--skills", type=int, default=12)
    parser.add_argument("--seeds", type=int, nargs="+", default=[1, 2, 3])
    parser.add_argument("--graphs", nargs="+", default=list(GRAPH_KINDS), choices=GRAPH_KINDS)
    parser.add_argument("--breakdown", action="store_true", help="where Sabil's steps go, per run")
    args = parser.parse_args()
    if args.breakdown:
        for graph in args.graphs:
            for seed in args.seeds:
                print(breakdown(args.learners, args.skills, graph, seed))
        return

    checks: list[str] = []
    gains: list[float] = []
    false_mastery: list[float] = []
    best_retention = 0
    for graph in args.graphs:
        for seed in args.seeds:
            start = time.perf_counter()
            result = run_simulation(args.learners, args.skills, graph, seed)
            print(format_table(result))
            print(f"({time.perf_counter() - start:.1f} s)\n")
            sabil = result.figures["sabil"]
            fixed = result.figures["fixed_order"]
            gain = 1.0 - sabil.median_steps_to_mastery / fixed.median_steps_to_mastery
            best_other = max(f.retention for name, f in result.figures.items() if name != "sabil")
            gains.append(gain)
            false_mastery.append(sabil.false_mastery_rate)
            best_retention += sabil.retention >= best_other
            checks.append(
                f"{graph:8s} seed {seed}: steps {gain:+.0%} vs fixed_order "
                f"[{'ok' if gain >= STEPS_TARGET else 'MISSED'}], "
                f"false mastery {sabil.false_mastery_rate:.1%} "
                f"[{'ok' if sabil.false_mastery_rate <= FALSE_MASTERY_TARGET else 'MISSED'}], "
                f"retention {sabil.retention:.1%} vs best other {best_other:.1%} "
                f"[{'ok' if sabil.retention >= best_other else 'MISSED'}]"
            )
    print("Targets (steps at least 25 % fewer than fixed_order, false mastery <= 5 %, best retention):")
    print("\n".join(checks))
    summary = {
        "runs": len(gains),
        "median_step_reduction": round(statistics.median(gains), 4),
        "worst_step_reduction": round(min(gains), 4),
        "runs_meeting_step_target": sum(g >= STEPS_TARGET for g in gains),
        "max_false_mastery_rate": round(max(false_mastery), 4),
        "runs_with_best_retention": best_retention,
    }
    print(
        f"Over {summary['runs']} runs: steps {summary['median_step_reduction']:.1%} fewer (median), "
        f"{summary['worst_step_reduction']:.1%} (worst), target met in {summary['runs_meeting_step_target']}; "
        f"false mastery at most {summary['max_false_mastery_rate']:.1%}; "
        f"best retention in {summary['runs_with_best_retention']}"
    )
    print(json.dumps(summary))


CATEGORIES = ("learning", "evidence", "blocked", "relearning", "review")


def breakdown(learners: int, skills: int, graph: str, seed: int) -> str:
    """One line: Sabil's mean steps per learner by category, before every skill is truly known.

    learning: the skill is not known and can be learnt (its true prerequisites are known);
    evidence: known, not yet declared mastered; blocked: not known and a true prerequisite is not
    known either (a prerequisite was declared falsely); relearning: declared mastered but not known;
    review: declared and known. Same learners and curriculum as ``run_simulation``.
    """
    world = make_world(graph, skills, np.random.default_rng([seed, 0xC0FFEE]), 8)
    budget = STEPS_PER_SKILL * skills
    totals = dict.fromkeys(CATEGORIES, 0)
    to_known: list[int] = []
    to_declared: list[int] = []
    for i in range(learners):
        truth = SimulatedLearner(world, np.random.default_rng([seed, i]))
        policy = SabilPolicy(world, np.random.default_rng([seed, i, 1]))
        known_at: int | None = 0 if truth.known(0.0).all() else None
        declared_at: int | None = None
        for step in range(budget):
            t = step_time(step)
            item = policy.choose(t)
            skill = int(world.item_skill[item])
            if known_at is None:
                known, declared = bool(truth.known(t)[skill]), policy.states[skill].mastered
                if known:
                    category = "review" if declared else "evidence"
                elif declared:
                    category = "relearning"
                else:
                    category = "learning" if truth.gate_open(skill, t) else "blocked"
                totals[category] += 1
            policy.observe(item, truth.answer(item, t), t)
            if known_at is None and truth.known(t).all():
                known_at = step + 1
            if declared_at is None and policy.arrays.mastered.all():
                declared_at = step + 1
            if known_at is not None and declared_at is not None:
                break
        to_known.append(budget if known_at is None else known_at)
        to_declared.append(budget if declared_at is None else declared_at)
    spent = ", ".join(f"{name} {totals[name] / learners:.1f}" for name in CATEGORIES)
    return (
        f"{graph} seed {seed}: {spent}; median steps to every skill known {statistics.median(to_known):g}, "
        f"declared {statistics.median(to_declared):g}"
    )


if __name__ == "__main__":
    main()
