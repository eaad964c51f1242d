"""A small bar chart of one week: a bar per day, its height the answers given, the right ones filled.

Drawn with QPainter (no chart library to bundle). The numbers are written on the bars and the
whole week is the widget's accessible name, so the chart never relies on colour or sight alone.
Right to left (Arabic) the week runs from the right, as the text does.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from app.ui.locale_text import whole_number

ALL_ANSWERS = QColor("#c7d9ea")
RIGHT_ANSWERS = QColor("#1d6b3a")
AXIS = QColor("#5a6b78")
TEXT = QColor("#1b2733")


@dataclass(frozen=True)
class DayBar:
    """One day of the chart: its short name, answers given and how many were right."""

    label: str
    answered: int
    correct: int


class WeekChart(QWidget):
    """Seven (or any number of) day bars; ``set_days`` replaces them and repaints."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.days: list[DayBar] = []
        self.language = "en"
        self.setMinimumHeight(120)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def set_days(self, days: Sequence[DayBar], description: str, language: str = "en") -> None:
        """Show ``days``; ``description`` says the same in words (the accessible name). The numbers on
        the bars are written in ``language``'s digits."""
        self.days = list(days)
        self.language = language
        self.setAccessibleName(description)
        self.setToolTip(description)
        self.update()

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return QSize(420, 160)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        if not self.days:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        metrics = QFontMetrics(self.font())
        line = metrics.height()
        area = QRectF(self.rect()).adjusted(4, line + 2, -4, -(line + 6))
        top = max(1, max(d.answered for d in self.days))
        slot = area.width() / len(self.days)
        bar_width = min(56.0, slot * 0.6)
        rtl = self.layoutDirection() == Qt.LayoutDirection.RightToLeft
        painter.setPen(QPen(AXIS, 2))
        painter.drawLine(area.bottomLeft(), area.bottomRight())
        for position, day in enumerate(self.days):
            column = len(self.days) - 1 - position if rtl else position
            centre = area.left() + slot * (column + 0.5)
            left = centre - bar_width / 2
            full = area.height() * day.answered / top
            right = area.height() * day.correct / top
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(ALL_ANSWERS)
            painter.drawRoundedRect(QRectF(left, area.bottom() - full, bar_width, full), 3, 3)
            painter.setBrush(RIGHT_ANSWERS)
            painter.drawRoundedRect(QRectF(left, area.bottom() - right, bar_width, right), 3, 3)
            painter.setPen(TEXT)
            if day.answered:
                number = QRectF(centre - slot / 2, area.bottom() - full - line - 2, slot, line)
                painter.drawText(number, Qt.AlignmentFlag.AlignCenter, whole_number(day.answered, self.language))
            label = QRectF(centre - slot / 2, area.bottom() + 4, slot, line + 2)
            painter.drawText(label, Qt.AlignmentFlag.AlignCenter, metrics.elidedText(day.label, Qt.TextElideMode.ElideRight, int(slot)))
        painter.end()
