"""The Packs screen's column headings read on one line at 1024×600 in every language: beside the long
"Faire confiance à une clé d’éditeur…" the French "Sur les clés USB" was squeezed into three lines of one or
two words; the button now goes under the heading when both do not fit on one line."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QApplication

from tests.ui.packs_helpers import open_teacher_mode


@pytest.mark.parametrize("language", ["en", "ar", "fr", "es"])
def test_each_column_heading_is_one_line_and_the_trust_button_is_whole(ui, language) -> None:
    ui.window.default_language = language  # teacher mode speaks the computer's language
    ui.languages.apply(language)
    page = open_teacher_mode(ui)
    QApplication.processEvents()
    window = ui.window
    for column in (page.installed_column, page.drive_column):
        heading = column.heading
        one_line = heading.fontMetrics().lineSpacing()
        assert heading.height() < 2 * one_line, f"{heading.text()!r} wraps onto several lines"
    button = page.trust_button
    column = page.drive_column
    inside = QRect(column.mapTo(window, QPoint(0, 0)), column.size())
    assert inside.contains(QRect(button.mapTo(window, QPoint(0, 0)), button.size())), "the trust button is cut"
    assert button.width() >= button.sizeHint().width(), "the trust button's words are squeezed"
