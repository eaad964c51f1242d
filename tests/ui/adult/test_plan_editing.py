"""Changing a plan on the Plans screen: its due date (set, move, clear), name and goal; then removing it."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from sqlalchemy import select

from app.services.adult_dto import PlanTarget
from app.storage.adult_models import LearningPlan
from tests.ui.adult.helpers import MATHS, open_tab


def _hlc(ui, plan_id: str) -> str:
    with ui.services.db.session() as s:
        return s.scalar(select(LearningPlan.hlc).where(LearningPlan.id == plan_id))


def _lines(page, row: int) -> list[str]:
    """A plan's lines in the list (its name, then for whom and by when), without the names' isolates."""
    return page.plan_list.item(row).text().replace("\u2068", "").replace("\u2069", "").split("\n")


def _save(ui, page) -> None:
    page.assign_button.click()
    ui.settle()
    ui.settle()


def test_a_teacher_changes_a_plans_due_date_name_and_goal(ui):
    learner = ui.services.learners.create("Amira", ui.services.learners.avatars()[0])
    plan = ui.services.plans.create("Place value", MATHS, [PlanTarget("skill", "place-value-tens-ones")], "learner", learner.id)
    page = open_tab(ui, "plans")
    assert _lines(page, 0) == ["Place value", "For Amira"]

    # Set a due date on a plan that had none.
    page.edit_button.click()
    assert page.new_label.text() == "Change plan: Place value"
    assert page.assign_button.text() == "Save changes" and page.cancel_edit_button.isVisible()
    assert page.title_edit.text() == "Place value" and not page.due_check.isChecked()
    assert not page.assignee.isVisible() and not page.skill_list.isVisible(), "who and what stay as they were"
    page.due_check.setChecked(True)
    page.due_date.setDate(QDate(2027, 6, 30))
    stamp = _hlc(ui, plan.id)
    _save(ui, page)
    assert ui.services.plans.get(plan.id).due_date == date(2027, 6, 30)
    assert _hlc(ui, plan.id) > stamp
    assert page.status.text() == "Changes to “Place value” saved."
    assert page.new_label.text() == "New plan" and page.assign_button.text() == "Assign plan"
    assert _lines(page, 0)[0] == "Place value" and _lines(page, 0)[1].startswith("For Amira · due ")
    assert page.assignee.isVisible(), "the new-plan form is back"

    # Move it, rename the plan and write the goal with the learner.
    page.edit_button.click()
    assert page.due_check.isChecked() and page.due_date.date() == QDate(2027, 6, 30)
    page.due_date.setDate(QDate(2027, 5, 15))
    page.title_edit.setText("Big numbers")
    page.goal_edit.setText("I want to read big numbers by May")
    _save(ui, page)
    changed = ui.services.plans.get(plan.id)
    assert (changed.title, changed.due_date, changed.goal) == ("Big numbers", date(2027, 5, 15), "I want to read big numbers by May")
    assert page.progress_label.text() == "Goal: I want to read big numbers by May"

    # Clear the due date.
    page.edit_button.click()
    page.due_check.setChecked(False)
    _save(ui, page)
    assert ui.services.plans.get(plan.id).due_date is None
    assert _lines(page, 0) == ["Big numbers", "For Amira"]
    # The plan still reaches the same learner with the same skills.
    assert ui.services.plans.get(plan.id).targets == (PlanTarget("skill", "place-value-tens-ones"),)


def test_an_empty_name_is_refused_and_cancel_keeps_the_plan(ui):
    learner = ui.services.learners.create("Amira", ui.services.learners.avatars()[0])
    plan = ui.services.plans.create("Place value", MATHS, [PlanTarget("pack")], "learner", learner.id, date(2027, 1, 10))
    page = open_tab(ui, "plans")
    page.edit_button.click()
    page.title_edit.setText("   ")
    _save(ui, page)
    assert page.status.text() == "Please type a name."
    assert page.editing_id == plan.id, "the form stays open with what was typed"
    page.title_edit.setText("Something else")
    page.due_check.setChecked(False)
    page.cancel_edit_button.click()
    assert page.editing_id is None and page.title_edit.text() == ""
    assert ui.services.plans.get(plan.id).title == "Place value"
    assert ui.services.plans.get(plan.id).due_date == date(2027, 1, 10)


def test_choosing_another_plan_or_removing_it_ends_the_change(ui):
    learner = ui.services.learners.create("Amira", ui.services.learners.avatars()[0])
    first = ui.services.plans.create("Adding", MATHS, [PlanTarget("pack")], "learner", learner.id, date(2027, 1, 1))
    ui.services.plans.create("Counting", MATHS, [PlanTarget("pack")], "learner", learner.id, date(2027, 2, 1))
    page = open_tab(ui, "plans")
    page.plan_list.setCurrentRow(0)
    page.edit_button.click()
    assert page.editing_id == first.id
    page.plan_list.setCurrentRow(1)
    ui.settle()
    assert page.editing_id is None and page.new_label.text() == "New plan"

    page.edit_button.click()
    page.remove_button.click()
    assert page.confirm.isVisible()
    page.confirm.confirm_button.click()
    ui.settle()
    ui.settle()
    assert [p.title for p in ui.services.plans.list()] == ["Adding"]
    assert page.editing_id is None and page.assign_button.text() == "Assign plan"
    with ui.services.db.session() as s:
        removed = s.scalar(select(LearningPlan).where(LearningPlan.title == "Counting"))
        assert removed.deleted_at is not None  # a tombstone: the removal syncs
