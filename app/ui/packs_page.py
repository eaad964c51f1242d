"""The Packs screen (teacher mode): installed packs, packs on USB drives, import, export, remove, trust.

Every service call runs on the database worker. Import and export show a progress bar with Cancel;
the service undoes everything when cancelled, so the screen only has to say so. Packs that are not
signed by a publisher Sabil trusts are imported only after the teacher confirms it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import shiboken6
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.services.drives import Drive, find_packs
from app.services.errors import ImportCancelled
from app.ui.drive_watcher import DriveProvider, DriveWatcher
from app.ui.export_dialog import ExportDialog, export_file_name
from app.ui.locale_text import isolate
from app.ui.pack_cards import DrivePackCard, InstalledPackCard, sentence
from app.ui.progress_relay import ProgressRelay
from app.ui.titles import localized
from app.ui.worker import ServiceWorker


def _problem_text(error: Exception) -> str:
    """The human sentence of a PackError (or any service error), never a traceback."""
    message = sentence(getattr(error, "message", None) or str(error))
    where = getattr(error, "where", None)
    return f"{message} ({where})" if where and where not in message else message


# A pack file is known by where it is, its size and its modification time.
FileKey = tuple[str, int, int]


@dataclass
class _ScanCache:
    """What the last scans found, valid while the installed packs and the trusted keys stay the same.

    A teacher goes back and forth between the screens with the same stick in: looking again at 50
    files whose pack.json is 400 kB each would cost half a second every time for the same answer.
    """

    state: tuple[object, ...] = ()
    infos: dict[FileKey, object] = field(default_factory=dict)


def _scan_drives(packs: object, drives: list[Drive], cache: _ScanCache) -> tuple[list[tuple[Drive, list[object]]], _ScanCache]:
    """Runs on the worker: each drive's pack files, each looked at quickly (no media hashing)."""
    state = (
        tuple((p.id, p.version, p.verified) for p in packs.installed()),
        tuple(k.key_id for k in packs.trusted_keys()),
    )
    known = cache.infos if cache.state == state else {}
    fresh = _ScanCache(state=state)
    found = []
    for drive in drives:
        infos = []
        for path in find_packs([drive.root]):
            try:
                stat = path.stat()
                key = (str(path), stat.st_size, stat.st_mtime_ns)
                info = known.get(key) or packs.inspect_file(path)
            except OSError:
                continue  # the stick was pulled out while we looked; the watcher will notice
            fresh.infos[key] = info
            infos.append(info)
        found.append((drive, infos))
    return found, fresh


