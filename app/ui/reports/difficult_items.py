"""Difficult items: the questions the class gets wrong most, the wrong answers most often given
(a shared wrong answer points at a misconception to teach), and how the item compares with the
rest of its skill (far below it: look at the item itself)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.services.reports.csv_export import Table, difficult_items_table
from app.services.reports.dto import DifficultItem, DifficultItems
from app.ui.locale_text import isolate
from app.ui.reports import report_format as fmt
from app.ui.reports.plain_math import plain_text
from app.ui.reports.report_export import html_document, html_table
from app.ui.reports.report_view import Printable, ReportView
from app.ui.titles import localized
from app.ui.worker import ServiceWorker

SHOWN_WRONG_ANSWERS = 3
COLUMN_WIDTHS = (320, 180, 150, 110)  # question, skill, right, right answer; wrong answers take the rest


class DifficultItemsView(ReportView):
    """A table of the hardest items, hardest first."""

    def __init__(self, worker: ServiceWorker, services: object, parent: QWidget | None = None) -> None:
        super().__init__(worker, services, parent)
        self.intro = QLabel()
        self.intro.setObjectName("note")
        self.intro.setWordWrap(True)
        # A table, not a tree: its rows grow to show a long question or several wrong answers whole.
        self.table = QTableWidget(0, len(COLUMN_WIDTHS) + 1)
        self.table.setWordWrap(True)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(True)
        for column, width in enumerate(COLUMN_WIDTHS):
            header.resizeSection(column, width)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.intro)
        layout.addWidget(self.table, 1)
        self.retranslate()

    def title(self) -> str:
        return self.tr("Difficult items")

    def file_stem(self) -> str:
        return "difficult-items"

    def headers(self) -> list[str]:
        """The column titles."""
        return [self.tr("Question"), self.tr("Skill"), self.tr("Right"), self.tr("Right answer"), self.tr("Wrong answers given most")]

    def retranslate(self) -> None:
        self.table.setHorizontalHeaderLabels(self.headers())
        self.table.setAccessibleName(self.tr("Items the class finds hardest, with the wrong answers most often given"))
        self.intro.setText(
            self.tr("Answered right least often. The same wrong answer from many learners points at a misconception.")
        )

    def _request(self, pack_id: str | None, learner_ids: tuple[str, ...] | None) -> object:
        reports = self._services.reports
        return lambda: reports.difficult_items(pack_id, learner_ids)

    # -- words -----------------------------------------------------------------------------------

    def question(self, item: DifficultItem) -> str:
        """The prompt in plain symbols; a template says its numbers change."""
        text = isolate(plain_text(item.prompt))
        return text + " " + self.tr("(numbers vary)") if item.templated else text

    def success(self, item: DifficultItem) -> str:
        """"12 % of 53 (skill: 64 %)"."""
        return (
            self.tr("%1 of %2 (skill: %3)")
            .replace("%1", fmt.percent(item.success_rate, self.language))
            .replace("%2", fmt.number(item.attempts, self.language))
            .replace("%3", fmt.percent(item.skill_success_rate, self.language))
        )

    def wrong_answers(self, item: DifficultItem) -> str:
        """The most frequent wrong answers with how many learners gave each."""
        if not item.wrong_answers:
            return "–"
        return "\n".join(
            fmt.counted(self.tr("%1 (%n learner(s))", "", w.learners), self.language).replace(
                "%1", isolate(plain_text(w.response) or "–")
            )
            for w in item.wrong_answers[:SHOWN_WRONG_ANSWERS]
        )

    def row(self, item: DifficultItem) -> list[str]:
        """The texts of one item's row."""
        return [
            self.question(item),
            localized(item.skill_title, self.language),
            self.success(item),
            plain_text(item.correct_answer),
            self.wrong_answers(item),
        ]

    # -- showing ---------------------------------------------------------------------------------

    def _show(self, report: object) -> None:
        assert isinstance(report, DifficultItems)
        self.table.clearContents()
        rows = [self.row(item) for item in report.items]
        if not rows:
            rows = [[self.tr("Not enough answers yet to tell which items are hard.")] + [""] * (len(COLUMN_WIDTHS))]
        self.table.setRowCount(len(rows))
        for r, texts in enumerate(rows):
            for c, text in enumerate(texts):
                cell = QTableWidgetItem(text)
                cell.setToolTip(text)
                self.table.setItem(r, c, cell)
        self.table.resizeRowsToContents()

    # -- export ----------------------------------------------------------------------------------

    def csv_table(self) -> Table | None:
        report = self.report
        return difficult_items_table(report, self.language) if isinstance(report, DifficultItems) else None

    def printable(self) -> Printable | None:
        report = self.report
        if not isinstance(report, DifficultItems):
            return None
        facts = fmt.facts(localized(report.pack_title, self.language), len(report.learners), report.generated_at, self.language)
        rows = [self.row(item) for item in report.items]
        sections = [html_table(self.headers(), rows, widths=(36, 18, 16, 10, 20))]
        return Printable(self.title(), html_document(self.title(), facts, sections, self.language), landscape=True)
