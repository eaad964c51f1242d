"""The Plans list at 1024×600 in every language: each plan as two lines — its name, then for whom and by
when — each as wide as the list and cut with "…" on its own, never run past the edge behind a sideways
scroll bar; English names on an Arabic screen (and Arabic names on an English one) keep their own direction."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtWidgets import QApplication

from app.services.adult_dto import PlanTarget
from tests.ui.adult.helpers import MATHS, open_tab

ISOLATE, END_ISOLATE = "\u2068", "\u2069"


def _make_plans(services: object) -> None:
    avatar = services.learners.avatars()[0]
    amira = services.learners.create("Amira", avatar)
    arabic_class = services.classes.create("الصف الخامس ب")
    english_class = services.classes.create("Year 5 Blue Group")
    services.plans.create(
        "Fractions before the end-of-term test", MATHS, [PlanTarget("pack")], "class", arabic_class.id, date(2027, 6, 30)
    )
    services.plans.create("الكسور قبل الاختبار النهائي للفصل", MATHS, [PlanTarget("pack")], "class", english_class.id, date(2027, 1, 10))
    services.plans.create("Place value", MATHS, [PlanTarget("pack")], "learner", amira.id)


@pytest.mark.parametrize("language", ["en", "ar", "fr", "es"])
def test_each_plan_is_a_name_line_and_a_details_line_as_wide_as_the_list(ui, language) -> None:
    _make_plans(ui.services)
    ui.window.default_language = language  # teacher mode speaks the computer's language
    ui.languages.apply(language)
    page = open_tab(ui, "plans")
    QApplication.processEvents()
    plans = page.plan_list
    assert plans.count() == 3
    assert plans.horizontalScrollBar().maximum() == 0, "the list scrolls sideways: lines run past its edge"
    titles = {plan.title: plan for plan in ui.services.plans.list()}
    for row in range(plans.count()):
        item = plans.item(row)
        assert plans.visualItemRect(item).width() <= plans.viewport().width(), f"{item.text()!r} is wider than the list"
        name, details = item.text().split("\n")
        assert name.startswith(ISOLATE) and name.endswith(END_ISOLATE), "the name keeps its own direction"
        plan = titles[name.strip(ISOLATE + END_ISOLATE)]
        assert f"{ISOLATE}{plan.assignee_name}{END_ISOLATE}" in details
        assert "\n" not in details and plan.title not in details
        if plan.due_date is not None:
            assert ("، " if language == "ar" else " · ") in details