class _Column(QWidget):
    """A heading and a scrolling list of cards."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = QLabel()
        self.heading.setObjectName("heading")
        self.heading.setWordWrap(True)
        self.body = QWidget()
        self.body.setObjectName("scrollBody")
        self.list_layout = QVBoxLayout(self.body)
        self.list_layout.setContentsMargins(0, 0, 4, 0)
        self.list_layout.addStretch()
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setWidget(self.body)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # The heading row also holds the column's tools (e.g. "Trust a publisher key…").
        self.tools = QHBoxLayout()
        self.tools.addWidget(self.heading, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self.tools)
        layout.addWidget(self.scroll, 1)

    def add_tool(self, widget: QWidget) -> None:
        """Put ``widget`` after the heading: beside it when both fit on one line, else under it."""
        self.tools.addWidget(widget, 0, Qt.AlignmentFlag.AlignLeft)
        self.fit_tools()

    def fit_tools(self) -> None:
        """The heading and its tools on one line only when the heading need not wrap for them.

        Beside "Faire confiance à une clé d’éditeur…" the French heading "Sur les clés USB" was squeezed
        into three lines of one or two words.
        """
        self.ensurePolished()
        tools = [self.tools.itemAt(i).widget() for i in range(1, self.tools.count())]
        spacing = max(0, self.tools.spacing())
        needed = self.heading.fontMetrics().horizontalAdvance(self.heading.text()) + sum(
            tool.sizeHint().width() + spacing for tool in tools if tool is not None and not tool.isHidden()
        )
        beside = needed <= self.width()
        self.tools.setDirection(QBoxLayout.Direction.LeftToRight if beside else QBoxLayout.Direction.TopToBottom)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self.fit_tools()

    def clear(self, now: bool = False) -> None:
        """Remove the cards; ``now`` deletes them at once instead of at the next event loop pass."""
        while self.list_layout.count() > 1:
            item = self.list_layout.takeAt(0)
            widget = item.widget()
            if widget is None:
                continue
            if now:
                shiboken6.delete(widget)
            else:
                widget.deleteLater()

    def add(self, widget: QWidget) -> None:
        self.list_layout.insertWidget(self.list_layout.count() - 1, widget)

    def note(self, text: str, object_name: str = "note") -> QLabel:
        label = QLabel(text)
        label.setObjectName(object_name)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)
        self.add(label)
        return label


class PacksPage(QWidget):
    """Lists installed packs and packs on drives; imports, exports, removes packs and trusts keys."""

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
        self._drives: list[Drive] = []
        self._scan_generation = 0
        self._scan_cache = _ScanCache()
        self._relay: ProgressRelay | None = None
        self._job_kind = ""
        self.export_dialog: ExportDialog | None = None
        self.installed_cards: list[InstalledPackCard] = []
        self.drive_cards: list[DrivePackCard] = []
        self.drives_scanned = False
        self.installed_loaded = False

        self.watcher = DriveWatcher(drive_provider, parent=self)
        self.watcher.drives_changed.connect(self._drives_changed)

        self.installed_column = _Column()
        self.drive_column = _Column()
        self.trust_button = QPushButton()
        self.trust_button.clicked.connect(self.choose_key_to_trust)
        self.drive_column.add_tool(self.trust_button)

        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.progress = QProgressBar()
        self.progress.setVisible(False)
        self.cancel_button = QPushButton()
        self.cancel_button.setVisible(False)
        self.cancel_button.clicked.connect(self.cancel)
        progress_row = QHBoxLayout()
        progress_row.addWidget(self.progress, 1)
        progress_row.addWidget(self.cancel_button)

        columns = QHBoxLayout()
        columns.setSpacing(16)
        columns.addWidget(self.installed_column, 1)
        columns.addWidget(self.drive_column, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addLayout(columns, 1)
        layout.addWidget(self.status)
        layout.addLayout(progress_row)
        self.retranslate()

    # -- language --------------------------------------------------------------------------------

    def retranslate(self) -> None:
        """Set every visible string in the current UI language."""
        self.installed_column.heading.setText(self.tr("On this computer"))
        self.drive_column.heading.setText(self.tr("On USB drives"))
        self.trust_button.setText(self.tr("Trust a publisher key…"))
        self.trust_button.setAccessibleName(self.tr("Trust a publisher's public key from a drive"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.cancel_button.setAccessibleName(self.tr("Cancel the import"))
        self.progress.setAccessibleName(self.tr("Progress"))
        self.drive_column.fit_tools()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- opening and closing ---------------------------------------------------------------------

    def open(self, language: str) -> None:
        """Show the screen in ``language``: load installed packs and start watching for drives."""
        self._language = language
        self.installed_loaded = False
        self.drives_scanned = False
        self.status.setText("")
        self.refresh_installed()
        self.watcher.start()

    def close_screen(self) -> None:
        """Stop watching drives and drop the cards (leaving teacher mode).

        The cards are rebuilt on the next ``open``; without them the change back to the children's
        text size re-styles a few widgets instead of hundreds.
        """
        self.watcher.stop()
        self._scan_generation += 1  # a scan still running reports to nobody
        for column in (self.installed_column, self.drive_column):
            column.clear(now=True)  # before the restyle, not after it
        self.installed_cards = []
        self.drive_cards = []

    def set_drive_provider(self, provider: DriveProvider) -> None:
        """List drives with ``provider`` from now on (tests give temporary folders standing for sticks)."""
        self.watcher.set_provider(provider)

    @property
    def busy(self) -> bool:
        """True while an import or export runs."""
        return self._relay is not None

    # -- installed packs -------------------------------------------------------------------------

    def refresh_installed(self) -> None:
        """Reload the installed packs."""
        self._worker.run(self._services.packs.installed, self._show_installed, self._show_error)

    def _show_installed(self, packs: list[object]) -> None:
        column = self.installed_column
        column.clear()
        self.installed_cards = []
        for pack in sorted(packs, key=lambda p: localized(p.title, self._language).casefold()):
            card = InstalledPackCard(pack, self._language)
            card.export_requested.connect(self.ask_export)
            card.remove_requested.connect(self.ask_remove)
            card.export_button.setEnabled(not self.busy)
            card.remove_button.setEnabled(not self.busy)
            column.add(card)
            self.installed_cards.append(card)
        if not packs:
            column.note(self.tr("No packs are installed yet."))
        self.installed_loaded = True

    # -- drives ----------------------------------------------------------------------------------

    def _drives_changed(self, drives: list[Drive]) -> None:
        self._drives = list(drives)
        self.rescan_drives()

    def rescan_drives(self) -> None:
        """Look again at the packs on the drives (after an import, or when a key becomes trusted)."""
        self._scan_generation += 1
        generation = self._scan_generation
        packs = self._services.packs
        drives = list(self._drives)
        cache = self._scan_cache
        self._worker.run(
            lambda: _scan_drives(packs, drives, cache),
            lambda result: self._show_drive_packs(generation, *result),
            self._show_error,
        )

    def _show_drive_packs(
        self, generation: int, found: list[tuple[Drive, list[object]]], cache: _ScanCache
    ) -> None:
        self._scan_cache = cache
        if generation != self._scan_generation:
            return  # a newer scan (a stick plugged in meanwhile) is on its way
        column = self.drive_column
        column.clear()
        self.drive_cards = []
        if not found:
            column.note(self.tr("No USB drive found. Plug in a USB stick with .sabilpack files."))
        for drive, infos in found:
            heading = column.note(self.tr("Drive “%1”").replace("%1", isolate(drive.name)))
            heading.setStyleSheet("font-weight: bold;")
            heading.setToolTip(str(drive.root))
            if not infos:
                column.note(self.tr("No packs on this drive."))
            for info in infos:
                card = DrivePackCard(info, self._language)
                card.import_requested.connect(self.ask_import)
                if card.import_button is not None:
                    card.import_button.setEnabled(not self.busy)
                column.add(card)
                self.drive_cards.append(card)
        self.drives_scanned = True

    # -- import ----------------------------------------------------------------------------------

    def ask_import(self, info: object) -> None:
        """Import a pack file from a drive, after the confirmations it needs."""
        if self.busy:
            return
        title = localized(info.title, self._language) or info.id
        allow_unsigned = False
        if info.trust in ("unsigned", "unknown_key"):
            if not self.confirm_unsigned(title, info):
                self.status.setText(self.tr("Nothing was imported."))
                return
            allow_unsigned = True
        if info.installed_version and info.installed_version != info.version and not info.update_available:
            if not self.confirm_older(title, info.version, info.installed_version):
                self.status.setText(self.tr("Nothing was imported."))
                return
        self.import_file(info.path, title, allow_unsigned)

    def import_file(self, path: Path, title: str, allow_unsigned: bool) -> None:
        """Run the import on the worker with progress and Cancel."""
        relay = self._start_job("import", self.tr("Importing “%1”…").replace("%1", isolate(title)))
        packs = self._services.packs

        def job() -> object:
            return packs.install_file(path, progress=relay, allow_unsigned=allow_unsigned)

        self._worker.run(job, lambda summary: self._import_done(summary), self._job_failed)

    def _import_done(self, summary: object) -> None:
        self._end_job()
        title = localized(summary.title, self._language) or summary.id
        self.status.setText(
            self.tr("“%1” version %2 is installed.").replace("%1", isolate(title)).replace("%2", summary.version)
        )
        self.refresh_installed()
        self.rescan_drives()

    def confirm_unsigned(self, title: str, info: object) -> bool:
        """Ask before importing a pack no trusted publisher signed (a method so tests can answer it)."""
        if info.trust == "unknown_key":
            detail = self.tr("It is signed by “%1” (key %2), a publisher Sabil does not know.")
            detail = detail.replace("%1", isolate(info.publisher or "?")).replace("%2", (info.key_id or "?")[:8].upper())
        else:
            detail = self.tr("It is not signed by any publisher.")
        return self._ask(
            self.tr("Unverified pack"),
            self.tr("This pack is not signed by a publisher Sabil knows, so nobody can vouch for what is in it.")
            + "\n\n"
            + detail
            + "\n\n"
            + self.tr("Import “%1” anyway? It will be marked unverified.").replace("%1", isolate(title)),
            self.tr("Import anyway"),
        )

    def confirm_older(self, title: str, version: str, installed: str) -> bool:
        """Ask before replacing an installed pack with an older version."""
        return self._ask(
            self.tr("Older version"),
            self.tr("Version %1 of “%2” is installed. Replace it with the older version %3?")
            .replace("%1", installed)
            .replace("%2", isolate(title))
            .replace("%3", version),
            self.tr("Replace"),
        )

    # -- export ----------------------------------------------------------------------------------

    def ask_export(self, pack: object) -> None:
        """Ask where to export a pack (and whether to sign it), then export it."""
        if self.busy:
            return
        title = localized(pack.title, self._language) or pack.id
        dialog = ExportDialog(title, export_file_name(pack.id, pack.version), self._drives, self)
        self.export_dialog = dialog
        if dialog.exec() == ExportDialog.DialogCode.Accepted and dialog.destination() is not None:
            self.export_pack(pack, dialog.destination(), dialog.key_file())
        self.export_dialog = None
        dialog.deleteLater()

    def export_pack(self, pack: object, folder: Path, key_file: Path | None = None) -> None:
        """Write ``pack`` into ``folder`` as ``<id>-<version>.sabilpack``, signed when a key is given."""
        title = localized(pack.title, self._language) or pack.id
        out = Path(folder) / export_file_name(pack.id, pack.version)
        relay = self._start_job("export", self.tr("Exporting “%1”…").replace("%1", isolate(title)))
        packs = self._services.packs
        pack_id = pack.id

        def job() -> object:
            return packs.export(pack_id, out, key_file=key_file, progress=relay)

        self._worker.run(job, lambda written: self._export_done(title, Path(written)), self._job_failed)

    def _export_done(self, title: str, written: Path) -> None:
        self._end_job()
        self.status.setText(self.tr("“%1” was saved as %2.").replace("%1", isolate(title)).replace("%2", isolate(str(written))))
        self.rescan_drives()

    # -- remove ----------------------------------------------------------------------------------

    def ask_remove(self, pack: object) -> None:
        """Remove an installed pack after the teacher confirms it."""
        if self.busy:
            return
        title = localized(pack.title, self._language) or pack.id
        if not self.confirm_remove(title):
            return
        packs = self._services.packs
        pack_id = pack.id
        self._worker.run(lambda: packs.remove(pack_id), lambda _none: self._removed(title), self._job_failed)

    def confirm_remove(self, title: str) -> bool:
        """Ask before removing a pack; says that learners' history is kept."""
        return self._ask(
            self.tr("Remove pack"),
            self.tr(
                "Remove “%1” from this computer? Learners will no longer practise it. Their answers so far are kept."
            ).replace("%1", isolate(title)),
            self.tr("Remove"),
            destructive=True,
        )

    def _removed(self, title: str) -> None:
        self.status.setText(self.tr("“%1” was removed.").replace("%1", isolate(title)))
        self.refresh_installed()
        self.rescan_drives()

    # -- trust -----------------------------------------------------------------------------------

    def choose_key_to_trust(self) -> None:
        """Pick a publisher's public key file (``*.pub``) on a drive and trust it."""
        start = str(self._drives[0].root) if self._drives else ""
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Choose a publisher's public key"), start, self.tr("Public keys (*.pub);;All files (*)")
        )
        if path:
            self.trust_key_file(Path(path))

    def trust_key_file(self, path: Path) -> None:
        """Trust the public key in ``path`` (packs it signed then show as verified)."""
        packs = self._services.packs
        self._worker.run(lambda: packs.trust_key(path), self._trusted, self._show_error)

    def _trusted(self, key: object) -> None:
        self.status.setText(
            self.tr("Sabil now trusts packs signed by “%1” (key %2).")
            .replace("%1", isolate(key.publisher))
            .replace("%2", key.key_id[:8].upper())
        )
        self.rescan_drives()

    # -- long jobs -------------------------------------------------------------------------------

    def _start_job(self, kind: str, text: str) -> ProgressRelay:
        self._job_kind = kind
        relay = ProgressRelay(self)
        relay.advanced.connect(self._advanced)
        self._relay = relay
        self.status.setText(text)
        self.progress.setRange(0, 0)  # busy until the service says how many steps there are
        self.progress.setVisible(True)
        self.cancel_button.setEnabled(True)
        self.cancel_button.setVisible(True)
        self._set_actions_enabled(False)
        self.cancel_button.setFocus()
        return relay

    def _advanced(self, done: int, total: int) -> None:
        if self._relay is None:
            return
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(min(done, max(total, 1)))

    def cancel(self) -> None:
        """Stop the running import or export; the service leaves no trace of it."""
        if self._relay is not None:
            self._relay.cancel()
            self.cancel_button.setEnabled(False)
            self.status.setText(self.tr("Cancelling…"))

    def _end_job(self) -> None:
        if self._relay is not None:
            self._relay.deleteLater()
        self._relay = None
        self._job_kind = ""
        self.progress.setVisible(False)
        self.cancel_button.setVisible(False)
        self._set_actions_enabled(True)

    def _job_failed(self, error: Exception) -> None:
        kind = self._job_kind
        self._end_job()
        if isinstance(error, ImportCancelled):
            self.status.setText(self.tr("Cancelled. Nothing was changed."))
        elif kind == "import":
            self.status.setText(self.tr("This pack cannot be imported: %1").replace("%1", _problem_text(error)))
        elif kind == "export":
            self.status.setText(self.tr("The pack could not be exported: %1").replace("%1", _problem_text(error)))
        else:
            self._show_error(error)
        self.refresh_installed()
        self.rescan_drives()

    def _show_error(self, error: Exception) -> None:
        self.status.setText(self.tr("This did not work: %1").replace("%1", _problem_text(error)))

    def _set_actions_enabled(self, enabled: bool) -> None:
        for card in self.installed_cards:
            card.export_button.setEnabled(enabled)
            card.remove_button.setEnabled(enabled)
        for card in self.drive_cards:
            if card.import_button is not None:
                card.import_button.setEnabled(enabled)
        self.trust_button.setEnabled(enabled)

    def _ask(self, title: str, text: str, yes: str, destructive: bool = False) -> bool:
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(title)
        box.setTextFormat(Qt.TextFormat.PlainText)  # the text quotes pack titles, which are untrusted
        box.setText(text)
        role = QMessageBox.ButtonRole.DestructiveRole if destructive else QMessageBox.ButtonRole.AcceptRole
        accept = box.addButton(yes, role)
        keep = box.addButton(self.tr("Cancel"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)
        box.exec()
        return box.clickedButton() is accept

