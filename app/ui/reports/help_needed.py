"""Help needed: the learners stuck on a skill now, why we think so, what to check first, and the
items they missed (their answer beside the right one), the most stuck first."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.services.reports.csv_export import Table, help_needed_table
from app.services.reports.dto import HelpCase, HelpNeeded, MissedItem
from app.ui.locale_text import clauses_joined, filled, isolate, joined
from app.ui.reports import report_format as fmt
from app.ui.reports.plain_math import plain_text
from app.ui.reports.report_export import html_document, html_table
from app.ui.reports.report_view import Printable, ReportView
from app.ui.reports.state_style import state_name
from app.ui.signals import emit
from app.ui.titles import localized
from app.ui.worker import ServiceWorker

CASE_ROLE = Qt.ItemDataRole.UserRole


class HelpNeededView(ReportView):
    """A tree: one row per stuck learner and skill, the missed items under it.
    Double-clicking a learner's row opens their report (``learner_chosen``)."""

    learner_chosen = Signal(str)

    def __init__(self, worker: ServiceWorker, services: object, parent: QWidget | None = None) -> None:
        super().__init__(worker, services, parent)
        self.intro = QLabel()
        self.intro.setObjectName("note")
        self.intro.setWordWrap(True)
        self.tree = QTreeWidget()
        self.tree.setColumnCount(3)
        self.tree.setWordWrap(True)
        self.tree.setUniformRowHeights(False)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.tree.header()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(0, 130)
        header.resizeSection(1, 380)
        self.tree.itemDoubleClicked.connect(self._double_clicked)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.intro)
        layout.addWidget(self.tree, 1)
        self.retranslate()

    def title(self) -> str:
        return self.tr("Help needed")

    def file_stem(self) -> str:
        return "help-needed"

    def headers(self) -> list[str]:
        """The column titles."""
        return [self.tr("Learner"), self.tr("Stuck on"), self.tr("Why")]

    def retranslate(self) -> None:
        self.tree.setHeaderLabels(self.headers())
        self.tree.setAccessibleName(self.tr("Learners stuck on a skill, with the items they missed"))

    def _request(self, pack_id: str | None, learner_ids: tuple[str, ...] | None) -> object:
        reports = self._services.reports
        return lambda: reports.help_needed(pack_id, learner_ids)

    # -- words -----------------------------------------------------------------------------------

    def why(self, case: HelpCase) -> str:
        """Why this learner is stuck, in numbers a teacher can check."""
        parts = []
        if "repeated_failure" in case.reasons:
            parts.append(
                self.tr("%1 of the last %2 wrong")
                .replace("%1", fmt.number(case.recent_wrong, self.language))
                .replace("%2", fmt.number(case.recent_attempts, self.language))
            )
        if "hints_every_item" in case.reasons:
            parts.append(self.tr("hints on every item"))
        if "no_progress" in case.reasons:
            parts.append(
                fmt.counted(self.tr("still at %1 after %n answer(s)", "", case.attempts), self.language).replace(
                    "%1", fmt.percent(case.p_known, self.language)
                )
            )
        return clauses_joined(parts, self.language)

    def check_first(self, case: HelpCase, *, prefixed: bool = True) -> str:
        """The prerequisite most likely behind it, with its state and estimate (recall when it is
        mastered but fading): "Check first: …" on screen, without the words in the printed column
        of that name; "" when there is none."""
        weak = case.weak_prerequisite
        if weak is None:
            return ""
        if weak.recall is not None:
            number = self.tr("recall %1").replace("%1", fmt.percent(weak.recall, self.language))
        else:
            number = self.tr("estimate %1").replace("%1", fmt.percent(weak.p_known, self.language))
        title = isolate(localized(weak.title, self.language))
        if not prefixed:
            return f"{title} ({joined((state_name(weak.state), number), self.language)})"
        return filled(self.tr("Check first: %1 (%2, %3)"), title, state_name(weak.state), number)

    def missed_line(self, missed: MissedItem) -> str:
        """One missed item: the question, their answer, the right answer, hints. The pack's texts are
        isolated, so an English question keeps its own direction inside an Arabic sentence."""
        line = filled(
            self.tr("%1 — answered %2, right answer %3"),
            isolate(plain_text(missed.prompt)),
            isolate(plain_text(missed.response) or "–"),
            isolate(plain_text(missed.correct_answer)),
        )
        if missed.hints_used:
            line += " " + fmt.counted(self.tr("(%n hint(s))", "", missed.hints_used), self.language)
        return line

    # -- showing ---------------------------------------------------------------------------------

    def _show(self, report: object) -> None:
        assert isinstance(report, HelpNeeded)
        self.tree.clear()
        learners = {case.learner.id for case in report.cases}
        if report.cases:
            self.intro.setText(
                fmt.counted(self.tr("%n learner(s) need help now.", "", len(learners)), self.language)
                + " "
                + self.tr("Double-click a name to see that learner's report.")
            )
        else:
            self.intro.setText(self.tr("Nobody is stuck right now."))
        for case in report.cases:
            row = QTreeWidgetItem([case.learner.display_name, localized(case.skill_title, self.language), self.why(case)])
            row.setData(0, CASE_ROLE, case.learner.id)
            for column in range(3):
                row.setToolTip(column, row.text(column))
            self.tree.addTopLevelItem(row)
            lines = [self.check_first(case)] if case.weak_prerequisite is not None else []
            lines += [self.missed_line(missed) for missed in case.missed]
            for line in lines:
                child = QTreeWidgetItem([line])
                child.setToolTip(0, child.text(0))
                row.addChild(child)
                child.setFirstColumnSpanned(True)
            row.setExpanded(True)

    def _double_clicked(self, item: QTreeWidgetItem, _column: int) -> None:
        top = item if item.parent() is None else item.parent()
        learner_id = top.data(0, CASE_ROLE)
        if learner_id:
            emit(self.learner_chosen, learner_id)

    # -- export ----------------------------------------------------------------------------------

    def csv_table(self) -> Table | None:
        report = self.report
        return help_needed_table(report, self.language) if isinstance(report, HelpNeeded) else None

    def printable(self) -> Printable | None:
        report = self.report
        if not isinstance(report, HelpNeeded):
            return None
        facts = fmt.facts(localized(report.pack_title, self.language), len(report.learners), report.generated_at, self.language)
        rows = [
            [
                case.learner.display_name,
                localized(case.skill_title, self.language),
                self.why(case),
                self.check_first(case, prefixed=False) or "–",
                "\n".join(self.missed_line(m) for m in case.missed),
            ]
            for case in report.cases
        ]
        header = [*self.headers(), self.tr("Check first"), self.tr("Items missed")]
        sections = [html_table(header, rows, widths=(10, 16, 18, 18, 38))] if rows else [f"<p>{self.tr('Nobody is stuck right now.')}</p>"]
        return Printable(self.title(), html_document(self.title(), facts, sections, self.language), landscape=True)
