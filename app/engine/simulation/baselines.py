"""The published policies Sabil is measured against, each with its own rule for "mastered".

- ``fixed_order`` (Kolibri's default): skills in the expert's topological order; the next skill
  after 5 correct answers in a row.
- ``lowest_mastery`` (OATutor): practise the unlocked skill with the lowest BKT estimate; a skill
  is mastered at BKT 0.85.
- ``random``: a random skill among the unlocked ones (prerequisites mastered under the engine's
  default mastery rule, which also declares mastery).
- ``zpdes`` (Clement et al. 2015): a learning-progress bandit over the zone of proximal
  development; skills enter when their prerequisites are mastered and leave when 4 of the last
  5 answers are right.

Every policy sees only item ids, skills, the graph and the learner's answers, never the truth.
Items within a skill are drawn at random, never the item just shown.
"""

from __future__ import annotations

import numpy as np

from app.engine.bkt import BKTParams, update
from app.engine.graph import ready_mask
from app.engine.mastery import MasteryRule
from app.engine.simulation.world import World
from app.engine.state import SkillState, apply_attempt

FIXED_ORDER_STREAK = 5
OATUTOR_THRESHOLD = 0.85
ZPDES_WINDOW = 6  # outcomes compared: the last half against the half before
ZPDES_DECAY = 0.6
ZPDES_EXPLORE = 0.2
ZPDES_MASTERY = (4, 5)  # right answers out of the last answers


class _ItemPicker:
    """A random item of a skill, not the last one shown when the skill has another."""

    def __init__(self, world: World, rng: np.random.Generator) -> None:
        self.world = world
        self.rng = rng
        self.items_of = [np.flatnonzero(world.item_skill == s) for s in range(world.n_skills)]
        self.last: int | None = None

    def pick(self, skill: int) -> int:
        items = self.items_of[skill]
        if self.last is not None and items.size > 1:
            items = items[items != self.last]
        self.last = int(items[self.rng.integers(items.size)])
        return self.last


class FixedOrder:
    """Kolibri's default: the expert order, moving on after 5 correct in a row."""

    name = "fixed_order"

    def __init__(self, world: World, rng: np.random.Generator) -> None:
        self.order = [int(s) for s in world.graph.topo_order]
        self.position = 0
        self.streak = 0
        self.rng = rng
        self.picker = _ItemPicker(world, rng)

    def choose(self, t: float) -> int:
        if self.position < len(self.order):
            return self.picker.pick(self.order[self.position])
        # The course is finished: keep practising skills at random.
        return self.picker.pick(int(self.rng.integers(len(self.order))))

    def observe(self, item: int, correct: bool, t: float) -> list[int]:
        if self.position >= len(self.order):
            return []
        self.streak = self.streak + 1 if correct else 0
        if self.streak < FIXED_ORDER_STREAK:
            return []
        done = self.order[self.position]
        self.position += 1
        self.streak = 0
        return [done]


class LowestMastery:
    """OATutor's heuristic: the unlocked, unmastered skill with the lowest BKT estimate."""

    name = "lowest_mastery"

    def __init__(self, world: World, rng: np.random.Generator) -> None:
        self.world = world
        self.params = BKTParams.default()
        self.p_known = np.full(world.n_skills, self.params.p_init)
        self.mastered = np.zeros(world.n_skills, dtype=bool)
        self.picker = _ItemPicker(world, rng)

    def choose(self, t: float) -> int:
        open_skills = np.flatnonzero(ready_mask(self.world.graph, self.mastered))
        if open_skills.size == 0:
            open_skills = np.arange(self.world.n_skills)
        return self.picker.pick(int(open_skills[np.argmin(self.p_known[open_skills])]))

    def observe(self, item: int, correct: bool, t: float) -> list[int]:
        skill = int(self.world.item_skill[item])
        self.p_known[skill] = float(update(self.params, float(self.p_known[skill]), correct))
        if not self.mastered[skill] and self.p_known[skill] >= OATUTOR_THRESHOLD:
            self.mastered[skill] = True
            return [skill]
        return []


class RandomUnlocked:
    """A random skill whose prerequisites are mastered (mastered skills included)."""

    name = "random"

    def __init__(self, world: World, rng: np.random.Generator) -> None:
        self.world = world
        self.rng = rng
        self.params = BKTParams.default()
        self.rule = MasteryRule.default()
        self.states = [SkillState.initial(self.params) for _ in range(world.n_skills)]
        self.mastered = np.zeros(world.n_skills, dtype=bool)
        self.picker = _ItemPicker(world, rng)

    def choose(self, t: float) -> int:
        unlocked = np.flatnonzero(self.mastered | ready_mask(self.world.graph, self.mastered))
        return self.picker.pick(int(unlocked[self.rng.integers(unlocked.size)]))

    def observe(self, item: int, correct: bool, t: float) -> list[int]:
        skill = int(self.world.item_skill[item])
        self.states[skill] = apply_attempt(self.states[skill], correct, t, self.params, self.rule)
        if self.states[skill].mastered and not self.mastered[skill]:
            self.mastered[skill] = True
            return [skill]
        return []


class Zpdes:
    """A learning-progress bandit over the zone of proximal development (Clement et al. 2015)."""

    name = "zpdes"

    def __init__(self, world: World, rng: np.random.Generator) -> None:
        self.world = world
        self.rng = rng
        n = world.n_skills
        self.mastered = np.zeros(n, dtype=bool)
        self.weight = np.zeros(n)
        self.in_zone = np.zeros(n, dtype=bool)
        self.outcomes: list[list[bool]] = [[] for _ in range(n)]
        self.picker = _ItemPicker(world, rng)
        self._refresh_zone()

    def _refresh_zone(self) -> None:
        """Skills whose prerequisites are mastered join with an optimistic weight (explore them)."""
        ready = ready_mask(self.world.graph, self.mastered)
        joining = ready & ~self.in_zone
        start = self.weight[self.in_zone].max() if self.in_zone.any() else 1.0
        self.weight[joining] = max(start, 1e-3)
        self.in_zone = ready

    def choose(self, t: float) -> int:
        zone = np.flatnonzero(self.in_zone)
        if zone.size == 0:  # everything mastered: practise at random
            return self.picker.pick(int(self.rng.integers(self.world.n_skills)))
        weights = np.maximum(self.weight[zone], 1e-3)
        p = (1.0 - ZPDES_EXPLORE) * weights / weights.sum() + ZPDES_EXPLORE / zone.size
        return self.picker.pick(int(zone[self.rng.choice(zone.size, p=p)]))

    def observe(self, item: int, correct: bool, t: float) -> list[int]:
        skill = int(self.world.item_skill[item])
        history = self.outcomes[skill]
        history.append(bool(correct))
        recent = history[-ZPDES_WINDOW:]
        half = len(recent) // 2
        progress = float(np.mean(recent[half:]) - np.mean(recent[:half])) if half else 0.0
        self.weight[skill] = ZPDES_DECAY * self.weight[skill] + (1.0 - ZPDES_DECAY) * abs(progress)
        right, out_of = ZPDES_MASTERY
        if not self.mastered[skill] and len(history) >= out_of and sum(history[-out_of:]) >= right:
            self.mastered[skill] = True
            self._refresh_zone()
            return [skill]
        return []
