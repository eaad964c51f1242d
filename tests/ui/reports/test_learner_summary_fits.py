"""The learner report's summary and state counts wrap inside their labels in every language: right to
left, QPainter.drawText put each wrapped Arabic line one space further left than its width allows, and a
line that nearly filled the label lost its last word's edge ("منذ ٣" showed without the ٣). And a line
with a percentage is no taller than another, so list rows measured for it show all of it."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QFont, QTextLayout
from PySide6.QtWidgets import QApplication

from app.ui.reports import report_format as fmt
from tests.ui.reports.reports_helpers import open_reports
from tests.ui.wrapped_lines import assert_lines_drawn_within

LEARNER_TAB = 1
LEARNERS_LOOKED_AT = 8  # the demo class's first names give both near-full and shorter first lines


@pytest.mark.parametrize("language", ["ar", "en", "fr", "es"])
def test_the_summary_lines_are_drawn_inside_their_labels(ui, language) -> None:
    ui.window.default_language = language  # teacher mode speaks the computer's language
    ui.languages.apply(language)
    view = open_reports(ui, LEARNER_TAB).current_view()
    for index in range(min(LEARNERS_LOOKED_AT, view.learner.count())):
        view.choose(view.learner.itemData(index))
        view.load(view.pack_id, view.learner_ids, view.language)
        ui.settle()
        QApplication.processEvents()
        for label in (view.summary, view.states):
            assert label.isRightToLeft() == (language == "ar")
            assert_lines_drawn_within(label)


def _line_height(text: str, font: QFont) -> float:
    layout = QTextLayout(text, font)
    layout.beginLayout()
    line = layout.createLine()
    layout.endLayout()
    return line.height()


@pytest.mark.parametrize("language", ["ar", "en", "fr", "es"])
def test_a_percentage_makes_a_report_line_no_taller(qapp, language) -> None:
    """Arabic's percent sign came with an Arabic letter mark that common fonts lack: the fallback font
    drawing it made a line with a percentage taller than the list rows measured, and the report's
    "Being forgotten" rows were cut with "…" after one line."""
    font = QFont(qapp.font())
    font.setPointSize(16)
    words = "التذكّر" if language == "ar" else "recall"
    assert _line_height(f"{words} {fmt.percent(0.59, language)}", font) <= _line_height(f"{words} {fmt.number(59, language)}", font)
