"""The sync status line: "Last synced 10 minutes ago · 132 answers waiting", and a Sync now button.

The sentence is built here from ``SyncStatus`` fields in the UI language (plural forms through
``tr`` with ``%n``), so it never says "failed" once a sync has worked: a problem shows only when it
happened after the last success, and a success clears it. Status is read on the database worker;
syncing itself runs on the background sync thread (``BackgroundSync``), never on the GUI thread or
the database worker, so a slow network never freezes a page.
"""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QHideEvent, QShowEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSizePolicy, QWidget

from app.services.sync import SyncService
from app.services.sync_dto import SyncStatus
from app.services.sync_scheduler import BackgroundSync
from app.services.sync_wording import clock_unit
from app.ui.locale_text import locale_digits, parts_joined
from app.ui.signals import emit
from app.ui.time_ago import time_ago
from app.ui.worker import ServiceWorker

REFRESH_MS = 30_000
# Failure codes that need a person (a new code from the teacher); the rest heal by themselves.
_ENROL_AGAIN = frozenset({"invalid_token", "token_revoked", "device_revoked"})
_CERTIFICATE = frozenset({"tls", "fingerprint_mismatch"})
_TRANSIENT = frozenset({"unreachable", "timeout", "server_error", "busy"})


class SyncStatusWidget(QWidget):
    """One line of sync status with a "Sync now" button.

    ``attach(worker, sync, background)`` makes it live: it reads the status on ``worker``, refreshes
    every 30 s while visible and whenever ``notify()`` is called (safe from any thread, e.g. ``BackgroundSync``'s
    ``on_change``), and "Sync now" wakes ``background``. ``sync_requested`` is emitted on every press.
    ``detach()`` before the worker shuts down.
    """

    sync_requested = Signal()
    _changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.status: SyncStatus | None = None
        self._now: datetime | None = None
        self._language = "en"
        self._waiting_for_sync = False
        self._worker: ServiceWorker | None = None
        self._sync: SyncService | None = None
        self._background: BackgroundSync | None = None

        self.label = QLabel()
        self.label.setObjectName("note")
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setWordWrap(True)
        self.label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.button = QPushButton()
        self.button.clicked.connect(self._press)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.button, 0)
        self._timer = QTimer(self)
        self._timer.setInterval(REFRESH_MS)
        self._timer.timeout.connect(self.refresh)
        # Queued when emitted from another thread: notify() may be called by the sync thread.
        self._changed.connect(self._on_changed, Qt.ConnectionType.QueuedConnection)
        self.retranslate()

    # -- wiring ----------------------------------------------------------------------------------

    def attach(self, worker: ServiceWorker, sync: SyncService, background: BackgroundSync | None = None) -> None:
        """Read status through ``worker`` from ``sync``; "Sync now" wakes ``background`` (started if needed)."""
        self._worker, self._sync, self._background = worker, sync, background
        if self.isVisible():
            self._timer.start()
        self.refresh()

    def set_language(self, language: str) -> None:
        """Write counts and times in ``language``'s digits (the words follow the installed translator)."""
        self._language = language
        self._render()

    @property
    def auto_refresh(self) -> bool:
        """True while the 30-second refresh runs (attached and visible)."""
        return self._timer.isActive()

    def detach(self) -> None:
        """Stop reading status (before the worker shuts down or the services close)."""
        self._timer.stop()
        self._worker = self._sync = self._background = None

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        # Refresh only while visible: a hidden status line costs nothing.
        if self._worker is not None:
            self._timer.start()
            self.refresh()
        super().showEvent(event)

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802 - Qt override
        self._timer.stop()
        super().hideEvent(event)

    def refresh(self) -> None:
        """Read the status again (on the database worker) and show it."""
        if self._worker is None or self._sync is None:
            self._render()
            return
        sync = self._sync
        self._worker.run(sync.status, self.show_status, lambda _error: None)

    def notify(self) -> None:
        """Something changed (a sync finished or failed); safe to call from any thread."""
        emit(self._changed)

    def show_status(self, status: SyncStatus, now: datetime | None = None) -> None:
        """Show ``status`` as of ``now`` (the current time when None)."""
        self.status = status
        self._now = now
        self._render()

    def _on_changed(self) -> None:
        self._waiting_for_sync = False
        self.refresh()

    def _press(self) -> None:
        emit(self.sync_requested)
        if self._background is not None:
            self._waiting_for_sync = True
            if self._background.running:
                self._background.sync_soon()
            else:
                self._background.start()
            self._render()

    # -- text ------------------------------------------------------------------------------------

    def retranslate(self) -> None:
        """Set every visible string in the current UI language."""
        self.button.setText(self.tr("Sync now"))
        self.button.setAccessibleName(self.tr("Sync now"))
        self.button.setToolTip(self.tr("Send this computer's answers to the class hub and fetch the others"))
        self._render()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def status_text(self) -> str:
        """The status line in the UI language."""
        status = self.status
        if status is None:
            return self.tr("Checking sync…")
        if not status.enrolled:
            parts = [self.tr("Not connected to a class hub")]
            if status.answers_waiting:
                parts.append(locale_digits(self.tr("%n answer(s) waiting", "", status.answers_waiting), self._language))
            return parts_joined(parts, self._language)
        now = self._now or datetime.now(UTC)
        if self._waiting_for_sync or status.running:
            head = self.tr("Syncing…")
        elif status.last_success is not None:
            head = self.tr("Last synced %1").replace("%1", time_ago(status.last_success, now, self._language))
        else:
            head = self.tr("Not synced yet")
        parts = [head]
        if status.answers_waiting:
            parts.append(locale_digits(self.tr("%n answer(s) waiting", "", status.answers_waiting), self._language))
        else:
            parts.append(self.tr("everything sent"))
        if status.last_error and not self._waiting_for_sync:
            parts.append(self._problem(status.last_error_code))
        if status.clock_wrong:
            parts.append(locale_digits(self._clock(status.clock_offset_seconds), self._language))
        return parts_joined(parts, self._language)

    def _render(self) -> None:
        text = self.status_text()
        self.label.setText(text)
        self.label.setAccessibleName(text)
        self.button.setEnabled(self._background is not None and bool(self.status and self.status.enrolled))

    def _problem(self, code: str) -> str:
        if code in _ENROL_AGAIN:
            return self.tr("A teacher must enrol this computer again")
        if code in _CERTIFICATE:
            return self.tr("The class hub's certificate changed; enrol this computer again")
        if code in _TRANSIENT:
            return self.tr("The class hub could not be reached; Sabil will try again")
        return self.tr("The last sync did not complete; Sabil will try again")

    def _clock(self, offset_seconds: float) -> str:
        found = clock_unit(offset_seconds)
        if found is None:
            return ""
        unit, count = found
        behind = offset_seconds > 0  # the server's clock is ahead of ours
        if unit == "day":
            if behind:
                return self.tr("This computer's clock is %n day(s) behind", "", count)
            return self.tr("This computer's clock is %n day(s) ahead", "", count)
        if unit == "minute":
            if behind:
                return self.tr("This computer's clock is %n minute(s) behind", "", count)
            return self.tr("This computer's clock is %n minute(s) ahead", "", count)
        if behind:
            return self.tr("This computer's clock is %n hour(s) behind", "", count)
        return self.tr("This computer's clock is %n hour(s) ahead", "", count)
