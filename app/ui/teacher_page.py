"""Teacher mode: the home of the adult screens, one tab each (Packs today; progress and plans later)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QTabWidget, QVBoxLayout, QWidget

from app.ui.drive_watcher import DriveProvider
from app.ui.packs_page import PacksPage
from app.ui.signals import emit
from app.ui.worker import ServiceWorker


class TeacherPage(QWidget):
    """A title bar with "Leave teacher mode" and the adult screens as tabs; emits ``left()``."""

    left = Signal()

    def __init__(
        self,
        worker: ServiceWorker,
        services: object,
        drive_provider: DriveProvider | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.heading = QLabel()
        self.heading.setObjectName("heading")
        self.leave_button = QPushButton()
        self.leave_button.setAutoDefault(True)
        self.leave_button.clicked.connect(self.leave)
        self.packs = PacksPage(worker, services, drive_provider)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.packs, "")

        top = QHBoxLayout()
        top.addWidget(self.heading)
        top.addStretch()
        top.addWidget(self.leave_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 8, 16, 8)
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)
        self.retranslate()

    def retranslate(self) -> None:
        """Set every visible string in the current UI language."""
        self.heading.setText(self.tr("Teacher mode"))
        self.leave_button.setText(self.tr("Leave teacher mode"))
        self.leave_button.setAccessibleName(self.tr("Leave teacher mode and go back to the learners"))
        self.tabs.setTabText(self.tabs.indexOf(self.packs), self.tr("Content packs"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def enter(self, language: str) -> None:
        """Open teacher mode in ``language`` on the Packs tab."""
        self.tabs.setCurrentWidget(self.packs)
        self.packs.open(language)

    def leave(self) -> None:
        """Stop watching drives and go back to the learner picker (the password is asked again next time)."""
        if self.packs.busy:
            # An import is running: it must finish (or finish undoing itself) before teacher mode closes.
            self.packs.status.setText(self.tr("Please wait until the import has finished, or press Cancel."))
            return
        self.packs.close_screen()
        emit(self.left)
