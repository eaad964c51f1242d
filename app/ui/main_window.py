"""The main window: a stack of pages (picker → PIN → home → practice → summary) and ``run_gui``."""

from __future__ import annotations

import logging
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QCloseEvent, QGuiApplication
from PySide6.QtWidgets import QApplication, QMainWindow, QMessageBox, QPushButton, QStackedWidget, QWidget

from app.config import Paths
from app.services.hub_relocation import HubRelocator
from app.services.sync_scheduler import BackgroundSync
from app.ui.first_start import show_first_start_splash
from app.ui.home_page import HomePage
from app.ui.language import LanguageSwitcher, system_language
from app.ui.learner_dialog import LearnerDialog
from app.ui.picker_page import PickerPage
from app.ui.pin_pad import PinPadPage
from app.ui.practice_page import PracticePage
from app.ui.style import base_point_size, stylesheet
from app.ui.summary_page import SummaryPage
from app.ui.teacher_gate import TeacherGate
from app.ui.worker import ServiceWorker

if TYPE_CHECKING:
    from app.ui.teacher_page import TeacherPage

log = logging.getLogger(__name__)

# The picker is used by children before anyone is chosen: start big.
PICKER_TEXT_SIZE = "large"
# Teacher mode is read by adults and lists a lot: normal text fits two columns of packs at 1024x600.
TEACHER_TEXT_SIZE = "normal"
MINIMUM_SIZE = (800, 540)  # leaves room for a taskbar on a 1024x600 netbook screen
PREFERRED_SIZE = (1024, 600)


