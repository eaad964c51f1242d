"""The "District server" box of the class hub tab: connect this hub to the district server above it, and
see how sending the school's answers there stands ("Sent to the district 5 minutes ago · 120 answers
waiting").

Connecting is ``services.sync.enroll`` with the district's address and code (on the database worker).
Sending is the app's background sync (``BackgroundSync``), which on a hub relays the whole school's
answers up and brings other sites' answers down; this box only wakes it and reads the status.
"""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QHideEvent, QShowEvent
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.services.sync_dto import SyncStatus
from app.services.sync_scheduler import BackgroundSync
from app.ui.digits import to_latin_digits
from app.ui.locale_text import locale_digits, parts_joined
from app.ui.time_ago import time_ago
from app.ui.worker import ServiceWorker

REFRESH_MS = 30_000
# While a send is under way the status is read more often, so the line says when it is done.
SENDING_REFRESH_MS = 2_000
_ENROL_AGAIN = frozenset({"invalid_token", "token_revoked", "device_revoked"})
_TRANSIENT = frozenset({"unreachable", "timeout", "server_error", "busy", "tls"})


class DistrictBox(QFrame):
    """Connect the hub upstream (address + code), then its relay status and a Send now button."""

    def __init__(self, worker: ServiceWorker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self._worker = worker
        self._sync: object | None = None
        self._background: BackgroundSync | None = None
        self.status: SyncStatus | None = None
        self._now: datetime | None = None
        self._language = "en"
        self._sending = False
        # When Send now was pressed: the last attempt before it (the send is done once a later one ends).
        self._sent_before: datetime | None = None
        self._connect_note = ""

        self.title = QLabel()
        self.title.setObjectName("heading")
        self.where_label, self.server_label, self.state_label = QLabel(), QLabel(), QLabel()
        for label in (self.where_label, self.server_label, self.state_label):
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.PlainText)
        # The server's address reads left to right in every language.
        self.server_label.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.server_label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignAbsolute)
        self.server_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.url_label, self.code_label = QLabel(), QLabel()
        self.url_edit, self.code_edit = QLineEdit(), QLineEdit()
        for edit in (self.url_edit, self.code_edit):
            # Addresses and codes read left to right in every language.
            edit.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
            edit.setMaxLength(200)
            edit.returnPressed.connect(self.connect_upstream)
        self.url_label.setBuddy(self.url_edit)
        self.code_label.setBuddy(self.code_edit)
        self.connect_button = QPushButton()
        self.connect_button.clicked.connect(self.connect_upstream)
        self.send_button = QPushButton()
        self.send_button.clicked.connect(self.send_now)
        self.note = QLabel()
        self.note.setObjectName("note")
        self.note.setWordWrap(True)
        self.note.setTextFormat(Qt.TextFormat.PlainText)

        self.form = QWidget()
        grid = QGridLayout(self.form)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(self.url_label, 0, 0)
        grid.addWidget(self.url_edit, 0, 1, 1, 2)
        grid.addWidget(self.code_label, 1, 0)
        grid.addWidget(self.code_edit, 1, 1)
        grid.addWidget(self.connect_button, 1, 2)
        send_row = QHBoxLayout()
        send_row.addStretch(1)
        send_row.addWidget(self.send_button)
        column = QVBoxLayout(self)
        column.setContentsMargins(10, 8, 10, 8)
        column.setSpacing(6)
        column.addWidget(self.title)
        column.addWidget(self.where_label)
        column.addWidget(self.server_label)
        column.addWidget(self.state_label)
        column.addWidget(self.form)
        column.addLayout(send_row)
        column.addWidget(self.note)
        column.addStretch(1)

        self._timer = QTimer(self)
        self._timer.timeout.connect(self.refresh)
        self.retranslate()

    # -- wiring ----------------------------------------------------------------------------------

    def attach(self, sync: object, background: BackgroundSync | None) -> None:
        """Read the status from ``sync`` (``services.sync``) on the worker; Send now wakes ``background``."""
        self._sync, self._background = sync, background
        self.refresh()

    def set_language(self, language: str) -> None:
        """Write counts and times in ``language``'s digits (the words follow the installed translator)."""
        self._language = language
        self._render()

    def detach(self) -> None:
        """Stop reading status (the tab is left or the worker shuts down)."""
        self._timer.stop()
        self._sync = self._background = None

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        if self._sync is not None:
            self.refresh()
        super().showEvent(event)

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802 - Qt override
        self._timer.stop()
        super().hideEvent(event)

    def refresh(self) -> None:
        """Read the status again (on the database worker) and show it."""
        sync = self._sync
        if sync is None:
            return
        self._worker.run(sync.status, self.show_status, lambda _error: None)  # type: ignore[attr-defined]

    def show_status(self, status: SyncStatus, now: datetime | None = None) -> None:
        """Show ``status`` as of ``now`` (the current time when None)."""
        if self._sending and status.last_attempt is not None and not status.running:
            self._sending = self._sent_before is not None and status.last_attempt <= self._sent_before
        self.status, self._now = status, now
        self._render()
        if self.isVisible() and self._sync is not None:
            self._timer.start(SENDING_REFRESH_MS if self._sending or status.running else REFRESH_MS)

    # -- actions ---------------------------------------------------------------------------------

    def connect_upstream(self) -> None:
        """Enrol this hub with the district server at the address typed, with the district's code."""
        # An Arabic keyboard types ٨٤٧٠ for 8470: an address and a code only work with Latin digits.
        url, code = to_latin_digits(self.url_edit.text().strip()), to_latin_digits(self.code_edit.text().strip())
        if not url or not code:
            self._connect_note = self.tr("Type the district server's address and the code the district gave you.")
            self._render()
            (self.url_edit if not url else self.code_edit).setFocus()
            return
        if "://" not in url:
            url = f"https://{url}"
        sync = self._sync
        if sync is None:
            return
        self.connect_button.setEnabled(False)
        self._connect_note = self.tr("Connecting…")
        self._render()
        self._worker.run(lambda: sync.enroll(url, code), self._connected, self._connect_failed)  # type: ignore[attr-defined]

    def _connected(self, _info: object) -> None:
        self.connect_button.setEnabled(True)
        self.code_edit.clear()
        self._connect_note = ""
        self.send_now()

    def _connect_failed(self, error: Exception) -> None:
        self.connect_button.setEnabled(True)
        self._connect_note = self._connect_problem(getattr(error, "code", ""))
        self._render()

    def send_now(self) -> None:
        """Wake the background sync: relay the school's answers up and fetch the other sites' now."""
        background = self._background
        self._sent_before = self.status.last_attempt if self.status is not None else None
        if background is not None:
            self._sending = True
            if background.running:
                background.sync_soon()
            else:
                background.start()
        self.refresh()

    # -- text ------------------------------------------------------------------------------------

    def retranslate(self) -> None:
        """Set every visible string in the current UI language."""
        self.title.setText(self.tr("District server"))
        self.url_label.setText(self.tr("Address"))
        self.code_label.setText(self.tr("Code"))
        self.url_edit.setPlaceholderText("https://district.example.org")
        self.code_edit.setPlaceholderText("K7QP-M92X-4TZB")
        self.connect_button.setText(self.tr("Connect"))
        self.connect_button.setAccessibleName(self.tr("Connect this class hub to the district server"))
        self.send_button.setText(self.tr("Send now"))
        self.send_button.setAccessibleName(self.tr("Send the school's answers to the district server now"))
        self._render()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    @property
    def connected(self) -> bool:
        """True once this hub is enrolled with a district server."""
        return bool(self.status is not None and self.status.relaying)

    def _render(self) -> None:
        connected = self.connected
        self.form.setVisible(not connected)
        self.send_button.setVisible(connected)
        self.send_button.setEnabled(self._background is not None and not self._sending)
        status = self.status
        self.where_label.setVisible(connected)
        self.server_label.setVisible(connected)
        if connected and status is not None:
            self.where_label.setText(self.tr("Connected to %1 at").replace("%1", status.school_name))
            self.server_label.setText(status.server_url)
        text = self.status_text()
        self.state_label.setText(text)
        self.state_label.setAccessibleName(
            " ".join(part for part in (self.where_label.text(), self.server_label.text(), text) if connected and part)
            or text
        )
        self.note.setText(self._connect_note if not connected else "")
        self.note.setVisible(bool(self.note.text()))

    def status_text(self) -> str:
        """The state in the UI language: what to do, or how sending to the district stands
        ("Sent to the district 5 minutes ago · 120 answers waiting")."""
        status = self.status
        if status is None:
            return ""
        if not status.relaying:
            return self.tr("Send this school's answers to the district server: type its address and the code "
                           "the district gave you.")
        now = self._now or datetime.now(UTC)
        if self._sending or status.running:
            head = self.tr("Sending…")
        elif status.last_success is not None:
            head = self.tr("Sent to the district %1").replace("%1", time_ago(status.last_success, now, self._language))
        else:
            head = self.tr("Not sent to the district yet")
        parts = [head]
        if status.answers_waiting:
            parts.append(locale_digits(self.tr("%n answer(s) waiting", "", status.answers_waiting), self._language))
        else:
            parts.append(self.tr("everything sent"))
        if status.last_error and not self._sending:
            parts.append(self._problem(status.last_error_code))
        return parts_joined(parts, self._language)

    def _problem(self, code: str) -> str:
        if code in _ENROL_AGAIN:
            return self.tr("The district must give this hub a new code")
        if code == "out_of_scope":
            return self.tr("The district server refused learners of another school")
        if code in _TRANSIENT:
            return self.tr("The district server could not be reached; Sabil will try again")
        return self.tr("The last send did not complete; Sabil will try again")

    def _connect_problem(self, code: str) -> str:
        if code == "invalid_code":
            return self.tr("This code is not known, has expired or is used up. Ask the district for a new one.")
        if code in ("unreachable", "timeout"):
            return self.tr("The district server could not be reached. Check the address.")
        if code in ("fingerprint_mismatch", "tls"):
            return self.tr("This is not the district server of that code. Check the address and the whole code.")
        if code == "already_enrolled":
            return self.tr("This hub belongs to another school on that server.")
        return self.tr("Connecting did not work. Check the address and the code, and try again.")
