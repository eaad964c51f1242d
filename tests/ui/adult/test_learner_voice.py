"""The learner's own voice: a goal set on Home with progress from the learner model, the week's
"what I learned", and an optional confidence rating stored with the answer."""

from __future__ import annotations

from PySide6.QtCore import Qt

from app.content_packs.answer_oracle import right_response
from tests.ui.adult.helpers import MATHS, practise
from tests.ui.conftest import open_home, start_practice

SKILL = "count-to-20"


def test_a_learner_sets_a_goal_on_home_and_sees_progress_towards_it(ui):
    learner = open_home(ui)
    panel = ui.window.home.goals_panel
    ui.settle()
    assert panel.isVisible()
    assert panel.goal_label.text() == "My goal: none yet. What do you want to learn?"
    assert panel.week_label.text() == "This week: You have not practised yet this week. Press Continue to start!"

    panel.set_button.click()
    assert panel.editor.isVisible() and not panel.view.isVisible()
    panel.text_edit.setText("I want to count to twenty")
    panel.skill_choice.setCurrentIndex(panel.skill_choice.findData(SKILL))
    assert panel.skill_choice.currentText() == "When I master: Counting to 20"
    panel.save_button.click()
    ui.settle()
    ui.settle()

    [goal] = ui.services.goals.goals(learner.id)
    assert goal.text == "I want to count to twenty" and goal.skill_ids == (SKILL,)
    assert not panel.editor.isVisible()
    assert panel.goal_label.text() == "My goal: I want to count to twenty"
    assert panel.bar.isVisible() and panel.bar.format() == "0 of 1 skills" and panel.bar.value() == 0

    # Practice until the skill is mastered; back on Home the goal is reached.
    for _ in range(4):
        if ui.services.goals.goals(learner.id)[0].achieved:
            break
        practise(ui.services, learner.id, 6, focus_skill=SKILL)
    ui.window.show_home()
    ui.settle()
    ui.settle()
    assert panel.goal_label.text() == "Goal reached: I want to count to twenty. Well done!"
    assert not panel.bar.isVisible()
    assert panel.week_label.text().startswith("This week: You answered ")
    assert "You learned: Counting to 20!" in panel.week_label.text()


def test_a_goal_without_a_skill_is_ticked_off_by_the_learner(ui):
    learner = open_home(ui)
    panel = ui.window.home.goals_panel
    ui.settle()
    panel.set_button.click()
    panel.text_edit.setText("Practise every day")
    panel.save_button.click()
    ui.settle()
    ui.settle()
    assert panel.done_button.isVisible() and not panel.bar.isVisible()
    panel.done_button.click()
    ui.settle()
    ui.settle()
    assert ui.services.goals.goals(learner.id)[0].achieved
    assert panel.goal_label.text() == "Goal reached: Practise every day. Well done!"

    # A new goal after that (and after another) shows the one just written.
    for text in ("Learn my tables", "Count to 100"):
        panel.set_button.click()
        panel.text_edit.setText(text)
        panel.save_button.click()
        ui.settle()
        ui.settle()
        assert panel.goal_label.text() == f"My goal: {text}"


def test_the_goal_card_leaves_continue_and_the_suggestions_on_a_small_screen(ui):
    open_home(ui)
    home = ui.window.home
    ui.settle()
    window_height = ui.window.height()
    panel_bottom = home.goals_panel.mapTo(ui.window, home.goals_panel.rect().bottomLeft()).y()
    assert ui.window.width() == 1024 and window_height == 600
    assert panel_bottom <= window_height
    assert home.cards_scroll.height() >= 120, "the suggestions keep room to be read"


