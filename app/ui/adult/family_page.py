"""Family view (teacher mode): a parent picks a child and sees that child's week in plain words and a chart.

Works on one shared PC without any hub: the week comes from the answers stored on this computer
(``services.goals.week``). Earlier weeks are a button press away.
"""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.ui.adult.week_chart import WeekChart
from app.ui.adult.week_words import chart_description, day_bars, family_sentences, goal_sentences, week_range
from app.ui.worker import ServiceWorker

LEARNER_ROLE = Qt.ItemDataRole.UserRole


class FamilyPage(QWidget):
    """The children on this computer (left) and the chosen child's week (right)."""

    def __init__(self, worker: ServiceWorker, services: object, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._worker = worker
        self._services = services
        self._language = "en"
        self._learners: list[object] = []
        self.learner_id: str | None = None
        self.week: object | None = None
        self.week_start: date | None = None  # None: the current week

        self.children_label = QLabel()
        self.children_label.setObjectName("heading")
        self.children = QListWidget()
        self.children.currentItemChanged.connect(self._child_changed)
        left = QVBoxLayout()
        left.addWidget(self.children_label)
        left.addWidget(self.children, 1)

        self.title = QLabel()
        self.title.setObjectName("heading")
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.title.setWordWrap(True)
        self.earlier_button = QPushButton()
        self.earlier_button.clicked.connect(lambda: self._move_week(-1))
        self.later_button = QPushButton()
        self.later_button.clicked.connect(lambda: self._move_week(1))
        self.range_label = QLabel()
        self.range_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        week_row = QHBoxLayout()
        week_row.addWidget(self.earlier_button)
        week_row.addWidget(self.range_label, 1)
        week_row.addWidget(self.later_button)
        self.words = QLabel()
        self.words.setTextFormat(Qt.TextFormat.PlainText)  # names and skill titles are never rich text
        self.words.setWordWrap(True)
        self.chart = WeekChart()
        self.legend = QLabel()
        self.legend.setObjectName("note")
        self.legend.setWordWrap(True)
        right = QVBoxLayout()
        right.addWidget(self.title)
        right.addLayout(week_row)
        right.addWidget(self.words)
        right.addWidget(self.chart, 1)
        right.addWidget(self.legend)
        right.addStretch(0)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.setSpacing(16)
        layout.addLayout(left, 1)
        layout.addLayout(right, 3)
        self.retranslate()

    def retranslate(self) -> None:
        """Set every visible string in the current UI language."""
        self.children_label.setText(self.tr("Children"))
        self.children.setAccessibleName(self.tr("Children on this computer"))
        self.earlier_button.setText(self.tr("Earlier week"))
        self.earlier_button.setAccessibleName(self.tr("Show the week before"))
        self.later_button.setText(self.tr("Later week"))
        self.later_button.setAccessibleName(self.tr("Show the week after"))
        self.legend.setText(self.tr("Each bar is one day: its height is the questions answered, the green part the right answers."))
        self._show_week()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- data --------------------------------------------------------------------------------------

    def open(self, language: str) -> None:
        """Show the screen in ``language``: reload the children, this week."""
        self._language = language
        self.week_start = None
        self._worker.run(self._services.learners.list, self._show_children)

    def show_child(self, learner_id: str) -> None:
        """Select a child (as a click in the list does)."""
        for row in range(self.children.count()):
            if self.children.item(row).data(LEARNER_ROLE) == learner_id:
                self.children.setCurrentRow(row)
                return

    def _show_children(self, learners: list[object]) -> None:
        self._learners = list(learners)
        wanted = self.learner_id
        self.children.blockSignals(True)
        self.children.clear()
        for learner in self._learners:
            item = QListWidgetItem(learner.display_name)
            item.setData(LEARNER_ROLE, learner.id)
            self.children.addItem(item)
        self.children.blockSignals(False)
        ids = [learner.id for learner in self._learners]
        if not ids:
            self.learner_id, self.week = None, None
            self._show_week()
            return
        self.children.setCurrentRow(ids.index(wanted) if wanted in ids else 0)

    def _child_changed(self, current: QListWidgetItem | None, _previous: QListWidgetItem | None) -> None:
        if current is None:
            return
        self.learner_id = current.data(LEARNER_ROLE)
        self._load_week()

    def _move_week(self, step: int) -> None:
        if self.week is None:
            return
        start = self.week.week_start + timedelta(weeks=step)
        current = date.today() - timedelta(days=date.today().weekday())
        self.week_start = None if start >= current else start
        self._load_week()

    def _load_week(self) -> None:
        if self.learner_id is None:
            return
        goals, learner_id, week_start = self._services.goals, self.learner_id, self.week_start
        self._worker.run(lambda: goals.week(learner_id, week_start), self._on_week, self._on_error)

    def _on_week(self, week: object) -> None:
        if week.learner_id != self.learner_id:
            return  # another child was chosen meanwhile
        self.week = week
        self._show_week()

    def _on_error(self, _error: Exception) -> None:
        self.week = None
        self.words.setText(self.tr("This child's week could not be shown. Please try again."))

    def _name(self) -> str:
        return next((c.display_name for c in self._learners if c.id == self.learner_id), "")

    def _show_week(self) -> None:
        week = self.week
        has_week = week is not None
        self.earlier_button.setEnabled(has_week)
        self.later_button.setEnabled(has_week and self.week_start is not None)
        practised = has_week and week.answered > 0
        self.chart.setVisible(practised)
        self.legend.setVisible(practised)
        if not has_week:
            self.title.setText(self.tr("Nobody is learning on this computer yet.") if not self._learners else "")
            self.range_label.setText("")
            self.words.setText("")
            return
        self.title.setText(self.tr("%1's week").replace("%1", self._name()))
        self.range_label.setText(week_range(week, self._language))
        sentences = family_sentences(self._name(), week, self._language) + goal_sentences(self._name(), week, self._language)
        self.words.setText("\n".join(sentences))
        self.chart.set_days(day_bars(week, self._language), chart_description(week, self._language), self._language)
