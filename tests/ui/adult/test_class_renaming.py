"""Renaming a class and a group on the Classes screen; empty and taken names are refused with a sentence."""

from __future__ import annotations

from sqlalchemy import select

from app.storage.adult_models import LearnerClass, LearnerGroup
from tests.ui.adult.helpers import open_tab


def _hlc(ui, model: type, row_id: str) -> str:
    with ui.services.db.session() as s:
        return s.scalar(select(model.hlc).where(model.id == row_id))


def _rename(ui, dialog, name: str) -> None:
    dialog.name_edit.setText(name)
    dialog.save_button.click()
    ui.settle()
    ui.settle()


def test_a_teacher_renames_a_class_and_refused_names_keep_the_dialog_open(ui):
    amina = ui.services.learners.create("Amina", ui.services.learners.avatars()[0])
    grade = ui.services.classes.create("5B")
    ui.services.classes.create("5C")
    ui.services.classes.add_learner(grade.id, amina.id)
    page = open_tab(ui, "classes")
    assert page.class_list.currentItem().text() == "5B (1)"
    stamp = _hlc(ui, LearnerClass, grade.id)

    dialog = page.rename_class_button.click() or page.rename_dialog
    assert dialog.isVisible() and dialog.name_edit.text() == "5B"
    assert dialog.prompt.text() == "New name for the class 5B:"
    _rename(ui, dialog, "  ")
    assert dialog.isVisible() and dialog.problem.text() == "Please type a name."
    _rename(ui, dialog, "5c")
    assert dialog.isVisible() and dialog.problem.text() == "There is already a class with that name."
    assert ui.services.classes.get(grade.id).name == "5B" and _hlc(ui, LearnerClass, grade.id) == stamp

    _rename(ui, dialog, "Year 5 Blue")
    assert page.rename_dialog is None, "the dialog closed"
    assert ui.services.classes.get(grade.id).name == "Year 5 Blue"
    assert _hlc(ui, LearnerClass, grade.id) > stamp
    texts = [page.class_list.item(r).text() for r in range(page.class_list.count())]
    assert texts == ["5C (0)", "Year 5 Blue (1)"]
    assert page.class_list.currentItem().text() == "Year 5 Blue (1)", "the renamed class stays chosen"
    assert page.members_label.text() == "Learners in Year 5 Blue"
    assert ui.services.classes.get(grade.id).learner_ids == (amina.id,), "its learners stay"


def test_a_teacher_renames_a_group_and_cancel_changes_nothing(ui):
    grade = ui.services.classes.create("5B")
    readers = ui.services.classes.create_group(grade.id, "Readers")
    ui.services.classes.create_group(grade.id, "Writers")
    page = open_tab(ui, "classes")
    page.group_list.setCurrentRow(0)
    assert page.current_group().name == "Readers"
    stamp = _hlc(ui, LearnerGroup, readers.id)

    dialog = page.ask_rename_group()
    dialog.name_edit.setText("Poets")
    dialog.cancel_button.click()
    ui.settle()
    assert page.rename_dialog is None
    assert ui.services.classes.group(readers.id).name == "Readers" and _hlc(ui, LearnerGroup, readers.id) == stamp

    page.rename_group_button.click()
    dialog = page.rename_dialog
    assert dialog.name_edit.text() == "Readers"
    _rename(ui, dialog, "WRITERS")
    assert dialog.isVisible() and dialog.problem.text() == "This class already has a group with that name."
    _rename(ui, dialog, "Fast readers")
    assert page.rename_dialog is None, "the dialog closed"
    assert ui.services.classes.group(readers.id).name == "Fast readers"
    assert _hlc(ui, LearnerGroup, readers.id) > stamp
    assert page.in_group_label.text() == "Who is in Fast readers:"
    assert [page.group_list.item(r).text() for r in range(page.group_list.count())] == ["Fast readers (0)", "Writers (0)"]


def test_rename_buttons_wait_for_a_class_and_a_group(ui):
    page = open_tab(ui, "classes")
    assert not page.rename_class_button.isEnabled() and not page.rename_group_button.isEnabled()
    assert page.ask_rename_class() is None and page.ask_rename_group() is None
