""""Fading" in the reports means recall well below the review target (FADING_RECALL), not every
review the sequencer has scheduled: the heatmap and the learner report agree on it, and the demo
class's end-of-semester heatmap is no longer mostly amber."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import numpy as np

from app.services.app_services import AppServices
from app.services.reports.dto import FADING, MASTERED
from app.services.reports.skill_status import FADING_RECALL, REVIEW_TARGET
from tests.services.reports.conftest import CLASS_END
from tests.services.reports.history import Answer, new_learner, record

T0 = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)


def _mastered_counting(services: AppServices) -> str:
    learner = new_learner(services, "Amina")
    record(services, learner, [Answer("count-next-01", True, T0 + timedelta(minutes=k)) for k in range(6)])
    return learner


def _first_day(services: AppServices, learner: str, low: float, high: float) -> datetime:
    """The first whole day after T0 on which the learner's recall of counting is in [low, high)."""
    for days in range(1, 400):
        now = T0 + timedelta(days=days)
        cell = services.reports.mastery_grid(now=now).cell(learner, "count-to-10")
        if cell.recall is not None and low <= cell.recall < high:
            return now
    raise AssertionError(f"recall never fell into [{low}, {high})")


def test_threshold_sits_between_schedule_and_forgetting() -> None:
    assert 0.7 <= FADING_RECALL < REVIEW_TARGET


def test_review_due_is_mastered_in_the_heatmap_and_soon_in_the_learner_report(mini: AppServices) -> None:
    learner = _mastered_counting(mini)
    due = _first_day(mini, learner, FADING_RECALL, REVIEW_TARGET)
    grid = mini.reports.mastery_grid(now=due)
    cell = grid.cell(learner, "count-to-10")
    assert cell.state == MASTERED and FADING_RECALL <= cell.recall < REVIEW_TARGET
    assert grid.fading_recall == FADING_RECALL and grid.review_target == REVIEW_TARGET
    report = mini.reports.learner_progress(learner, now=due)
    assert report.forgetting == ()
    assert [f.skill_id for f in report.fading_soon] == ["count-to-10"]
    assert report.state_counts[FADING] == 0


def test_below_the_threshold_it_is_fading_in_both(mini: AppServices) -> None:
    learner = _mastered_counting(mini)
    gone = _first_day(mini, learner, 0.0, FADING_RECALL)
    cell = mini.reports.mastery_grid(now=gone).cell(learner, "count-to-10")
    assert cell.state == FADING and cell.recall < FADING_RECALL
    report = mini.reports.learner_progress(learner, now=gone)
    assert [f.skill_id for f in report.forgetting] == ["count-to-10"]
    assert report.fading_soon == ()
    assert report.state_counts[FADING] == 1
    # The day before, it was only due for review.
    before = mini.reports.mastery_grid(now=gone - timedelta(days=1)).cell(learner, "count-to-10")
    assert before.state == MASTERED


def test_demo_class_end_of_semester_is_not_mostly_fading(class_services: AppServices) -> None:
    grid = class_services.reports.mastery_grid(now=CLASS_END)
    states = np.array([[cell.state for cell in row] for row in grid.cells])
    recall = np.array([[np.nan if cell.recall is None else cell.recall for cell in row] for row in grid.cells])
    share_fading = np.count_nonzero(states == FADING) / states.size
    share_past_target = np.count_nonzero(recall < REVIEW_TARGET) / states.size
    # Counting every scheduled review as fading would paint a large part of the map (about 40 % in the
    # README's class, 18-37 % here depending on the engine's policy); the report threshold leaves the
    # skills really slipping: a short list.
    assert 0 < share_fading < 0.15
    assert share_past_target > 1.5 * share_fading
    with np.errstate(invalid="ignore"):
        assert np.array_equal(states == FADING, recall < FADING_RECALL)
    for row, counts in zip(grid.cells, grid.learner_counts, strict=True):
        assert counts[FADING] == sum(cell.state == FADING for cell in row)
