"""Every edit of a plan, class, group, membership or goal stamps the row with a new HLC (the rows
sync by last writer wins on it) and every removal is a tombstone; a learner only edits their own goals."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from app.services.adult_dto import PlanTarget
from app.services.app_services import AppServices
from app.services.errors import NotFoundError, ValidationError
from app.storage.adult_models import (
    ClassMembership,
    GroupMembership,
    LearnerClass,
    LearnerGoal,
    LearnerGroup,
    LearningPlan,
)
from tests.services.adult.branch_pack import PACK_ID


def _stamp(services: AppServices, model: type, row_id: str) -> tuple[str, object, object]:
    with services.db.session() as s:
        row = s.get(model, row_id)
        return row.hlc, row.updated_at, row.deleted_at


def _membership(services: AppServices, model: type, **keys: str) -> tuple[str, object]:
    with services.db.session() as s:
        row = s.scalar(select(model).filter_by(**keys))
        return row.hlc, row.deleted_at


def test_each_plan_edit_gets_a_newer_stamp_and_removal_is_a_tombstone(adult: AppServices) -> None:
    learner = adult.learners.create("Amira", "owl")
    plan = adult.plans.create("Adding", PACK_ID, [PlanTarget("skill", "add")], "learner", learner.id)
    stamps = [_stamp(adult, LearningPlan, plan.id)]
    edits = (
        {"due_date": date(2027, 6, 30)},  # set
        {"due_date": date(2027, 5, 31)},  # change
        {"due_date": None},  # clear
        {"title": "Adding by May"},
        {"goal": "I want to add big numbers"},
    )
    for fields in edits:
        view = adult.plans.update(plan.id, **fields)
        for name, value in fields.items():
            assert getattr(view, name) == value
        stamps.append(_stamp(adult, LearningPlan, plan.id))
        assert stamps[-1][0] > stamps[-2][0] and stamps[-1][1] >= stamps[-2][1]
    assert adult.plans.get(plan.id).due_date is None
    adult.plans.delete(plan.id)
    hlc, _updated, deleted = _stamp(adult, LearningPlan, plan.id)
    assert deleted is not None and hlc > stamps[-1][0]  # the row stays: the removal syncs
    with pytest.raises(NotFoundError) as error:
        adult.plans.update(plan.id, title="Again")
    assert error.value.code == "unknown_plan"


def test_renames_are_stamped_and_bad_names_change_nothing(adult: AppServices) -> None:
    grade = adult.classes.create("Grade 4")
    adult.classes.create("Grade 5")
    group = adult.classes.create_group(grade.id, "Readers")
    adult.classes.create_group(grade.id, "Writers")
    before_class = _stamp(adult, LearnerClass, grade.id)
    assert adult.classes.rename(grade.id, "Grade 4 A").name == "Grade 4 A"
    after_class = _stamp(adult, LearnerClass, grade.id)
    assert after_class[0] > before_class[0]
    before_group = _stamp(adult, LearnerGroup, group.id)
    assert adult.classes.rename_group(group.id, "Fast readers").name == "Fast readers"
    after_group = _stamp(adult, LearnerGroup, group.id)
    assert after_group[0] > before_group[0]
    for call, target, name, code in (
        (adult.classes.rename, grade.id, "  ", "empty_name"),
        (adult.classes.rename, grade.id, "grade 5", "class_exists"),
        (adult.classes.rename_group, group.id, "", "empty_name"),
        (adult.classes.rename_group, group.id, "WRITERS", "group_exists"),
    ):
        with pytest.raises(ValidationError) as error:
            call(target, name)
        assert error.value.code == code
    assert _stamp(adult, LearnerClass, grade.id) == after_class
    assert _stamp(adult, LearnerGroup, group.id) == after_group
    assert adult.classes.get(grade.id).name == "Grade 4 A"


def test_membership_changes_are_stamped_every_time(adult: AppServices) -> None:
    zaid = adult.learners.create("Zaid", "owl")
    grade = adult.classes.create("Grade 4")
    group = adult.classes.create_group(grade.id, "Readers")
    seen: list[str] = []
    for step in ("add", "remove", "add"):
        if step == "add":
            adult.classes.add_learner(grade.id, zaid.id)
        else:
            adult.classes.remove_learner(grade.id, zaid.id)
        hlc, deleted = _membership(adult, ClassMembership, class_id=grade.id, learner_id=zaid.id)
        assert (deleted is None) == (step == "add")
        assert not seen or hlc > seen[-1]
        seen.append(hlc)
    group_seen: list[str] = []
    for step in ("add", "remove", "add"):
        if step == "add":
            adult.classes.add_to_group(group.id, zaid.id)
        else:
            adult.classes.remove_from_group(group.id, zaid.id)
        hlc, deleted = _membership(adult, GroupMembership, group_id=group.id, learner_id=zaid.id)
        assert (deleted is None) == (step == "add")
        assert not group_seen or hlc > group_seen[-1]
        group_seen.append(hlc)
    # Leaving the class tombstones the group membership too, with a newer stamp.
    adult.classes.remove_learner(grade.id, zaid.id)
    hlc, deleted = _membership(adult, GroupMembership, group_id=group.id, learner_id=zaid.id)
    assert deleted is not None and hlc > group_seen[-1]


def test_a_learner_changes_only_their_own_goals(adult: AppServices) -> None:
    amira = adult.learners.create("Amira", "owl")
    omar = adult.learners.create("Omar", "fox")
    goal = adult.goals.set_goal(amira.id, "Learn to add", due_date=date(2027, 3, 1))
    before = _stamp(adult, LearnerGoal, goal.id)
    for attempt in (
        lambda: adult.goals.update_goal(goal.id, learner_id=omar.id, text="Mine now"),
        lambda: adult.goals.delete_goal(goal.id, learner_id=omar.id),
        lambda: adult.goals.mark_achieved(goal.id, learner_id=omar.id),
    ):
        with pytest.raises(ValidationError) as error:
            attempt()
        assert error.value.code == "not_your_goal"
    assert _stamp(adult, LearnerGoal, goal.id) == before
    assert [g.text for g in adult.goals.goals(amira.id)] == ["Learn to add"]

    edited = adult.goals.update_goal(goal.id, learner_id=amira.id, text="Learn to add big numbers", due_date=None)
    assert edited.text == "Learn to add big numbers" and edited.due_date is None
    after_edit = _stamp(adult, LearnerGoal, goal.id)
    assert after_edit[0] > before[0]
    adult.goals.delete_goal(goal.id, learner_id=amira.id)
    hlc, _updated, deleted = _stamp(adult, LearnerGoal, goal.id)
    assert deleted is not None and hlc > after_edit[0]
    assert adult.goals.goals(amira.id) == []
