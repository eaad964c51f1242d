"""The Reports tab of teacher mode: who is shown (everyone, a class or a group), which pack, the four
reports as tabs, and Export (CSV for a spreadsheet, PDF to print on A4).

The page keeps the choice of learners and pack while the teacher moves between reports; each
report is asked for again when its tab is shown, so it always reflects the latest answers.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QEvent, QStandardPaths, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.ui.reports.class_heatmap import ClassHeatmap
from app.ui.reports.difficult_items import DifficultItemsView
from app.ui.reports.help_needed import HelpNeededView
from app.ui.reports.learner_report import LearnerReport
from app.ui.reports.report_export import write_pdf, write_table_csv
from app.ui.reports.report_view import ReportView
from app.ui.style import DEFAULT_TEXT_SIZE, base_point_size
from app.ui.titles import localized
from app.ui.worker import ServiceWorker

EVERYONE = "everyone"
TABLE_POINTS_SMALLER = 3
CONTROL_POINTS_SMALLER = 2


def _scopes_and_packs(services: object) -> tuple[list[object], list[object]]:
    """Runs on the worker: the classes (with their groups) and the installed packs.

    Not ``reports.packs()``: counting every answer per pack costs as much as the heatmap itself
    on a semester of a whole class. The first report picks the pack the learners use most and the
    choice is kept from then on."""
    return services.classes.list(), services.packs.installed()


class ReportsPage(QWidget):
    """The report screens with one bar for the learners shown, the pack and export."""

    def __init__(self, worker: ServiceWorker, services: object, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._worker = worker
        self._services = services
        self.language = "en"
        self._filling = False  # True while the combo boxes are refilled: no reload per item

        self.scope = QComboBox()
        self.scope.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.scope.setMinimumContentsLength(12)
        self.scope.currentIndexChanged.connect(self._choice_changed)
        self.pack = QComboBox()
        self.pack.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.pack.setMinimumContentsLength(14)
        self.pack.currentIndexChanged.connect(self._pack_changed)
        self._pack_id: str | None = None  # None until the first report has picked the most used pack
        self.csv_button = QPushButton()
        self.csv_button.clicked.connect(lambda: self.choose_export_file("csv"))
        self.pdf_button = QPushButton()
        self.pdf_button.clicked.connect(lambda: self.choose_export_file("pdf"))
        self.status = QLabel()
        self.status.setObjectName("note")
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)

        self.heatmap = ClassHeatmap(worker, services)
        self.learner = LearnerReport(worker, services)
        self.help = HelpNeededView(worker, services)
        self.difficult = DifficultItemsView(worker, services)
        self.views: tuple[ReportView, ...] = (self.heatmap, self.learner, self.help, self.difficult)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        for view in self.views:
            self.tabs.addTab(view, "")
            view.failed.connect(self._show_problem)
            view.loaded.connect(self._report_shown)
        self.tabs.currentChanged.connect(lambda _index: self.load_current())
        self.heatmap.learner_chosen.connect(self.show_learner)
        self.help.learner_chosen.connect(self.show_learner)

        bar = QHBoxLayout()
        bar.addWidget(self.scope, 2)
        bar.addWidget(self.pack, 3)
        bar.addStretch()
        bar.addWidget(self.csv_button)
        bar.addWidget(self.pdf_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.setSpacing(4)
        layout.addLayout(bar)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.status)
        # Tables hold many numbers: a little smaller than body text, still readable at arm's length.
        table_size = base_point_size(DEFAULT_TEXT_SIZE) - TABLE_POINTS_SMALLER
        control_size = base_point_size(DEFAULT_TEXT_SIZE) - CONTROL_POINTS_SMALLER
        self.setStyleSheet(
            f"QTreeWidget, QListWidget, QTableView, QHeaderView {{ font-size: {table_size}pt; }}"
            f" QComboBox, QPushButton {{ font-size: {control_size}pt; }}"
            " QPushButton { min-height: 28px; padding: 4px 12px; }"
            " QComboBox { min-height: 26px; padding: 2px 8px; }"
        )
        self.retranslate()

    # -- language --------------------------------------------------------------------------------

    def retranslate(self) -> None:
        """Set every visible string in the current UI language."""
        self.scope.setAccessibleName(self.tr("Learners shown: everyone, a class or a group"))
        self.scope.setToolTip(self.scope.accessibleName())
        self.pack.setAccessibleName(self.tr("Content pack the reports are about"))
        self.pack.setToolTip(self.pack.accessibleName())
        if self.scope.count():
            self.scope.setItemText(0, self.tr("All learners"))
        self.csv_button.setText(self.tr("Save as CSV…"))
        self.csv_button.setAccessibleName(self.tr("Save this report as a CSV file for a spreadsheet"))
        self.pdf_button.setText(self.tr("Save as PDF…"))
        self.pdf_button.setAccessibleName(self.tr("Save this report as a PDF file to print"))
        for view in self.views:
            self.tabs.setTabText(self.tabs.indexOf(view), view.title())

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- opening ---------------------------------------------------------------------------------

    def open(self, language: str) -> None:
        """Show the reports in ``language``: refresh the classes and packs, then the current report."""
        self.language = language
        self.status.setText("")
        self._worker.run(lambda: _scopes_and_packs(self._services), self._fill_choices, self._show_problem)

    def _fill_choices(self, found: tuple[list[object], list[object]]) -> None:
        classes, packs = found
        scope_key = self.scope.currentData(Qt.ItemDataRole.UserRole + 1)
        self._filling = True
        try:
            self.scope.clear()
            self.scope.addItem(self.tr("All learners"), None)
            self.scope.setItemData(0, EVERYONE, Qt.ItemDataRole.UserRole + 1)
            for school_class in classes:
                self.scope.addItem(school_class.name, tuple(school_class.learner_ids))
                self.scope.setItemData(self.scope.count() - 1, school_class.id, Qt.ItemDataRole.UserRole + 1)
                for group in school_class.groups:
                    # Indented under its class, as a teacher thinks of it.
                    self.scope.addItem(f"    {group.name}", tuple(group.learner_ids))
                    self.scope.setItemData(self.scope.count() - 1, group.id, Qt.ItemDataRole.UserRole + 1)
            keep = self.scope.findData(scope_key, Qt.ItemDataRole.UserRole + 1) if scope_key else 0
            self.scope.setCurrentIndex(max(keep, 0))
            self.pack.clear()
            for pack in sorted(packs, key=lambda p: localized(p.title, self.language).casefold()):
                self.pack.addItem(localized(pack.title, self.language) or pack.id, pack.id)
            if self.pack.findData(self._pack_id) < 0:
                self._pack_id = None  # removed meanwhile: let the report pick again
            self.pack.setCurrentIndex(self.pack.findData(self._pack_id) if self._pack_id else -1)
        finally:
            self._filling = False
        self.pack.setEnabled(self.pack.count() > 1)
        self.load_current()

    def _choice_changed(self, _index: int) -> None:
        if not self._filling:
            self.load_current()

    def _pack_changed(self, index: int) -> None:
        if not self._filling and index >= 0:
            self._pack_id = self.pack.itemData(index)
            self.load_current()

    @property
    def learner_ids(self) -> tuple[str, ...] | None:
        """The learners shown: None for everyone, else the chosen class's or group's members."""
        data = self.scope.currentData()
        return None if data is None else tuple(data)

    @property
    def pack_id(self) -> str | None:
        """The chosen pack, or None to let the report pick the pack the learners use most."""
        return self._pack_id

    def current_view(self) -> ReportView:
        """The report on the current tab."""
        return self.tabs.currentWidget()

    def load_current(self) -> None:
        """Ask for the current report with the chosen learners and pack."""
        self.status.setText("")
        self.current_view().load(self.pack_id, self.learner_ids, self.language)

    def show_learner(self, learner_id: str) -> None:
        """Open one learner's report (from a click on their name in another report)."""
        self.learner.choose(learner_id)
        if self.tabs.currentWidget() is self.learner:
            self.load_current()
        else:
            self.tabs.setCurrentWidget(self.learner)

    def _report_shown(self) -> None:
        view = self.current_view()
        shown_pack = getattr(view.report, "pack_id", None)
        if self._pack_id is None and shown_pack is not None:
            # The report chose the pack the learners use most: show it, and keep it from now on.
            self._pack_id = shown_pack
            self._filling = True
            self.pack.setCurrentIndex(self.pack.findData(shown_pack))
            self._filling = False
        self.csv_button.setEnabled(view.report is not None)
        self.pdf_button.setEnabled(view.report is not None)

    def _show_problem(self, error: Exception) -> None:
        code = getattr(error, "code", "")
        if code == "no_packs":
            text = self.tr("No content pack is installed yet, so there is nothing to report.")
        elif code == "unknown_learner":
            text = self.tr("A learner in this list was removed. Choose the list again.")
        else:
            text = self.tr("The report could not be made: %1").replace("%1", getattr(error, "message", str(error)))
        self.status.setText(text)

    # -- export ----------------------------------------------------------------------------------

    def default_export_path(self, kind: str) -> Path:
        """Documents/<report>-<date>.<kind>: where the save dialog starts."""
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation) or str(Path.home())
        return Path(folder) / f"{self.current_view().file_stem()}-{date.today().isoformat()}.{kind}"

    def choose_export_file(self, kind: str) -> None:
        """Ask where to save the current report, then save it there."""
        if kind == "csv":
            caption, wanted = self.tr("Save the report as CSV"), self.tr("CSV files (*.csv)")
        else:
            caption, wanted = self.tr("Save the report as PDF"), self.tr("PDF files (*.pdf)")
        chosen, _filter = QFileDialog.getSaveFileName(self, caption, str(self.default_export_path(kind)), wanted)
        if not chosen:
            return
        path = Path(chosen)
        if path.suffix.lower() != f".{kind}":
            path = path.with_name(f"{path.name}.{kind}")
        self.export(kind, path)

    def export(self, kind: str, path: Path) -> Path | None:
        """Save the current report as ``kind`` ("csv" or "pdf") to ``path``; says so under the report."""
        view = self.current_view()
        try:
            if kind == "csv":
                table = view.csv_table()
                if table is None:
                    return None
                written = write_table_csv(path, table)
            else:
                printable = view.printable()
                if printable is None:
                    return None
                written = write_pdf(
                    path,
                    printable.html,
                    printable.title,
                    self.language,
                    landscape=printable.landscape,
                    images=printable.images,
                )
        except OSError as error:
            self.status.setText(
                self.tr("Could not save %1: %2").replace("%1", str(path)).replace("%2", error.strerror or str(error))
            )
            return None
        self.status.setText(self.tr("Saved %1").replace("%1", str(written)))
        return written
