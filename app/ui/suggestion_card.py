"""A suggested next skill as a big pressable card: the title, then "Why this?" in one wrapped line."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget


class SuggestionCard(QPushButton):
    """A push button whose face is two word-wrapped labels (QPushButton text itself cannot wrap)."""

    def __init__(self, skill_id: str, title: str, reason: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.skill_id = skill_id
        self.setObjectName("suggestion")
        self.setAutoDefault(True)  # Enter presses the focused card, like Space
        self.title_label = QLabel(title)
        self.title_label.setWordWrap(True)
        self.title_label.setStyleSheet("font-weight: bold; background: transparent;")
        self.reason_label = QLabel(reason)
        self.reason_label.setObjectName("note")
        self.reason_label.setWordWrap(True)
        self.reason_label.setStyleSheet("background: transparent;")
        for label in (self.title_label, self.reason_label):
            label.setTextFormat(Qt.TextFormat.PlainText)  # skill titles come from packs: never rich text
            # Clicks on the text must press the button underneath.
            label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 8, 14, 8)
        layout.setSpacing(2)
        layout.addWidget(self.title_label)
        layout.addWidget(self.reason_label)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)
        self.setAccessibleName(title)
        self.setAccessibleDescription(reason)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        # Scroll areas do not ask for height-for-width; pin the height the wrapped text needs.
        super().resizeEvent(event)
        needed = self.layout().totalHeightForWidth(event.size().width())
        if needed > 0 and needed != self.minimumHeight():
            self.setMinimumHeight(needed)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return self.layout().sizeHint()

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return self.layout().minimumSize()

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt override
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt override
        return self.layout().totalHeightForWidth(width)
