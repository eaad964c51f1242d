"""After feedback: the learner's alternatives to "Next" — up to two other suggested skills.

"Next" follows the engine's pick; each button here starts the next item on another skill the
engine also suggests, so the learner has a real choice (agency) without leaving the session.
Each button shows the skill title (elided to fit 1024×600) and carries "Why this?" as its
tooltip and accessible description.
"""

from __future__ import annotations

import html
from dataclasses import dataclass

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from app.ui.signals import emit

MAX_STEPS = 2
# Wide enough for most skill titles at the normal text size, narrow enough that two buttons, the
# label and Next fit in 1024 px in every language.
TITLE_WIDTH = 230


def _literal_tooltip(text: str) -> str:
    """Tooltips are rich text whenever Qt guesses they might be: escape pack text so it shows as typed."""
    return f"<p style='white-space:pre-wrap'>{html.escape(text)}</p>"


@dataclass(frozen=True)
class NextStep:
    """One alternative: the skill, its title in the UI language, and why it is suggested."""

    skill_id: str
    title: str
    why: str


class NextStepsBar(QWidget):
    """ "Or practise: [skill A] [skill B]"; ``chosen(skill_id)`` when one is pressed."""

    chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.steps: list[NextStep] = []
        self.label = QLabel()
        self.label.setTextFormat(Qt.TextFormat.PlainText)  # may name skills, whose titles come from packs
        self.label.setObjectName("note")
        self.buttons: list[QPushButton] = []
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        for index in range(MAX_STEPS):
            button = QPushButton()
            button.setVisible(False)
            button.clicked.connect(lambda _checked=False, i=index: self._press(i))
            self.buttons.append(button)
            layout.addWidget(button)
        self.setVisible(False)
        self.retranslate()

    def set_steps(self, steps: list[NextStep]) -> None:
        """Show up to two alternatives (none hides the bar)."""
        self.steps = list(steps[:MAX_STEPS])
        for index, button in enumerate(self.buttons):
            button.setVisible(index < len(self.steps))
        self._show_texts()
        self.setVisible(bool(self.steps))

    def clear(self) -> None:
        """Hide the bar (while answering)."""
        self.set_steps([])

    def retranslate(self) -> None:
        """Set every visible string in the current UI language."""
        self.label.setText(self.tr("Or practise:"))
        self._show_texts()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _show_texts(self) -> None:
        for step, button in zip(self.steps, self.buttons, strict=False):
            metrics = button.fontMetrics()
            button.setText(metrics.elidedText(step.title, Qt.TextElideMode.ElideRight, TITLE_WIDTH))
            why = self.tr("Why this? %1").replace("%1", step.why)
            button.setToolTip(_literal_tooltip(f"{step.title}\n{why}"))
            button.setAccessibleName(self.tr("Practise %1 next").replace("%1", step.title))
            button.setAccessibleDescription(why)

    def _press(self, index: int) -> None:
        if index < len(self.steps):
            emit(self.chosen, self.steps[index].skill_id)

    def focused_index(self) -> int | None:
        """The index of the alternative that has keyboard focus, if any (Enter presses it)."""
        for index, button in enumerate(self.buttons):
            if button.isVisible() and button.hasFocus():
                return index
        return None

    def press(self, index: int) -> None:
        """Choose alternative ``index`` as if its button were pressed."""
        self._press(index)
