"""Where to export an installed pack (a drive, or any folder) and whether to sign it with a teacher key."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.services.drives import Drive
from app.ui.locale_text import isolate

_OTHER = "other"


def export_file_name(pack_id: str, version: str) -> str:
    """The exported file's name: id and version, so two versions on one stick never overwrite each other."""
    return f"{pack_id}-{version}.sabilpack"


class ExportDialog(QDialog):
    """Asks for a destination folder (drives first) and an optional private key file to sign with."""

    def __init__(
        self, title: str, file_name: str, drives: list[Drive], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export a pack"))
        self._other_folder: Path | None = None

        heading = QLabel(self.tr("Export “%1”").replace("%1", isolate(title)))
        heading.setObjectName("heading")
        heading.setWordWrap(True)
        self.file_note = QLabel(self.tr("The file will be called %1.").replace("%1", isolate(file_name)))
        self.file_note.setObjectName("note")
        self.file_note.setWordWrap(True)

        self.destination_box = QComboBox()
        self.destination_box.setAccessibleName(self.tr("Where to save the pack"))
        for drive in drives:
            self.destination_box.addItem(f"{drive.name} ({drive.root})", str(drive.root))
        self.destination_box.addItem(self.tr("Another folder…"), _OTHER)
        self.destination_box.activated.connect(self._destination_chosen)

        self.sign_box = QCheckBox(self.tr("Sign it with my teacher key"))
        self.sign_box.setAccessibleName(self.tr("Sign the exported pack with my teacher key"))
        self.key_field = QLineEdit()
        self.key_field.setReadOnly(True)
        self.key_field.setAccessibleName(self.tr("Teacher key file"))
        self.key_button = QPushButton(self.tr("Choose key file…"))
        self.key_button.setAccessibleName(self.tr("Choose the private key file to sign with"))
        self.key_button.clicked.connect(self._choose_key)
        key_row = QHBoxLayout()
        key_row.addWidget(self.key_field, 1)
        key_row.addWidget(self.key_button)
        self.sign_note = QLabel(
            self.tr("Schools that trust your public key will see the pack as verified.")
        )
        self.sign_note.setObjectName("note")
        self.sign_note.setWordWrap(True)
        self.sign_box.toggled.connect(self._update)

        self.button_box = QDialogButtonBox()
        self.export_button = self.button_box.addButton(self.tr("Export"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.button_box.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        self.button_box.accepted.connect(self.accept)
        self.button_box.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(QLabel(self.tr("Save to:")))
        layout.addWidget(self.destination_box)
        layout.addWidget(self.file_note)
        layout.addWidget(self.sign_box)
        layout.addLayout(key_row)
        layout.addWidget(self.sign_note)
        layout.addWidget(self.button_box)
        self._update()

    def destination(self) -> Path | None:
        """The chosen folder (None when "Another folder…" is selected but none was picked)."""
        data = self.destination_box.currentData()
        if data == _OTHER:
            return self._other_folder
        return Path(data) if data else None

    def key_file(self) -> Path | None:
        """The private key file to sign with, or None for an unsigned export."""
        text = self.key_field.text().strip()
        return Path(text) if self.sign_box.isChecked() and text else None

    def set_other_folder(self, folder: Path) -> None:
        """Use ``folder`` as the destination (what the folder chooser does; tests call it directly)."""
        self._other_folder = Path(folder)
        index = self.destination_box.findData(_OTHER)
        self.destination_box.setItemText(index, str(folder))
        self.destination_box.setCurrentIndex(index)
        self._update()

    def set_key_file(self, path: Path) -> None:
        """Sign with the private key in ``path``."""
        self.key_field.setText(str(path))
        self.sign_box.setChecked(True)
        self._update()

    def _destination_chosen(self, index: int) -> None:
        if self.destination_box.itemData(index) == _OTHER:
            folder = QFileDialog.getExistingDirectory(self, self.tr("Choose a folder to save the pack in"))
            if folder:
                self.set_other_folder(Path(folder))
        self._update()

    def _choose_key(self) -> None:
        # No name filter: `sabil pack keygen -o FILE` lets the teacher call the key file anything.
        path, _filter = QFileDialog.getOpenFileName(self, self.tr("Choose your private key file"))
        if path:
            self.set_key_file(Path(path))

    def _update(self) -> None:
        signing = self.sign_box.isChecked()
        self.key_field.setEnabled(signing)
        self.key_button.setEnabled(signing)
        ready = self.destination() is not None and (not signing or bool(self.key_field.text().strip()))
        self.export_button.setEnabled(ready)
