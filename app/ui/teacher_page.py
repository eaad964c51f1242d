"""Teacher mode: the home of the adult screens, one tab each (content packs, reports, and the adult screens)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QTabWidget, QVBoxLayout, QWidget

from app.ui.adult.classes_page import ClassesPage
from app.ui.adult.family_page import FamilyPage
from app.ui.adult.plans_page import PlansPage
from app.ui.adult.privacy_page import PrivacyPage
from app.ui.drive_watcher import DriveProvider
from app.ui.packs_page import PacksPage
from app.ui.reports.reports_page import ReportsPage
from app.ui.signals import emit
from app.ui.worker import ServiceWorker


class TeacherPage(QWidget):
    """A title bar with "Leave teacher mode" and the adult screens as tabs; emits ``left()``.

    A tab's page is opened (``page.open(language)``) each time it becomes the current tab, so every
    screen shows fresh data after a learner practised or another tab changed something.
    """

    left = Signal()

    def __init__(
        self,
        worker: ServiceWorker,
        services: object,
        drive_provider: DriveProvider | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._language = "en"
        self.heading = QLabel()
        self.heading.setObjectName("heading")
        self.leave_button = QPushButton()
        self.leave_button.setAutoDefault(True)
        self.leave_button.clicked.connect(self.leave)
        self.packs = PacksPage(worker, services, drive_provider)
        self.reports = ReportsPage(worker, services)
        # Every tab after the packs: (page, its translated title). Each page has open(language).
        self.page_titles: list[tuple[QWidget, Callable[[], str]]] = [
            (self.reports, lambda: self.tr("Reports")),
        ]
        # adult tabs: the adult screens (classes, plans, family view, privacy) are appended here as
        # self.page_titles.append((page, lambda: self.tr("Title"))), keeping a reference in self.<name>.
        self.classes = ClassesPage(worker, services)
        self.plans = PlansPage(worker, services)
        self.family = FamilyPage(worker, services)
        self.privacy = PrivacyPage(worker, services)
        self.page_titles += [
            (self.classes, lambda: self.tr("Classes")),
            (self.plans, lambda: self.tr("Plans")),
            (self.family, lambda: self.tr("Family view")),
            (self.privacy, lambda: self.tr("Privacy")),
        ]
        # end of adult tabs
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.packs, "")
        for page, _title in self.page_titles:
            self.tabs.addTab(page, "")
        self.tabs.currentChanged.connect(self._tab_changed)

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
        for page, title in self.page_titles:
            self.tabs.setTabText(self.tabs.indexOf(page), title())

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def enter(self, language: str) -> None:
        """Open teacher mode in ``language`` on the Packs tab."""
        self._language = language
        if self.tabs.currentWidget() is self.packs:
            self.packs.open(language)
        else:
            self.tabs.setCurrentWidget(self.packs)  # opens it through _tab_changed

    def show_page(self, page: QWidget) -> None:
        """Make ``page`` (one of the tabs) the current tab and open it."""
        if self.tabs.currentWidget() is page:
            self._tab_changed(self.tabs.indexOf(page))
        else:
            self.tabs.setCurrentWidget(page)

    def _tab_changed(self, index: int) -> None:
        page = self.tabs.widget(index)
        if page is not self.packs and not self.packs.busy:
            # Drives are only watched while the Packs screen shows them.
            self.packs.close_screen()
        opener = getattr(page, "open", None)
        if callable(opener):
            opener(self._language)

    def leave(self) -> None:
        """Stop watching drives and go back to the learner picker (the password is asked again next time)."""
        if self.packs.busy:
            # An import is running: it must finish (or finish undoing itself) before teacher mode closes.
            self.packs.status.setText(self.tr("Please wait until the import has finished, or press Cancel."))
            self.tabs.setCurrentWidget(self.packs)
            return
        self.packs.close_screen()
        emit(self.left)
