"""Class hub and sync (teacher mode): run the class hub on this computer, join a hub, sync, USB sticks.

On the teacher's PC, "Start class hub" serves the sync protocol from this Sabil's own database
(``services.hub``) and shows the address and the enrolment code big enough to read across a room,
with the code's QR. On a learner PC, "Join a class hub" lists hubs found on the LAN (zeroconf) or takes
a typed address, and enrols with the teacher's code (``services.sync.enroll``). The sync status line
and "Save answers to a USB stick" / "Load from a USB stick" serve both.

Every service call runs on the database worker; looking for hubs on the LAN takes seconds of waiting
on the network, so it runs on a thread of its own and comes back by a queued signal.
"""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QByteArray, QEvent, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontDatabase, QHideEvent, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.services.drives import Drive, removable_drives
from app.services.hub_runner import ALL_INTERFACES, DEFAULT_PORT, HubClass
from app.services.sync_scheduler import BackgroundSync
from app.sync.bundle import SUFFIX as BUNDLE_SUFFIX
from app.ui.digits import to_latin_digits
from app.ui.district_box import DistrictBox
from app.ui.drive_watcher import DriveProvider, DriveWatcher
from app.ui.locale_text import filled, joined, locale_digits, whole_number
from app.ui.signals import emit
from app.ui.sync_status import SyncStatusWidget
from app.ui.worker import ServiceWorker

QR_PIXELS = 200
BIG_POINTS = 26
BROWSE_SECONDS = 3.0
URL_ROLE = Qt.ItemDataRole.UserRole
BUNDLE_SEARCH_DEPTH = 2


def qr_pixmap(svg: str, size: int = QR_PIXELS) -> QPixmap:
    """The enrolment QR (SVG text) drawn black on white at ``size`` pixels (a white quiet zone helps phones)."""
    pixmap = QPixmap(size, size)
    pixmap.fill(QColor("white"))
    renderer = QSvgRenderer(QByteArray(svg.encode("utf-8")))
    painter = QPainter(pixmap)
    try:
        renderer.render(painter, QRectF(0, 0, size, size))
    finally:
        painter.end()
    return pixmap


def bundles_to_load(roots: list[Path], device_id: str, is_hub: bool) -> list[Path]:
    """The sync bundles on these drives this computer should load, oldest first.

    A hub loads learner PCs' answers (``push`` bundles); a learner PC loads the hub's replies written
    for it (``reply`` bundles carrying the end of its device id). Hidden files, links and folders
    deeper than one level are skipped: a stick full of photos must not keep the screen waiting.
    """
    wanted = "-push-" if is_hub else f"-reply-{device_id[-12:]}-"
    found: list[Path] = []

    def scan(folder: Path, depth_left: int) -> None:
        try:
            entries = sorted(folder.iterdir())
        except OSError:
            return
        for entry in entries:
            if entry.name.startswith(".") or entry.is_symlink():
                continue
            if entry.is_dir() and depth_left > 1:
                scan(entry, depth_left - 1)
            elif entry.suffix == BUNDLE_SUFFIX and wanted in entry.name and entry.is_file():
                found.append(entry)

    for root in roots:
        scan(Path(root), BUNDLE_SEARCH_DEPTH)
    # The name ends with the UTC time it was written: sorting by name loads them in order.
    return sorted(found, key=lambda path: path.name)


def _load_bundles(sync: object, files: list[Path]) -> list[tuple[Path, object]]:
    """Runs on the worker: import each bundle; (file, BundleImport or the SyncError) for each."""
    results: list[tuple[Path, object]] = []
    for file in files:
        try:
            results.append((file, sync.import_bundle(file)))  # type: ignore[attr-defined]
        except Exception as error:  # one bad bundle must not stop the others
            results.append((file, error))
    return results