def test_a_confidence_rating_is_stored_with_the_answer_it_rates(ui):
    practice = start_practice(ui)
    row = practice.confidence
    practice.answer_input.set_response(right_response(ui.services.practice.shown_rendering(practice.session_id)))
    practice.check()
    ui.settle()
    feedback = practice.feedback
    assert feedback.event_id and row.isVisible()
    assert [b.text() for b in row.buttons] == ["I guessed", "Not sure", "Sure"]
    # One compact row beside the feedback's title, so the feedback is no taller and the question
    # stays on screen above it at 1024x600.
    assert row.height() <= 48
    title = practice.feedback_title
    row_middle = row.mapTo(practice, row.rect().center()).y()
    assert abs(row_middle - title.mapTo(practice, title.rect().center()).y()) <= 12
    assert practice.scroll.verticalScrollBar().value() == 0
    assert practice.prompt.visibleRegion().boundingRect().height() > 0

    row.buttons[2].click()
    ui.settle()
    [rating] = ui.services.goals.confidence(ui.window.learner.id)
    assert rating.attempt_id == feedback.event_id and rating.rating == 3 and rating.correct is True
    assert row.thanks.text() == "Thanks!" and not any(b.isEnabled() for b in row.buttons)
    row.buttons[0].click()  # a second rating of the same answer is not taken
    ui.settle()
    assert len(ui.services.goals.confidence(ui.window.learner.id)) == 1

    # Rating is optional: the next answer starts unrated and Next works without one.
    practice.next_item()
    ui.settle()
    practice.answer_input.set_response(right_response(ui.services.practice.shown_rendering(practice.session_id)))
    practice.check()
    ui.settle()
    assert row.level is None and all(b.isEnabled() and not b.isChecked() for b in row.buttons)
    practice.next_item()
    ui.settle()
    assert len(ui.services.goals.confidence(ui.window.learner.id)) == 1


def test_a_long_feedback_title_keeps_its_line_and_the_rating_row_gets_shorter(ui):
    practice = start_practice(ui)
    row, title = practice.confidence, practice.feedback_title
    practice.answer_input.set_response(right_response(ui.services.practice.shown_rendering(practice.session_id)))
    practice.check()
    ui.settle()
    assert row.question.isVisible(), "a short title leaves room for the written question"

    # The title a learner sees when a skill is mastered, in a language with long words.
    title.setText("¡Correcto! ¡Ya dominas esta habilidad por completo!")
    row.ask(practice.feedback.event_id)
    ui.settle()
    practice.feedback_panel.layout().activate()
    assert not row.question.isVisibleTo(practice) and row.toolTip() == "How sure were you?"
    line = title.fontMetrics().lineSpacing()
    assert title.heightForWidth(title.width()) < 3 * line, "the title is squeezed into a column"


def test_with_the_largest_text_in_arabic_the_goal_card_fits_and_leaves_the_skill_map_room(ui):
    profile = ui.services.learners.create(
        "مريم", ui.services.learners.avatars()[0], language="ar", text_size="extra_large"
    )
    ui.services.goals.set_goal(profile.id, "أريد أن أجمع أعدادًا كبيرة", MATHS, ["add-within-20", "count-to-20"])
    ui.window.refresh_learners()
    ui.settle()
    ui.window.picker.learner_buttons[0].click()
    ui.settle()
    ui.settle()
    home, panel = ui.window.home, ui.window.home.goals_panel
    assert panel.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert panel.bar.isVisible()
    # The words in the bar are not cut off, and the card stays on screen under a usable map.
    assert panel.bar.width() >= panel.bar.fontMetrics().horizontalAdvance(panel.bar.format())
    assert panel.mapTo(ui.window, panel.rect().bottomLeft()).y() <= ui.window.height()
    assert home.map_scroll.height() >= 150
    panel.set_button.click()
    ui.settle()
    assert home.continue_button.width() >= 300, "the goal editor must not push Continue aside"


def test_with_nothing_to_practise_no_goal_card_is_left_from_another_learner(ui):
    first = open_home(ui)
    ui.services.goals.set_goal(first.id, "Count to 100")
    ui.window.show_home()
    ui.settle()
    panel = ui.window.home.goals_panel
    assert panel.isVisible() and panel.goal_label.text() == "My goal: Count to 100"
    for pack in ui.services.packs.installed():
        ui.services.packs.remove(pack.id)
    ui.window.show_picker()
    ui.settle()
    open_home(ui, "Bilal")
    ui.settle()
    assert ui.window.home.continue_note.text().startswith("There is nothing to practise yet.")
    assert not panel.isVisible()
