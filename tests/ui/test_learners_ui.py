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
