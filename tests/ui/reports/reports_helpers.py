"""Open the Reports tab the way a teacher does: the adult button, the password, the tab."""

from __future__ import annotations

from app.ui.reports.reports_page import ReportsPage
from tests.ui.packs_helpers import open_teacher_mode


def open_reports(ui: object, tab: int = 0) -> ReportsPage:
    """Enter teacher mode, press the Reports tab and the report tab ``tab``; wait for the report."""
    open_teacher_mode(ui)
    teacher = ui.window.teacher
    teacher.tabs.setCurrentIndex(teacher.tabs.indexOf(teacher.reports))
    ui.settle()
    page = teacher.reports
    page.tabs.setCurrentIndex(tab)
    ui.settle()
    assert page.current_view().report is not None, page.status.text()
    return page
