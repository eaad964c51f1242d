"""The goal card and the Plans screen write dates the way the UI language does: "31 de diciembre" in
Spanish (never "31 diciembre"), the month first in English, Arabic-Indic digits in Arabic."""

from __future__ import annotations

import re
from datetime import date

from PySide6.QtCore import QDate

from app.services.adult_dto import PlanTarget
from tests.ui.adult.helpers import MATHS, open_tab
from tests.ui.conftest import make_learner


def _open_home_in(ui, language: str) -> object:
    profile = make_learner(ui, "Lucía", language=language)
    next(b for b in ui.window.picker.learner_buttons if b.text() == "Lucía").click()
    ui.settle()
    ui.settle()
    return profile


def test_the_goal_card_writes_its_date_in_the_learner_s_language(ui) -> None:
    _open_home_in(ui, "es")
    panel = ui.window.home.goals_panel
    year = date.today().year
    panel.set_button.click()
    panel.text_edit.setText("Contar hasta veinte")
    panel.due_check.setChecked(True)
    panel.due_date.setDate(QDate(year, 12, 31))
    assert panel.due_date.text() == f"31 de diciembre de {year}"
    panel.save_button.click()
    ui.settle()
    ui.settle()
    assert panel.goal_label.text().endswith("31 de diciembre)"), panel.goal_label.text()


def test_the_plans_screen_writes_due_dates_in_the_adult_s_language(ui) -> None:
    learner = ui.services.learners.create("Amira", ui.services.learners.avatars()[0], text_size="normal")
    ui.services.plans.create(
        "Decenas", MATHS, [PlanTarget("skill", "place-value-tens-ones")], "learner", learner.id,
        due_date=date(2099, 6, 30),
    )
    for language, due, picker in (
        ("es", "30 de junio de 2099", r"\d+ de \w+ de \d{4}"),
        ("en", "June 30, 2099", r"[A-Z][a-z]+ \d+, \d{4}"),
        # Right to left, Qt keeps the sections in reverse logical order so that they read day first.
        ("ar", "٣٠ يونيو ٢٠٩٩", r"[٠-٩]{4} \w+ [٠-٩]+"),
    ):
        ui.window.default_language = language
        ui.languages.apply(language)
        page = open_tab(ui, "plans")
        assert page.plan_list.count() == 1
        assert page.plan_list.item(0).text().endswith(due), page.plan_list.item(0).text()
        assert re.fullmatch(picker, page.due_date.text()), page.due_date.text()  # the new plan's date picker
        ui.window.teacher.leave()
        ui.settle()
