"""Teacher mode: the home of the adult screens, one tab each (content packs, reports, and the adult screens)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QTabWidget, QVBoxLayout, QWidget

from app.ui.adult.classes_page import ClassesPage
from app.ui.adult.family_page import FamilyPage
from app.ui.adult.plans_page import PlansPage
from app.ui.adult.privacy_page import PrivacyPage
from app.ui.drive_watcher import DriveProvider
from app.ui.hub_page import HubPage
from app.ui.packs_page import PacksPage
from app.ui.reports.reports_page import ReportsPage
from app.ui.signals import emit
from app.ui.worker import ServiceWorker

COMPACT_POINTS = 13  # tab titles and the way out: smaller than body text so every tab fits 1024 px
# Each side of a tab's title: the style's own 12 px cost the French and Spanish rows ~60 px they need.
TAB_SIDE_PADDING = 8


class TeacherPage(QWidget):
    """The adult screens as tabs, with "Leave teacher mode" at the end of the tab row; emits ``left()``.

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
        self.hub = HubPage(worker, services)
        # "&&": a single "&" in a tab title marks a keyboard shortcut.
        self.page_titles.append((self.hub, lambda: self.tr("Class hub and sync")))
        # end of adult tabs
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        # Every tab stays in view: scroll arrows hide the last tabs (the hub) from a teacher who does not
        # know to press them. The titles are written to fit 1024 px in every language; should one not
        # (a longer translation), the widest titles are shortened with "…" rather than pushed off the row.
        self.tabs.tabBar().setUsesScrollButtons(False)
        self.tabs.tabBar().setElideMode(Qt.TextElideMode.ElideRight)
        self.tabs.addTab(self.packs, "")
        for page, _title in self.page_titles:
            self.tabs.addTab(page, "")
        self.tabs.currentChanged.connect(self._tab_changed)

        # The way out sits at the end of the tab row (with the mode's name as its tooltip and
        # accessible description): a separate title bar would cost the reports two rows of a
        # 600-pixel screen.
        corner = QWidget()
        corner.setObjectName("teacherCorner")
        corner_layout = QHBoxLayout(corner)
        corner_layout.setContentsMargins(8, 0, 0, 4)
        corner_layout.addWidget(self.leave_button)
        self.tabs.setCornerWidget(corner, Qt.Corner.TopRightCorner)
        self.setStyleSheet(
            f"QTabBar {{ font-size: {COMPACT_POINTS}pt; }} QTabBar::tab {{ padding: 4px {TAB_SIDE_PADDING}px; }}"
            f" QWidget#teacherCorner QPushButton {{ font-size: {COMPACT_POINTS}pt; min-height: 28px; padding: 4px 12px; }}"
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 6, 12, 6)
        layout.addWidget(self.tabs, 1)
        self.retranslate()

    def retranslate(self) -> None:
        """Set every visible string in the current UI language."""
        self.leave_button.setToolTip(self.tr("Teacher mode"))
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
