"""One skill on the map: status icon + title + status word (never colour alone)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from app.ui.images import icon_pixmap

STATUSES = ("mastered", "in_progress", "ready", "locked")
ICON_SIZE = 30


def status_text(status: str) -> str:
    """The word shown under a skill's title for its status."""
    return {
        "mastered": QCoreApplication.translate("SkillStatus", "Mastered"),
        "in_progress": QCoreApplication.translate("SkillStatus", "Learning"),
        "ready": QCoreApplication.translate("SkillStatus", "Ready to start"),
        "locked": QCoreApplication.translate("SkillStatus", "Locked"),
    }.get(status, status)


class SkillTile(QFrame):
    """A read-only tile; its frame colour comes from the ``status`` property in the stylesheet."""

    def __init__(self, skill_id: str, title: str, status: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.skill_id = skill_id
        self.status = status
        self.setObjectName("tile")
        self.setProperty("status", status)
        icon = QLabel()
        icon.setPixmap(icon_pixmap(status if status in STATUSES else "ready", ICON_SIZE))
        icon.setFixedSize(ICON_SIZE, ICON_SIZE)
        self.title_label = QLabel(title)
        self.title_label.setTextFormat(Qt.TextFormat.PlainText)  # skill titles come from packs: never rich text
        self.title_label.setWordWrap(True)
        self.title_label.setStyleSheet("font-weight: bold; background: transparent; border: none;")
        self.status_label = QLabel(status_text(status))
        self.status_label.setObjectName("note")
        self.status_label.setWordWrap(True)
        self.status_label.setStyleSheet("background: transparent; border: none;")
        texts = QVBoxLayout()
        texts.setSpacing(0)
        texts.addWidget(self.title_label)
        texts.addWidget(self.status_label)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(texts, 1)
        self.setAccessibleName(f"{title}: {status_text(status)}")
