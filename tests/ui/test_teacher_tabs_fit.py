"""Teacher mode's tab row at 1024×600: every tab's whole title in view in every language, no scroll arrows.

French and Spanish titles ("Paquets de contenu", "Servidor de clase y sincronización") once pushed the last
tabs behind scroll arrows, where a teacher who did not know to press them never found the class hub.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QApplication

from tests.ui.packs_helpers import open_teacher_mode


@pytest.mark.parametrize("language", ["en", "ar", "fr", "es"])
def test_every_teacher_tab_is_in_view_with_its_whole_title(ui, language) -> None:
    ui.window.default_language = language  # teacher mode speaks the computer's language
    ui.languages.apply(language)
    open_teacher_mode(ui)
    QApplication.processEvents()
    window = ui.window
    assert window.width() == 1024 and window.height() == 600
    teacher = window.teacher
    bar = teacher.tabs.tabBar()
    leave = QRect(teacher.leave_button.mapTo(window, QPoint(0, 0)), teacher.leave_button.size())
    for index in range(bar.count()):
        title = bar.tabText(index)
        tab = bar.tabRect(index)
        assert bar.rect().contains(tab), f"the tab {title!r} is (partly) out of the row, behind scroll arrows"
        assert tab.width() >= bar.tabSizeHint(index).width(), f"the tab {title!r} is shortened with '…'"
        in_window = QRect(bar.mapTo(window, tab.topLeft()), tab.size())
        assert window.rect().contains(in_window), f"the tab {title!r} is cut at the window's edge"
        assert not in_window.intersects(leave), f"the tab {title!r} lies under 'Leave teacher mode'"