class MainWindow(QMainWindow):
    """Owns the pages and moves between them; every service call goes through ``worker``."""

    def __init__(
        self,
        services: object,
        worker: ServiceWorker,
        languages: LanguageSwitcher,
        default_language: str = "en",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.worker = worker
        self.languages = languages
        self.default_language = default_language
        self.learner: object | None = None
        self.learner_dialog: LearnerDialog | None = None

        self.picker = PickerPage()
        self.pin_pad = PinPadPage(worker, services)
        self.home = HomePage(worker, services)
        self.practice = PracticePage(worker, services)
        self.summary = SummaryPage(worker, services)
        self.teacher_gate = TeacherGate(worker, services)
        # Teacher mode's page is built the first time an adult opens it (see ``teacher``): it imports
        # every adult screen, which a child's start-up need not wait for.
        self._teacher: TeacherPage | None = None
        # Sync runs on its own thread, never on the worker; the hub tab's status line and Sync now use it.
        self.background_sync = BackgroundSync(
            services.sync,  # type: ignore[attr-defined]
            on_change=lambda _report, _error: self._notify_sync_status(),
            # A teacher's laptop gets a new address now and then; the PC finds its hub again on the LAN.
            relocate=HubRelocator(services.db).relocate,  # type: ignore[attr-defined]
        )
        self.stack = QStackedWidget()
        pages = (self.picker, self.pin_pad, self.home, self.practice, self.summary, self.teacher_gate)
        for page in pages:
            self.stack.addWidget(page)
        self.setCentralWidget(self.stack)
        # Outside dialogs Qt buttons ignore Enter; children press Enter, so the focused button takes it.
        # The practice page keeps Enter for itself (Check, then Next), whatever has the focus.
        for page in (self.picker, self.pin_pad, self.home, self.summary):
            for button in page.findChildren(QPushButton):
                button.setAutoDefault(True)
        self.setMinimumSize(*MINIMUM_SIZE)
        self.resize(*PREFERRED_SIZE)

        self.picker.add_requested.connect(self.add_learner)
        self.picker.edit_requested.connect(self.edit_learner)
        self.picker.delete_confirmed.connect(self.delete_learner)
        self.picker.learner_picked.connect(self.pick_learner)
        self.picker.teacher_requested.connect(self.show_teacher_gate)
        self.teacher_gate.opened.connect(self.show_teacher_mode)
        self.teacher_gate.cancelled.connect(self.show_picker)
        self.pin_pad.unlocked.connect(self.enter_learner)
        self.pin_pad.cancelled.connect(self.show_picker)
        self.home.switch_requested.connect(self.show_picker)
        self.home.start_requested.connect(self.start_practice)
        self.practice.finished.connect(self.show_summary)
        self.summary.keep_going_requested.connect(lambda: self.start_practice(None))
        self.summary.done_requested.connect(self.show_home)
        self.worker.unhandled_error.connect(self.show_error)
        self.worker.busy_changed.connect(self._set_busy_cursor)
        self.retranslate()
        self.show_picker()

    def retranslate(self) -> None:
        """Set the window title in the current UI language."""
        self.setWindowTitle(self.tr("Sabil"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- navigation ------------------------------------------------------------------------------

    def show_picker(self) -> None:
        """Back to "Who is learning today?" in the computer's language."""
        self.learner = None
        self._apply_look(self.default_language, PICKER_TEXT_SIZE)
        self.stack.setCurrentWidget(self.picker)
        self.refresh_learners()

    def refresh_learners(self) -> None:
        """Reload the learner list into the picker."""
        self.worker.run(self.services.learners.list, self.picker.set_learners)

    def pick_learner(self, learner: object) -> None:
        """A learner pressed their picture: PIN first if they have one."""
        if learner.has_pin:
            self._apply_look(learner.language, learner.text_size)
            self.pin_pad.start(learner)
            self.stack.setCurrentWidget(self.pin_pad)
        else:
            self.enter_learner(learner)

    def enter_learner(self, learner: object) -> None:
        """Switch to the learner's language and text size and show their home."""
        self.learner = learner
        self._apply_look(learner.language, learner.text_size)
        self.show_home()

    def show_home(self) -> None:
        """The current learner's home page."""
        if self.learner is None:
            self.show_picker()
            return
        self.stack.setCurrentWidget(self.home)
        self.home.load(self.learner, self.languages.language)

    def start_practice(self, focus_skill: str | None) -> None:
        """Start a session (focused on one skill when a suggestion was chosen) and show practice."""
        if self.learner is None:
            return
        practice = self.services.practice
        learner_id, pack_id = self.learner.id, self.home.pack_id
        self.worker.run(
            lambda: practice.start_session(learner_id, focus_skill=focus_skill, pack_id=pack_id),
            self._session_started,
        )

    def _session_started(self, session: object) -> None:
        session_id = session if isinstance(session, str) else session.session_id
        self.stack.setCurrentWidget(self.practice)
        self.practice.start(session_id, self.languages.language, base_point_size(self.learner.text_size))

    def show_summary(self, session_id: str) -> None:
        """The end-of-session summary."""
        self.stack.setCurrentWidget(self.summary)
        self.summary.load(session_id, self.languages.language)

    # -- teacher mode ----------------------------------------------------------------------------

    def show_teacher_gate(self) -> None:
        """"For teachers and parents": ask for (or set) the adult password, in the computer's language."""
        self.learner = None
        self._apply_look(self.default_language, TEACHER_TEXT_SIZE)
        self.stack.setCurrentWidget(self.teacher_gate)
        self.teacher_gate.start()

    @property
    def teacher(self) -> TeacherPage:
        """Teacher mode's page (packs, reports, classes, plans, family, privacy, class hub), built on first use."""
        if self._teacher is None:
            from app.ui.teacher_page import TeacherPage

            page = TeacherPage(self.worker, self.services)
            page.hub.set_background_sync(self.background_sync)
            page.left.connect(self.show_picker)
            self.stack.addWidget(page)
            self._teacher = page
        return self._teacher

    def _notify_sync_status(self) -> None:
        if self._teacher is not None:
            self._teacher.hub.sync_status.notify()

    def show_teacher_mode(self) -> None:
        """The password was right: the adult screens (Packs first)."""
        self.stack.setCurrentWidget(self.teacher)
        self.teacher.enter(self.languages.language)

    # -- learners (adult actions) ---------------------------------------------------------------

    def add_learner(self) -> LearnerDialog:
        """Open the dialog to create a learner (returned so tests and the smoke test can fill it in)."""
        return self._open_dialog(None)

    def edit_learner(self, learner: object) -> LearnerDialog:
        """Open the dialog to edit ``learner``."""
        return self._open_dialog(learner)

    def _open_dialog(self, learner: object | None) -> LearnerDialog:
        dialog = LearnerDialog(self.worker, self.services.learners, self.services.learners.avatars(), learner, self)
        dialog.saved.connect(lambda _profile: self.refresh_learners())
        dialog.finished.connect(dialog.deleteLater)
        self.learner_dialog = dialog
        dialog.open()
        return dialog

    def delete_learner(self, learner: object) -> None:
        """Delete (tombstone) a learner after the picker's confirmation."""
        learners = self.services.learners
        self.worker.run(lambda: learners.delete(learner.id), lambda _none: self.refresh_learners())

    # -- look and errors -------------------------------------------------------------------------

    def _apply_look(self, language: str, text_size: str) -> None:
        self.languages.apply(language)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.setStyleSheet(stylesheet(text_size))

    def show_error(self, error: Exception) -> None:
        """A failure nobody handled: say so kindly; the detail is in the log."""
        log.error("unhandled error shown to the user: %r", error)
        QMessageBox.warning(
            self,
            self.tr("Sabil"),
            self.tr("Sorry, something went wrong. Your answers so far are saved.\n\nPlease try again."),
        )

    def _set_busy_cursor(self, busy: bool) -> None:
        if busy:
            QGuiApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)
        else:
            QGuiApplication.restoreOverrideCursor()

    def start_background_sync(self) -> None:
        """Start syncing in the background if this computer is enrolled with a class hub."""
        background = self.background_sync

        def started(status: object) -> None:
            if getattr(status, "enrolled", False):
                background.start()

        self.worker.run(self.services.sync.status, started, lambda _error: None)  # type: ignore[attr-defined]

    def stop_background_sync(self) -> None:
        """Stop background sync and the hub tab's status reads (before the worker shuts down)."""
        self.background_sync.stop()
        if self._teacher is not None:
            self._teacher.hub.close_screen()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        self.worker.wait_idle(5000)
        super().closeEvent(event)


def _startup_error(data_dir: Path, error: Exception) -> None:
    log.error("cannot open the data folder %s: %s", data_dir, error, exc_info=error)
    QMessageBox.critical(
        None,
        QCoreApplication.translate("Startup", "Sabil cannot start"),
        QCoreApplication.translate(
            "Startup",
            "Sabil cannot save work in this folder:\n%1\n\n"
            "Ask an adult to check that the folder exists and that this computer user may write in it.",
        ).replace("%1", str(data_dir)),
    )


def run_gui(data_dir: Path) -> int:
    """Start the desktop app on ``data_dir``; returns the exit code."""
    from app.services.app_services import AppServices  # imported here so `sabil --help` stays fast

    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName("Sabil")
    languages = LanguageSwitcher(app)
    default_language = system_language()
    languages.apply(default_language)
    app.setStyleSheet(stylesheet(PICKER_TEXT_SIZE))
    splash = None if Paths(Path(data_dir)).database.exists() else show_first_start_splash()
    try:
        services = AppServices.open(Path(data_dir))
    except Exception as error:  # any failure to open storage must become a readable message
        if splash is not None:
            splash.close()
        _startup_error(Path(data_dir), error)
        return 1
    worker = ServiceWorker()
    window = MainWindow(services, worker, languages, default_language)
    screen = app.primaryScreen()
    available = screen.availableGeometry() if screen is not None else None
    if available is not None and (available.width() <= PREFERRED_SIZE[0] or available.height() <= PREFERRED_SIZE[1]):
        window.showMaximized()
    else:
        window.show()
    if splash is not None:
        splash.finish(window)
    window.start_background_sync()
    try:
        return app.exec()
    finally:
        window.stop_background_sync()
        worker.shutdown()
        services.close()
