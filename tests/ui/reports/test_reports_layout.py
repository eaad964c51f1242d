"""Every report fits a 1024×600 screen, in English and in Arabic (right to left)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QWidget

from tests.ui.reports.reports_helpers import open_reports


def _rect_in_window(widget: QWidget, window: QWidget) -> QRect:
    return QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())


def _assert_inside(widgets: list[QWidget], window: QWidget) -> None:
    area = window.rect()
    for widget in widgets:
        assert widget.isVisible(), widget.objectName() or type(widget).__name__
        assert area.contains(_rect_in_window(widget, window)), f"{widget.accessibleName() or widget} is cut off"


@pytest.mark.parametrize("language", ["en", "ar"])
def test_each_report_fits_1024_by_600(ui, language):
    window = ui.window
    window.default_language = language  # teacher mode speaks the computer's language
    assert window.size().width() == 1024 and window.size().height() == 600
    page = open_reports(ui)
    teacher = window.teacher
    _assert_inside([teacher.leave_button, page.scope, page.pack, page.csv_button, page.pdf_button], window)
    # The teacher tabs and the way out share one row without overlapping.
    bar = teacher.tabs.tabBar()
    last_tab = bar.tabRect(bar.count() - 1)
    tabs_span = QRect(bar.mapTo(window, last_tab.topLeft()), last_tab.size())
    leave = _rect_in_window(teacher.leave_button, window)
    assert not tabs_span.intersects(leave)

    heatmap = page.heatmap
    table = heatmap.table
    # The whole class fits across: no sideways scrolling to find a learner.
    assert table.horizontalScrollBar().maximum() == 0
    visible_rows = table.viewport().height() // table.rowHeight(0)
    assert visible_rows >= 8, f"only {visible_rows} skills visible"
    _assert_inside([heatmap.learner_sort, heatmap.skill_sort, heatmap.detail], window)
    sorts = _rect_in_window(heatmap.sorts, window)
    assert not sorts.intersects(_rect_in_window(table.viewport(), window)), "the sort choices cover squares"
    first, last = table.columnViewportPosition(0), table.columnViewportPosition(heatmap.model.columnCount() - 1)
    skills_side = _rect_in_window(table.verticalHeader(), window).center().x()
    if language == "ar":
        assert page.layoutDirection() == Qt.LayoutDirection.RightToLeft
        # Right to left, the first learner stands at the right, beside the skill titles.
        assert _rect_in_window(table.viewport(), window).left() < skills_side
        assert first > last
        assert _rect_in_window(page.scope, window).left() > _rect_in_window(page.csv_button, window).left()
    else:
        assert _rect_in_window(table.viewport(), window).left() > skills_side
        assert first < last
    for legend in heatmap.legend_labels.values():
        _assert_inside([legend], window)

    for tab in (1, 2, 3):
        page.tabs.setCurrentIndex(tab)
        ui.settle()
        view = page.current_view()
        assert view.report is not None
        _assert_inside([view], window)
    page.tabs.setCurrentIndex(1)
    ui.settle()
    learner = page.learner
    _assert_inside([learner.learner, learner.chart, learner.forgetting, learner.blocked], window)
    assert learner.chart.height() >= 200, "the chart is big enough to read"