class HubPage(QWidget):
    """The "Class hub and sync" tab: hub (left), joining a hub (right), sync status and USB (below)."""

    _hubs_found = Signal(object)

    def __init__(
        self,
        worker: ServiceWorker,
        services: object,
        drive_provider: DriveProvider | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._worker = worker
        self._services = services
        self._language = "en"
        self._background: BackgroundSync | None = None
        self.hub_class: HubClass | None = None
        # Where "Start class hub" listens: every interface on the usual port (tests use loopback).
        self.hub_host = ALL_INTERFACES
        self.hub_port = DEFAULT_PORT
        self.hub_advertise: bool | None = None  # None: advertise on the LAN unless on loopback
        self.hub_running = False
        self._browsing = False
        self._found: list[object] | None = None  # hubs seen by the last look (None: not looked yet)
        self._devices = 0
        self.drives: list[Drive] = []
        self._hubs_found.connect(self._show_hubs, Qt.ConnectionType.QueuedConnection)
        self._drive_watcher = DriveWatcher(drive_provider or removable_drives, parent=self)
        self._drive_watcher.drives_changed.connect(self._drives_changed)

        big = QFont()
        big.setPointSize(BIG_POINTS)
        big.setBold(True)
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        mono.setPointSize(BIG_POINTS)
        mono.setBold(True)

        # -- the hub on this computer --
        self.hub_title = QLabel()
        self.hub_title.setObjectName("heading")
        self.school_label, self.class_label = QLabel(), QLabel()
        self.school_edit, self.class_edit = QLineEdit(), QLineEdit()
        for edit in (self.school_edit, self.class_edit):
            edit.setMaxLength(100)
            edit.returnPressed.connect(self.start_hub)
        self.school_label.setBuddy(self.school_edit)
        self.class_label.setBuddy(self.class_edit)
        self.start_button = QPushButton()
        self.start_button.clicked.connect(self.start_hub)
        self.stop_button = QPushButton()
        self.stop_button.clicked.connect(self.stop_hub)
        self.new_code_button = QPushButton()
        self.new_code_button.clicked.connect(self.new_code)
        self.address_caption, self.code_caption = QLabel(), QLabel()
        self.address_label, self.code_label = QLabel(), QLabel()
        self.address_label.setFont(big)
        self.code_label.setFont(mono)
        for label in (self.address_label, self.code_label):
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            label.setTextFormat(Qt.TextFormat.PlainText)
            # Addresses and codes read left to right in every language.
            label.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
            label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignAbsolute)
        self.qr_label = QLabel()
        self.qr_label.setFixedSize(QR_PIXELS, QR_PIXELS)
        self.hub_note = QLabel()
        self.hub_note.setObjectName("note")
        self.hub_note.setWordWrap(True)

        self.form_box = QWidget()
        form = QGridLayout(self.form_box)
        form.setContentsMargins(0, 0, 0, 0)
        form.addWidget(self.school_label, 0, 0)
        form.addWidget(self.school_edit, 0, 1)
        form.addWidget(self.class_label, 1, 0)
        form.addWidget(self.class_edit, 1, 1)
        # While running, New code and Stop sit beside the title: the code and its QR get the height.
        title_row = QHBoxLayout()
        title_row.addWidget(self.hub_title, 1)
        title_row.addWidget(self.new_code_button)
        title_row.addWidget(self.stop_button)
        hub_buttons = QHBoxLayout()
        hub_buttons.addWidget(self.start_button)
        hub_buttons.addStretch(1)
        shown = QVBoxLayout()
        shown.setSpacing(2)
        for widget in (self.address_caption, self.address_label, self.code_caption, self.code_label):
            shown.addWidget(widget)
        shown.addStretch(1)
        self.running_box = QWidget()
        running = QHBoxLayout(self.running_box)
        running.setContentsMargins(0, 0, 0, 0)
        running.addLayout(shown, 1)
        running.addWidget(self.qr_label, 0, Qt.AlignmentFlag.AlignTop)
        self.hub_box = self._card(title_row, self.form_box, hub_buttons, self.running_box, self.hub_note)

        # -- joining a hub --
        self.join_title = QLabel()
        self.join_title.setObjectName("heading")
        self.found_label = QLabel()
        self.found_label.setWordWrap(True)
        self.hub_list = QListWidget()
        self.hub_list.setMaximumHeight(84)
        self.hub_list.currentItemChanged.connect(self._hub_chosen)
        self.look_button = QPushButton()
        self.look_button.clicked.connect(self.look_for_hubs)
        self.url_label, self.enrol_code_label = QLabel(), QLabel()
        self.url_edit, self.enrol_code_edit = QLineEdit(), QLineEdit()
        for edit in (self.url_edit, self.enrol_code_edit):
            edit.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
            edit.setMaxLength(200)
            edit.returnPressed.connect(self.join)
        self.url_label.setBuddy(self.url_edit)
        self.enrol_code_label.setBuddy(self.enrol_code_edit)
        self.join_button = QPushButton()
        self.join_button.clicked.connect(self.join)
        self.join_note = QLabel()
        self.join_note.setObjectName("note")
        self.join_note.setWordWrap(True)
        found_row = QHBoxLayout()
        found_row.addWidget(self.found_label, 1)
        found_row.addWidget(self.look_button)
        join_form = QGridLayout()
        join_form.addWidget(self.url_label, 0, 0)
        join_form.addWidget(self.url_edit, 0, 1, 1, 2)
        join_form.addWidget(self.enrol_code_label, 1, 0)
        join_form.addWidget(self.enrol_code_edit, 1, 1)
        join_form.addWidget(self.join_button, 1, 2)
        self.join_box = self._card(self.join_title, found_row, self.hub_list, join_form, self.join_note)

        # -- sync status and USB sticks --
        self.sync_status = SyncStatusWidget()
        self.usb_label = QLabel()
        self.drive_combo = QComboBox()
        self.drive_combo.setMinimumContentsLength(12)
        self.usb_label.setBuddy(self.drive_combo)
        self.save_button = QPushButton()
        self.save_button.clicked.connect(self.save_to_stick)
        self.load_button = QPushButton()
        self.load_button.clicked.connect(self.load_from_stick)
        self.usb_note = QLabel()
        self.usb_note.setObjectName("note")
        self.usb_note.setWordWrap(True)
        usb_row = QHBoxLayout()
        usb_row.addWidget(self.usb_label)
        usb_row.addWidget(self.drive_combo, 1)
        usb_row.addWidget(self.save_button)
        usb_row.addWidget(self.load_button)

        # -- the district server above this hub (while the hub runs, in the joining box's place) --
        self.district_box = DistrictBox(worker)

        columns = QHBoxLayout()
        columns.addWidget(self.hub_box, 1)
        columns.addWidget(self.join_box, 1)
        columns.addWidget(self.district_box, 1)
        body = QWidget()
        body.setObjectName("scrollBody")
        body_layout = QVBoxLayout(body)
        body_layout.setContentsMargins(0, 4, 0, 0)
        body_layout.addLayout(columns)
        body_layout.addWidget(self.sync_status)
        body_layout.addLayout(usb_row)
        body_layout.addWidget(self.usb_note)
        body_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(body)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)
        self.retranslate()
        self._show_hub_state()

    @staticmethod
    def _card(*parts: object) -> QFrame:
        card = QFrame()
        card.setObjectName("card")
        card.setFrameShape(QFrame.Shape.StyledPanel)
        column = QVBoxLayout(card)
        column.setContentsMargins(10, 8, 10, 8)
        column.setSpacing(6)
        for part in parts:
            if isinstance(part, QWidget):
                column.addWidget(part)
            else:
                column.addLayout(part)  # type: ignore[arg-type]
        column.addStretch(1)
        return card

    # -- wiring ----------------------------------------------------------------------------------

    def set_background_sync(self, background: BackgroundSync | None) -> None:
        """The app's background sync: "Sync now" wakes it, and joining a hub (or a district) starts it."""
        self._background = background

    def open(self, language: str) -> None:
        """Show fresh state: the hub, the class it serves, sync status, sticks, hubs on the LAN."""
        self._language = language
        self.sync_status.set_language(language)
        self.district_box.set_language(language)
        self._show_hub_state()
        self.sync_status.attach(self._worker, self._services.sync, self._background)  # type: ignore[attr-defined]
        self.district_box.attach(self._services.sync, self._background)  # type: ignore[attr-defined]
        hub = self._services.hub  # type: ignore[attr-defined]
        self._worker.run(lambda: (hub.address, hub.current_class(), hub.enrolled_devices()), self._show_opened,
                         lambda _error: None)
        self._drive_watcher.start()
        if not self.hub_running:
            self.look_for_hubs()

    def close_screen(self) -> None:
        """Stop watching drives and reading status (the tab is left or the app closes)."""
        self._drive_watcher.stop()
        self.sync_status.detach()
        self.district_box.detach()

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802 - Qt override
        self._drive_watcher.stop()
        super().hideEvent(event)

    def _show_opened(self, state: tuple[object, tuple[str, str] | None, int]) -> None:
        address, current, devices = state
        self.hub_running = address is not None
        if current is not None and not self.school_edit.text().strip():
            self.school_edit.setText(current[0])
            self.class_edit.setText(current[1])
        self._devices = devices
        self._show_hub_state()

    # -- the hub ---------------------------------------------------------------------------------

    def start_hub(self) -> None:
        """Start the class hub and make an enrolment code for the school and class typed."""
        school, klass = self.school_edit.text().strip(), self.class_edit.text().strip()
        if not school or not klass:
            self.hub_note.setText(self.tr("Type the school's name and the class's name first."))
            (self.school_edit if not school else self.class_edit).setFocus()
            return
        hub = self._services.hub  # type: ignore[attr-defined]
        host, port, advertise = self.hub_host, self.hub_port, self.hub_advertise

        def job() -> tuple[HubClass, int]:
            was_running = hub.running
            hub.start(host, port, advertise=advertise)
            try:
                return hub.create_class(school, klass), hub.enrolled_devices()
            except Exception:
                if not was_running:
                    hub.stop()
                raise

        self._set_hub_busy(self.tr("Starting the class hub…"))
        self._worker.run(job, self._hub_started, self._hub_failed)

    def new_code(self) -> None:
        """A fresh enrolment code (e.g. the old one expired or was used up)."""
        self.start_hub()

    def _hub_started(self, result: tuple[HubClass, int]) -> None:
        self.hub_class, self._devices = result
        self.hub_running = True
        self._show_hub_state()

    def _hub_failed(self, error: Exception) -> None:
        self._show_hub_state()
        self.hub_note.setText(self._hub_problem(error))

    def stop_hub(self) -> None:
        """Stop serving; learner PCs keep their answers and send them next time."""
        hub = self._services.hub  # type: ignore[attr-defined]
        self._set_hub_busy(self.tr("Stopping the class hub…"))
        self._worker.run(hub.stop, lambda _none: self._hub_stopped(), self._hub_failed)

    def _hub_stopped(self) -> None:
        self.hub_running = False
        self.hub_class = None
        self._show_hub_state()

    def _set_hub_busy(self, text: str) -> None:
        for button in (self.start_button, self.stop_button, self.new_code_button):
            button.setEnabled(False)
        self.hub_note.setText(text)

    def _show_hub_state(self) -> None:
        running = self.hub_running
        shown = self.hub_class if running else None
        self.start_button.setVisible(not running)
        self.start_button.setEnabled(True)
        self.stop_button.setVisible(running)
        self.stop_button.setEnabled(True)
        self.new_code_button.setVisible(running)
        self.new_code_button.setEnabled(True)
        self.running_box.setVisible(shown is not None)
        # While the hub runs the teacher needs the code big, not the form; this PC joins no other hub.
        self.form_box.setVisible(not running)
        self.join_box.setVisible(not running)
        # A running hub may send its school's answers on to a district server; that box then says how
        # sync stands (the learner PC's line would call the hub "not connected to a class hub").
        self.district_box.setVisible(running)
        self.sync_status.setVisible(not running)
        if shown is not None:
            # The address (IP and port) and the code keep Latin digits in every language: they are read
            # out and typed on other computers (the join form, `sabil sync enroll`, a browser), and an
            # address is only understood with Latin digits; the counts around them follow the language.
            self.address_label.setText(shown.url)
            self.address_label.setAccessibleName(self.tr("Class hub address: %1").replace("%1", shown.url))
            self.code_label.setText(shown.code.replace("@", "\n@"))
            self.code_label.setAccessibleName(self.tr("Enrolment code: %1").replace("%1", shown.code))
            self.qr_label.setPixmap(qr_pixmap(shown.qr_svg))
            self.qr_label.setAccessibleName(self.tr("QR code of the address and the enrolment code"))
            # Counts in the language's digits; the names go in last, as typed (their digits stay).
            self.hub_note.setText(
                filled(
                    self.tr("For %1 · %2. Valid for %3 days and %4 computers."),
                    shown.school_name,
                    shown.class_name,
                    whole_number(shown.valid_days, self._language),
                    whole_number(shown.uses, self._language),
                )
                + " "
                + locale_digits(self.tr("%n learner computer(s) enrolled.", "", self._devices), self._language)
            )
        elif running:
            self.hub_note.setText(self.tr("The class hub is running. Press New code to show an enrolment code."))
        else:
            self.hub_note.setText(
                self.tr("Learner computers send their answers here, so your reports cover the whole class.")
            )

    def _hub_problem(self, error: Exception) -> str:
        code = getattr(error, "code", "")
        if code == "port_in_use":
            return self.tr("Another program is using the class hub's port. Close it (or another Sabil) and try again.")
        if code == "invalid_name":
            return self.tr("Please use names of at most 100 characters.")
        return self.tr("The class hub could not start. Try again, or restart the computer.")

    # -- joining a hub ---------------------------------------------------------------------------

    def look_for_hubs(self) -> None:
        """Look for class hubs on the LAN for a few seconds (on a thread of its own)."""
        if self._browsing:
            return
        self._browsing = True
        self.look_button.setEnabled(False)
        self._show_found_text()

        def browse() -> None:
            try:
                from app.sync.discovery import browse as browse_lan

                found: object = browse_lan(BROWSE_SECONDS)
            except Exception as error:  # no network at all: say so, the address can still be typed
                found = error
            try:
                emit(self._hubs_found, found)
            except RuntimeError:
                pass  # the page was closed while looking: nobody to tell


        threading.Thread(target=browse, name="sabil-hub-browse", daemon=True).start()

    def _show_hubs(self, found: object) -> None:
        self._browsing = False
        self.look_button.setEnabled(True)
        self.hub_list.clear()
        adverts = found if isinstance(found, list) else []
        self._found = adverts
        for advert in adverts:
            school = f" · {advert.school}" if advert.school else ""
            item = QListWidgetItem(f"{advert.name}{school}  ({advert.url})")
            item.setData(URL_ROLE, advert.url)
            self.hub_list.addItem(item)
        self._show_found_text()

    def _show_found_text(self) -> None:
        if self._browsing:
            self.found_label.setText(self.tr("Looking for class hubs…"))
        elif self._found is None:
            self.found_label.setText(self.tr("Class hubs on this network:"))
        elif self._found:
            self.found_label.setText(self.tr("Class hubs on this network (choose one):"))
        else:
            self.found_label.setText(self.tr("No class hub found on this network. Type its address."))

    def _hub_chosen(self, item: QListWidgetItem | None, _previous: object = None) -> None:
        if item is not None:
            self.url_edit.setText(str(item.data(URL_ROLE)))
            self.enrol_code_edit.setFocus()

    def join(self) -> None:
        """Enrol this computer with the hub at the address typed, with the teacher's code."""
        # An Arabic keyboard types ٨٤٧٠ for 8470: an address and a code only work with Latin digits.
        url = to_latin_digits(self.url_edit.text().strip())
        code = to_latin_digits(self.enrol_code_edit.text().strip())
        if not url or not code:
            self.join_note.setText(self.tr("Type the class hub's address and the enrolment code your teacher shows."))
            (self.url_edit if not url else self.enrol_code_edit).setFocus()
            return
        if "://" not in url:
            url = f"https://{url}"
        sync = self._services.sync  # type: ignore[attr-defined]
        self.join_button.setEnabled(False)
        self.join_note.setText(self.tr("Joining…"))
        self._worker.run(lambda: sync.enroll(url, code), self._joined, self._join_failed)

    def _joined(self, info: object) -> None:
        self.join_button.setEnabled(True)
        self.enrol_code_edit.clear()
        self.join_note.setText(
            self.tr("This computer now syncs with %1 · %2.")
            .replace("%1", getattr(info, "school_name", ""))
            .replace("%2", getattr(info, "class_name", ""))
        )
        if self._background is not None:
            if self._background.running:
                self._background.sync_soon()
            else:
                self._background.start()
        self.sync_status.refresh()

    def _join_failed(self, error: Exception) -> None:
        self.join_button.setEnabled(True)
        self.join_note.setText(self._join_problem(getattr(error, "code", "")))

    def _join_problem(self, code: str) -> str:
        if code == "invalid_code":
            return self.tr("This code is not known, has expired or is used up. Ask your teacher for a new one.")
        if code in ("unreachable", "timeout"):
            return self.tr("The class hub could not be reached. Check the address and that the hub is running.")
        if code in ("fingerprint_mismatch", "tls"):
            return self.tr("This is not the class hub of that code. Check the address and the whole code.")
        if code == "already_enrolled":
            return self.tr("This computer belongs to another school's hub. A teacher must remove it there first.")
        if code == "device_revoked":
            return self.tr("This computer was removed from that class hub.")
        return self.tr("Joining did not work. Check the address and the code, and try again.")

    # -- USB sticks ------------------------------------------------------------------------------

    def _drives_changed(self, drives: list[Drive]) -> None:
        self.drives = list(drives)
        self.drive_combo.clear()
        for drive in drives:
            self.drive_combo.addItem(drive.name, str(drive.root))
        has = bool(drives)
        self.drive_combo.setEnabled(has)
        if not has:
            self.drive_combo.addItem(self.tr("No USB stick found"))

    def _chosen_folder(self, title: str) -> Path | None:
        if self.drives and 0 <= self.drive_combo.currentIndex() < len(self.drives):
            return self.drives[self.drive_combo.currentIndex()].root
        folder = QFileDialog.getExistingDirectory(self, title)
        return Path(folder) if folder else None

    def save_to_stick(self) -> None:
        """Write this computer's waiting answers to a sync bundle on the chosen stick."""
        folder = self._chosen_folder(self.tr("Choose where to save the answers"))
        if folder is not None:
            self.save_to(folder)

    def save_to(self, folder: Path) -> None:
        """Write the sync bundle into ``folder`` (on the worker)."""
        sync = self._services.sync  # type: ignore[attr-defined]
        self._set_usb_busy(self.tr("Saving…"))
        self._worker.run(lambda: sync.export_bundle(folder), self._saved, self._usb_failed)

    def _saved(self, file: Path) -> None:
        self._set_usb_busy(None)
        self.usb_note.setText(
            self.tr("Saved to %1. Take the stick to the class hub and load it there.").replace("%1", Path(file).name)
        )

    def load_from_stick(self) -> None:
        """Load the sync bundles on the chosen stick meant for this computer."""
        folder = self._chosen_folder(self.tr("Choose the folder with the sync files"))
        if folder is not None:
            self.load_from(folder)

    def load_from(self, folder: Path) -> None:
        """Find and import the bundles in ``folder`` meant for this computer (on the worker)."""
        services = self._services
        is_hub = self.hub_running

        def job() -> list[tuple[Path, object]]:
            hub_here = is_hub or services.hub.current_class() is not None  # type: ignore[attr-defined]
            files = bundles_to_load([folder], services.device_id, hub_here)  # type: ignore[attr-defined]
            return _load_bundles(services.sync, files)  # type: ignore[attr-defined]

        self._set_usb_busy(self.tr("Loading…"))
        self._worker.run(job, self._loaded, self._usb_failed)

    def _loaded(self, results: list[tuple[Path, object]]) -> None:
        self._set_usb_busy(None)
        if not results:
            self.usb_note.setText(self.tr("There are no sync files for this computer on the stick."))
            return
        added = sum(getattr(result, "events_added", 0) for _file, result in results)
        failed = [file.name for file, result in results if isinstance(result, Exception)]
        replies = sum(1 for _file, result in results if getattr(result, "reply_path", None) is not None)
        lines = [locale_digits(self.tr("Loaded %n answer(s).", "", added), self._language)]
        if replies:
            lines.append(locale_digits(
                self.tr("%n reply file(s) for the learner computers were written to the stick.", "", replies),
                self._language,
            ))
        if failed:
            # File names as written on the stick (their digits are part of the name).
            refused = self.tr("These files were refused and changed nothing: %1")
            lines.append(refused.replace("%1", joined(failed, self._language)))
        self.usb_note.setText(" ".join(lines))
        self.sync_status.refresh()

    def _usb_failed(self, error: Exception) -> None:
        self._set_usb_busy(None)
        code = getattr(error, "code", "")
        if code == "not_enrolled":
            self.usb_note.setText(self.tr("Join a class hub once first: the hub must know this computer."))
        elif code == "bundle_write":
            self.usb_note.setText(self.tr("The file could not be written. Is the stick full or read-only?"))
        else:
            self.usb_note.setText(self.tr("That did not work. Try again, or try another stick."))

    def _set_usb_busy(self, text: str | None) -> None:
        self.save_button.setEnabled(text is None)
        self.load_button.setEnabled(text is None)
        if text is not None:
            self.usb_note.setText(text)

    # -- text ------------------------------------------------------------------------------------

    def retranslate(self) -> None:
        """Set every visible string in the current UI language."""
        self.hub_title.setText(self.tr("Class hub on this computer"))
        self.school_label.setText(self.tr("School"))
        self.class_label.setText(self.tr("Class"))
        self.start_button.setText(self.tr("Start class hub"))
        self.stop_button.setText(self.tr("Stop"))
        self.stop_button.setAccessibleName(self.tr("Stop the class hub"))
        self.new_code_button.setText(self.tr("New code"))
        self.address_caption.setText(self.tr("Address"))
        self.code_caption.setText(self.tr("Enrolment code"))
        self.join_title.setText(self.tr("Join a class hub"))
        self.look_button.setText(self.tr("Look again"))
        self.url_label.setText(self.tr("Address"))
        self.enrol_code_label.setText(self.tr("Code"))
        self.url_edit.setPlaceholderText("https://192.168.1.20:8470")
        self.enrol_code_edit.setPlaceholderText("K7QP-M92X-4TZB@…")
        self.join_button.setText(self.tr("Join"))
        self.usb_label.setText(self.tr("USB stick"))
        self.save_button.setText(self.tr("Save answers to a USB stick"))
        self.load_button.setText(self.tr("Load from a USB stick"))
        self._show_found_text()
        self._show_hub_state()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
