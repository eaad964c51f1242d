"""An in-page confirmation for a removal: the sentence, then [Keep] [Remove …].

In the page rather than a modal box, so the adult still sees what they are about to remove, and
Keep (the safe choice) has the focus.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.ui.signals import emit


class ConfirmBar(QFrame):
    """``ask(sentence, action, on_confirm)`` shows it; Keep hides it, the action button runs ``on_confirm``.
    ``closed()`` when it hides either way."""

    closed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        self._on_confirm: Callable[[], None] | None = None
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.PlainText)  # names typed by adults or read from files
        self.confirm_button = QPushButton()
        self.confirm_button.clicked.connect(self.confirm)
        self.keep_button = QPushButton()
        self.keep_button.clicked.connect(self.cancel)
        buttons = QHBoxLayout()
        buttons.addStretch()
        buttons.addWidget(self.keep_button)
        buttons.addWidget(self.confirm_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addLayout(buttons)
        self.setVisible(False)
        self.retranslate()

    def retranslate(self) -> None:
        """Set every visible string in the current UI language."""
        self.keep_button.setText(self.tr("Keep"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def ask(self, sentence: str, action: str, on_confirm: Callable[[], None]) -> None:
        """Show ``sentence`` with a button saying ``action``; nothing happens until it is pressed."""
        self._on_confirm = on_confirm
        self.text.setText(sentence)
        self.confirm_button.setText(action)
        self.confirm_button.setAccessibleName(action)
        self.setVisible(True)
        self.keep_button.setFocus()

    def confirm(self) -> None:
        """The adult confirmed: hide and run the action (once)."""
        action, self._on_confirm = self._on_confirm, None
        self.setVisible(False)
        emit(self.closed)
        if action is not None:
            action()

    def cancel(self) -> None:
        """Keep: hide, nothing is removed."""
        was_open = self.isVisibleTo(self.parentWidget()) if self.parentWidget() is not None else self.isVisible()
        self._on_confirm = None
        self.setVisible(False)
        if was_open:
            emit(self.closed)
