"""The class × skill heatmap: every learner's state on every skill, from the learner model.

Skills are rows (in teaching order, full titles readable) and learners are columns (names written
upwards), so a class of 30 fits the width of a 1024-pixel screen and a long pack scrolls down like a
curriculum. Each cell has a colour and a symbol (✓ mastered, ↓ being forgotten, • in progress,
! struggling, blank not started). Rows and columns sort by name/teaching order or by how many cells
are in a state ("the skills most of the class struggles with first"). Clicking a cell says what it
holds; double-clicking a learner's name opens their report.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont, QPainter, QPen, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSizePolicy,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionHeader,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.services.reports.csv_export import Table, mastery_table
from app.services.reports.dto import (
    CELL_STATES,
    FADING,
    MASTERED,
    NOT_STARTED,
    STRUGGLING,
    MasteryCell,
    MasteryGrid,
)
from app.services.reports.mastery_grid import sorted_grid
from app.ui.locale_text import parts_joined
from app.ui.reports import report_format as fmt
from app.ui.reports.report_export import Cell, heading, html_document, html_table
from app.ui.reports.report_view import Printable, ReportView
from app.ui.reports.state_style import LEGEND_ORDER, STYLES, fill, ink, state_name
from app.ui.signals import emit
from app.ui.titles import localized
from app.ui.worker import ServiceWorker

CELL_HEIGHT = 26
MIN_CELL_WIDTH = 22
MAX_CELL_WIDTH = 44
MIN_SKILL_COLUMN = 190
MAX_SKILL_COLUMN = 360
CHOSEN_FRAME = "#14324a"
MAX_NAME_HEIGHT = 118  # learner names written upwards are cut (with …) beyond this
PRINT_COLUMNS = 30  # learners per printed table: a class of 30 fits across a landscape A4 page

# (key, learners sort, descending)
LEARNER_SORTS = (
    ("name", "name", False),
    ("struggling", STRUGGLING, True),
    ("fading", FADING, True),
    ("least_mastered", MASTERED, False),
    ("most_mastered", MASTERED, True),
)
SKILL_SORTS = (
    ("order", "order", False),
    ("struggling", STRUGGLING, True),
    ("fading", FADING, True),
    ("least_mastered", MASTERED, False),
    ("not_started", NOT_STARTED, True),
)


def _counts_text(counts: dict[str, int], language: str) -> str:
    """"2 struggling · 5 being forgotten · …" for the states that occur, most urgent first."""
    parts = [f"{state_name(s)}: {fmt.number(counts[s], language)}" for s in LEGEND_ORDER if counts.get(s)]
    return parts_joined(parts, language)


def _tr(source: str, n: int = -1) -> str:
    return QCoreApplication.translate("ClassHeatmap", source, None, n)


def describe_cell(grid: MasteryGrid, row: int, column: int, language: str) -> str:
    """One sentence on one cell: who, which skill, its state and the numbers behind it."""
    learner = grid.learners[column]
    skill = grid.skills[row]
    cell: MasteryCell = grid.cells[column][row]
    parts = [f"{learner.display_name} – {localized(skill.title, language)}: {state_name(cell.state)}"]
    if cell.state != NOT_STARTED:
        parts.append(_tr("estimate %1").replace("%1", fmt.percent(cell.p_known, language)))
        parts.append(fmt.counted(_tr("%n answer(s)", cell.attempts), language))
        parts.append(_tr("last practised %1").replace("%1", fmt.days_ago(cell.last_practised, grid.generated_at, language)))
    if cell.recall is not None:
        parts.append(_tr("recall now %1").replace("%1", fmt.percent(cell.recall, language)))
        if cell.state == MASTERED and cell.recall < grid.review_target:
            # Not yet being forgotten, but the sequencer is already bringing it back for review.
            parts.append(_tr("review due"))
    return parts_joined(parts, language)


class HeatmapModel(QAbstractTableModel):
    """Skills (rows) × learners (columns) of a ``MasteryGrid``."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.grid: MasteryGrid | None = None
        self.language = "en"
        # One brush per state, made once: a class of 30 on 200 skills asks for thousands of cells.
        self._fills = {state: QBrush(fill(state)) for state in CELL_STATES}
        self._inks = {state: QBrush(ink(state)) for state in CELL_STATES}

    def set_grid(self, grid: MasteryGrid, language: str) -> None:
        """Show ``grid`` (already sorted) with titles in ``language``."""
        self.beginResetModel()
        self.grid = grid
        self.language = language
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if self.grid is None or parent.isValid() else len(self.grid.skills)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if self.grid is None or parent.isValid() else len(self.grid.learners)

    def state(self, row: int, column: int) -> str:
        """The state of the cell at ``row`` (skill) and ``column`` (learner)."""
        assert self.grid is not None
        return self.grid.cells[column][row].state

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if self.grid is None or not index.isValid():
            return None
        state = self.state(index.row(), index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return STYLES[state].symbol
        if role == Qt.ItemDataRole.BackgroundRole:
            return self._fills[state]
        if role == Qt.ItemDataRole.ForegroundRole:
            return self._inks[state]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            return describe_cell(self.grid, index.row(), index.column(), self.language)
        if role == Qt.ItemDataRole.UserRole:
            return state
        return None

    def headerData(  # noqa: N802 - Qt override
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if self.grid is None:
            return None
        if orientation == Qt.Orientation.Horizontal:
            if not 0 <= section < len(self.grid.learners):
                return None
            name = self.grid.learners[section].display_name
            if role == Qt.ItemDataRole.DisplayRole:
                return name
            if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
                return f"{name}: {_counts_text(self.grid.learner_counts[section], self.language)}"
            return None
        if not 0 <= section < len(self.grid.skills):
            return None
        title = localized(self.grid.skills[section].title, self.language)
        if role == Qt.ItemDataRole.DisplayRole:
            return title
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            return f"{title}: {_counts_text(self.grid.skill_counts[section], self.language)}"
        return None


class SquareDelegate(QStyledItemDelegate):
    """Draws a square in its state's colour even when chosen: the chosen square gets a dark frame
    instead of the selection colour, which would hide its state."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> None:
        chosen = bool(option.state & QStyle.StateFlag.State_Selected)
        plain = QStyleOptionViewItem(option)
        plain.state &= ~QStyle.StateFlag.State_Selected
        plain.state &= ~QStyle.StateFlag.State_HasFocus
        super().paint(painter, plain, index)
        if chosen:
            painter.save()
            painter.setPen(QPen(QColor(CHOSEN_FRAME), 3))
            painter.drawRect(option.rect.adjusted(1, 1, -2, -2))
            painter.restore()


class UpwardHeader(QHeaderView):
    """A horizontal header whose section titles are written upwards (bottom to top), for names."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.setSectionsClickable(True)
        self.setHighlightSections(True)

    def sectionSizeFromContents(self, logical_index: int) -> QSize:  # noqa: N802 - Qt override
        text = str(self.model().headerData(logical_index, Qt.Orientation.Horizontal) or "") if self.model() else ""
        height = min(self.fontMetrics().horizontalAdvance(text) + 16, MAX_NAME_HEIGHT)
        return QSize(MIN_CELL_WIDTH, max(height, 40))

    def paintSection(self, painter: QPainter, rect: QRect, logical_index: int) -> None:  # noqa: N802 - Qt override
        if not rect.isValid() or self.model() is None:
            return
        option = QStyleOptionHeader()
        self.initStyleOption(option)
        option.rect = rect
        option.section = logical_index
        option.text = ""
        if self.selectionModel() is not None and self.selectionModel().isColumnSelected(logical_index, QModelIndex()):
            option.state |= QStyle.StateFlag.State_On
        painter.save()
        self.style().drawControl(QStyle.ControlElement.CE_Header, option, painter, self)
        text = str(self.model().headerData(logical_index, Qt.Orientation.Horizontal) or "")
        room = rect.height() - 10
        shown = self.fontMetrics().elidedText(text, Qt.TextElideMode.ElideRight, room)
        painter.translate(rect.left(), rect.bottom() - 4)
        painter.rotate(-90)
        # After the rotation x runs upwards along the section and y across it.
        flags = Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignAbsolute
        painter.drawText(QRect(0, 0, room, rect.width()), int(flags), shown)
        painter.restore()


class ClassHeatmap(ReportView):
    """The class × skill heatmap report; emits ``learner_chosen(id)`` on a double-clicked name."""

    learner_chosen = Signal(str)

    def __init__(self, worker: ServiceWorker, services: object, parent: QWidget | None = None) -> None:
        super().__init__(worker, services, parent)
        self.grid: MasteryGrid | None = None  # as on screen (sorted)

        self.learner_sort = QComboBox()
        self.skill_sort = QComboBox()
        for box, options in ((self.learner_sort, LEARNER_SORTS), (self.skill_sort, SKILL_SORTS)):
            for key, _by, _descending in options:
                box.addItem("", key)
            box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            box.setMinimumContentsLength(8)
            box.currentIndexChanged.connect(self._resort)

        self.model = HeatmapModel(self)
        self.table = QTableView()
        self.table.setObjectName("heatmap")
        self.table.setModel(self.model)
        self.table.setItemDelegate(SquareDelegate(self.table))
        self.table.setHorizontalHeader(UpwardHeader(self.table))
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setShowGrid(True)
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.table.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        vertical = self.table.verticalHeader()
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vertical.setDefaultSectionSize(CELL_HEIGHT)
        vertical.setDefaultAlignment(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeading)
        vertical.setSectionsClickable(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.horizontalHeader().setMinimumSectionSize(MIN_CELL_WIDTH)
        self.table.horizontalHeader().setDefaultSectionSize(MIN_CELL_WIDTH)
        symbol_font = QFont(self.table.font())
        symbol_font.setBold(True)
        self.table.setFont(symbol_font)
        self.table.clicked.connect(self._cell_clicked)
        self.table.selectionModel().currentChanged.connect(lambda current, _previous: self._cell_clicked(current))
        self.table.horizontalHeader().sectionClicked.connect(self._learner_clicked)
        self.table.horizontalHeader().sectionDoubleClicked.connect(self._learner_double_clicked)
        vertical.sectionClicked.connect(self._skill_clicked)
        self.table.horizontalHeader().geometriesChanged.connect(lambda: self._place_sorts())

        self.detail = QLabel()
        self.detail.setObjectName("note")
        self.detail.setTextFormat(Qt.TextFormat.PlainText)
        self.detail.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.legend_labels: dict[str, QLabel] = {}
        legend = QHBoxLayout()
        legend.setSpacing(14)
        for state in LEGEND_ORDER:
            label = QLabel()
            label.setObjectName("note")
            label.setTextFormat(Qt.TextFormat.RichText)
            self.legend_labels[state] = label
            legend.addWidget(label)
        legend.addStretch()

        # The sort choices sit in the table's empty top corner (above the skill titles, beside the
        # names written upwards): on a 600-pixel screen a row of their own would hide two skills.
        self.sorts = QWidget(self.table)
        sorts = QVBoxLayout(self.sorts)
        sorts.setContentsMargins(4, 4, 4, 4)
        sorts.setSpacing(4)
        sorts.addWidget(self.learner_sort)
        sorts.addWidget(self.skill_sort)
        sorts.addStretch()
        self.empty = QLabel()
        self.empty.setWordWrap(True)
        self.empty.setVisible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        layout.addLayout(legend)
        layout.addWidget(self.detail)
        self.retranslate()

    # -- text ------------------------------------------------------------------------------------

    def title(self) -> str:
        return self.tr("Class overview")

    def file_stem(self) -> str:
        return "class-overview"

    def retranslate(self) -> None:
        learner_texts = {
            "name": self.tr("Learners A to Z"),
            "struggling": self.tr("Learners: most struggling first"),
            "fading": self.tr("Learners: most forgetting first"),
            "least_mastered": self.tr("Learners: fewest mastered first"),
            "most_mastered": self.tr("Learners: most mastered first"),
        }
        skill_texts = {
            "order": self.tr("Skills in teaching order"),
            "struggling": self.tr("Skills: most struggling first"),
            "fading": self.tr("Skills: most forgetting first"),
            "least_mastered": self.tr("Skills: fewest mastered first"),
            "not_started": self.tr("Skills: fewest started first"),
        }
        for box, texts in ((self.learner_sort, learner_texts), (self.skill_sort, skill_texts)):
            for i in range(box.count()):
                box.setItemText(i, texts[box.itemData(i)])
        self.learner_sort.setAccessibleName(self.tr("Order of the learners"))
        self.skill_sort.setAccessibleName(self.tr("Order of the skills"))
        self.table.setAccessibleName(self.tr("Mastery of each skill by each learner"))
        self.empty.setText(self.tr("There are no learners in this list yet."))
        self._legend()

    def _legend(self) -> None:
        totals = {state: 0 for state in CELL_STATES}
        if self.grid is not None:
            for counts in self.grid.learner_counts:
                for state, count in counts.items():
                    totals[state] += count
        for state, label in self.legend_labels.items():
            style = STYLES[state]
            chip = (
                f'<span style="background-color:{style.fill}; color:{style.ink}; font-weight:bold">'
                f"&nbsp;{style.symbol or '&nbsp;'}&nbsp;</span>"
            )
            count = f" ({fmt.number(totals[state], self.language)})" if self.grid is not None else ""
            label.setText(f"{chip} {state_name(state)}{count}")

    # -- loading and showing ---------------------------------------------------------------------

    def _request(self, pack_id: str | None, learner_ids: tuple[str, ...] | None) -> object:
        reports = self._services.reports
        return lambda: reports.mastery_grid(pack_id, learner_ids)

    def _show(self, report: object) -> None:
        assert isinstance(report, MasteryGrid)
        self._resort()

    def _sorted(self, grid: MasteryGrid) -> MasteryGrid:
        _key, learners_by, learners_descending = LEARNER_SORTS[max(self.learner_sort.currentIndex(), 0)]
        _key, skills_by, skills_descending = SKILL_SORTS[max(self.skill_sort.currentIndex(), 0)]
        # sorted_grid has one direction for both axes; sort each axis on its own and combine.
        by_learner = sorted_grid(grid, learners_by, "order", descending=learners_descending)
        by_skill = sorted_grid(grid, "name", skills_by, descending=skills_descending)
        return _combine(by_learner, by_skill)

    def _resort(self, _index: int = 0) -> None:
        report = self.report
        if not isinstance(report, MasteryGrid):
            return
        self.grid = self._sorted(report)
        self.model.set_grid(self.grid, self.language)
        self.empty.setVisible(not self.grid.learners)
        self.table.setVisible(bool(self.grid.learners))
        self.detail.setText(self.tr("Click a square to see the numbers; double-click a name to open that learner's report."))
        self._legend()
        self._fit_columns()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self._fit_columns()
        self._place_sorts()

    def _fit_columns(self) -> None:
        """Share the width between the skill titles and the learners' columns: wide squares for a
        small group, narrow ones (and the titles cut) for a class of 30."""
        learners = self.model.columnCount()
        if not learners:
            return
        scroll = self.table.verticalScrollBar().sizeHint().width()
        available = self.table.width() - 2 * self.table.frameWidth() - scroll
        skill_column = max(MIN_SKILL_COLUMN, min(MAX_SKILL_COLUMN, available - learners * MIN_CELL_WIDTH))
        cell = max(MIN_CELL_WIDTH, min(MAX_CELL_WIDTH, (available - skill_column) // learners))
        skill_column = max(MIN_SKILL_COLUMN, min(MAX_SKILL_COLUMN, available - learners * cell))
        self.table.verticalHeader().setFixedWidth(skill_column)
        self.table.horizontalHeader().setDefaultSectionSize(cell)
        for column in range(learners):
            self.table.horizontalHeader().resizeSection(column, cell)
        # The names' header must move with the new width of the skill titles, or it would stand
        # over other learners' squares until the next resize.
        self.table.updateGeometries()
        self._place_sorts()

    def _place_sorts(self) -> None:
        """Lay the sort choices over the table's top corner (the far side in right-to-left)."""
        header = self.table.horizontalHeader()
        needed = self.sorts.sizeHint().height()
        if header.minimumHeight() < needed:
            header.setMinimumHeight(needed)
        width = self.table.verticalHeader().width()
        frame = self.table.frameWidth()
        right_to_left = self.layoutDirection() == Qt.LayoutDirection.RightToLeft
        x = self.table.width() - frame - width if right_to_left else frame
        self.sorts.setGeometry(x, frame, width, max(header.height(), needed))
        self.sorts.raise_()

    # -- clicks ----------------------------------------------------------------------------------

    def _cell_clicked(self, index: QModelIndex) -> None:
        if self.grid is not None and index.isValid():
            self.detail.setText(describe_cell(self.grid, index.row(), index.column(), self.language))

    def _learner_clicked(self, column: int) -> None:
        if self.grid is not None and 0 <= column < len(self.grid.learners):
            name = self.grid.learners[column].display_name
            self.detail.setText(f"{name}: {_counts_text(self.grid.learner_counts[column], self.language)}")

    def _learner_double_clicked(self, column: int) -> None:
        if self.grid is not None and 0 <= column < len(self.grid.learners):
            emit(self.learner_chosen, self.grid.learners[column].id)

    def _skill_clicked(self, row: int) -> None:
        if self.grid is not None and 0 <= row < len(self.grid.skills):
            title = localized(self.grid.skills[row].title, self.language)
            self.detail.setText(f"{title}: {_counts_text(self.grid.skill_counts[row], self.language)}")

    # -- export ----------------------------------------------------------------------------------

    def csv_table(self) -> Table | None:
        return None if self.grid is None else mastery_table(self.grid, self.language)

    def printable(self) -> Printable | None:
        grid = self.grid
        if grid is None:
            return None
        facts = fmt.facts(localized(grid.pack_title, self.language), len(grid.learners), grid.generated_at, self.language)
        legend = " · ".join(f"{STYLES[s].symbol or '□'} {state_name(s)}" for s in LEGEND_ORDER)
        sections = [f"<p>{legend}</p>"]
        for start in range(0, max(len(grid.learners), 1), PRINT_COLUMNS):
            columns = range(start, min(start + PRINT_COLUMNS, len(grid.learners)))
            header: list[str | Cell] = [self.tr("Skill")] + [fmt.number(c + 1, self.language) for c in columns]
            rows: list[Sequence[str | Cell]] = []
            for row, skill in enumerate(grid.skills):
                cells: list[str | Cell] = [localized(skill.title, self.language)]
                for c in columns:
                    state = grid.cells[c][row].state
                    cells.append(Cell(STYLES[state].symbol, fill=STYLES[state].fill, ink=STYLES[state].ink, bold=True))
                rows.append(cells)
            sections.append(html_table(header, rows))
            key = [[fmt.number(c + 1, self.language), grid.learners[c].display_name, _counts_text(grid.learner_counts[c], self.language)] for c in columns]
            sections.append(heading(self.tr("Learners")))
            sections.append(html_table(["#", self.tr("Learner"), self.tr("Skills by state")], key))
        html = html_document(self.title(), facts, sections, self.language)
        return Printable(self.title(), html, landscape=True)


def _combine(by_learner: MasteryGrid, by_skill: MasteryGrid) -> MasteryGrid:
    """Rows (learners) in ``by_learner``'s order and columns (skills) in ``by_skill``'s order."""
    skill_position = {skill.skill_id: j for j, skill in enumerate(by_learner.skills)}
    columns = [skill_position[skill.skill_id] for skill in by_skill.skills]
    return replace(
        by_learner,
        skills=by_skill.skills,
        cells=tuple(tuple(row[j] for j in columns) for row in by_learner.cells),
        skill_counts=by_skill.skill_counts,
    )
