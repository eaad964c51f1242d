"""Creating, validating and deleting learners through the dialog and the picker."""

from __future__ import annotations

from app.ui.validation_messages import validation_message


def test_create_learner_through_dialog_appears_on_picker(ui):
    dialog = ui.window.add_learner()
    dialog.name_edit.setText("Yusuf")
    dialog.select_avatar(ui.services.learners.avatars()[1])
    dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("fr"))
    dialog.save_button.click()
    ui.settle()
    learners = ui.services.learners.list()
    assert [p.display_name for p in learners] == ["Yusuf"]
    assert learners[0].language == "fr"
    assert learners[0].avatar == ui.services.learners.avatars()[1]
    assert [b.text() for b in ui.window.picker.learner_buttons] == ["Yusuf"]
    assert dialog.saved_profile is not None and dialog.saved_profile.display_name == "Yusuf"


def test_empty_name_is_rejected_with_a_message_and_nothing_created(ui):
    dialog = ui.window.add_learner()
    dialog.name_edit.setText("   ")
    dialog.save_button.click()
    ui.settle()
    assert dialog.isVisible()
    assert dialog.error_label.isVisibleTo(dialog)
    assert dialog.error_label.text() == validation_message("empty_name") == "Please type a name."
    assert ui.services.learners.list() == []
    dialog.reject()


def test_pin_typed_twice_must_match(ui):
    dialog = ui.window.add_learner()
    dialog.name_edit.setText("Lea")
    dialog.pin_edit.setText("1234")
    dialog.pin_confirm_edit.setText("1243")
    dialog.save_button.click()
    ui.settle()
    assert dialog.error_label.text() == validation_message("pin_mismatch")
    assert ui.services.learners.list() == []
    dialog.pin_confirm_edit.setText("1234")
    dialog.save_button.click()
    ui.settle()
    (created,) = ui.services.learners.list()
    assert created.has_pin


def test_delete_asks_then_removes(ui, monkeypatch):
    from tests.ui.conftest import make_learner

    make_learner(ui, "Sam")
    picker = ui.window.picker
    picker.manage_button.click()
    assert picker.manage_panel.isVisible()
    answers = iter([False, True])
    asked: list[str] = []

    def confirm(name: str) -> bool:
        asked.append(name)
        return next(answers)

    monkeypatch.setattr(picker, "confirm_delete", confirm)
    picker.delete_button.click()
    ui.settle()
    assert [p.display_name for p in ui.services.learners.list()] == ["Sam"]
    picker.delete_button.click()
    ui.settle()
    assert asked == ["Sam", "Sam"]
    assert ui.services.learners.list() == []
    assert picker.learner_buttons == []


LAB = (
    "Amira Bilal Chaima Dina Elias Farah Ghada Hamza Ines Jad Karim Lina Malik Nour Omar "
    "Rania Sami Tala Yara Zaid Adam Salma Youssef Hiba Rayan Maya Ilyas Aya Nizar Leila"
).split()


def test_a_lab_of_thirty_scrolls_instead_of_squeezing_and_a_letter_finds_a_name(ui, qtbot):
    from PySide6.QtCore import Qt

    avatars = ui.services.learners.avatars()
    for number, name in enumerate(LAB):
        ui.services.learners.create(name, avatars[number % len(avatars)])
    ui.window.refresh_learners()
    ui.settle()
    picker = ui.window.picker
    assert len(picker.learner_buttons) == 30
    for button in picker.learner_buttons:
        # Picture and name fit: the grid scrolls rather than squashing buttons below their size hint.
        assert button.height() >= button.sizeHint().height() >= 120

    qtbot.keyClick(picker, Qt.Key.Key_Y)
    assert picker.focusWidget().text() == "Yara"
    qtbot.keyClick(picker, Qt.Key.Key_Y)
    assert picker.focusWidget().text() == "Youssef"
    target = picker.focusWidget()
    viewport = picker._scroll.viewport()  # noqa: SLF001 - the visible part of the scroll area
    top_left = target.mapTo(viewport, target.rect().topLeft())
    assert 0 <= top_left.y() and top_left.y() + target.height() <= viewport.height(), "Youssef scrolled into view"

    qtbot.keyClick(picker, Qt.Key.Key_Return)
    ui.settle()
    assert ui.window.stack.currentWidget() is ui.window.home
