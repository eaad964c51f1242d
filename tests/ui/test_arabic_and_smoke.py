"""Arabic mirrors the whole window and translates it; the end-to-end smoke test passes."""

from __future__ import annotations

import shutil

from PySide6.QtCore import Qt

from app.ui.smoke import run_smoke_test
from tests.ui.conftest import make_learner


def test_arabic_translation_loads_and_mirrors_the_window(ui, qapp):
    assert ui.languages.apply("ar") is True
    assert qapp.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert ui.window.layoutDirection() == Qt.LayoutDirection.RightToLeft
    picker = ui.window.picker
    assert picker.add_button.text() == "إضافة متعلّم"
    assert picker.title.text() == "من سيتعلّم اليوم؟"
    assert ui.window.windowTitle() == "سبيل"
    assert ui.languages.apply("fr") is True
    assert picker.add_button.text() == "Ajouter un élève"
    assert qapp.layoutDirection() == Qt.LayoutDirection.LeftToRight


def test_an_arabic_learner_gets_an_arabic_right_to_left_home(ui, qapp):
    make_learner(ui, "مريم", language="ar")
    button = next(b for b in ui.window.picker.learner_buttons if b.text() == "مريم")
    button.click()
    ui.settle()
    home = ui.window.home
    assert qapp.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert home.greeting.text() == "مرحبًا يا مريم!"
    assert home.continue_button.text() == "تابِع"
    for card in home.cards:
        assert card.reason_label.text().startswith("لماذا هذا؟")
    ui.window.home.switch_button.click()
    ui.settle()
    assert qapp.layoutDirection() == Qt.LayoutDirection.LeftToRight  # back to the computer's language


def test_smoke_test_passes(template_data_dir, tmp_path, capsys):
    data_dir = tmp_path / "smoke"
    shutil.copytree(template_data_dir, data_dir)
    assert run_smoke_test(data_dir) == 0
    assert "smoke OK" in capsys.readouterr().out
