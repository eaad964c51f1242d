"""A learner's progress over time: a bar per week (answers, the right ones filled) and a line of the
skills mastered by the end of each week, on its own scale at the far side.

Drawn with QPainter (no chart library to bundle); ``paint_progress`` draws into any rectangle, so
the same chart goes on screen and, as an image, into the printed report. Right to left (Arabic)
time runs from the right, as the text does. The widget's accessible name says the numbers.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPainterPath, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from app.services.reports.dto import WeekProgress
from app.ui.locale_dates import short_day_and_month
from app.ui.locale_text import joined
from app.ui.reports import report_format as fmt

ALL_ANSWERS = QColor("#c7d9ea")
RIGHT_ANSWERS = QColor("#4f86b8")
MASTERED_LINE = QColor("#1d6b3a")
AXIS = QColor("#5a6b78")
TEXT = QColor("#1b2733")
CHART_POINTS = 12  # labels and legend: small, so the bars get the room


def _tr(source: str, n: int = -1) -> str:
    return QCoreApplication.translate("ProgressChart", source, None, n)


def _nice_top(value: int) -> int:
    """A round axis maximum at or above ``value``: 10, 20, 50, 100, 200, 500 …"""
    scale = 1
    while True:
        for step in (10, 20, 50):
            if step * scale >= value:
                return step * scale
        scale *= 10


def paint_progress(
    painter: QPainter, area: QRectF, weeks: Sequence[WeekProgress], skills: int, language: str, right_to_left: bool
) -> None:
    """Draw the chart of ``weeks`` into ``area``; ``skills`` is the pack's number of skills (line scale)."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    metrics = painter.fontMetrics()
    line = metrics.height()
    if not weeks:
        painter.setPen(TEXT)
        painter.drawText(area, int(Qt.AlignmentFlag.AlignCenter), _tr("No answers yet."))
        painter.restore()
        return
    top_answers = _nice_top(max(w.attempts for w in weeks))
    top_skills = max(skills, max(w.mastered_total for w in weeks), 1)
    left_label = metrics.horizontalAdvance(fmt.number(top_answers, language)) + 8
    right_label = metrics.horizontalAdvance(fmt.number(top_skills, language)) + 8
    if right_to_left:
        left_label, right_label = right_label, left_label
    plot = QRectF(
        area.left() + left_label, area.top() + line * 1.6, area.width() - left_label - right_label, area.height() - line * 3.2
    )
    if plot.width() <= 10 or plot.height() <= 10:
        painter.restore()
        return

    # Legend on top: the bars at the answers' side, the line at the skills' side.
    painter.setPen(TEXT)
    band = QRectF(area.left(), area.top(), area.width(), line * 1.4)
    start = Qt.AlignmentFlag.AlignRight if right_to_left else Qt.AlignmentFlag.AlignLeft
    end = Qt.AlignmentFlag.AlignLeft if right_to_left else Qt.AlignmentFlag.AlignRight
    painter.drawText(band, int(start | Qt.AlignmentFlag.AlignVCenter), "▮ " + _tr("answers a week (dark: right)"))
    painter.setPen(MASTERED_LINE)
    painter.drawText(band, int(end | Qt.AlignmentFlag.AlignVCenter), "● " + _tr("skills mastered"))

    count = len(weeks)
    slot = plot.width() / count
    bar = max(2.0, slot * 0.7)

    def x_of(index: int) -> float:
        position = index if not right_to_left else count - 1 - index
        return plot.left() + slot * (position + 0.5)

    # Axes and scales: answers on the reading-start side, skills on the far side.
    painter.setPen(QPen(AXIS, 1))
    painter.drawLine(plot.bottomLeft(), plot.bottomRight())
    answers_x = plot.left() - 4 if not right_to_left else plot.right() + 4
    skills_x = plot.right() + 4 if not right_to_left else plot.left() - 4
    for fraction in (0.0, 0.5, 1.0):
        y = plot.bottom() - plot.height() * fraction
        painter.setPen(QPen(QColor("#d9dee2"), 1, Qt.PenStyle.DashLine))
        painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
        painter.setPen(TEXT)
        answers_text = fmt.number(top_answers * fraction, language)
        skills_text = fmt.number(top_skills * fraction, language)
        for text, x, align_right in ((answers_text, answers_x, not right_to_left), (skills_text, skills_x, right_to_left)):
            width = metrics.horizontalAdvance(text)
            left = x - width if align_right else x
            painter.drawText(QRectF(left, y - line / 2, width, line), int(Qt.AlignmentFlag.AlignCenter), text)

    # Bars: all answers, with the right ones filled darker from the bottom.
    painter.setPen(Qt.PenStyle.NoPen)
    for i, week in enumerate(weeks):
        x = x_of(i) - bar / 2
        height = plot.height() * week.attempts / top_answers
        painter.setBrush(ALL_ANSWERS)
        painter.drawRect(QRectF(x, plot.bottom() - height, bar, height))
        right = plot.height() * week.correct / top_answers
        painter.setBrush(RIGHT_ANSWERS)
        painter.drawRect(QRectF(x, plot.bottom() - right, bar, right))

    # The line of skills mastered, with a dot per week.
    path = QPainterPath()
    for i, week in enumerate(weeks):
        point = QPointF(x_of(i), plot.bottom() - plot.height() * week.mastered_total / top_skills)
        if i == 0:
            path.moveTo(point)
        else:
            path.lineTo(point)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.setPen(QPen(MASTERED_LINE, 3))
    painter.drawPath(path)
    painter.setBrush(MASTERED_LINE)
    for i, week in enumerate(weeks):
        painter.drawEllipse(QPointF(x_of(i), plot.bottom() - plot.height() * week.mastered_total / top_skills), 3, 3)

    # Dates under the first and last week, so the time axis has a scale.
    painter.setPen(TEXT)
    for i in {0, count - 1}:
        when = weeks[i].week_start
        text = short_day_and_month(when, language)
        width = metrics.horizontalAdvance(text) + 4
        left = min(max(x_of(i) - width / 2, area.left()), area.right() - width)
        painter.drawText(QRectF(left, plot.bottom() + 2, width, line), int(Qt.AlignmentFlag.AlignCenter), text)
    painter.restore()


