"""Sabil's real engine driven as a simulation policy.

Nothing is re-implemented here: items come from ``app.engine.policy.choose_item`` fed with the
learner model's predictions (default parameters, as in an app with no fitted file), mastery from
``app.engine.state.apply_attempt`` (BKT with the default calibrated rule), and review from
the FSRS scheduler in ``app.engine.review``, exactly as the practice service uses them.
"""

from __future__ import annotations

import numpy as np

from app.engine.bkt import BKTParams
from app.engine.learner_model.model import new_state, predict, skill_mastery
from app.engine.learner_model.model import update as update_model
from app.engine.learner_model.params import LearnerModelParams
from app.engine.mastery import MasteryRule
from app.engine.policy import choose_item
from app.engine.review import ReviewState, initial_review_state, recall_probability, record_review
from app.engine.simulation.world import World
from app.engine.state import LearnerArrays, SkillState, apply_attempt

# Simulated time starts here (epoch seconds), so the scheduler sees realistic dates.
EPOCH = 1_750_000_000.0
REVIEW_TARGET = 0.9


class SabilPolicy:
    """The engine's choice of the next item, with review of mastered skills by forgetting."""

    name = "sabil"

    def __init__(self, world: World, rng: np.random.Generator) -> None:
        self.world = world
        self.rng = rng
        self.params = BKTParams.default()
        self.rule = MasteryRule.default()
        graph = world.graph
        self.states = [SkillState.initial(self.params) for _ in range(graph.size)]
        self.arrays = LearnerArrays.initial(graph, self.params)
        self.reviews: list[ReviewState | None] = [None] * graph.size
        self.recent: list[str] = []
        self.item_index = {item_id: i for i, item_id in enumerate(world.item_ids)}
        self.model = LearnerModelParams.default(graph.skill_ids, world.item_ids, world.item_skill)
        self.model_state = new_state(self.model)
        self.all_items = np.arange(len(world.item_ids))

    def choose(self, t: float) -> int:
        now = EPOCH + t
        choice = choose_item(
            self.world.graph,
            self.arrays,
            self.params,
            self.world.item_skill,
            self.world.item_ids,
            self.recent,
            self.rng,
            now=now,
            item_index=self.item_index,
            recall=recall_probability(self.reviews, now),
            review_target=REVIEW_TARGET,
            item_p_correct=predict(self.model, self.model_state, self.all_items, now),
            skill_p_correct=skill_mastery(self.model, self.model_state, now),
        )
        self.recent = (self.recent + [self.world.item_ids[choice.item_index]])[-20:]
        return choice.item_index

    def observe(self, item: int, correct: bool, t: float) -> list[int]:
        now = EPOCH + t
        skill = int(self.world.item_skill[item])
        was_mastered = self.states[skill].mastered
        update_model(self.model, self.model_state, item, skill, correct, now)
        self.states[skill] = apply_attempt(self.states[skill], correct, now, self.params, self.rule)
        self.arrays.set_state(skill, self.states[skill])
        review = self.reviews[skill]
        if review is not None:
            self.reviews[skill] = record_review(review, correct, now)
        if self.states[skill].mastered and not was_mastered:
            self.reviews[skill] = initial_review_state(now)
            return [skill]
        return []
