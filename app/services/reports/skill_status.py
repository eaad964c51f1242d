"""The state of a learner on a skill as a teacher reads it, from the stored skill state.

The thresholds are the engine's own, so a report never contradicts what the sequencer does:
a skill is *struggling* when the policy would send the learner to a prerequisite (a wrong streak of
``REMEDIATION_AFTER_WRONG``) or considers it not being learnt (``STUCK_ATTEMPTS`` answers without
the estimate reaching ``STUCK_BELIEF``); it is *fading* when FSRS says recall has dropped below
``FADING_RECALL``, well past the review target at which the sequencer brings a skill back.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from app.engine.policy import REMEDIATION_AFTER_WRONG, STUCK_ATTEMPTS, STUCK_BELIEF
from app.engine.review import DEFAULT_TARGET, ReviewState, initial_review_state, recall_probability
from app.services.reports.dto import CELL_STATES, FADING, IN_PROGRESS, MASTERED, NOT_STARTED, STRUGGLING

REVIEW_TARGET = DEFAULT_TARGET  # the practice service's review target
# A mastered skill is reported as *fading* (being forgotten) only below this recall, not as soon as
# recall dips under the review target. Why: 0.9 is when the sequencer *schedules* a review, and at
# the end of a simulated semester about 40 % of the demo class's squares are past it (the review
# simply has not come round yet), which buries the skills really slipping. FSRS recall 0.75 is
# reached after about 5.6 times the interval the scheduler planned (0.9 after 1, 0.8 after 3.3),
# i.e. a review long overdue. Measured with benchmarks/bench_fading.py (docs/benchmarks.md): fading
# squares 41.8 % -> 10.5 % and 39.1 % -> 7.6 % on two demo classes. Mastered skills between this and
# the review target are "will need a review soon" in the learner report; the heatmap keeps them
# mastered and its square says the review is due.
FADING_RECALL = 0.75
STATE_CODE = {name: code for code, name in enumerate(CELL_STATES)}


def classify(
    mastered: np.ndarray,
    attempts: np.ndarray,
    wrong_streak: np.ndarray,
    p_known: np.ndarray,
    recall: np.ndarray,
    fading_below: float = FADING_RECALL,
) -> np.ndarray:
    """The state code (index into ``CELL_STATES``) of every cell; arrays of one shape.

    ``recall`` is NaN where the skill is not mastered.
    """
    codes = np.full(mastered.shape, STATE_CODE[NOT_STARTED], dtype=np.int8)
    started = attempts > 0
    struggling = (
        started
        & ~mastered
        & ((wrong_streak >= REMEDIATION_AFTER_WRONG) | ((attempts >= STUCK_ATTEMPTS) & (p_known < STUCK_BELIEF)))
    )
    codes[started & ~mastered] = STATE_CODE[IN_PROGRESS]
    codes[struggling] = STATE_CODE[STRUGGLING]
    with np.errstate(invalid="ignore"):
        fading = mastered & (np.nan_to_num(recall, nan=1.0) < fading_below)
    codes[mastered] = STATE_CODE[MASTERED]
    codes[fading] = STATE_CODE[FADING]
    return codes


def recall_now(
    stability: Sequence[float | None],
    last_review: Sequence[float | None],
    fallback_start: Sequence[float | None],
    mastered: Sequence[bool],
    now: float,
) -> np.ndarray:
    """FSRS recall at ``now`` for each cell (NaN when not mastered).

    ``stability``/``last_review`` come straight from the stored review state (SQL ``json_extract``,
    so thousands of cells cost no JSON parsing in Python). A mastered row without a review state
    (stored before review states existed) is taken as reviewed at ``fallback_start`` — its
    ``mastered_at`` or last practice — the same rule ``learner_state.row_review`` applies.
    """
    states: list[ReviewState | None] = []
    for s, last, start, is_mastered in zip(stability, last_review, fallback_start, mastered, strict=True):
        if not is_mastered:
            states.append(None)
        elif s is not None and last is not None:
            states.append(ReviewState(stability=float(s), difficulty=0.0, due=0.0, last_review=float(last)))
        else:
            states.append(initial_review_state(start or 0.0))
    return recall_probability(states, now)


def state_counts(codes: np.ndarray, axis: int) -> list[dict[str, int]]:
    """Cells per state along ``axis`` of a 2-D code array (axis=1: per row, axis=0: per column)."""
    counts = [np.count_nonzero(codes == code, axis=axis) for code in range(len(CELL_STATES))]
    size = codes.shape[1 - axis]
    return [{name: int(counts[code][i]) for code, name in enumerate(CELL_STATES)} for i in range(size)]
