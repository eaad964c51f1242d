"""Learning plans: targets checked against the pack, who a plan reaches, progress and next steps,
and rows that can sync (UUIDv7, HLC stamp, tombstone)."""

from __future__ import annotations

from datetime import date

import pytest

from app.services.adult_dto import PlanTarget
from app.services.app_services import AppServices
from app.services.clock import HybridLogicalClock
from app.services.errors import ValidationError
from app.services.plans import PlanService
from app.storage.adult_models import LearningPlan
from tests.services.adult.branch_pack import PACK_ID
from tests.services.adult.practice_helpers import master


def skill(skill_id: str) -> PlanTarget:
    return PlanTarget("skill", skill_id)


def test_create_update_delete(adult: AppServices) -> None:
    learner = adult.learners.create("Amira", "owl")
    plan = adult.plans.create(
        "Fractions by June", PACK_ID, [skill("fractions"), skill("fractions")], "learner", learner.id,
        due_date=date(2027, 6, 30), goal="I want to  master fractions by June",
    )
    assert plan.targets == (skill("fractions"),)  # duplicates dropped
    assert plan.assignee_name == "Amira" and plan.goal == "I want to master fractions by June"
    assert adult.plans.get(plan.id) == plan
    with adult.db.session() as s:
        stamp = s.get(LearningPlan, plan.id).hlc

    changed = adult.plans.update(plan.id, title="Fractions soon", targets=[PlanTarget("section", "multiply")], due_date=None)
    assert changed.title == "Fractions soon" and changed.due_date is None
    assert changed.targets == (PlanTarget("section", "multiply"),)
    with adult.db.session() as s:
        assert s.get(LearningPlan, plan.id).hlc > stamp

    adult.plans.delete(plan.id)
    assert adult.plans.list() == []
    with pytest.raises(ValidationError) as err:
        adult.plans.get(plan.id)
    assert err.value.code == "unknown_plan"
    with adult.db.session() as s:
        row = s.get(LearningPlan, plan.id)
        assert row.deleted_at is not None and row.id[14] == "7"


@pytest.mark.parametrize(
    ("targets", "assignee", "code"),
    [
        ([], "learner", "no_targets"),
        ([PlanTarget("chapter", "add")], "learner", "bad_target"),
        ([PlanTarget("skill", None)], "learner", "bad_target"),
        ([PlanTarget("pack", "add")], "learner", "bad_target"),
        ([skill("algebra")], "learner", "unknown_skill"),
        ([skill("add")], "school", "bad_assignee"),
        ([skill("add")], "class", "unknown_class"),
        ([skill("add")], "group", "unknown_group"),
    ],
)
def test_bad_plans_are_refused(adult: AppServices, targets: list[PlanTarget], assignee: str, code: str) -> None:
    learner = adult.learners.create("Amira", "owl")
    assignee_id = learner.id if assignee in ("learner", "school") else "01a20000-0000-7000-8000-000000000000"
    with pytest.raises(ValidationError) as err:
        adult.plans.create("Plan", PACK_ID, targets, assignee, assignee_id)
    assert err.value.code == code


def test_unknown_pack_and_unknown_fields(adult: AppServices) -> None:
    learner = adult.learners.create("Amira", "owl")
    with pytest.raises(ValidationError) as err:
        adult.plans.create("Plan", "org.nowhere", [skill("add")], "learner", learner.id)
    assert err.value.code == "unknown_pack"
    plan = adult.plans.create("Plan", PACK_ID, [skill("add")], "learner", learner.id)
    with pytest.raises(ValidationError) as err:
        adult.plans.update(plan.id, pack_id="other")
    assert err.value.code == "unknown_field"


def test_plans_reach_learners_through_classes_and_groups(adult: AppServices) -> None:
    amira = adult.learners.create("Amira", "owl")
    zaid = adult.learners.create("Zaid", "fox")
    grade = adult.classes.create("Grade 4")
    adult.classes.add_learner(grade.id, amira.id)
    adult.classes.add_learner(grade.id, zaid.id)
    readers = adult.classes.create_group(grade.id, "Readers")
    adult.classes.add_to_group(readers.id, zaid.id)
    class_plan = adult.plans.create("Class", PACK_ID, [skill("add")], "class", grade.id, due_date=date(2027, 3, 1))
    group_plan = adult.plans.create("Group", PACK_ID, [skill("shapes")], "group", readers.id)
    own = adult.plans.create("Own", PACK_ID, [skill("subtract")], "learner", amira.id, due_date=date(2027, 1, 1))

    assert [p.id for p in adult.plans.for_learner(amira.id)] == [own.id, class_plan.id]  # soonest due first
    assert [p.id for p in adult.plans.for_learner(zaid.id)] == [class_plan.id, group_plan.id]
    assert [p.learner_id for p in adult.plans.progress(class_plan.id)] == [amira.id, zaid.id]
    assert [p.id for p in adult.plans.list(assignee_kind="class")] == [class_plan.id]

    adult.classes.remove_learner(grade.id, zaid.id)  # leaving the class leaves its groups too
    assert adult.plans.for_learner(zaid.id) == []
    adult.classes.delete(grade.id)
    assert [p.id for p in adult.plans.for_learner(amira.id)] == [own.id]
    assert adult.plans.progress(class_plan.id) == []


