"""One learner's progress: weeks, time on task, sessions, skills being forgotten, what blocks them."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from itertools import pairwise

import pytest
from sqlalchemy import select

from app.services.app_services import AppServices
from app.services.demo_class import DemoClass
from app.services.reports.learner_progress import MAX_ITEM_SECONDS
from app.storage.models import AttemptEvent
from tests.services.reports.conftest import CLASS_END
from tests.services.reports.history import Answer, new_learner, record

MONDAY = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)


def _history(services: AppServices) -> str:
    learner = new_learner(services, "Amina")
    first_week = [Answer("count-next-01", True, MONDAY + timedelta(minutes=k)) for k in range(6)]
    # One item left on screen for 1000 s: counted as MAX_ITEM_SECONDS of work, not 17 minutes.
    first_week[2] = Answer("count-next-01", True, MONDAY + timedelta(minutes=2), seconds=1000)
    wednesday = datetime(2026, 3, 11, 10, 0, tzinfo=UTC)
    second_week = [
        Answer("add-small-01", False, wednesday),
        Answer("add-small-01", True, wednesday + timedelta(minutes=1)),
        Answer("frac-half-01", False, wednesday + timedelta(minutes=5)),
    ]
    record(services, learner, first_week + second_week)
    return learner


def test_weeks_time_on_task_and_sessions(mini: AppServices) -> None:
    learner = _history(mini)
    report = mini.reports.learner_progress(learner, now=datetime(2026, 3, 20, 12, 0, tzinfo=UTC))
    assert [w.week_start for w in report.weeks] == [date(2026, 3, 2), date(2026, 3, 9), date(2026, 3, 16)]
    assert [(w.attempts, w.correct) for w in report.weeks] == [(6, 6), (3, 1), (0, 0)]
    assert report.weeks[0].minutes == pytest.approx((5 * 20 + MAX_ITEM_SECONDS) / 60)
    assert [(w.newly_mastered, w.mastered_total) for w in report.weeks] == [(1, 1), (0, 1), (0, 1)]
    assert report.time_on_task_minutes == pytest.approx((5 * 20 + MAX_ITEM_SECONDS + 3 * 20) / 60)
    assert (report.attempts, report.correct, report.sessions, report.active_days) == (9, 7, 2, 2)
    assert report.first_active == MONDAY
    assert report.last_active == datetime(2026, 3, 11, 10, 5, tzinfo=UTC)


def test_forgotten_prerequisite_blocks_the_next_skills(mini: AppServices) -> None:
    learner = _history(mini)
    report = mini.reports.learner_progress(learner, now=datetime(2026, 3, 20, 12, 0, tzinfo=UTC))
    # Counting was mastered on day 1 and not practised for 18 days: FSRS recall is below the target.
    assert [f.skill_id for f in report.forgetting] == ["count-to-10"]
    assert report.forgetting[0].recall < 0.9
    assert report.forgetting[0].due < report.generated_at
    assert report.state_counts["fading"] == 1
    blocked = {b.skill_id: b for b in report.blocked}
    assert [b.skill_id for b in report.blocked] == ["add-within-10", "fractions-intro"]
    assert [(x.skill_id, x.state) for x in blocked["add-within-10"].blocked_by] == [("count-to-10", "fading")]
    assert [(x.skill_id, x.state) for x in blocked["fractions-intro"].blocked_by] == [
        ("add-within-10", "in_progress")
    ]
    assert report.ready == ()


def test_ready_and_fading_soon_right_after_mastery(mini: AppServices) -> None:
    learner = new_learner(mini, "Omar")
    record(mini, learner, [Answer("count-next-01", True, MONDAY + timedelta(minutes=k)) for k in range(6)])
    report = mini.reports.learner_progress(learner, now=MONDAY + timedelta(hours=1))
    assert report.forgetting == ()
    assert [f.skill_id for f in report.fading_soon] == ["count-to-10"]  # FSRS's first review is days away
    assert [b.skill_id for b in report.ready] == ["add-within-10"]  # fractions need adding first: not listed
    assert report.blocked == ()


def test_a_learner_who_never_answered(mini: AppServices) -> None:
    learner = new_learner(mini, "Nour")
    report = mini.reports.learner_progress(learner)
    assert report.weeks == () and report.attempts == 0 and report.sessions == 0
    assert report.state_counts["not_started"] == report.skills == 3
    assert [b.skill_id for b in report.ready] == ["count-to-10"]


def test_demo_learner_totals_match_the_events(class_services: AppServices, demo: DemoClass) -> None:
    for learner_id in demo.learner_ids[:4]:
        report = class_services.reports.learner_progress(learner_id, now=CLASS_END)
        with class_services.db.session() as session:
            durations = list(
                session.scalars(select(AttemptEvent.duration_ms).where(AttemptEvent.learner_id == learner_id))
            )
        assert report.attempts == len(durations) == sum(w.attempts for w in report.weeks)
        expected = sum(min(d / 1000, MAX_ITEM_SECONDS) for d in durations) / 60
        assert report.time_on_task_minutes == pytest.approx(expected)
        assert sum(w.minutes for w in report.weeks) == pytest.approx(expected)
        assert all((b.week_start - a.week_start).days == 7 for a, b in pairwise(report.weeks))
        totals = [w.mastered_total for w in report.weeks]
        assert totals == sorted(totals)
        assert totals[-1] == report.state_counts["mastered"] + report.state_counts["fading"]
        assert report.sessions >= report.active_days >= 10
        assert len(report.forgetting) == report.state_counts["fading"]


def test_confidence_ratings_show_sure_but_wrong(mini: AppServices) -> None:
    learner = new_learner(mini, "Khadija")
    answers = [Answer("add-small-01", ok, MONDAY + timedelta(minutes=k)) for k, ok in enumerate([True, False, False, True])]
    record(mini, learner, answers)
    with mini.db.session() as session:
        ids = list(session.scalars(
            select(AttemptEvent.id).where(AttemptEvent.learner_id == learner).order_by(AttemptEvent.client_time)
        ))
    for attempt_id, rating in zip(ids, (3, 3, 1, 3), strict=True):
        mini.goals.rate_confidence(attempt_id, rating)
    report = mini.reports.learner_progress(learner, now=MONDAY + timedelta(hours=1))
    assert [(c.rating, c.answers, c.correct) for c in report.confidence] == [(1, 1, 0), (3, 3, 2)]
    assert mini.reports.learner_progress(new_learner(mini, "Adam")).confidence == ()
