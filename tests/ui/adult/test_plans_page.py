"""Assigning a learning plan on the Plans screen, and the learner's next item following it."""

from __future__ import annotations

from app.services.adult_dto import PlanTarget
from tests.ui.adult.helpers import MATHS, open_tab


def _fill_plan(ui, page, learner_id: str, skill_id: str, goal: str) -> None:
    page.choose_assignee("learner", learner_id)
    page.pack_choice.setCurrentIndex(page.pack_choice.findData(MATHS))
    ui.settle()
    page.target_kind.setCurrentIndex(0)  # chosen skills
    page.title_edit.setText("Place value")
    page.tick_skill(skill_id)
    page.goal_edit.setText(goal)


def test_a_plan_assigned_on_the_screen_decides_the_learners_next_item(ui):
    learner = ui.services.learners.create("Amira", ui.services.learners.avatars()[0], text_size="normal")
    other = ui.services.learners.create("Bilal", ui.services.learners.avatars()[0], text_size="normal")
    page = open_tab(ui, "plans")
    _fill_plan(ui, page, learner.id, "place-value-tens-ones", "I want to read big numbers by June")
    page.due_check.setChecked(True)
    page.assign_button.click()
    ui.settle()
    ui.settle()

    [plan] = ui.services.plans.list()
    assert plan.assignee_kind == "learner" and plan.assignee_id == learner.id
    assert plan.targets == (PlanTarget("skill", "place-value-tens-ones"),)
    assert plan.goal == "I want to read big numbers by June"
    assert plan.due_date == page.due_date.date().toPython()
    assert page.status.text() == "Plan assigned to Amira."
    lines = page.plan_list.item(0).text().replace("\u2068", "").replace("\u2069", "").split("\n")  # name, for whom and when
    assert page.plan_list.count() == 1 and lines[0] == "Place value" and lines[1].startswith("For Amira · due ")
    # The progress list says what the sequencer will teach first, and that it is needed first.
    assert page.progress_label.text() == "Goal: I want to read big numbers by June"
    assert page.progress_list.item(0).text() == "Amira: 0 of 1 skills · on track\nNext: Counting to 20 (needed first)"

    ui.window.teacher.leave()
    ui.settle()
    open_home_of(ui, "Amira")
    ui.window.home.continue_button.click()
    ui.settle()
    item = ui.window.practice.item
    assert item.skill_id == "count-to-20"
    assert item.reason == "plan_prerequisite"

    # Without a plan the same pack starts the usual way, not for a plan.
    session_id = ui.services.practice.start_session(other.id, pack_id=MATHS)
    assert not ui.services.practice.next_item(session_id).reason.startswith("plan_")


def open_home_of(ui, name: str) -> None:
    ui.window.refresh_learners()
    ui.settle()
    button = next(b for b in ui.window.picker.learner_buttons if b.text() == name)
    button.click()
    ui.settle()


def test_a_plan_for_a_whole_class_lists_every_learner_and_can_be_removed(ui):
    avatars = ui.services.learners.avatars()
    names = ("Amina", "Omar", "Salma")
    ids = [ui.services.learners.create(n, avatars[0]).id for n in names]
    form = ui.services.classes.create("3B")
    for learner_id in ids:
        ui.services.classes.add_learner(form.id, learner_id)
    page = open_tab(ui, "plans")
    page.choose_assignee("class", form.id)
    page.pack_choice.setCurrentIndex(page.pack_choice.findData(MATHS))
    ui.settle()
    page.target_kind.setCurrentIndex(2)  # the whole pack
    assert not page.skill_list.isEnabled()
    page.assign_button.click()
    ui.settle()
    ui.settle()
    [plan] = ui.services.plans.list()
    assert plan.assignee_kind == "class" and plan.targets == (PlanTarget("pack"),)
    lines = [page.progress_list.item(r).text() for r in range(page.progress_list.count())]
    assert [line.split(":")[0] for line in lines] == list(names)
    assert all(" of 38 skills · on track" in line for line in lines)

    page.remove_button.click()
    assert page.confirm.isVisible() and page.confirm.text.text().startswith("Remove the plan ")
    assert ui.services.plans.list() != [], "nothing is removed before the adult confirms"
    assert not page.remove_button.isVisible(), "one Remove plan button at a time"
    page.confirm.confirm_button.click()
    ui.settle()
    ui.settle()
    assert ui.services.plans.list() == []
    assert page.plan_list.count() == 0
    assert page.remove_button.isVisible() and not page.remove_button.isEnabled()


def test_choosing_no_skill_is_refused_with_a_sentence(ui):
    learner = ui.services.learners.create("Amira", ui.services.learners.avatars()[0])
    page = open_tab(ui, "plans")
    page.choose_assignee("learner", learner.id)
    page.target_kind.setCurrentIndex(0)
    page.assign_button.click()
    ui.settle()
    assert page.status.text() == "Choose at least one skill, or the whole pack."
    assert ui.services.plans.list() == []

