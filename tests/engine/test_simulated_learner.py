"""A simulated learner with hidden knowledge practises a 10-skill chain under the engine's policy.

The simulator follows the BKT story: a skill is known or not; known, the learner slips with
p_slip; not known, guesses with p_guess; each practice opportunity teaches the skill with p_learn,
but only once its prerequisite is truly known (so a falsely declared mastery really blocks
progress and only remediation can repair it). The engine never sees the hidden state.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from app.engine.bkt import BKTParams
from app.engine.graph import build_graph
from app.engine.mastery import MasteryRule
from app.engine.policy import choose_item
from app.engine.state import LearnerArrays, SkillState, apply_attempt

N_SKILLS = 10
ITEMS_PER_SKILL = 8
STEP_LIMIT = 1500


@dataclass
class Outcome:
    steps: int
    finished: bool
    declared_known: list[bool]  # for each mastery declaration: did the learner truly know the skill?


def simulate(true: BKTParams, model: BKTParams, seed: int) -> Outcome:
    ids = [f"s{i}" for i in range(N_SKILLS)]
    graph = build_graph(ids, {ids[i]: [ids[i - 1]] for i in range(1, N_SKILLS)})
    item_skill = np.repeat(np.arange(N_SKILLS), ITEMS_PER_SKILL)
    item_ids = [f"i{k}" for k in range(item_skill.size)]
    rule = MasteryRule.default()

    rng = np.random.default_rng(seed)
    known = rng.random(N_SKILLS) < true.p_init
    states = {sid: SkillState.initial(model) for sid in ids}
    arrays = LearnerArrays.initial(graph, model)
    recent: list[str] = []
    declared: list[bool] = []
    step = 0
    while not arrays.mastered.all() and step < STEP_LIMIT:
        choice = choose_item(graph, arrays, model, item_skill, item_ids, recent, rng)
        skill = int(item_skill[choice.item_index])
        correct = bool(rng.random() < ((1.0 - true.p_slip) if known[skill] else true.p_guess))
        if not known[skill] and (skill == 0 or known[skill - 1]) and rng.random() < true.p_learn:
            known[skill] = True
        was_mastered = states[ids[skill]].mastered
        states[ids[skill]] = apply_attempt(states[ids[skill]], correct, float(step), model, rule)
        arrays.set_state(skill, states[ids[skill]])
        if states[ids[skill]].mastered and not was_mastered:
            declared.append(bool(known[skill]))
        recent.append(item_ids[choice.item_index])
        step += 1
    return Outcome(steps=step, finished=bool(arrays.mastered.all()), declared_known=declared)


def run_population(true: BKTParams, model: BKTParams, learners: int) -> tuple[np.ndarray, float]:
    outcomes = [simulate(true, model, seed) for seed in range(learners)]
    assert all(o.finished for o in outcomes), "some simulated learners never finished the chain"
    steps = np.array([o.steps for o in outcomes])
    declarations = [k for o in outcomes for k in o.declared_known]
    assert len(declarations) == learners * N_SKILLS
    return steps, float(np.mean(declarations))


def test_learner_masters_the_chain_and_mastery_is_calibrated() -> None:
    params = BKTParams.default()
    steps, precision = run_population(params, params, learners=60)
    # Learning one skill takes ~1/p_learn opportunities plus a few to confirm it; ten skills
    # should take on the order of a hundred answers, not many hundreds.
    assert np.median(steps) <= 150
    assert np.percentile(steps, 90) <= 300
    # When the engine declares mastery, the learner truly knows the skill.
    assert precision >= 0.93


def test_calibration_holds_when_the_learner_differs_from_the_model() -> None:
    # A learner who guesses and slips more than the model assumes.
    steps, precision = run_population(BKTParams(p_guess=0.25, p_slip=0.15), BKTParams.default(), learners=60)
    assert precision >= 0.88
    assert np.median(steps) <= 200
