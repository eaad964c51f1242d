"""A learner's state per skill, its O(1) update, and its deterministic rebuild from events.

Attempt events are the truth; ``SkillState`` is a projection of them. ``apply_attempt`` folds one
answer in, ``replay`` folds a whole history in the same way, so a rebuild after sync or an engine
upgrade gives exactly the state the incremental updates gave. ``LearnerArrays`` lays the states
out as numpy arrays over a graph's skills for the vectorised policy.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

import numpy as np

from app.engine.bkt import BKTParams, update
from app.engine.graph import SkillGraph
from app.engine.mastery import MasteryRule, is_mastered, known_from_correct

# Outcomes kept in SkillState.recent; a pack rule looking further back widens it for that skill.
RECENT_WINDOW = 10


@dataclass
class SkillState:
    """Everything the engine remembers about one learner on one skill.

    ``recent`` holds the latest outcomes, oldest first (10, or more when the skill's mastery rule
    looks further back). ``mastered`` is sticky: once reached it stays reached in this engine.
    ``last_practised`` is epoch seconds of the latest attempt, None before the first.
    """

    p_known: float
    attempts: int = 0
    correct: int = 0
    streak: int = 0
    wrong_streak: int = 0
    recent: tuple[bool, ...] = ()
    mastered: bool = False
    last_practised: float | None = None

    @classmethod
    def initial(cls, params: BKTParams) -> SkillState:
        """The state before any attempt: the prior belief and no evidence."""
        return cls(p_known=params.p_init)


def apply_attempt(
    state: SkillState,
    correct: bool,
    timestamp: float,
    params: BKTParams,
    rule: MasteryRule,
    model_p_correct: float | None = None,
) -> SkillState:
    """The state after one answer (a new object; ``state`` is not changed). O(1).

    ``model_p_correct`` is the learner model's P(correct on a typical item of the skill) after
    this answer; when given, ``p_known`` (and so the probability mastery rule) is the calibrated
    ``known_from_correct`` of it, otherwise the BKT update of the previous ``p_known``.
    """
    correct = bool(correct)
    if model_p_correct is None:
        p_known = float(update(params, state.p_known, correct))
    else:
        p_known = known_from_correct(float(model_p_correct), params.p_guess, params.p_slip)
    attempts = state.attempts + 1
    window = max(RECENT_WINDOW, rule.window)
    recent = (state.recent + (correct,))[-window:]
    mastered = state.mastered or is_mastered(rule, p_known, attempts, recent)
    # Clocks on shared PCs drift; "last practised" is the latest time seen, not the latest event's.
    last = timestamp if state.last_practised is None else max(state.last_practised, timestamp)
    return SkillState(
        p_known=p_known,
        attempts=attempts,
        correct=state.correct + (1 if correct else 0),
        streak=state.streak + 1 if correct else 0,
        wrong_streak=0 if correct else state.wrong_streak + 1,
        recent=recent,
        mastered=mastered,
        last_practised=float(last),
    )


def replay(
    graph: SkillGraph,
    events: Iterable[tuple[str, bool, float]],
    params: BKTParams,
    rules: Mapping[str, MasteryRule],
) -> dict[str, SkillState]:
    """Rebuild every skill's state from ``(skill_id, correct, timestamp)`` events in order.

    Returns a state for every skill of ``graph`` (the initial state for skills never practised).
    Events for skills not in the graph (e.g. a skill dropped by a newer pack version) are skipped.
    Skills missing from ``rules`` use the default probability rule.
    """
    default_rule = MasteryRule.default()
    states = {sid: SkillState.initial(params) for sid in graph.skill_ids}
    for skill_id, correct, timestamp in events:
        state = states.get(skill_id)
        if state is None:
            continue
        states[skill_id] = apply_attempt(state, correct, timestamp, params, rules.get(skill_id, default_rule))
    return states


@dataclass
class LearnerArrays:
    """One learner's states as arrays aligned with ``graph.skill_ids``.

    ``last_practised`` is NaN for skills never practised.
    """

    p_known: np.ndarray
    attempts: np.ndarray
    mastered: np.ndarray
    last_practised: np.ndarray
    wrong_streak: np.ndarray

    @classmethod
    def initial(cls, graph: SkillGraph, params: BKTParams) -> LearnerArrays:
        """Arrays for a learner with no attempts yet."""
        n = graph.size
        return cls(
            p_known=np.full(n, params.p_init, dtype=float),
            attempts=np.zeros(n, dtype=np.int64),
            mastered=np.zeros(n, dtype=bool),
            last_practised=np.full(n, np.nan, dtype=float),
            wrong_streak=np.zeros(n, dtype=np.int64),
        )

    @classmethod
    def from_states(
        cls, graph: SkillGraph, states: Mapping[str, SkillState], params: BKTParams
    ) -> LearnerArrays:
        """Arrays from per-skill states; skills absent from ``states`` get the initial state.

        States for skills not in the graph are ignored.
        """
        arrays = cls.initial(graph, params)
        for skill_id, state in states.items():
            i = graph.index.get(skill_id)
            if i is not None:
                arrays.set_state(i, state)
        return arrays

    def set_state(self, skill: int, state: SkillState) -> None:
        """Write one skill's state in place (after ``apply_attempt``), so no rebuild is needed."""
        self.p_known[skill] = state.p_known
        self.attempts[skill] = state.attempts
        self.mastered[skill] = state.mastered
        self.last_practised[skill] = math.nan if state.last_practised is None else state.last_practised
        self.wrong_streak[skill] = state.wrong_streak
