"""Practice page: "Why this?" for the item on screen, and the learner's choice of next steps."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from app.content_packs.answer_oracle import right_response
from app.ui.reasons import reason_text
from tests.ui.conftest import open_home, start_practice


def _answer_right(ui, practice) -> None:
    practice.answer_input.set_response(
        right_response(ui.services.practice.shown_rendering(practice.session_id))
    )
    practice.check()
    ui.settle()
    assert practice.state == "feedback"


def _answer_until_alternatives(ui, practice, wanted: int = 2) -> None:
    for _ in range(30):
        _answer_right(ui, practice)
        if len([b for b in practice.next_steps.buttons if b.isVisibleTo(practice)]) >= wanted:
            return
        practice.next_item()
        ui.settle()
    raise AssertionError(f"never offered {wanted} alternatives")


def test_why_this_explains_the_item_on_screen(ui):
    practice = start_practice(ui)
    item = practice.item
    expected = reason_text(item.reason, item.reason_args, lambda _s: None)
    assert practice.why_label.text() == f"Why this? {expected}"
    assert practice.why_label.isVisibleTo(practice) and expected
    assert practice.why_label.accessibleName() == practice.why_label.text()


def test_alternatives_appear_only_after_feedback_and_start_that_skill(ui):
    practice = start_practice(ui)
    assert not practice.next_steps.isVisibleTo(practice)
    _answer_until_alternatives(ui, practice)
    suggestions = ui.services.practice.session_suggestions(practice.session_id, 3)
    offered = [step.skill_id for step in practice.next_steps.steps]
    assert offered == [s.skill_id for s in suggestions[1:3]]
    assert not practice.hint_button.isVisibleTo(practice)  # the alternatives take its place
    first = practice.next_steps.buttons[0]
    assert first.accessibleName().startswith("Practise ") and first.accessibleDescription().startswith(
        "Why this? "
    )

    first.click()
    ui.settle()
    assert practice.state == "answering"
    assert practice.item.skill_id == offered[0]
    assert not practice.next_steps.isVisibleTo(practice)
    assert practice.hint_button.isVisibleTo(practice)


def test_alternatives_are_reachable_by_keyboard(ui):
    practice = start_practice(ui)
    _answer_until_alternatives(ui, practice)
    second_skill = practice.next_steps.steps[1].skill_id
    button = practice.next_steps.buttons[1]
    assert button.focusPolicy() & Qt.FocusPolicy.TabFocus
    button.setFocus()  # where Tab brings it from Next
    assert practice.next_steps.focused_index() == 1
    QTest.keyClick(button, Qt.Key.Key_Return)  # Enter presses the focused alternative, not Next
    ui.settle()
    assert practice.state == "answering" and practice.item.skill_id == second_skill


def test_enter_on_next_still_follows_the_engine(ui):
    practice = start_practice(ui)
    _answer_until_alternatives(ui, practice, wanted=1)
    assert practice.next_button.hasFocus()
    QTest.keyClick(practice.next_button, Qt.Key.Key_Return)
    ui.settle()
    assert practice.state == "answering"


def test_arabic_next_steps_are_translated_and_fit_1024x600(ui):
    open_home(ui)
    ui.languages.apply("ar")  # the UI in Arabic (right to left)
    ui.window.home.continue_button.click()
    ui.settle()
    practice = ui.window.practice
    _answer_until_alternatives(ui, practice)
    assert practice.next_steps.label.text() == "أو تدرّب على:"
    assert practice.why_label.text().startswith("لماذا هذا؟")
    width = ui.window.width()
    for widget in [*practice.next_steps.buttons, practice.next_steps.label, practice.next_button]:
        left = widget.mapTo(ui.window, widget.rect().topLeft()).x()
        assert 0 <= left and left + widget.width() <= width, widget
