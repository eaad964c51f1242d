"""The adult screens on a realistic class: 30 learners with a semester of answers from the engine's simulator."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, timedelta

from app.services.adult_dto import PlanTarget
from app.services.demo_class import generate_demo_class
from tests.ui.adult.helpers import MATHS, open_tab


def test_a_teacher_plans_for_a_class_of_thirty_and_a_parent_and_the_privacy_screen_see_one_child(ui, tmp_path):
    demo = generate_demo_class(
        ui.services, MATHS, learners=30, attempts_per_learner=200, weeks=18, seed=5, end=datetime.now(UTC)
    )
    form = ui.services.classes.create("4B")
    for learner_id in demo.learner_ids:
        ui.services.classes.add_learner(form.id, learner_id)

    classes = open_tab(ui, "classes")
    assert classes.class_list.item(0).text() == "4B (30)"
    assert classes.member_list.count() == 30

    plans = ui.window.teacher.plans
    ui.window.teacher.show_page(plans)
    ui.settle()
    ui.settle()
    assert plans.pack_choice.currentData() == MATHS, "the subject the class practises most comes first"
    plans.choose_assignee("class", form.id)
    plans.target_kind.setCurrentIndex(1)  # a section: the skill and all it needs
    plans.tick_skill("fractions-compare")
    plans.title_edit.setText("Fractions")
    plans.assign_button.click()
    ui.settle()
    ui.settle()
    [plan] = ui.services.plans.list()
    assert plan.targets == (PlanTarget("section", "fractions-compare"),)
    expected = ui.services.plans.progress(plan.id)
    lines = [plans.progress_list.item(r).text() for r in range(plans.progress_list.count())]
    assert len(lines) == 30
    for line, entry in zip(lines, expected, strict=True):
        assert line.startswith(f"{entry.learner_name}: {len(entry.mastered)} of {len(entry.target_skills)} skills · ")
    # A semester of practice: some learners are well into the section, and every unfinished one has a next step.
    assert any(entry.mastered for entry in expected)
    assert all("\nNext: " in line for line, entry in zip(lines, expected, strict=True) if entry.status != "complete")

    child = demo.learner_ids[7]
    family = ui.window.teacher.family
    ui.window.teacher.show_page(family)
    ui.settle()
    family.show_child(child)
    ui.settle()
    family.earlier_button.click()
    ui.settle()
    monday = date.today() - timedelta(days=date.today().weekday())
    week = ui.services.goals.week(child, monday - timedelta(weeks=1))
    assert [(d.answered, d.correct) for d in family.chart.days] == [(d.answered, d.correct) for d in week.days]
    assert family.words.text().startswith(ui.services.learners.get(child).display_name)

    privacy = ui.window.teacher.privacy
    ui.window.teacher.show_page(privacy)
    ui.settle()
    ui.settle()
    assert privacy.learner_list.count() == 30
    privacy.select_learner(child)
    privacy.export_to(tmp_path)
    ui.settle()
    data = json.loads(privacy.exported[0].read_text(encoding="utf-8"))
    assert len(data["attempts"]) == len(ui.services.privacy.export_data(child)["attempts"]) > 50
    assert {"kind": "class", "id": form.id, "name": "4B"} in data["memberships"]
