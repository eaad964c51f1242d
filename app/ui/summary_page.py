"""After practice: how many answered and right, the time, skills that grew (before → after), new masteries."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.ui.images import icon_pixmap
from app.ui.signals import emit
from app.ui.titles import localized
from app.ui.worker import ServiceWorker


def _percent(p: float) -> int:
    return max(0, min(100, round(p * 100)))


class SummaryPage(QWidget):
    """``keep_going_requested()`` starts another session; ``done_requested()`` goes home."""

    keep_going_requested = Signal()
    done_requested = Signal()
    loaded = Signal(object)  # SessionSummary

    def __init__(self, worker: ServiceWorker, services: object, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._worker = worker
        self._services = services
        self._language = "en"
        self.summary: object | None = None

        self.title = QLabel()
        self.title.setObjectName("heading")
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.answered_label = QLabel()
        self.correct_label = QLabel()
        self.time_label = QLabel()
        stats = QHBoxLayout()
        for label in (self.answered_label, self.correct_label, self.time_label):
            card = QFrame()
            card.setObjectName("card")
            card_layout = QVBoxLayout(card)
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            label.setWordWrap(True)
            card_layout.addWidget(label)
            stats.addWidget(card)

        self.mastered_icon = QLabel()
        self.mastered_icon.setPixmap(icon_pixmap("celebrate", 40))
        self.mastered_label = QLabel()
        self.mastered_label.setTextFormat(Qt.TextFormat.PlainText)  # names skills, whose titles come from packs
        self.mastered_label.setObjectName("heading")
        self.mastered_label.setWordWrap(True)
        self.mastered_row = QWidget()
        mastered_layout = QHBoxLayout(self.mastered_row)
        mastered_layout.setContentsMargins(0, 0, 0, 0)
        mastered_layout.addWidget(self.mastered_icon)
        mastered_layout.addWidget(self.mastered_label, 1)
        self.mastered_row.setVisible(False)

        self.skills_label = QLabel()
        self._skills_host = QWidget()
        self._skills_host.setObjectName("scrollBody")
        self._skills_grid = QGridLayout(self._skills_host)
        self._skills_grid.setContentsMargins(0, 0, 6, 0)
        self._skills_grid.setColumnStretch(0, 2)
        self._skills_grid.setColumnStretch(1, 3)
        self.skill_rows: list[tuple[str, QProgressBar, QProgressBar]] = []
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self._skills_host)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)

        self.keep_going_button = QPushButton()
        self.keep_going_button.setObjectName("primary")
        self.keep_going_button.clicked.connect(self.keep_going_requested)
        self.done_button = QPushButton()
        self.done_button.clicked.connect(self.done_requested)
        buttons = QHBoxLayout()
        buttons.addWidget(self.done_button)
        buttons.addStretch()
        buttons.addWidget(self.keep_going_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 10, 20, 10)
        layout.addWidget(self.title)
        layout.addLayout(stats)
        layout.addWidget(self.mastered_row)
        layout.addWidget(self.skills_label)
        layout.addWidget(scroll, 1)
        layout.addLayout(buttons)
        self.retranslate()

    def retranslate(self) -> None:
        """Set every visible string in the current UI language."""
        self.title.setText(self.tr("Here is what you did"))
        self.keep_going_button.setText(self.tr("Keep going"))
        self.keep_going_button.setAccessibleName(self.tr("Keep going: practise more"))
        self.done_button.setText(self.tr("Done"))
        self.done_button.setAccessibleName(self.tr("Done: back to my skills"))
        self.skills_label.setText(self.tr("Your skills before → after"))
        if self.summary is not None:
            self._show(self.summary)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def load(self, session_id: str, language: str) -> None:
        """Fetch and show the summary of ``session_id``."""
        self._language = language
        practice = self._services.practice
        self._worker.run(lambda: practice.summary(session_id), self._on_loaded)

    def _on_loaded(self, summary: object) -> None:
        self.summary = summary
        self._show(summary)
        self.keep_going_button.setFocus()
        emit(self.loaded, summary)

    def _show(self, summary: object) -> None:
        minutes, seconds = divmod(round(summary.duration_seconds), 60)
        self.answered_label.setText(self.tr("%n question(s) answered", "", summary.answered))
        self.correct_label.setText(self.tr("%n correct", "", summary.correct))
        self.time_label.setText(
            self.tr("Time: %1 min %2 s").replace("%1", str(minutes)).replace("%2", f"{seconds:02d}")
        )
        titles = {skill.skill_id: localized(skill.title, self._language) for skill in summary.skills}
        if summary.newly_mastered:
            names = "، ".join if self._language == "ar" else ", ".join
            self.mastered_label.setText(
                self.tr("New skill(s) mastered: %1", "", len(summary.newly_mastered)).replace(
                    "%1", names(titles.get(s, s) for s in summary.newly_mastered)
                )
            )
        self.mastered_row.setVisible(bool(summary.newly_mastered))
        self._fill_skills(summary, titles)

    def _fill_skills(self, summary: object, titles: dict[str, str]) -> None:
        while self._skills_grid.count():
            item = self._skills_grid.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        self.skill_rows = []
        for row, skill in enumerate(summary.skills):
            name = QLabel(titles[skill.skill_id])
            name.setTextFormat(Qt.TextFormat.PlainText)  # skill titles come from packs: never rich text
            name.setWordWrap(True)
            name.setMinimumWidth(180)
            before = QProgressBar()
            before.setObjectName("before")
            after = QProgressBar()
            for bar, value, label in (
                (before, skill.p_known_before, self.tr("before")),
                (after, skill.p_known_after, self.tr("after")),
            ):
                bar.setRange(0, 100)
                bar.setValue(_percent(value))
                bar.setFormat(f"{label} %p%")
                bar.setAccessibleName(f"{titles[skill.skill_id]}: {label} {_percent(value)}%")
            bars = QVBoxLayout()
            bars.setSpacing(2)
            bars.addWidget(before)
            bars.addWidget(after)
            counts = QLabel(
                self.tr("%1 of %2 right").replace("%1", str(skill.correct)).replace("%2", str(skill.attempts))
            )
            counts.setObjectName("note")
            self._skills_grid.addWidget(name, row, 0)
            self._skills_grid.addLayout(bars, row, 1)
            self._skills_grid.addWidget(counts, row, 2)
            self.skill_rows.append((skill.skill_id, before, after))
        self._skills_grid.setRowStretch(len(summary.skills), 1)
