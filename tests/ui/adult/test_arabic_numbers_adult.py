"""The adult screens and the learner's goal card in Arabic write their numbers with Arabic-Indic
digits and their lists with the Arabic comma; names keep what was typed."""

from __future__ import annotations

import re
from datetime import UTC, datetime

from app.services.adult_dto import PlanTarget
from app.services.demo_class import generate_demo_class
from tests.ui.adult.helpers import MATHS, open_tab
from tests.ui.conftest import make_learner

WESTERN = re.compile(r"[0-9,]")
PLACEHOLDER = re.compile(r"%[0-9٠-٩]")  # a "%1" left unfilled


def test_classes_plans_and_family_view_in_arabic(ui):
    ui.window.default_language = "ar"
    demo = generate_demo_class(ui.services, MATHS, learners=3, attempts_per_learner=120, weeks=2, seed=5, end=datetime.now(UTC))
    form = ui.services.classes.create("الخامس ب")
    for learner_id in demo.learner_ids:
        ui.services.classes.add_learner(form.id, learner_id)
    ui.services.classes.create_group(form.id, "القرّاء")
    child = demo.learner_ids[0]
    ui.services.goals.set_goal(child, "أقارن الكسور", MATHS, ["fractions-compare", "fractions-equivalent"])
    ui.services.plans.create("الكسور", MATHS, [PlanTarget("section", "fractions-compare")], "class", form.id)

    classes = open_tab(ui, "classes")
    assert classes.class_list.item(0).text() == "الخامس ب (٣)"
    assert classes.group_list.item(0).text() == "القرّاء (٠)"

    plans = ui.window.teacher.plans
    ui.window.teacher.show_page(plans)
    ui.settle()
    ui.settle()
    lines = [plans.progress_list.item(r).text() for r in range(plans.progress_list.count())]
    assert len(lines) == 3 and all(re.search("[٠-٩]", line) for line in lines)
    assert [line for line in lines if WESTERN.search(line) or PLACEHOLDER.search(line)] == []

    family = ui.window.teacher.family
    ui.window.teacher.show_page(family)
    ui.settle()
    family.show_child(child)
    ui.settle()
    family.earlier_button.click()  # last week: a whole school week of practice
    ui.settle()
    words, chart = family.words.text(), family.chart.accessibleName()
    assert re.search("[٠-٩]", words) and "،" in chart
    assert not WESTERN.search(words), words
    assert not WESTERN.search(chart), chart
    assert not PLACEHOLDER.search(words + chart)


def test_the_goal_card_counts_skills_in_the_learners_digits(ui):
    learner = make_learner(ui, "Amira", language="ar")
    ui.services.goals.set_goal(learner.id, "أعدّ إلى عشرين", MATHS, ["count-to-20", "count-to-100"])
    button = next(b for b in ui.window.picker.learner_buttons if b.text() == "Amira")
    button.click()
    ui.settle()
    ui.settle()
    panel = ui.window.home.goals_panel
    assert "٠" in panel.bar.format() and "٢" in panel.bar.format()
    assert not WESTERN.search(panel.bar.format() + panel.week_label.text())


def test_counts_become_arabic_digits_but_titles_and_placeholders_stay_as_written(qapp):
    from app.ui.adult.week_words import family_sentences, learner_sentences
    from tests.ui.adult.test_week_words import _week

    words = family_sentences("أمينة", _week(mastered=8), "ar")
    # Skill titles keep their own digits ("مهارة 0" as the pack wrote it); only the sentence's counts change.
    assert "مهارة 0، مهارة 1، مهارة 2، مهارة 3، مهارة 4" in words[3] and "٣" in words[3]
    assert "٢٠" in words[2] and "١٤" in words[2]
    mine = learner_sentences(_week(mastered=8), "ar")
    assert "مهارة 0، مهارة 1، مهارة 2" in mine[1] and "٥" in mine[1]
    assert not any(PLACEHOLDER.search(text) for text in words + mine), words + mine
