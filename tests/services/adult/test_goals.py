"""The learner's own goals, confidence after an answer, and their week."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import select

from app.services.app_services import AppServices
from app.services.errors import ValidationError
from app.storage.adult_models import ConfidenceRating, LearnerGoal
from app.storage.models import AttemptEvent
from tests.services.adult.branch_pack import PACK_ID
from tests.services.adult.practice_helpers import answer, master


def test_goal_progress_comes_from_mastery(adult: AppServices) -> None:
    learner = adult.learners.create("Amira", "owl")
    goal = adult.goals.set_goal(learner.id, "Master adding by June", PACK_ID, ["count", "add"], date(2027, 6, 1))
    assert goal.progress == 0 and not goal.achieved and goal.skill_ids == ("count", "add")
    master(adult, learner.id, PACK_ID, "count")
    (goal,) = adult.goals.goals(learner.id)
    assert goal.mastered == ("count",) and goal.progress == 0.5 and not goal.achieved
    master(adult, learner.id, PACK_ID, "add")
    (goal,) = adult.goals.goals(learner.id)
    assert goal.progress == 1 and goal.achieved and goal.achieved_at is not None


def test_free_text_goal_is_ticked_off_and_goals_sort_open_first(adult: AppServices) -> None:
    learner = adult.learners.create("Amira", "owl")
    read = adult.goals.set_goal(learner.id, "Practise every day")
    later = adult.goals.set_goal(learner.id, "Learn shapes", PACK_ID, ["shapes"], date(2027, 9, 1))
    soon = adult.goals.set_goal(learner.id, "Learn to add", PACK_ID, ["add"], date(2027, 2, 1))
    done = adult.goals.mark_achieved(read.id)
    assert done.achieved and done.progress == 1
    assert [g.id for g in adult.goals.goals(learner.id)] == [soon.id, later.id, read.id]
    assert not adult.goals.mark_achieved(read.id, achieved=False).achieved


def test_goal_edits_are_stamped_and_deletion_is_a_tombstone(adult: AppServices) -> None:
    learner = adult.learners.create("Amira", "owl")
    goal = adult.goals.set_goal(learner.id, "Adding")
    with adult.db.session() as s:
        stamp = s.get(LearnerGoal, goal.id).hlc
    edited = adult.goals.update_goal(goal.id, text="Adding and taking away", due_date=date(2027, 5, 1))
    assert edited.text == "Adding and taking away" and edited.due_date == date(2027, 5, 1)
    adult.goals.delete_goal(goal.id)
    assert adult.goals.goals(learner.id) == []
    with adult.db.session() as s:
        row = s.get(LearnerGoal, goal.id)
        assert row.deleted_at is not None and row.hlc > stamp


@pytest.mark.parametrize(
    ("kwargs", "code"),
    [
        ({"text": "  "}, "empty_name"),
        ({"text": "x" * 121}, "name_too_long"),
        ({"text": "Add", "skill_ids": ["add"]}, "skills_need_pack"),
        ({"text": "Add", "pack_id": PACK_ID, "skill_ids": ["algebra"]}, "unknown_skill"),
        ({"text": "Add", "pack_id": "org.nowhere", "skill_ids": ["add"]}, "unknown_pack"),
    ],
)
def test_bad_goals_are_refused(adult: AppServices, kwargs: dict, code: str) -> None:
    learner = adult.learners.create("Amira", "owl")
    with pytest.raises(ValidationError) as err:
        adult.goals.set_goal(learner.id, **kwargs)
    assert err.value.code == code


def test_confidence_is_one_append_only_event_per_answer(adult: AppServices) -> None:
    learner = adult.learners.create("Amira", "owl")
    session = adult.practice.start_session(learner.id, pack_id=PACK_ID)
    adult.practice.next_item(session)
    from app.content_packs.answer_oracle import wrong_response

    feedback = adult.practice.submit(session, wrong_response(adult.practice.shown_rendering(session)), 2000)
    rated = adult.goals.rate_confidence(feedback.event_id, 3)
    assert rated.rating == 3 and rated.correct is False and rated.learner_id == learner.id
    with pytest.raises(ValidationError) as err:
        adult.goals.rate_confidence(feedback.event_id, 1)
    assert err.value.code == "already_rated"
    for rating, code in ((0, "bad_rating"), (4, "bad_rating")):
        with pytest.raises(ValidationError) as err:
            adult.goals.rate_confidence(feedback.event_id, rating)
        assert err.value.code == code
    with pytest.raises(ValidationError) as err:
        adult.goals.rate_confidence("01a20000-0000-7000-8000-000000000000", 2)
    assert err.value.code == "unknown_attempt"
    assert [c.id for c in adult.goals.confidence(learner.id)] == [rated.id]
    with adult.db.session() as s:
        event = s.get(AttemptEvent, feedback.event_id)
        assert event.correct is False  # the attempt itself is untouched
        row = s.scalar(select(ConfidenceRating))
        assert row.device_id == adult.device_id and row.attempt_id == feedback.event_id


def test_the_week_counts_answers_minutes_and_new_mastery(adult: AppServices) -> None:
    learner = adult.learners.create("Amira", "owl")
    master(adult, learner.id, PACK_ID, "count")
    session = adult.practice.start_session(learner.id, pack_id=PACK_ID)
    answer(adult, session, right=False, duration_ms=60_000)
    with adult.db.session() as s:
        events = s.scalars(select(AttemptEvent).where(AttemptEvent.learner_id == learner.id)).all()
    adult.goals.set_goal(learner.id, "Shapes", PACK_ID, ["shapes"])

    week = adult.goals.week(learner.id, tz=UTC)
    today = datetime.now(UTC).date()
    assert week.week_start == today - timedelta(days=today.weekday())
    assert week.answered == len(events) and week.correct == sum(e.correct for e in events)
    assert week.minutes == pytest.approx(sum(e.duration_ms for e in events) / 60_000)
    assert week.days_active == 1 and len(week.days) == 7
    assert next(d for d in week.days if d.day == today).answered == len(events)
    count = next(s for s in week.skills if s.skill_id == "count")
    assert count.mastered_this_week and count.title == {"en": "Count"}
    assert [s.skill_id for s in week.mastered] == ["count"]
    assert [g.text for g in week.goals] == ["Shapes"]

    last_week = adult.goals.week(learner.id, week.week_start - timedelta(days=7), tz=UTC)
    assert last_week.answered == 0 and last_week.skills == () and last_week.days_active == 0
