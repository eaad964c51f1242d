"""Confirmation that can wait: a skill almost surely learnt that would unlock nothing yet.

Mastery needs evidence after a skill is learnt (a few right answers). Gathering it at once is
massed practice: the answers come while recall is near certain, so they strengthen memory
little, and the steps are taken from skills still to be learnt. When declaring the skill
mastered would not unlock any other skill (it has no dependents, or each dependent still misses
another prerequisite), nothing is gained by confirming it now: its items wait while other
learning is available, and the confirmation comes later, spaced, when it is both a check of
durable learning and a review. Skills whose mastery would unlock a dependent are confirmed at
once, so the frontier keeps moving.
"""

from __future__ import annotations

import numpy as np

from app.engine.graph import SkillGraph
from app.engine.state import LearnerArrays

# Belief (P(known)) from which a not-yet-mastered skill counts as almost surely learnt: with the
# default BKT parameters, two right answers in a row from the prior (0.2 -> 0.6 -> 0.89); 0.80
# and 0.88 gave the same simulation figures.
CONFIRM_LATER_BELIEF = 0.85
# Score penalty on such a skill's items while other learning is on offer: larger than the band,
# rank and interleaving terms together, so the waiting skill comes after any other learning and
# after reviews that are due, yet is still chosen once nothing else is left.
WAIT_PENALTY = 1.0


def waiting_penalty(
    graph: SkillGraph, arrays: LearnerArrays, pool_skill: np.ndarray, not_learning: np.ndarray
) -> np.ndarray:
    """Score penalty for each pool item (its skill in ``pool_skill``) whose confirmation can wait.

    Zero everywhere unless the pool also offers learning elsewhere: an item of a skill that is
    neither waiting nor marked in ``not_learning`` (bool per skill: review candidates, and skills
    that are in the pool only because nothing else was left).
    """
    waiting = confirmation_can_wait(graph, arrays)[pool_skill]
    learning_elsewhere = ~waiting & ~not_learning[pool_skill]
    if not (waiting.any() and learning_elsewhere.any()):
        return np.zeros(pool_skill.shape[0])
    return WAIT_PENALTY * waiting.astype(float)


def unlocking_skills(
    graph: SkillGraph, mastered: np.ndarray, nearly_known: np.ndarray | None = None
) -> np.ndarray:
    """Skills whose mastery would make some unmastered skill ready.

    A skill unlocks a dependent when every other missing prerequisite of that dependent is
    ``nearly_known`` (bool per skill; none when not given), i.e. about to be confirmed too:
    otherwise two nearly known prerequisites of the same skill would each wait for the other.
    """
    near = np.zeros(graph.size, dtype=bool) if nearly_known is None else np.asarray(nearly_known, dtype=bool)
    missing = graph.prereq & ~mastered[np.newaxis, :]
    far = (missing & ~near[np.newaxis, :]).sum(axis=1)
    # A dependent is unlocked by a skill it misses when nothing else it misses is far off: either
    # that skill is its only missing one, or all it misses is nearly known.
    only_one = missing.sum(axis=1) == 1
    rows = ~mastered & (only_one | (far == 0))
    return missing[rows].any(axis=0)


def nearly_known_skills(arrays: LearnerArrays) -> np.ndarray:
    """Skills (bool per skill) being learnt, not yet mastered, with belief at least CONFIRM_LATER_BELIEF."""
    return ~arrays.mastered & (arrays.attempts > 0) & (arrays.p_known >= CONFIRM_LATER_BELIEF)


def confirmation_can_wait(graph: SkillGraph, arrays: LearnerArrays) -> np.ndarray:
    """Skills (bool per skill) being learnt, almost surely known, whose mastery unlocks nothing now."""
    near = nearly_known_skills(arrays)
    return near & ~unlocking_skills(graph, arrays.mastered, near)
