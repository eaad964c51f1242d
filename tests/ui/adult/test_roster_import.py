"""Importing a class list: a preview of every row with its problems, nothing imported until it is clean."""

from __future__ import annotations

from pathlib import Path

from tests.ui.adult.helpers import open_tab

BROKEN = (
    "name,class,pin\n"
    "Amina Haddad,5B,1234\n"
    "Omar Kaci,,\n"  # no class
    "Lucía Pérez,5B,12\n"  # PIN too short
    "Amina Haddad,5B,\n"  # listed twice in 5B
    "Yusuf Ali,5C,\n"
)
FIXED = "name,class,pin\nAmina Haddad,5B,1234\nOmar Kaci,5B,\nLucía Pérez,5B,123456\nYusuf Ali,5C,\n"


def _write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def _cells(dialog: object, row: int) -> list[str]:
    return [dialog.table.item(row, column).text() for column in range(dialog.table.columnCount())]


def test_the_preview_shows_each_rows_problem_and_imports_nothing_until_fixed(ui, tmp_path):
    page = open_tab(ui, "classes")
    dialog = page.open_import()
    dialog.load_file(_write(tmp_path, "class-5b.csv", BROKEN))
    ui.settle()

    assert dialog.table.rowCount() == 5
    assert _cells(dialog, 0) == ["2", "Amina Haddad", "5B", "yes", "New learner"]
    assert _cells(dialog, 1)[4] == "⚠ The class is missing."
    assert _cells(dialog, 2)[4] == "⚠ The PIN must be 4 to 8 digits."
    assert _cells(dialog, 3)[4] == "⚠ This learner is listed twice in this class."
    assert _cells(dialog, 4)[4] == "New learner"
    assert "have problems" in dialog.summary.text()
    assert not dialog.import_button.isEnabled()
    dialog.import_now()  # refused without a clean preview
    ui.settle()
    assert ui.services.learners.list() == []

    dialog.load_file(_write(tmp_path, "class-5b-fixed.csv", FIXED))
    ui.settle()
    assert dialog.import_button.isEnabled()
    assert dialog.summary.text().startswith("4 new learner")
    assert "New classes: 5B, 5C" in dialog.summary.text()
    dialog.import_button.click()
    ui.settle()
    ui.settle()

    assert len(dialog.result.learner_ids) == 4
    names = {p.display_name: p for p in ui.services.learners.list()}
    assert set(names) == {"Amina Haddad", "Omar Kaci", "Lucía Pérez", "Yusuf Ali"}
    assert ui.services.learners.verify_pin(names["Amina Haddad"].id, "1234").ok
    # The classes screen was refreshed from the import.
    assert [page.class_list.item(r).text() for r in range(page.class_list.count())] == ["5B (3)", "5C (1)"]

    # The same file again adds nobody: every row is already in its class.
    dialog.load_file(tmp_path / "class-5b-fixed.csv")
    ui.settle()
    assert {_cells(dialog, r)[4] for r in range(4)} == {"Already in this class: skipped"}
    assert not dialog.import_button.isEnabled()
    dialog.close()


def test_a_file_that_is_not_text_says_how_to_save_it(ui, tmp_path):
    page = open_tab(ui, "classes")
    dialog = page.open_import()
    path = tmp_path / "roster.csv"
    path.write_bytes("name,class\nZoé,5B\n".encode("latin-1"))
    dialog.load_file(path)
    ui.settle()
    assert dialog.table.rowCount() == 0
    assert "CSV UTF-8" in dialog.summary.text()
    assert not dialog.import_button.isEnabled()
    dialog.close()


def test_classes_and_groups_are_made_and_filled_on_the_screen(ui):
    profiles = [
        ui.services.learners.create(name, ui.services.learners.avatars()[0]) for name in ("Amina", "Omar", "Salma")
    ]
    page = open_tab(ui, "classes")
    page.class_name.setText("4A")
    page.add_class_button.click()
    ui.settle()
    assert page.current_class().name == "4A"
    for _ in profiles[:2]:
        page.learner_choice.setCurrentIndex(0)
        page.add_member_button.click()
        ui.settle()
    assert [page.member_list.item(r).text() for r in range(page.member_list.count())] == ["Amina", "Omar"]
    assert [page.learner_choice.itemText(i) for i in range(page.learner_choice.count())] == ["Salma"]

    page.group_name.setText("Readers")
    page.add_group_button.click()
    ui.settle()
    assert page.current_group().name == "Readers"
    page.set_in_group(profiles[1].id, True)
    ui.settle()
    stored = ui.services.classes.list()[0]
    assert stored.groups[0].learner_ids == (profiles[1].id,)

    # A second class with the same name is refused with a sentence, and nothing changes.
    page.class_name.setText("4a")
    page.add_class_button.click()
    ui.settle()
    assert page.status.text() == "There is already a class with that name."
    assert len(ui.services.classes.list()) == 1


def test_removing_a_class_or_a_group_asks_first_and_keeps_the_learners(ui):
    amina = ui.services.learners.create("Amina", ui.services.learners.avatars()[0])
    form = ui.services.classes.create("4A")
    ui.services.classes.add_learner(form.id, amina.id)
    ui.services.classes.create_group(form.id, "Readers")
    page = open_tab(ui, "classes")
    confirm = page.confirm

    page.delete_group_button.click()
    assert confirm.isVisible() and confirm.text.text() == "Remove the group Readers? Its learners stay in the class."
    confirm.keep_button.click()
    ui.settle()
    assert ui.services.classes.list()[0].groups, "Keep removes nothing"
    page.delete_group_button.click()
    confirm.confirm_button.click()
    ui.settle()
    ui.settle()
    assert ui.services.classes.list()[0].groups == ()

    page.delete_class_button.click()
    assert confirm.confirm_button.text() == "Remove 4A"
    confirm.confirm_button.click()
    ui.settle()
    ui.settle()
    assert ui.services.classes.list() == [] and page.class_list.count() == 0
    assert [p.display_name for p in ui.services.learners.list()] == ["Amina"]