def describe_progress(weeks: Sequence[WeekProgress], language: str) -> str:
    """The chart in words (its accessible name): weeks, answers and skills mastered at the end."""
    if not weeks:
        return _tr("No answers yet.")
    answers = sum(w.attempts for w in weeks)
    text = (
        _tr("%n week(s)", len(weeks))
        + ": "
        + joined((_tr("%n answer(s)", answers), _tr("%n skill(s) mastered by the end", weeks[-1].mastered_total)), language)
    )
    return fmt.counted(text, language)


class ProgressChart(QWidget):
    """The weekly progress chart of one learner."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.weeks: tuple[WeekProgress, ...] = ()
        self.skills = 1
        self.language = "en"
        self.setMinimumSize(260, 160)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def set_progress(self, weeks: Sequence[WeekProgress], skills: int, language: str) -> None:
        """Show ``weeks`` (``skills``: the pack's number of skills, the top of the line's scale)."""
        self.weeks = tuple(weeks)
        self.skills = max(1, skills)
        self.language = language
        self.setAccessibleName(describe_progress(self.weeks, language))
        self.update()

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return QSize(520, 260)

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        painter = QPainter(self)
        font = QFont(self.font())
        font.setPointSize(CHART_POINTS)
        painter.setFont(font)
        right_to_left = self.layoutDirection() == Qt.LayoutDirection.RightToLeft
        paint_progress(painter, QRectF(self.rect()).adjusted(4, 4, -4, -4), self.weeks, self.skills, self.language, right_to_left)
        painter.end()

    def image(self, width: int, height: int, point_size: int = 14) -> QImage:
        """The chart as a white-backed image (for a printed report)."""
        image = QImage(width, height, QImage.Format.Format_RGB32)
        image.fill(QColor("white"))
        painter = QPainter(image)
        font = QFont(self.font())
        font.setPointSize(point_size)
        painter.setFont(font)
        right_to_left = self.layoutDirection() == Qt.LayoutDirection.RightToLeft
        paint_progress(painter, QRectF(8, 8, width - 16, height - 16), self.weeks, self.skills, self.language, right_to_left)
        painter.end()
        return image
