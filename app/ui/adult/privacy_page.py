"""Privacy (teacher mode): export everything about one learner, delete a learner, and what leaves this computer.

The export writes two files into a folder the adult chooses (a USB stick, say): ``.json`` with
everything, for another program, and ``.zip`` with the same as spreadsheet tables (CSV). Deleting
asks first, in the page itself, naming the learner and saying what happens.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.ui.adult.confirm_bar import ConfirmBar
from app.ui.adult.messages import adult_message
from app.ui.locale_dates import date_and_time
from app.ui.locale_text import joined
from app.ui.worker import ServiceWorker

LEARNER_ROLE = Qt.ItemDataRole.UserRole
# Characters no file system takes in a name (Windows is the strictest), replaced in export names.
_UNSAFE = '<>:"/\\|?*'


def export_stem(name: str, day: date) -> str:
    """"Sabil - Amina - 2026-11-23": a file name stem that is safe on every drive."""
    safe = "".join("_" if c in _UNSAFE or ord(c) < 32 else c for c in name).strip(" .") or "learner"
    return f"Sabil - {safe} - {day.isoformat()}"


def _export_both(privacy: object, learner_id: str, folder: Path, stem: str) -> list[Path]:
    """Runs on the worker: the JSON and the CSV tables (zip) of one learner."""
    return [privacy.export(learner_id, folder / f"{stem}{suffix}").path for suffix in (".json", ".zip")]


class PrivacyPage(QWidget):
    """Learners (left); export, delete with confirmation, and the sharing overview (right)."""

    def __init__(self, worker: ServiceWorker, services: object, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._worker = worker
        self._services = services
        self._language = "en"
        self._learners: list[object] = []
        self.sharing: object | None = None
        self.exported: list[Path] = []
        self._to_delete: object | None = None

        self.learners_label = QLabel()
        self.learners_label.setObjectName("heading")
        self.learner_list = QListWidget()
        self.learner_list.currentItemChanged.connect(lambda *_: self._selection_changed())
        left = QVBoxLayout()
        left.addWidget(self.learners_label)
        left.addWidget(self.learner_list, 1)

        self.export_button = QPushButton()
        self.export_button.clicked.connect(self.choose_export_folder)
        self.delete_button = QPushButton()
        self.delete_button.clicked.connect(self.ask_delete)
        actions = QHBoxLayout()
        actions.addWidget(self.export_button)
        actions.addWidget(self.delete_button)
        actions.addStretch()

        self.confirm_box = ConfirmBar()

        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.sharing_label = QLabel()
        self.sharing_label.setObjectName("heading")
        self.sharing_text = QLabel()
        self.sharing_text.setWordWrap(True)
        self.sharing_text.setTextFormat(Qt.TextFormat.PlainText)
        self.sharing_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        right = QVBoxLayout()
        right.addLayout(actions)
        right.addWidget(self.confirm_box)
        right.addWidget(self.status)
        right.addSpacing(8)
        right.addWidget(self.sharing_label)
        right.addWidget(self.sharing_text)
        right.addStretch(1)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.setSpacing(16)
        layout.addLayout(left, 1)
        layout.addLayout(right, 2)
        self.retranslate()

    def retranslate(self) -> None:
        """Set every visible string in the current UI language."""
        self.learners_label.setText(self.tr("Learners"))
        self.learner_list.setAccessibleName(self.tr("Learners on this computer"))
        self.export_button.setText(self.tr("Export everything…"))
        self.export_button.setAccessibleName(self.tr("Export everything about this learner to a folder"))
        self.delete_button.setText(self.tr("Delete learner…"))
        self.delete_button.setAccessibleName(self.tr("Delete this learner"))
        self.sharing_label.setText(self.tr("What leaves this computer"))
        self._show_sharing()
        self._selection_changed()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- data --------------------------------------------------------------------------------------

    def open(self, language: str) -> None:
        """Show the screen in ``language``: the learners and what is shared."""
        self._language = language
        self.status.setText("")
        self.confirm_box.cancel()
        self.refresh()

    def refresh(self) -> None:
        """Reload the learners and the sharing overview."""
        self._worker.run(self._services.learners.list, self._show_learners, self._on_error)
        self._worker.run(self._services.privacy.sharing, self._on_sharing, self._on_error)

    def select_learner(self, learner_id: str) -> None:
        """Select a learner (as a click in the list does)."""
        for row in range(self.learner_list.count()):
            if self.learner_list.item(row).data(LEARNER_ROLE) == learner_id:
                self.learner_list.setCurrentRow(row)
                return

    def selected(self) -> object | None:
        """The chosen learner's profile, if any."""
        item = self.learner_list.currentItem()
        if item is None:
            return None
        return next((p for p in self._learners if p.id == item.data(LEARNER_ROLE)), None)

    def _show_learners(self, learners: list[object]) -> None:
        chosen = self.selected()
        self._learners = list(learners)
        self.learner_list.clear()
        for learner in self._learners:
            item = QListWidgetItem(learner.display_name)
            item.setData(LEARNER_ROLE, learner.id)
            self.learner_list.addItem(item)
        if chosen is not None:
            self.select_learner(chosen.id)
        elif self._learners:
            self.learner_list.setCurrentRow(0)
        self._selection_changed()

    def _selection_changed(self) -> None:
        has = self.selected() is not None
        self.export_button.setEnabled(has)
        self.delete_button.setEnabled(has)
        chosen, pending = self.selected(), self._to_delete
        if self.confirm_box.isVisible() and (chosen is None or pending is None or chosen.id != pending.id):
            self.confirm_box.cancel()  # the question was about another learner

    # -- export ------------------------------------------------------------------------------------

    def choose_export_folder(self) -> None:
        """Ask for a folder (a USB stick, say), then export there."""
        if self.selected() is None:
            return
        folder = QFileDialog.getExistingDirectory(self, self.tr("Choose where to save the export"))
        if folder:
            self.export_to(Path(folder))

    def export_to(self, folder: Path) -> None:
        """Write the chosen learner's export (JSON and CSV tables) into ``folder``."""
        learner = self.selected()
        if learner is None:
            return
        privacy = self._services.privacy
        stem = export_stem(learner.display_name, date.today())
        self.export_button.setEnabled(False)
        self.status.setText(self.tr("Exporting…"))
        self._worker.run(lambda: _export_both(privacy, learner.id, folder, stem), self._on_exported, self._on_error)

    def _on_exported(self, paths: list[Path]) -> None:
        self.exported = list(paths)
        self.export_button.setEnabled(self.selected() is not None)
        names = "\n".join(p.name for p in paths)
        folder = str(paths[0].parent) if paths else ""
        self.status.setText(
            self.tr("Saved in %1:\n%2\nThe .json file holds everything; the .zip holds the same as spreadsheet tables.")
            .replace("%1", folder)
            .replace("%2", names)
        )

    # -- delete ------------------------------------------------------------------------------------

    def ask_delete(self) -> None:
        """Show the confirmation, naming the learner; nothing is deleted yet."""
        learner = self.selected()
        if learner is None:
            return
        self._to_delete = learner
        name = learner.display_name
        self.confirm_box.ask(
            self.tr(
                "Delete %1? Their profile, goals and own plans are removed from this computer, and from every "
                "device this one syncs with. This cannot be undone: export first if the family wants a copy."
            ).replace("%1", name),
            self.tr("Delete %1").replace("%1", name),
            lambda: self._delete(learner),
        )

    def _delete(self, learner: object) -> None:
        """The adult confirmed: delete the learner (a tombstone that syncs)."""
        self._to_delete = None
        privacy = self._services.privacy
        self._worker.run(lambda: privacy.delete(learner.id), lambda _none: self._on_deleted(learner), self._on_error)

    def _on_deleted(self, learner: object) -> None:
        self.status.setText(self.tr("%1 was deleted.").replace("%1", learner.display_name))
        self.learner_list.setCurrentRow(-1)
        self.refresh()

    # -- sharing -----------------------------------------------------------------------------------

    def _on_sharing(self, sharing: object) -> None:
        self.sharing = sharing
        self._show_sharing()

    def _show_sharing(self) -> None:
        sharing = self.sharing
        if sharing is None:
            self.sharing_text.setText("")
            return
        if not sharing.enrolled:
            self.sharing_text.setText(
                self.tr("Nothing. This computer is not connected to a class hub, so everything stays here.")
            )
            return
        kinds = {
            "profiles": self.tr("learner names and settings (never PINs)"),
            "answers": self.tr("their answers"),
            "classes": self.tr("classes and groups"),
            "plans": self.tr("learning plans"),
            "goals": self.tr("learners' goals"),
            "confidence": self.tr("how sure learners felt"),
        }
        what = joined((kinds.get(k, k) for k in sharing.data_kinds), self._language)
        where = sharing.school_name or sharing.server_url
        lines = [self.tr("This computer sends %1 to %2 (%3).").replace("%1", what).replace("%2", where).replace("%3", sharing.server_url)]
        if sharing.class_name:
            lines.append(self.tr("Class on the hub: %1").replace("%1", sharing.class_name))
        if sharing.last_success is not None:
            when = date_and_time(sharing.last_success, self._language)
            lines.append(self.tr("Last sent: %1").replace("%1", when))
        sent = [s.display_name for s in sharing.learners if s.sent_to_hub]
        lines.append(self.tr("Learners sent so far: %1").replace("%1", joined(sent, self._language) if sent else self.tr("none yet")))
        self.sharing_text.setText("\n".join(lines))

    def _on_error(self, error: Exception) -> None:
        self.export_button.setEnabled(self.selected() is not None)
        if isinstance(error, OSError):
            self.status.setText(self.tr("The export could not be written there. Is the drive full or read-only?"))
        else:
            self.status.setText(adult_message(getattr(error, "code", "")))
