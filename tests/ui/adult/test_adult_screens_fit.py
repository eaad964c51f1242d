"""Every adult screen fits a 1024×600 window and turns right to left in Arabic."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QAbstractScrollArea, QLabel, QWidget

from app.services.adult_dto import PlanTarget
from tests.ui.adult.helpers import MATHS, open_tab

TABS = ("classes", "plans", "family", "privacy")


def _scrolls(widget: QWidget) -> bool:
    """True inside a scroll area (the learner or teacher can scroll to it)."""
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QAbstractScrollArea):
            return True
        parent = parent.parentWidget()
    return False


@pytest.mark.parametrize("language", ["en", "ar"])
def test_each_adult_tab_fits_and_follows_the_language_direction(ui, language):
    avatar = ui.services.learners.avatars()[0]
    for name in ("Amina", "Omar"):
        ui.services.learners.create(name, avatar)
    ui.window.default_language = language
    page = open_tab(ui, "classes")
    teacher = ui.window.teacher
    titles = [teacher.tabs.tabText(teacher.tabs.indexOf(getattr(teacher, tab))) for tab in TABS]
    if language == "en":
        assert titles == ["Classes", "Plans", "Family view", "Privacy"]
    for tab in TABS:
        page = getattr(teacher, tab)
        teacher.show_page(page)
        ui.settle()
        ui.settle()
        assert ui.window.size().width() == 1024 and ui.window.size().height() == 600
        assert page.minimumSizeHint().height() <= page.height(), f"{tab} is squeezed at 1024×600"
        assert page.minimumSizeHint().width() <= page.width(), f"{tab} is too wide for 1024×600"
        expected = Qt.LayoutDirection.RightToLeft if language == "ar" else Qt.LayoutDirection.LeftToRight
        assert page.layoutDirection() == expected
        # Every visible button and label lies inside the window.
        for widget in page.findChildren(QAbstractButton) + page.findChildren(QLabel):
            if widget.isVisibleTo(page) and not _scrolls(widget):
                corner = widget.mapTo(ui.window, widget.rect().bottomRight())
                assert corner.x() <= 1024 and corner.y() <= 600, f"{tab}: {widget.text()!r} is off screen"



def test_switching_language_redraws_the_adult_screens_without_asking_the_database_again(ui):
    learner = ui.services.learners.create("Amina", ui.services.learners.avatars()[0])
    ui.services.plans.create("Counting", MATHS, [PlanTarget("skill", "count-to-100")], "learner", learner.id)
    open_tab(ui, "classes")
    teacher = ui.window.teacher
    for tab in TABS:
        teacher.show_page(getattr(teacher, tab))
        ui.settle()
        ui.settle()
    assert teacher.plans.progress, "the plan's progress was loaded"
    # A language switch only redraws words: the database worker may already be gone (a window
    # left behind at exit) and the data has not changed.
    for language in ("ar", "en"):
        ui.languages.apply(language)
        assert ui.worker.pending() == 0
