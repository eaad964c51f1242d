"""The way into teacher mode: the adult button on the picker, the password gate, and the way back out."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from tests.ui.packs_helpers import TEACHER_PASSWORD, open_teacher_mode


def _press_teacher_button(ui) -> object:
    ui.window.picker.teacher_button.click()
    ui.settle()
    assert ui.window.stack.currentWidget() is ui.window.teacher_gate
    return ui.window.teacher_gate


def test_first_use_sets_the_adult_password_typed_twice(ui):
    assert ui.window.picker.teacher_button.text() == "For teachers and parents"
    gate = _press_teacher_button(ui)
    assert gate.setting_password and gate.repeat.isVisible()
    assert "not a child's PIN" in gate.hint.text()

    gate.password.setText("short")
    gate.repeat.setText("short")
    gate.open_button.click()
    ui.settle()
    assert gate.message.text() == "The password needs at least 6 characters."
    gate.password.setText(TEACHER_PASSWORD)
    gate.repeat.setText(TEACHER_PASSWORD + "x")
    gate.open_button.click()
    ui.settle()
    assert gate.message.text() == "The two passwords are not the same. Type them again."
    assert not ui.services.teacher.is_set()
    assert ui.window.stack.currentWidget() is gate

    gate.repeat.setText(TEACHER_PASSWORD)
    QTest.keyClick(gate.repeat, Qt.Key.Key_Return)  # Enter in the second field submits
    ui.settle()
    assert ui.services.teacher.check(TEACHER_PASSWORD)
    assert ui.window.stack.currentWidget() is ui.window.teacher
    assert ui.window.teacher.tabs.tabText(0) == "Content packs"


def test_the_gate_refuses_a_wrong_password_and_then_makes_guessers_wait(ui):
    ui.services.teacher.set_password(None, TEACHER_PASSWORD)
    gate = _press_teacher_button(ui)
    assert not gate.setting_password and not gate.repeat.isVisible()
    for attempt in range(3):
        gate.password.setText(f"guess number {attempt}")
        QTest.keyClick(gate.password, Qt.Key.Key_Return)
        ui.settle()
        assert ui.window.stack.currentWidget() is gate, "a wrong password must not open teacher mode"
        assert gate.password.text() == ""
    assert gate.waiting_seconds == 5
    assert gate.message.text() == "Too many tries. Wait 5 seconds."
    assert not gate.password.isEnabled() and not gate.open_button.isEnabled()
    # Even the right password does nothing while the wait runs.
    gate.password.setText(TEACHER_PASSWORD)
    gate.submit()
    ui.settle()
    assert ui.window.stack.currentWidget() is gate


def test_a_wrong_password_says_so(ui):
    ui.services.teacher.set_password(None, TEACHER_PASSWORD)
    gate = _press_teacher_button(ui)
    gate.password.setText("not the password")
    gate.open_button.click()
    ui.settle()
    assert gate.message.text() == "That is not the teacher password. Try again."
    gate.password.setText(TEACHER_PASSWORD)
    gate.open_button.click()
    ui.settle()
    assert ui.window.stack.currentWidget() is ui.window.teacher


def test_back_and_leave_return_to_the_picker_and_the_password_is_asked_again(ui):
    gate = _press_teacher_button(ui)
    gate.back_button.click()
    ui.settle()
    assert ui.window.stack.currentWidget() is ui.window.picker

    packs = open_teacher_mode(ui)
    assert packs.watcher.is_active()
    ui.window.teacher.leave_button.click()
    ui.settle()
    assert ui.window.stack.currentWidget() is ui.window.picker
    assert not packs.watcher.is_active(), "drives are not watched outside teacher mode"

    gate = _press_teacher_button(ui)
    assert not gate.setting_password and gate.password.text() == ""
    QTest.keyClick(gate, Qt.Key.Key_Escape)
    assert ui.window.stack.currentWidget() is ui.window.picker


def test_teacher_mode_in_arabic_reads_right_to_left(ui, qapp):
    ui.window.default_language = "ar"
    ui.window.show_picker()
    ui.settle()
    assert ui.window.picker.teacher_button.text() == "للمعلّمين والأهل"
    gate = _press_teacher_button(ui)
    assert qapp.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert gate.heading.text() == "للمعلّمين والأهل"
    gate.password.setText(TEACHER_PASSWORD)
    gate.repeat.setText(TEACHER_PASSWORD)
    gate.open_button.click()
    ui.settle()
    assert ui.window.teacher.leave_button.text() == "الخروج من وضع المعلّم"
    assert ui.window.teacher.packs.installed_column.heading.text() == "على هذا الحاسوب"
