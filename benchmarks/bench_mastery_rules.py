"""Do mastery declarations hold up on real learners? Each rule judged by the answer that follows it.

Splits the learners of a TRAIN file (format of ../shared/data/kt/) in two halves by a fixed seed,
fits on one half and replays the other half's answers in order. Every time a rule first declares a
(learner, skill) mastered, the learner's next answer on that skill is the test: a rule that
declares mastery well sees it answered right about as often as it claims. Rules:

- ``bkt_default``: the engine's BKT with its default parameters, P(known) >= 0.95 after 3 answers
  (what the app does before any fitted parameters exist);
- ``bkt_fitted``: the same with per-skill BKT parameters fitted by EM on the other half;
- ``five_in_a_row``: Kolibri's default rule;
- ``learner_model``: Sabil with fitted learner-model parameters — ``apply_attempt`` with the model's
  P(correct on a typical item), i.e. calibrated P(known) >= 0.95 after 3 answers.

Only the training file is read (the test file stays for the model evaluation).
Run: ``.venv/bin/python benchmarks/bench_mastery_rules.py [--train ../shared/data/kt/assistments09/train.tsv]``
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

import numpy as np

from app.engine.bkt import BKTParams
from app.engine.learner_model.baselines import bkt_em
from app.engine.learner_model.fit import fit
from app.engine.learner_model.model import new_state, skill_mastery_one, update
from app.engine.mastery import MasteryRule
from app.engine.state import SkillState, apply_attempt
from app.services.kt_data import read_answers

RULES = ("bkt_default", "bkt_fitted", "five_in_a_row", "learner_model")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--train", type=Path, default=Path("../shared/data/kt/assistments09/train.tsv"))
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()

    log, _book = read_answers(args.train)
    users, items, skills = np.asarray(log.users), np.asarray(log.items), np.asarray(log.skills)
    correct, times = np.asarray(log.correct), np.asarray(log.timestamps, dtype=float)
    learners = np.unique(users)
    np.random.default_rng(args.seed).shuffle(learners)
    fit_half = np.isin(users, learners[: len(learners) // 2])
    n_skills = int(skills.max()) + 1
    n_items = int(items.max()) + 1
    item_skill = np.zeros(n_items, dtype=np.int64)
    item_skill[items] = skills  # each item's skill (ASSISTments rows carry one skill per item)

    started = time.perf_counter()
    bkt = bkt_em.fit(users[fit_half], skills[fit_half], correct[fit_half], n_skills)
    model = fit(
        users[fit_half], items[fit_half], skills[fit_half], correct[fit_half], times[fit_half],
        item_skill=item_skill,
    )
    fit_seconds = time.perf_counter() - started

    default = BKTParams.default()
    rule = MasteryRule.default()
    streak_rule = MasteryRule(kind="n_in_a_row", n=5)
    fitted = {s: BKTParams(*bkt.skill(s), p_forget=0.0) for s in range(n_skills)}
    states: dict[tuple[str, int, int], SkillState] = {}
    model_states: dict[int, object] = {}
    waiting: dict[tuple[int, int], set[str]] = {}
    figures = {name: {"declared": 0, "attempts": [], "next_right": 0, "next_seen": 0} for name in RULES}

    for row in np.flatnonzero(~fit_half).tolist():
        user, skill, item, right, stamp = int(users[row]), int(skills[row]), int(items[row]), bool(correct[row]), float(times[row])
        key = (user, skill)
        for name in waiting.pop(key, set()):
            figures[name]["next_seen"] += 1
            figures[name]["next_right"] += int(right)
        state = model_states.get(user)
        if state is None:
            state = model_states[user] = new_state(model)
        update(model, state, item, skill, right, stamp)
        p_typical = skill_mastery_one(model, state, skill, stamp)
        steps = {
            "bkt_default": (default, rule, None),
            "bkt_fitted": (fitted[skill], rule, None),
            "five_in_a_row": (default, streak_rule, None),
            "learner_model": (default, rule, p_typical),
        }
        for name, (params, use_rule, model_p) in steps.items():
            before = states.get((name, user, skill)) or SkillState.initial(params)
            after = apply_attempt(before, right, stamp, params, use_rule, model_p)
            states[(name, user, skill)] = after
            if after.mastered and not before.mastered:
                figures[name]["declared"] += 1
                figures[name]["attempts"].append(after.attempts)
                waiting.setdefault(key, set()).add(name)

    result = {
        name: {
            "declared": f["declared"],
            "median_attempts_to_declare": float(np.median(f["attempts"])) if f["attempts"] else None,
            "next_answer_right": round(f["next_right"] / f["next_seen"], 4) if f["next_seen"] else None,
            "next_answers_seen": f["next_seen"],
        }
        for name, f in figures.items()
    }
    print(f"fit on {int(fit_half.sum())} answers in {fit_seconds:.1f} s; judged on {int((~fit_half).sum())} answers")
    print(f"{'rule':<15} {'declared':>9} {'median answers':>15} {'next answer right':>18} {'n':>6}")
    for name, r in result.items():
        print(
            f"{name:<15} {r['declared']:>9} {r['median_attempts_to_declare']!s:>15} "
            f"{r['next_answer_right']!s:>18} {r['next_answers_seen']:>6}"
        )
    print(json.dumps(result))


if __name__ == "__main__":
    main()
