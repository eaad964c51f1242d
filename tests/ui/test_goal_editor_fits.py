"""Opening the goal editor on Home keeps Home's layout still, in every language at 1024×600.

The Spanish editor ("Para el 21 de diciembre de 2026" beside the skill list) was wider than the goal
card's column and, the moment it opened, pushed that column wider and Home's left column (Continue, the
suggestions) about 45 px narrower. Now the date goes under the skill list when the two do not fit side by side.
"""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QApplication, QWidget

from tests.ui.conftest import make_learner


def _geometry(widget: QWidget, window: QWidget) -> QRect:
    return QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())


@pytest.mark.parametrize("language", ["en", "ar", "fr", "es"])
def test_the_goal_editor_opens_without_moving_home_s_columns(ui, language) -> None:
    profile = make_learner(ui, "Amira", language=language)
    next(b for b in ui.window.picker.learner_buttons if b.text() == "Amira").click()
    ui.settle()
    QApplication.processEvents()
    window, home = ui.window, ui.window.home
    assert window.width() == 1024 and window.height() == 600
    panel = home.goals_panel
    assert panel.isVisible()
    before = (_geometry(home.continue_button, window), _geometry(panel, window).x(), panel.width())

    def assert_editor_fits(what: str) -> None:
        QApplication.processEvents()
        assert panel.editor.isVisible()
        after = (_geometry(home.continue_button, window), _geometry(panel, window).x(), panel.width())
        assert after == before, f"{what}: Home's columns moved ({before} → {after})"
        card = _geometry(panel, window)
        for field in (panel.text_edit, panel.skill_choice, panel.due_check, panel.due_date, panel.save_button):
            if field.isVisible():
                assert card.contains(_geometry(field, window)), f"{what}: {field.accessibleName()!r} is cut"
        panel.stop_editing()
        QApplication.processEvents()

    panel.start_editing()
    assert_editor_fits("a new goal")
    # A goal with a date far enough ahead to be written with its year ("21 de diciembre de 2027").
    ui.services.goals.set_goal(profile.id, "Sumar números grandes", None, [], date.today() + timedelta(days=400))
    panel.refresh()
    ui.settle()
    panel.start_changing()
    assert panel.due_check.isChecked()
    assert_editor_fits("changing the goal")
