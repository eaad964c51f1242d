"""Review in the policy: which mastered skills come back, and how much their items are held back.

With the scheduler's predicted recall (``recall``, per skill) a mastered skill is due once its
recall falls below ``review_target``, or at once after a failed review; without it, a mastered
skill idle for a week is due. Review items are scored lower than learning items, and a review
that has only just fallen due lower still, so new learning goes first and reviews are spaced.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from app.engine.graph import SkillGraph
from app.engine.policy_reasons import ALREADY_MASTERED, REVIEW_DUE, Candidate
from app.engine.state import LearnerArrays

REVIEW_AFTER_SECONDS = 7 * 24 * 3600.0

# Review is scored low: a mastered skill predicts ~0.88, closer to the band than a skill being
# learnt, and would otherwise crowd out new learning whenever several reviews fall due.
REVIEW_PENALTY = 0.35
# With predicted recall, a review that has only just fallen due waits a little longer while there
# is learning to do: up to this much extra penalty, shrinking to 0 as recall falls a further
# URGENCY_SPAN below the target (or at once after a failed review). Spaced later, a review
# strengthens memory more and costs fewer steps of new learning.
FRESH_REVIEW_PENALTY = 0.6
URGENCY_SPAN = 0.2


@dataclass(frozen=True)
class ReviewInputs:
    """The scheduler's view: predicted recall per skill and the recall below which review is due."""

    recall: np.ndarray | None
    target: float

    @classmethod
    def make(cls, graph: SkillGraph, recall: np.ndarray | None, target: float) -> ReviewInputs:
        """Checked inputs; raises ValueError for a target outside (0, 1) or a wrongly sized ``recall``."""
        if not 0.0 < target < 1.0:
            raise ValueError(f"review_target must be between 0 and 1, got {target!r}.")
        if recall is None:
            return cls(None, target)
        values = np.asarray(recall, dtype=float)
        if values.shape != (graph.size,):
            raise ValueError(f"recall must hold one probability per skill ({graph.size}).")
        # NaN (no schedule yet) counts as fully recalled: nothing known to review.
        return cls(np.nan_to_num(values, nan=1.0), target)

    def due_mask(self) -> np.ndarray:
        """Skills whose predicted recall is below the target (only with ``recall``)."""
        assert self.recall is not None
        return self.recall < self.target


def idle_review_candidates(
    arrays: LearnerArrays,
    now: float,
    practisable: np.ndarray,
    topo_position: np.ndarray,
    per_kind: int,
) -> list[Candidate]:
    """Mastered skills untouched for a week, the longest-unpractised first (no scheduler)."""
    idle = now - arrays.last_practised
    due = np.flatnonzero(
        arrays.mastered & practisable & (np.nan_to_num(idle, nan=0.0) > REVIEW_AFTER_SECONDS)
    )
    due = due[np.lexsort((topo_position[due], -idle[due]))][:per_kind]
    return [Candidate(int(s), "review", REVIEW_DUE, {"days": str(int(idle[s] // 86400))}) for s in due]


def recall_review_candidates(
    arrays: LearnerArrays,
    now: float | None,
    practisable: np.ndarray,
    topo_position: np.ndarray,
    per_kind: int,
    review: ReviewInputs,
) -> list[Candidate]:
    """Mastered skills due for review, the most forgotten first.

    Due means the predicted recall is below the target, or the latest answer on the skill was
    wrong: a failed review is retried while the feedback is fresh rather than a day later, when
    the scheduler's shortened interval would next bring it back.
    """
    recall = review.recall
    assert recall is not None
    failed = arrays.wrong_streak > 0
    due = np.flatnonzero(arrays.mastered & practisable & (review.due_mask() | failed))
    due = due[np.lexsort((topo_position[due], recall[due], ~failed[due]))][:per_kind]
    return [Candidate(int(s), "review", REVIEW_DUE, {"days": days_since(arrays, int(s), now)}) for s in due]


def review_ahead(
    arrays: LearnerArrays,
    practisable: np.ndarray,
    topo_position: np.ndarray,
    per_kind: int,
    recall: np.ndarray,
) -> list[Candidate]:
    """When everything is mastered and nothing is due: the skills closest to being forgotten.

    Practice spaced as far as possible from the last one strengthens memory most, so the time is
    spent on the lowest predicted recall rather than on whatever was practised last.
    """
    pool = np.flatnonzero(arrays.mastered & practisable)
    pool = pool[np.lexsort((topo_position[pool], recall[pool]))][:per_kind]
    return [Candidate(int(s), "review", ALREADY_MASTERED, {}) for s in pool]


def describe_mastered(
    arrays: LearnerArrays, skill: int, now: float | None, review: ReviewInputs | None
) -> Candidate:
    """Why practising the mastered ``skill`` makes sense: due for review, or practice ahead."""
    if review is not None and review.recall is not None:
        if review.due_mask()[skill]:
            return Candidate(skill, "review", REVIEW_DUE, {"days": days_since(arrays, skill, now)})
        return Candidate(skill, "review", ALREADY_MASTERED, {})
    last = arrays.last_practised[skill]
    if now is not None and not np.isnan(last) and now - last > REVIEW_AFTER_SECONDS:
        return Candidate(skill, "review", REVIEW_DUE, {"days": str(int((now - last) // 86400))})
    return Candidate(skill, "review", ALREADY_MASTERED, {})


def days_since(arrays: LearnerArrays, skill: int, now: float | None) -> str:
    """Whole days since ``skill`` was last practised, as text ("0" when unknown)."""
    last = arrays.last_practised[skill]
    if now is None or np.isnan(last):
        return "0"
    return str(max(0, int((now - last) // 86400)))


def review_penalty(arrays: LearnerArrays, review: ReviewInputs, review_skill: np.ndarray) -> np.ndarray:
    """Score penalty per skill for review suggestions (0 for other skills)."""
    penalty = REVIEW_PENALTY * review_skill.astype(float)
    if review.recall is not None:
        floor = review.target - URGENCY_SPAN
        freshness = np.clip((review.recall - floor) / URGENCY_SPAN, 0.0, 1.0)
        freshness[arrays.wrong_streak > 0] = 0.0
        penalty += FRESH_REVIEW_PENALTY * freshness * review_skill
    return penalty
