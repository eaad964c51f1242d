"""Practice through the keyboard, hints, feedback after a wrong answer, unreadable answers, the summary."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from sqlalchemy import func, select

from app.content_packs.answer_oracle import right_response, wrong_response
from app.storage.models import AttemptEvent
from app.ui.answer_inputs import ChoiceInput, LineInput
from tests.ui.conftest import answer_until, start_practice
from tests.ui.test_pin_and_home import type_text


def _events(ui) -> int:
    with ui.services.db.session() as session:
        return session.scalar(select(func.count()).select_from(AttemptEvent))


def _type_answer(practice, response: str) -> None:
    """Answer with the keyboard only: digits typed into the field, or number keys for choices."""
    if isinstance(practice.answer_input, ChoiceInput):
        for index in response.split(","):
            QTest.keyClick(practice.answer_input.buttons[0], Qt.Key(Qt.Key.Key_1 + int(index)))
    else:
        assert isinstance(practice.answer_input, LineInput)
        assert practice.answer_input.edit.hasFocus()
        QTest.keyClicks(practice.answer_input.edit, response)


def _next_by_keyboard(ui, practice) -> None:
    QTest.keyClick(practice.next_button, Qt.Key.Key_Return)
    ui.settle()


def test_answer_with_keyboard_only(ui):
    practice = start_practice(ui)
    kinds: set[str] = set()
    for _ in range(8):
        rendered = ui.services.practice.shown_rendering(practice.session_id)
        _type_answer(practice, right_response(rendered))
        focus = practice.focusWidget()
        QTest.keyClick(focus, Qt.Key.Key_Return)  # Enter checks
        ui.settle()
        assert practice.state == "feedback"
        assert practice.feedback.status == "correct"
        assert practice.next_button.hasFocus()
        kinds.add(practice.item.type)
        _next_by_keyboard(ui, practice)  # Enter again: next item
        assert practice.state == "answering"
    assert practice.outcomes == [True] * 8
    assert _events(ui) == 8
    assert kinds  # at least one item type answered purely by keyboard


def test_hints_show_one_at_a_time(ui):
    practice = start_practice(ui)
    answer_until(ui, practice, lambda item: item.hint_count >= 2)
    count = practice.item.hint_count
    assert count >= 2, "the bundled pack should have items with two or more hints"
    rendered = ui.services.practice.shown_rendering(practice.session_id)
    assert not practice.hint_panel.isVisibleTo(practice)
    practice.hint_button.click()
    ui.settle()
    assert practice.hint_title.text() == f"Hint 1 of {count}"
    assert practice.hint_view.math_text() == rendered.hints[0]
    practice.hint_button.click()
    ui.settle()
    assert practice.hint_title.text() == f"Hint 2 of {count}"
    assert practice.hint_view.math_text() == "\n".join(rendered.hints[:2])
    for _ in range(count - 2):
        practice.hint_button.click()
        ui.settle()
    assert not practice.hint_button.isEnabled()


def test_wrong_answer_shows_correct_answer_and_solution(ui):
    practice = start_practice(ui)
    # Typed answers show the right one below; choice items mark it on the buttons (tested separately).
    answer_until(ui, practice, lambda item: item.type in ("numeric", "short_text"))
    rendered = ui.services.practice.shown_rendering(practice.session_id)
    practice.answer_input.set_response(wrong_response(rendered))
    practice.check_button.click()
    ui.settle()
    feedback = practice.feedback
    assert feedback.status == "incorrect"
    assert practice.feedback_panel.isVisibleTo(practice)
    assert practice.feedback_title.text() == "Not quite."
    assert practice.answer_view.isVisibleTo(practice)
    assert practice.answer_view.math_text() == rendered.correct_display == feedback.correct_answer
    if rendered.solution.strip():
        assert practice.solution_view.isVisibleTo(practice)
        assert practice.solution_view.math_text() == rendered.solution
    assert practice.outcomes[-1] is False and practice.outcomes.count(False) == 1
    assert "✗" in practice.dots.text()


def test_unreadable_answer_records_nothing_and_can_be_retried(ui):
    practice = start_practice(ui)
    answer_until(ui, practice, lambda item: item.type == "numeric")
    assert practice.item.type == "numeric"
    before = _events(ui)
    practice.answer_input.set_response("3/0")
    practice.check_button.click()
    ui.settle()
    assert practice.state == "answering"
    assert practice.message.isVisibleTo(practice)
    assert "I could not read that answer" in practice.message.text()
    assert "3/4" in practice.message.text()
    assert not practice.feedback_panel.isVisibleTo(practice)
    assert _events(ui) == before
    practice.answer_input.set_response(right_response(ui.services.practice.shown_rendering(practice.session_id)))
    practice.check_button.click()
    ui.settle()
    assert practice.feedback.status == "correct"
    assert _events(ui) == before + 1


def test_numeric_field_refuses_letters_but_takes_arabic_digits(qtbot):
    field = LineInput(numeric=True)
    qtbot.addWidget(field)
    QTest.keyClicks(field.edit, "1a b/4x")
    assert field.response() == "1 /4"
    field.edit.clear()
    type_text(field.edit, "٣/٤")
    assert field.response() == "٣/٤"
    field.edit.clear()
    QTest.keyClicks(field.edit, "-0.75")
    assert field.response() == "-0.75"
    assert field.example.text() == "e.g. 3/4 or 0.75"


def test_summary_reflects_the_session_and_escape_finishes(ui):
    practice = start_practice(ui)
    plan = [True, False, True, True]
    for correct in plan:
        rendered = ui.services.practice.shown_rendering(practice.session_id)
        practice.answer_input.set_response(right_response(rendered) if correct else wrong_response(rendered))
        practice.check()
        ui.settle()
        practice.next_item()
        ui.settle()
    QTest.keyClick(practice, Qt.Key.Key_Escape)
    ui.settle()
    summary_page = ui.window.summary
    assert ui.window.stack.currentWidget() is summary_page
    summary = summary_page.summary
    assert summary.answered == 4 and summary.correct == 3
    assert summary_page.answered_label.text() == "4 questions answered"
    assert summary_page.correct_label.text() == "3 correct"
    assert [row[0] for row in summary_page.skill_rows] == [s.skill_id for s in summary.skills]
    for (_skill_id, before_bar, after_bar), skill in zip(summary_page.skill_rows, summary.skills, strict=True):
        assert before_bar.value() == round(skill.p_known_before * 100)
        assert after_bar.value() == round(skill.p_known_after * 100)
    summary_page.keep_going_button.click()
    ui.settle()
    assert ui.window.stack.currentWidget() is practice
    assert practice.session_id != summary.session_id


def test_choice_inputs_number_keys_and_responses(qtbot):
    single = ChoiceInput(["$\\frac{1}{2}$", "$\\frac{3}{4}$", "0.5"], multiple=False, point_size=16)
    qtbot.addWidget(single)
    assert single.is_empty()
    assert single.press_number(2) and single.response() == "1"
    assert single.press_number(3) and single.response() == "2"  # single choice: the new key replaces
    assert not single.press_number(4)  # no fourth choice
    assert single.buttons[0].text_view.image_count() == 1  # maths inside a choice is rendered
    several = ChoiceInput(["2", "3", "4", "5"], multiple=True, point_size=16)
    qtbot.addWidget(several)
    several.press_number(1)
    several.press_number(3)
    assert several.response() == "0,2"
    several.press_number(1)  # pressing again unticks
    assert several.response() == "2"
    several.set_locked(True)
    assert not several.press_number(2)


def test_wrong_choice_marks_the_right_button_and_keeps_the_question_in_view(ui) -> None:
    """At 1024x600 a wrong answer to a 3-choice item marks the right and the chosen button, and the
    question stays on screen (the answer is not repeated below the buttons)."""
    practice = start_practice(ui)
    answer_until(ui, practice, lambda item: item.type == "single_choice" and len(item.choices) >= 3, tries=80)
    assert practice.item.type == "single_choice"
    rendered = ui.services.practice.shown_rendering(practice.session_id)
    response = wrong_response(rendered)
    practice.answer_input.set_response(response)
    QTest.keyClick(practice, Qt.Key.Key_Return)
    ui.settle()
    QTest.qWait(20)
    buttons = practice.answer_input.buttons
    right = rendered.answer.correct[0]
    assert buttons[right].property("outcome") == "right"
    assert buttons[right].number_label.text() == "✓"
    assert buttons[int(response)].property("outcome") == "wrong"
    assert not practice.answer_view.isVisibleTo(practice)
    assert practice.scroll.verticalScrollBar().value() == 0, "the question scrolled out of view"
    # Number keys no longer change the answer once it is checked.
    assert not practice.answer_input.press_number(1)


def test_an_unreadable_expression_gets_an_example_or_a_word_about_letters(ui) -> None:
    from dataclasses import replace

    from app.services.dto import Feedback

    practice = start_practice(ui)
    practice.item = replace(practice.item, type="expression")

    def unreadable(reason: str) -> Feedback:
        return Feedback(status="unreadable", reason=reason, correct_answer="", solution="", event_id=None,
                        skill_id=practice.item.skill_id, p_known_before=0.5, p_known_after=0.5, mastered_now=False)

    practice._on_feedback(unreadable("not_an_expression"))
    assert "2x + 6 or 2(x + 3)" in practice.message.text()
    practice._on_feedback(unreadable("unknown_variable"))
    assert "only the letters from the question" in practice.message.text()
    assert practice.state == "answering"