def test_progress_teaches_missing_prerequisites_first(adult: AppServices) -> None:
    learner = adult.learners.create("Amira", "owl")
    plan = adult.plans.create("Fractions", PACK_ID, [skill("fractions")], "learner", learner.id)
    (progress,) = adult.plans.progress(plan.id)
    assert progress.status == "on_track" and progress.target_skills == ("fractions",) and progress.fraction == 0
    assert [(s.skill_id, s.reason, s.leads_to) for s in progress.next_steps] == [
        ("count", "plan_prerequisite", ("fractions",))
    ]
    assert progress.next_steps[0].title == {"en": "Count"}

    master(adult, learner.id, PACK_ID, "count")
    master(adult, learner.id, PACK_ID, "add")
    (progress,) = adult.plans.progress(plan.id)
    assert [(s.skill_id, s.reason) for s in progress.next_steps] == [("multiply", "plan_prerequisite")]
    master(adult, learner.id, PACK_ID, "multiply")
    (progress,) = adult.plans.progress(plan.id)
    assert [(s.skill_id, s.reason) for s in progress.next_steps] == [("fractions", "plan_target")]
    master(adult, learner.id, PACK_ID, "fractions")
    (progress,) = adult.plans.learner_progress(learner.id)
    assert progress.status == "complete" and progress.mastered == ("fractions",) and progress.next_steps == ()


def test_sections_and_whole_packs_expand(adult: AppServices) -> None:
    learner = adult.learners.create("Amira", "owl")
    section = adult.plans.create("Multiply", PACK_ID, [PlanTarget("section", "multiply")], "learner", learner.id)
    whole = adult.plans.create("All", PACK_ID, [PlanTarget("pack")], "learner", learner.id)
    (progress,) = adult.plans.progress(section.id)
    assert progress.target_skills == ("count", "add", "multiply")
    assert [(s.skill_id, s.reason) for s in progress.next_steps] == [("count", "plan_target")]
    (progress,) = adult.plans.progress(whole.id)
    assert set(progress.target_skills) == {"count", "add", "subtract", "multiply", "fractions", "shapes"}


def test_overdue_and_blocked(adult: AppServices) -> None:
    learner = adult.learners.create("Amira", "owl")
    late = PlanService(adult.db, HybridLogicalClock(adult.device_id), today=lambda: date(2027, 7, 1))
    plan = late.create("Fractions", PACK_ID, [skill("fractions")], "learner", learner.id, due_date=date(2027, 6, 30))
    assert late.progress(plan.id)[0].status == "overdue"
    not_yet = PlanService(adult.db, HybridLogicalClock(adult.device_id), today=lambda: date(2027, 6, 30))
    assert not_yet.progress(plan.id)[0].status == "on_track"
    # A plan synced from a hub for a pack this device does not have: nothing to measure, said so.
    with adult.db.transaction() as s:
        s.get(LearningPlan, plan.id).pack_id = "org.not.installed"
    assert adult.plans.progress(plan.id)[0].status == "blocked"


def test_due_dates_are_calendar_dates(adult: AppServices) -> None:
    from datetime import UTC, datetime

    learner = adult.learners.create("Amira", "owl")
    for bad in ("2027-06-30", datetime(2027, 6, 30, tzinfo=UTC)):
        with pytest.raises(ValidationError) as err:
            adult.plans.create("Plan", PACK_ID, [skill("add")], "learner", learner.id, due_date=bad)
        assert err.value.code == "bad_date"
        with pytest.raises(ValidationError) as err:
            adult.goals.set_goal(learner.id, "Goal", due_date=bad)
        assert err.value.code == "bad_date"
    plan = adult.plans.create("Plan", PACK_ID, [skill("add")], "learner", learner.id)
    with pytest.raises(ValidationError):
        adult.plans.update(plan.id, due_date="soon")
    assert adult.plans.update(plan.id, due_date=date(2027, 1, 31)).due_date == date(2027, 1, 31)
