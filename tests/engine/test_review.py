"""Review scheduling of mastered skills with FSRS: hand-checked against FSRS's own definitions."""

from __future__ import annotations

import json
import math
from datetime import UTC, datetime

import numpy as np
import pytest
from fsrs import Card, Rating, Scheduler, State

from app.engine.review import (
    SECONDS_PER_DAY,
    ReviewState,
    days_since_review,
    due_mask,
    initial_review_state,
    rating_for,
    recall_probability,
    record_review,
)

DAY = SECONDS_PER_DAY
T0 = 1_700_000_000.0  # an arbitrary moment (Nov 2023)


def interval_days(state: ReviewState) -> float:
    return (state.due - state.last_review) / DAY


def test_mastery_is_a_first_good_review_with_fsrs_initial_stability() -> None:
    state = initial_review_state(T0)
    # FSRS-6 default w[2] is the initial stability after "Good".
    assert state.stability == pytest.approx(2.3065)
    assert state.last_review == T0
    assert state.fsrs_state == int(State.Review)
    # Interval for retention 0.9 equals the stability, rounded to whole days: 2 days.
    assert interval_days(state) == 2


def test_recall_is_one_at_the_review_and_point_nine_after_stability_days() -> None:
    state = initial_review_state(T0)
    assert recall_probability([state], T0)[0] == pytest.approx(1.0)
    # FSRS's curve is scaled so that R(S) = 0.9 exactly.
    assert recall_probability([state], T0 + state.stability * DAY)[0] == pytest.approx(0.9)


def test_recall_matches_fsrs_at_whole_days_and_decays_with_time() -> None:
    state = initial_review_state(T0)
    scheduler = Scheduler(enable_fuzzing=False)
    card = Card(
        card_id=1,
        state=State.Review,
        stability=state.stability,
        difficulty=state.difficulty,
        last_review=datetime.fromtimestamp(T0, tz=UTC),
    )
    previous = 1.0
    for days in (1, 3, 10, 30, 100):
        now = T0 + days * DAY
        ours = recall_probability([state], now)[0]
        theirs = scheduler.get_card_retrievability(card, datetime.fromtimestamp(now, tz=UTC))
        assert ours == pytest.approx(theirs, rel=1e-12)
        assert ours < previous
        previous = ours


def test_successful_review_lengthens_the_interval_and_a_lapse_shortens_it() -> None:
    mastered = initial_review_state(T0)
    good = record_review(mastered, True, T0 + 2 * DAY)
    assert good.stability > mastered.stability
    assert interval_days(good) > interval_days(mastered)
    better = record_review(good, True, good.due)
    assert interval_days(better) > interval_days(good)
    lapse = record_review(better, False, better.due)
    assert lapse.stability < better.stability
    assert interval_days(lapse) < interval_days(better)
    assert (lapse.reviews, lapse.lapses) == (3, 1)


def test_a_review_with_hints_counts_less_than_a_clean_one() -> None:
    mastered = initial_review_state(T0)
    clean = record_review(mastered, True, T0 + 2 * DAY)
    hinted = record_review(mastered, True, T0 + 2 * DAY, hints_used=1)
    assert hinted.stability < clean.stability
    assert rating_for(False) == Rating.Again
    assert rating_for(True, 2) == Rating.Hard
    assert rating_for(True) == Rating.Good


def test_record_review_is_pure_and_deterministic() -> None:
    mastered = initial_review_state(T0)
    a = record_review(mastered, True, T0 + 5 * DAY)
    b = record_review(mastered, True, T0 + 5 * DAY)
    assert a == b
    assert mastered.reviews == 0


def test_an_answer_before_the_last_review_does_not_run_time_backwards() -> None:
    mastered = initial_review_state(T0)
    early = record_review(mastered, True, T0 - 3 * DAY)
    assert early.last_review == T0


def test_state_round_trips_through_json() -> None:
    state = record_review(initial_review_state(T0), False, T0 + 4 * DAY)
    text = json.dumps(state.to_dict())
    assert ReviewState.from_dict(json.loads(text)) == state


def test_unmastered_skills_have_nan_recall_and_are_never_due() -> None:
    fresh = initial_review_state(T0)
    old = initial_review_state(T0 - 30 * DAY)
    states = [None, fresh, old]
    recall = recall_probability(states, T0 + 60.0)
    assert math.isnan(recall[0])
    assert recall[1] > 0.99
    assert recall[2] < 0.9
    assert due_mask(states, T0 + 60.0).tolist() == [False, False, True]
    # A lower target lets the month-old skill wait longer.
    assert not due_mask(states, T0 + 60.0, target=0.5)[2]
    assert recall_probability([], T0).shape == (0,)


def test_days_since_review() -> None:
    state = initial_review_state(T0)
    assert days_since_review(state, T0 + 9 * DAY) == pytest.approx(9.0)
    assert days_since_review(state, T0 - DAY) == 0.0
    assert isinstance(due_mask([state], T0), np.ndarray)


def test_review_after_attempt_starts_at_mastery_then_reviews() -> None:
    from app.engine.review import review_after_attempt

    assert review_after_attempt(None, False, False, True, T0) is None
    first = review_after_attempt(None, False, True, True, T0)
    assert first == initial_review_state(T0)
    again = review_after_attempt(first, True, True, False, T0 + 3 * DAY)
    assert again == record_review(first, False, T0 + 3 * DAY)
    assert again is not None and again.lapses == 1
