"""Review of mastered skills, scheduled by forgetting with FSRS.

A mastered skill is treated as one FSRS "card": mastering it is its first successful review, and
every later answer on it is another review (correct -> Good, correct with hints -> Hard,
wrong -> Again). FSRS then says how likely the learner still recalls the skill at any moment
(retrievability); a skill whose recall falls below the target (0.9 by default) is due for review
and comes back to the policy as a review candidate.

Everything here is a pure function of a small JSON-safe ``ReviewState`` and epoch seconds, so it
replays deterministically: no fuzz, no wall clock read, no randomness. Unmastered skills have no
review state (``None``); their recall is NaN ("not applicable"), never due.

FSRS (py-fsrs 6) conventions kept: stability is in days, retrievability is
``R(t) = (1 + FACTOR * t / S) ** DECAY`` with ``t`` the days since the last review. FSRS counts
whole days in its own update; ``recall_probability`` uses fractional days because the app has real
timestamps (at whole days the two agree exactly).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from typing import Any

import numpy as np
from fsrs import Card, Rating, Scheduler, State

SECONDS_PER_DAY = 86_400.0
DEFAULT_TARGET = 0.9

# No learning or relearning steps: a mastered skill is in the Review state from its first day, and
# a lapse schedules it by stability alone (minutes-long relearning steps mean nothing for skills
# practised in sessions). No fuzz: replay must give the same schedule on every device.
_SCHEDULER = Scheduler(
    desired_retention=DEFAULT_TARGET,
    learning_steps=(),
    relearning_steps=(),
    enable_fuzzing=False,
)
_DECAY = float(_SCHEDULER._DECAY)
_FACTOR = float(_SCHEDULER._FACTOR)


@dataclass(frozen=True)
class ReviewState:
    """The FSRS card fields for one learner on one mastered skill.

    ``due`` and ``last_review`` are epoch seconds (UTC). ``fsrs_state`` is ``fsrs.State`` as an int
    (2 = Review with this module's scheduler); ``step`` is FSRS's learning step (None in Review).
    ``reviews`` and ``lapses`` count the answers folded in after mastery, for explanations.
    """

    stability: float
    difficulty: float
    due: float
    last_review: float
    fsrs_state: int = int(State.Review)
    step: int | None = None
    reviews: int = 0
    lapses: int = 0

    def to_dict(self) -> dict[str, Any]:
        """A JSON-safe dict (only numbers and None)."""
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> ReviewState:
        """The inverse of ``to_dict``; unknown keys are ignored so newer fields can be added."""
        step = data.get("step")
        return cls(
            stability=float(data["stability"]),
            difficulty=float(data["difficulty"]),
            due=float(data["due"]),
            last_review=float(data["last_review"]),
            fsrs_state=int(data.get("fsrs_state", int(State.Review))),
            step=None if step is None else int(step),
            reviews=int(data.get("reviews", 0)),
            lapses=int(data.get("lapses", 0)),
        )


def _to_datetime(epoch_seconds: float) -> datetime:
    return datetime.fromtimestamp(float(epoch_seconds), tz=UTC)


def _to_card(state: ReviewState) -> Card:
    return Card(
        card_id=0,  # a fixed id: the id never affects scheduling and Card() would read the clock
        state=State(state.fsrs_state),
        step=state.step,
        stability=state.stability,
        difficulty=state.difficulty,
        due=_to_datetime(state.due),
        last_review=_to_datetime(state.last_review),
    )


def _from_card(card: Card, reviews: int, lapses: int) -> ReviewState:
    assert card.stability is not None and card.difficulty is not None
    assert card.last_review is not None
    return ReviewState(
        stability=float(card.stability),
        difficulty=float(card.difficulty),
        due=card.due.timestamp(),
        last_review=card.last_review.timestamp(),
        fsrs_state=int(card.state),
        step=card.step,
        reviews=reviews,
        lapses=lapses,
    )


def rating_for(correct: bool, hints_used: int = 0) -> Rating:
    """The FSRS rating of one answer: wrong -> Again, right with hints -> Hard, right -> Good.

    Easy is never given: a tutor cannot tell "easy" from "good" by a single right answer.
    """
    if not correct:
        return Rating.Again
    return Rating.Hard if hints_used > 0 else Rating.Good


def initial_review_state(mastered_at: float) -> ReviewState:
    """The review state of a skill mastered at ``mastered_at`` (epoch seconds).

    Reaching mastery counts as a first "Good" review: FSRS's initial stability for Good
    (about 2.3 days with the default parameters), so the first review comes about two days later.
    """
    card = Card(card_id=0, due=_to_datetime(mastered_at))
    card, _log = _SCHEDULER.review_card(card, Rating.Good, _to_datetime(mastered_at))
    return _from_card(card, reviews=0, lapses=0)


def record_review(state: ReviewState, correct: bool, when: float, hints_used: int = 0) -> ReviewState:
    """The state after one answer on the mastered skill at ``when`` (epoch seconds). O(1).

    A new object; ``state`` is unchanged. An answer timestamped before the last review (clock
    drift between devices) is taken as given at the last review, so time never runs backwards.
    """
    rating = rating_for(correct, hints_used)
    at = max(float(when), state.last_review)
    card, _log = _SCHEDULER.review_card(_to_card(state), rating, _to_datetime(at))
    return _from_card(
        card,
        reviews=state.reviews + 1,
        lapses=state.lapses + (1 if rating == Rating.Again else 0),
    )


def recall_probability(states: Sequence[ReviewState | None], now: float) -> np.ndarray:
    """FSRS retrievability of each skill at ``now`` (epoch seconds), as a float array.

    ``None`` (a skill not mastered, so not under review) gives NaN. Time before the last review
    counts as zero elapsed, so recall is at most 1.0.
    """
    n = len(states)
    stability = np.full(n, np.nan)
    last = np.zeros(n)
    for index, state in enumerate(states):
        if state is not None:
            stability[index] = state.stability
            last[index] = state.last_review
    elapsed_days = np.maximum(0.0, (float(now) - last) / SECONDS_PER_DAY)
    # NaN stability propagates to NaN recall for unmastered skills.
    return (1.0 + _FACTOR * elapsed_days / stability) ** _DECAY


def due_mask(states: Sequence[ReviewState | None], now: float, target: float = DEFAULT_TARGET) -> np.ndarray:
    """True for each mastered skill whose recall at ``now`` is below ``target``; False otherwise."""
    recall = recall_probability(states, now)
    with np.errstate(invalid="ignore"):
        return np.where(np.isnan(recall), False, recall < target)


def days_since_review(state: ReviewState, now: float) -> float:
    """Days since the skill was last reviewed (or mastered), for "Why this?" reasons."""
    return max(0.0, (float(now) - state.last_review) / SECONDS_PER_DAY)


def review_after_attempt(
    review: ReviewState | None,
    was_mastered: bool,
    is_mastered: bool,
    correct: bool,
    when: float,
    hints_used: int = 0,
) -> ReviewState | None:
    """Fold one answer on a skill into its review state; the same rule for live answers and replay.

    Not mastered after the answer: no review state. Mastered by this very answer: the first review
    state (``initial_review_state(when)``). Already mastered: the answer is a review. A mastered
    skill whose state is missing (mastered before review states were kept) starts from ``when``.
    """
    if not is_mastered:
        return None
    if not was_mastered or review is None:
        return initial_review_state(when)
    return record_review(review, correct, when, hints_used)
