"""Roster import: choose a CSV (name, class, optional PIN), see every row as it would be imported
with its problems, then import all of it or nothing.

The preview and the import both run on the database worker (``services.roster``); PINs are hashed
there too, so a class of 30 with PINs does not freeze the window.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.ui.adult.messages import adult_message, row_problem
from app.ui.locale_text import joined, locale_digits, whole_number
from app.ui.signals import emit
from app.ui.worker import ServiceWorker

COLUMNS = 5  # line, name, class, PIN, what happens
PROBLEM_BACKGROUND = QColor("#fdf1d6")


class RosterImportDialog(QDialog):
    """``imported(RosterResult)`` after a successful import."""

    imported = Signal(object)

    def __init__(
        self, worker: ServiceWorker, services: object, parent: QWidget | None = None, language: str = "en"
    ) -> None:
        super().__init__(parent)
        self._worker = worker
        self._services = services
        self._language = language  # the adult's: numbers and lists are written its way
        self.path: Path | None = None
        self.preview: object | None = None
        self.result: object | None = None

        self.explain = QLabel()
        self.explain.setWordWrap(True)
        self.choose_button = QPushButton()
        self.choose_button.clicked.connect(self.choose_file)
        self.file_label = QLabel()
        self.file_label.setTextFormat(Qt.TextFormat.PlainText)
        self.file_label.setObjectName("note")
        file_row = QHBoxLayout()
        file_row.addWidget(self.choose_button)
        file_row.addWidget(self.file_label, 1)

        self.table = QTableWidget(0, COLUMNS)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COLUMNS - 1, QHeaderView.ResizeMode.Stretch)
        self.table.setWordWrap(True)

        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.import_button = QPushButton()
        self.import_button.setObjectName("primary")
        self.import_button.setEnabled(False)
        self.import_button.clicked.connect(self.import_now)
        self.close_button = QPushButton()
        self.close_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch()
        buttons.addWidget(self.close_button)
        buttons.addWidget(self.import_button)

        layout = QVBoxLayout(self)
        layout.addWidget(self.explain)
        layout.addLayout(file_row)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.summary)
        layout.addLayout(buttons)
        self.resize(900, 520)
        self.retranslate()

    def retranslate(self) -> None:
        """Set every visible string in the current UI language."""
        self.setWindowTitle(self.tr("Import a class list"))
        self.explain.setText(
            self.tr(
                "Choose a CSV file with one learner per row: name, class and an optional PIN. "
                "Save it from a spreadsheet as \"CSV UTF-8\". You will see every row before anything is imported."
            )
        )
        self.choose_button.setText(self.tr("Choose file…"))
        self.choose_button.setAccessibleName(self.tr("Choose the class list file"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Row"), self.tr("Name"), self.tr("Class"), self.tr("PIN"), self.tr("What happens")]
        )
        self.table.setAccessibleName(self.tr("Preview of the class list"))
        self.import_button.setText(self.tr("Import"))
        self.close_button.setText(self.tr("Close"))
        if self.preview is not None:
            self._show_preview(self.preview)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- choosing and previewing -------------------------------------------------------------------

    def choose_file(self) -> None:
        """Ask for the CSV file, then preview it."""
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose the class list"), "", self.tr("Class lists (*.csv *.txt);;All files (*)")
        )
        if name:
            self.load_file(Path(name))

    def load_file(self, path: Path) -> None:
        """Preview ``path`` (nothing is imported yet)."""
        self.path = Path(path)
        self.result = None
        self.file_label.setText(self.path.name)
        self.import_button.setEnabled(False)
        self.summary.setText(self.tr("Reading the file…"))
        roster = self._services.roster
        self._worker.run(lambda: roster.preview_file(path), self._show_preview, self._on_error)

    def _show_preview(self, preview: object) -> None:
        self.preview = preview
        self.table.setRowCount(len(preview.rows))
        for index, row in enumerate(preview.rows):
            what = self._row_outcome(row)
            cells = (whole_number(row.line, self._language), row.name, row.class_name, self.tr("yes") if row.has_pin else "", what)
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if row.errors:
                    item.setBackground(QBrush(PROBLEM_BACKGROUND))
                self.table.setItem(index, column, item)
        self.table.resizeRowsToContents()
        self.summary.setText(self._summary_text(preview))
        self.import_button.setEnabled(preview.ok and preview.new_learners > 0)

    def _row_outcome(self, row: object) -> str:
        if row.errors:
            # The mark carries the meaning as well as the colour.
            return "⚠ " + " ".join(row_problem(e.code) for e in row.errors)
        if row.status == "exists":
            return self.tr("Already in this class: skipped")
        return self.tr("New learner")

    def _summary_text(self, preview: object) -> str:
        if preview.file_error is not None:
            return row_problem(preview.file_error.code)
        problems = sum(1 for r in preview.rows if r.errors)
        if problems:
            return locale_digits(
                self.tr(
                    "%n row(s) have problems (marked ⚠). Nothing will be imported until they are fixed in the file.",
                    "",
                    problems,
                ),
                self._language,
            )
        skipped = sum(1 for r in preview.rows if r.status == "exists")
        lines = [locale_digits(self.tr("%n new learner(s) will be added.", "", preview.new_learners), self._language)]
        if preview.new_classes:
            lines.append(self.tr("New classes: %1").replace("%1", joined(preview.new_classes, self._language)))
        if skipped:
            text = self.tr("%n learner(s) are already in their class and will be skipped.", "", skipped)
            lines.append(locale_digits(text, self._language))
        return " ".join(lines)

    # -- importing ---------------------------------------------------------------------------------

    def import_now(self) -> None:
        """Import the previewed file: every new learner, or (if anything changed) nobody."""
        if self.path is None or self.preview is None or not self.preview.ok:
            return
        self.import_button.setEnabled(False)
        self.choose_button.setEnabled(False)
        self.summary.setText(self.tr("Importing…"))
        roster, path = self._services.roster, self.path
        self._worker.run(lambda: roster.import_file(path), self._on_imported, self._on_import_error)

    def _on_imported(self, result: object) -> None:
        self.result = result
        self.choose_button.setEnabled(True)
        text = self.tr("%n learner(s) imported.", "", len(result.learner_ids))
        if result.skipped:
            text += " " + self.tr("%n already there, skipped.", "", result.skipped)
        text = locale_digits(text, self._language)
        self.summary.setText(text)
        emit(self.imported, result)

    def _on_import_error(self, error: Exception) -> None:
        self.choose_button.setEnabled(True)
        preview = getattr(error, "preview", None)
        if preview is not None:
            # The file or the classes changed since the preview: show the new problems.
            self._show_preview(preview)
            return
        self._on_error(error)

    def _on_error(self, error: Exception) -> None:
        self.summary.setText(adult_message(getattr(error, "code", "")))
