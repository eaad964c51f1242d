"""A small dialog to give a class or a group a new name.

The name is saved through the service on the database worker; a refused name (empty, too long,
already used) is said in a sentence inside the dialog, which stays open with what was typed, so the
adult can correct it rather than start again.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from app.ui.adult.messages import adult_message
from app.ui.signals import emit
from app.ui.worker import ServiceWorker

NAME_MAX = 60  # the classes service's limit


class RenameDialog(QDialog):
    """``renamed(result)`` with what ``save(name)`` returned, once the service accepted the name."""

    renamed = Signal(object)

    def __init__(
        self,
        worker: ServiceWorker,
        title: str,
        prompt: str,
        current: str,
        save: Callable[[str], object],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._worker = worker
        self._save = save
        self.setWindowTitle(title)
        self.setMinimumWidth(420)
        self.prompt = QLabel(prompt)
        self.prompt.setWordWrap(True)
        self.prompt.setTextFormat(Qt.TextFormat.PlainText)  # names typed by adults or read from files
        self.name_edit = QLineEdit(current)
        self.name_edit.setMaxLength(NAME_MAX + 20)  # a little over, so "too long" is said rather than cut silently
        self.name_edit.setAccessibleName(prompt)
        self.name_edit.selectAll()
        self.name_edit.returnPressed.connect(self.submit)
        self.problem = QLabel()
        self.problem.setObjectName("error")
        self.problem.setWordWrap(True)
        self.problem.setTextFormat(Qt.TextFormat.PlainText)
        self.problem.setVisible(False)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.clicked.connect(self.reject)
        self.save_button = QPushButton(self.tr("Rename"))
        self.save_button.setObjectName("primary")
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.submit)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.prompt)
        layout.addWidget(self.name_edit)
        layout.addWidget(self.problem)
        layout.addLayout(buttons)

    def submit(self) -> None:
        """Save the name typed; the dialog closes only when the service accepted it."""
        name, save = self.name_edit.text(), self._save
        self.save_button.setEnabled(False)
        self._worker.run(lambda: save(name), self._on_saved, self._on_refused)

    def _on_saved(self, result: object) -> None:
        self.save_button.setEnabled(True)
        emit(self.renamed, result)
        self.accept()

    def _on_refused(self, error: Exception) -> None:
        self.save_button.setEnabled(True)
        self.problem.setText(adult_message(getattr(error, "code", "")))
        self.problem.setVisible(True)
        self.name_edit.setFocus()
        self.name_edit.selectAll()
