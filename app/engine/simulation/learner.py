"""A simulated learner: hidden knowledge per skill, gated learning, guesses, slips and forgetting.

Truth model (the policies never see it):

- A skill is *learned* or not. Practice of an unlearned skill teaches it with probability
  ``p_learn[s]``, but only while every true prerequisite is *known* now (gated learning), so a
  wrongly unlocked skill cannot be learned until its prerequisites are repaired.
- A learned skill has a memory stability ``S`` (days) and a last practice time; the chance of
  recalling it after ``t`` days is the power-law curve ``R = 1 / (1 + t / (9 S))`` (R = 0.9 at
  t = S, as in FSRS-4). A skill is *known* while it is learned and ``R >= KNOWN_RECALL``.
- Answering: the learner recalls the skill with probability R; recalled, they answer right with
  ``1 - slip``, otherwise with ``guess``; the item's difficulty shifts either on the logit scale.
- Spacing: practice that recalls the skill multiplies S by ``1 + GAIN * (1 - R)`` (capped), so
  practice the moment recall has dropped makes memory last much longer than massed practice
  (R ~ 1, almost no gain). A lapse (not recalled) while the skill is still known is repaired by
  the feedback, with a shorter stability; a skill already forgotten (R < ``KNOWN_RECALL``) must
  be learned again, gated like the first time.
"""

from __future__ import annotations

import numpy as np

from app.engine.simulation.world import World

GUESS = 0.2
SLIP = 0.1
KNOWN_RECALL = 0.5  # below this the skill counts as forgotten (not truly known)
INITIAL_STABILITY = 2.0  # days, right after learning
GAIN = 15.0
MAX_GROWTH = 5.0  # one review multiplies stability by at most this
LAPSE_FACTOR = 0.5
P_PRIOR = 0.1  # chance a skill is already known on day 0 (prior knowledge)
SECONDS_PER_DAY = 86_400.0


def _logit(p: float) -> float:
    return float(np.log(p) - np.log1p(-p))


def recall_curve(elapsed_days: np.ndarray, stability: np.ndarray) -> np.ndarray:
    """Probability of recall after ``elapsed_days`` for memories of ``stability`` days."""
    return 1.0 / (1.0 + np.maximum(elapsed_days, 0.0) / (9.0 * stability))


class SimulatedLearner:
    """One learner's hidden state and how it answers. Deterministic given its ``rng``."""

    def __init__(self, world: World, rng: np.random.Generator) -> None:
        self.world = world
        self.rng = rng
        n = world.n_skills
        prior = rng.random(n) < P_PRIOR
        # Prior knowledge only where the prerequisites are known too, so the truth respects the graph.
        for s in world.graph.topo_order:
            reqs = world.graph.prerequisites_of(int(s))
            prior[s] = prior[s] and bool(prior[reqs].all())
        self.learned = prior
        self.stability = np.full(n, INITIAL_STABILITY * 2.0)
        self.last = np.zeros(n)  # seconds

    def recall(self, t: float) -> np.ndarray:
        """True probability of recalling each skill at time ``t`` (seconds); 0 for unlearned skills."""
        r = recall_curve((t - self.last) / SECONDS_PER_DAY, self.stability)
        return np.where(self.learned, r, 0.0)

    def known(self, t: float) -> np.ndarray:
        """Which skills are truly known at ``t``: learned and not forgotten."""
        return self.recall(t) >= KNOWN_RECALL

    def gate_open(self, skill: int, t: float) -> bool:
        """Whether every true prerequisite of ``skill`` is known at ``t`` (learning is possible)."""
        reqs = self.world.graph.prerequisites_of(skill)
        return bool(self.known(t)[reqs].all()) if reqs.size else True

    def answer(self, item: int, t: float) -> bool:
        """Answer ``item`` at time ``t`` (seconds): returns correctness and updates the hidden state."""
        skill = int(self.world.item_skill[item])
        r = float(self.recall(t)[skill])
        recalled = bool(self.learned[skill]) and self.rng.random() < r
        base = 1.0 - SLIP if recalled else GUESS
        logit = _logit(base) - float(self.world.item_difficulty[item])
        correct = bool(self.rng.random() < 1.0 / (1.0 + np.exp(-logit)))
        self._learn(skill, t, r, recalled)
        return correct

    def _learn(self, skill: int, t: float, r: float, recalled: bool) -> None:
        if recalled:
            self.stability[skill] *= 1.0 + min(GAIN * (1.0 - r), MAX_GROWTH - 1.0)
            self.last[skill] = t
        elif self.learned[skill] and r >= KNOWN_RECALL:
            self.stability[skill] = max(INITIAL_STABILITY, self.stability[skill] * LAPSE_FACTOR)
            self.last[skill] = t
        elif self.gate_open(skill, t) and self.rng.random() < self.world.p_learn[skill]:
            self.learned[skill] = True
            self.stability[skill] = INITIAL_STABILITY
            self.last[skill] = t
