"""After an answer, one optional compact row: "How sure were you? [I guessed] [Not sure] [Sure]",
placed beside the feedback's title.

The rating is stored with the answer it rates (``services.goals.rate_confidence``, keyed by the
attempt's event id) and teachers see it in reports. It is optional: Next works without it, and the
row is a single line so the question and the feedback still fit on a 1024×600 screen.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QWidget

from app.ui.signals import emit
from app.ui.worker import ServiceWorker

LEVELS = (1, 2, 3)  # 1 I guessed, 2 not sure, 3 sure (the service's scale)
# Smaller than the main buttons: this is a side question, and it must stay one short row.
COMPACT = (
    "QPushButton { padding: 2px 12px; min-height: 28px; border-radius: 14px; }"
    "QPushButton:checked { background: #1f5f99; color: #ffffff; border-color: #1f5f99; }"
)


class ConfidenceRow(QWidget):
    """``rated(level)`` once the rating is stored. ``ask(event_id)`` prepares it for a new answer."""

    rated = Signal(int)

    def __init__(
        self, worker: ServiceWorker, services: object, beside: QLabel | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._worker = worker
        self._services = services
        self._beside = beside  # the feedback's title, which shares the line and keeps priority
        self.event_id: str | None = None
        self.level: int | None = None
        self.question = QLabel()
        self.question.setObjectName("note")
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        self.buttons: list[QPushButton] = []
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(self.question)
        for level in LEVELS:
            button = QPushButton()
            button.setCheckable(True)
            button.setStyleSheet(COMPACT)
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # Enter keeps going to Next
            button.clicked.connect(lambda _checked=False, value=level: self.rate(value))
            self.group.addButton(button, level)
            self.buttons.append(button)
            layout.addWidget(button)
        self.thanks = QLabel()
        self.thanks.setObjectName("note")
        layout.addWidget(self.thanks)
        # No wider than its buttons: the spare room of the line belongs to the title beside it.
        self.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        self.retranslate()

    def retranslate(self) -> None:
        """Set every visible string in the current UI language."""
        self.question.setText(self.tr("How sure were you?"))
        texts = (self.tr("I guessed"), self.tr("Not sure"), self.tr("Sure"))
        for button, text in zip(self.buttons, texts, strict=True):
            button.setText(text)
            button.setAccessibleName(self.tr("How sure were you? %1").replace("%1", text))
        self.thanks.setText(self.tr("Thanks!") if self.level is not None else "")

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def ask(self, event_id: str | None) -> None:
        """Offer the question for the answer stored as ``event_id`` (hidden when nothing was stored)."""
        self.event_id = event_id
        self.level = None
        self.group.setExclusive(False)
        for button in self.buttons:
            button.setChecked(False)
            button.setEnabled(True)
        self.group.setExclusive(True)
        self.thanks.setText("")
        self.setVisible(event_id is not None)
        self.question.setVisible(True)
        # Measured once the feedback is shown and laid out at its real width.
        QTimer.singleShot(0, self._fit)

    def _fit(self) -> None:
        """Drop the written question when the title beside it needs the room (a long title like
        "Correct! You have mastered this skill!"); the buttons still say it to a screen reader."""
        line = self.parentWidget()
        if self._beside is None or line is None or not line.isVisible():
            return
        title = self._beside.fontMetrics().horizontalAdvance(self._beside.text())
        # The icon, the margins and the spacing of the line take about 90 px.
        room = line.width() - 90 - title
        self.question.setVisible(True)
        self.question.setVisible(self.sizeHint().width() <= room)
        self.setToolTip("" if self.question.isVisible() else self.question.text())

    def rate(self, level: int) -> None:
        """Store how sure the learner was; one rating per answer."""
        if self.event_id is None or self.level is not None or level not in LEVELS:
            return
        self.level = level
        self.group.button(level).setChecked(True)
        for button in self.buttons:
            button.setEnabled(False)
        goals, event_id = self._services.goals, self.event_id
        self._worker.run(lambda: goals.rate_confidence(event_id, level), self._on_stored, self._on_failed)

    def _on_stored(self, _view: object) -> None:
        self.thanks.setText(self.tr("Thanks!"))
        emit(self.rated, self.level)

    def _on_failed(self, error: Exception) -> None:
        # The answer itself is saved; a lost rating is not worth interrupting the learner for.
        if getattr(error, "code", "") == "already_rated":
            return
        self.level = None
        for button in self.buttons:
            button.setEnabled(True)
