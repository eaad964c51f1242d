"""The learner changes their own goal on Home (words and date) and removes it after a kind question;
another learner's goal cannot be touched from their card."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from sqlalchemy import select

from app.storage.adult_models import LearnerGoal
from app.ui.locale_dates import coming_date
from tests.ui.conftest import open_home

SKILL = "count-to-20"


def _save(ui, panel) -> None:
    panel.save_button.click()
    ui.settle()
    ui.settle()


def _set_goal(ui, panel, text: str, due: QDate | None = None, skill: str | None = None) -> None:
    panel.set_button.click()
    panel.text_edit.setText(text)
    if skill is not None:
        panel.skill_choice.setCurrentIndex(panel.skill_choice.findData(skill))
    if due is not None:
        panel.due_check.setChecked(True)
        panel.due_date.setDate(due)
    _save(ui, panel)


def test_a_learner_changes_the_words_and_date_of_their_goal(ui):
    learner = open_home(ui)
    panel = ui.window.home.goals_panel
    ui.settle()
    assert not panel.change_button.isVisible(), "nothing to change yet"
    _set_goal(ui, panel, "Count to twenty", QDate(2027, 6, 30), SKILL)
    [goal] = ui.services.goals.goals(learner.id)
    assert goal.due_date == date(2027, 6, 30) and goal.skill_ids == (SKILL,)
    # The date in the locale's own words (June 30, with the year unless it is this year): test_locale_dates.py
    assert panel.goal_label.text() == f"My goal: Count to twenty (by {coming_date(date(2027, 6, 30), 'en')})"
    assert panel.change_button.isVisible()

    panel.change_button.click()
    assert panel.editor.isVisible() and not panel.view.isVisible()
    assert panel.text_edit.text() == "Count to twenty"
    assert panel.due_check.isChecked() and panel.due_date.date() == QDate(2027, 6, 30)
    assert not panel.skill_choice.isVisible() and panel.remove_button.isVisible()
    panel.text_edit.setText("Count to twenty without mistakes")
    panel.due_date.setDate(QDate(2027, 5, 15))
    _save(ui, panel)
    [changed] = ui.services.goals.goals(learner.id)
    assert changed.id == goal.id and changed.text == "Count to twenty without mistakes"
    assert changed.due_date == date(2027, 5, 15) and changed.skill_ids == (SKILL,), "the skill still measures it"
    assert panel.goal_label.text() == f"My goal: Count to twenty without mistakes (by {coming_date(date(2027, 5, 15), 'en')})"

    # No date any more.
    panel.change_button.click()
    panel.due_check.setChecked(False)
    _save(ui, panel)
    assert ui.services.goals.goals(learner.id)[0].due_date is None
    assert panel.goal_label.text() == "My goal: Count to twenty without mistakes"

    # Cancel leaves it as it was.
    panel.change_button.click()
    panel.text_edit.setText("Something else")
    panel.cancel_button.click()
    assert panel.view.isVisible() and ui.services.goals.goals(learner.id)[0].text == "Count to twenty without mistakes"
    # A new goal afterwards is a new goal, with the skill list again and no remove button.
    panel.set_button.click()
    assert panel.text_edit.text() == "" and panel.skill_choice.isVisible() and not panel.remove_button.isVisible()
    panel.cancel_button.click()


def test_a_learner_removes_their_goal_after_a_kind_question(ui):
    learner = open_home(ui)
    panel = ui.window.home.goals_panel
    ui.settle()
    _set_goal(ui, panel, "Practise every day")
    [goal] = ui.services.goals.goals(learner.id)

    panel.change_button.click()
    panel.remove_button.click()
    assert panel.confirm.isVisible() and not panel.editor.isVisible()
    assert panel.confirm_label.text() == "Remove your goal “Practise every day”? You can set a new one any time."
    assert panel.keep_button.hasFocus(), "keeping it is the easy answer"
    panel.keep_button.click()
    assert panel.editor.isVisible() and ui.services.goals.goals(learner.id) != []

    panel.remove_button.click()
    panel.confirm_remove_button.click()
    ui.settle()
    ui.settle()
    assert ui.services.goals.goals(learner.id) == []
    assert panel.view.isVisible() and not panel.confirm.isVisible()
    assert panel.goal_label.text() == "My goal: none yet. What do you want to learn?"
    assert not panel.change_button.isVisible()
    with ui.services.db.session() as s:
        assert s.scalar(select(LearnerGoal.deleted_at).where(LearnerGoal.id == goal.id)) is not None


def test_a_learners_card_cannot_change_someone_elses_goal(ui):
    other = ui.services.learners.create("Bilal", ui.services.learners.avatars()[0])
    theirs = ui.services.goals.set_goal(other.id, "Learn my tables")
    learner = open_home(ui)
    panel = ui.window.home.goals_panel
    ui.settle()
    _set_goal(ui, panel, "Practise every day")
    # Even if the card were pointed at Bilal's goal, the service refuses: it checks whose goal it is.
    panel.change_button.click()
    panel.changing_id = theirs.id
    panel.text_edit.setText("Mine now")
    _save(ui, panel)
    panel.remove_button.click()
    panel.confirm_remove_button.click()
    ui.settle()
    ui.settle()
    assert [g.text for g in ui.services.goals.goals(other.id)] == ["Learn my tables"]
    assert [g.text for g in ui.services.goals.goals(learner.id)] == ["Practise every day"]
