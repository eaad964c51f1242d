"""The learner's home: greeting, ONE big Continue, two or three suggestions with "why", the skill map.

With more than one pack installed a row of subject buttons chooses what the Continue, the suggestions
and the map are about; it starts on the pack the learner practised last.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from app.ui.flow_layout import FlowLayout
from app.ui.goals_panel import GoalsPanel
from app.ui.images import avatar_pixmap
from app.ui.reasons import reason_text
from app.ui.signals import emit
from app.ui.skill_tile import SkillTile
from app.ui.suggestion_card import SuggestionCard
from app.ui.titles import localized
from app.ui.worker import ServiceWorker

MAP_COLUMNS = 2
MAX_SUGGESTIONS = 3


class _MapHost(QWidget):
    """The skill map's scroll body: says when its width changes so the tiles can re-fit.

    A resizeEvent override rather than an event filter on the viewport: Qt calls event filters
    while a page is being destroyed (at exit too), when Python code may no longer run safely.
    """

    width_changed = Signal()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            emit(self.width_changed)


class HomePage(QWidget):
    """``start_requested(focus_skill or None)`` starts practice; ``switch_requested()`` goes back to the picker."""

    start_requested = Signal(object)
    switch_requested = Signal()
    loaded = Signal()

    def __init__(self, worker: ServiceWorker, services: object, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._worker = worker
        self._services = services
        self._learner: object | None = None
        self._language = "en"
        self._skills: list[object] = []
        self._suggestions: list[object] = []
        self.tiles: list[SkillTile] = []
        self.cards: list[SuggestionCard] = []
        self._packs: list[object] = []
        self.pack_id: str | None = None
        self.pack_buttons: list[QPushButton] = []

        self.avatar = QLabel()
        self.greeting = QLabel()
        self.greeting.setObjectName("heading")
        self.switch_button = QPushButton()
        self.switch_button.clicked.connect(self.switch_requested)
        header = QHBoxLayout()
        header.addWidget(self.avatar)
        header.addWidget(self.greeting, 1)
        header.addWidget(self.switch_button)

        self.subject_label = QLabel()
        self._pack_group = QButtonGroup(self)
        self._pack_group.setExclusive(True)
        # The buttons wrap onto a second row when the titles are long (Spanish, French), never cut off.
        self._subjects = QHBoxLayout()
        self._subjects.setSpacing(8)
        self._subjects.addWidget(self.subject_label, 0, Qt.AlignmentFlag.AlignTop)
        self.subject_buttons = QWidget()
        self._subject_flow = FlowLayout(self.subject_buttons, spacing=8)
        self._subjects.addWidget(self.subject_buttons, 1)

        self.continue_button = QPushButton()
        self.continue_button.setObjectName("continue")
        self.continue_button.setDefault(True)
        self.continue_button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.continue_button.clicked.connect(lambda: emit(self.start_requested, None))
        self.continue_note = QLabel()
        self.continue_note.setObjectName("note")
        self.continue_note.setWordWrap(True)
        self.choose_label = QLabel()
        self.choose_label.setWordWrap(True)
        cards_host = QWidget()
        cards_host.setObjectName("scrollBody")
        self._cards_box = QVBoxLayout(cards_host)
        self._cards_box.setContentsMargins(0, 0, 4, 0)
        self._cards_box.setSpacing(8)
        # The suggestions scroll rather than squeeze when big text makes them taller than the screen.
        self.cards_scroll = QScrollArea()
        self.cards_scroll.setWidgetResizable(True)
        self.cards_scroll.setWidget(cards_host)
        self.cards_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.cards_scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        left = QVBoxLayout()
        left.addWidget(self.continue_button)
        left.addWidget(self.continue_note)
        left.addSpacing(4)
        left.addWidget(self.choose_label)
        left.addWidget(self.cards_scroll, 1)

        self.map_label = QLabel()
        self.map_label.setObjectName("heading")
        self._map_host = _MapHost()
        self._map_host.width_changed.connect(self._fit_tiles)
        self._map_host.setObjectName("scrollBody")
        self._map_grid = QGridLayout(self._map_host)
        self._map_grid.setSpacing(8)
        self._map_grid.setContentsMargins(0, 0, 4, 0)
        self.map_scroll = QScrollArea()
        self.map_scroll.setWidgetResizable(True)
        self.map_scroll.setWidget(self._map_host)
        self.map_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        right = QVBoxLayout()
        right.addWidget(self.map_label)
        right.addWidget(self.map_scroll, 1)
        # The learner's own goal and their week, under the map, which scrolls (app/ui/goals_panel.py).
        self.goals_panel = GoalsPanel(worker, services)
        right.addWidget(self.goals_panel)

        columns = QHBoxLayout()
        columns.setSpacing(20)
        columns.addLayout(left, 2)
        columns.addLayout(right, 3)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 10, 20, 10)
        layout.addLayout(header)
        layout.addLayout(self._subjects)
        layout.addLayout(columns, 1)
        self.retranslate()

    # -- text ---------------------------------------------------------------------------------

    def retranslate(self) -> None:
        """Set every visible string in the current UI language."""
        name = self._learner.display_name if self._learner is not None else ""
        self.greeting.setText(self.tr("Hello, %1!").replace("%1", name))
        self.switch_button.setText(self.tr("Switch learner"))
        self.switch_button.setAccessibleName(self.tr("Switch learner: back to the list of learners"))
        self.continue_button.setText(self.tr("Continue"))
        self.continue_button.setAccessibleName(self.tr("Continue practising"))
        self.continue_button.setToolTip(self.tr("Sabil picks what is best for you next."))
        self.continue_button.setAccessibleDescription(self.continue_button.toolTip())
        self.choose_label.setText(self.tr("Or choose one of these:"))
        self.map_label.setText(self.tr("Your skills"))
        self.subject_label.setText(self.tr("Learn:"))
        for button, pack in zip(self.pack_buttons, self._packs, strict=True):
            button.setText(localized(pack.title, self._language))
        self.map_scroll.setAccessibleName(self.tr("Skill map"))
        self._rebuild()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- data ---------------------------------------------------------------------------------

    def load(self, learner: object, language: str) -> None:
        """Show ``learner``'s home: the pack chosen on this visit, else the one they practised last."""
        if self._learner is None or self._learner.id != learner.id:
            self.pack_id = None
        self._learner = learner
        self._language = language
        self.avatar.setPixmap(avatar_pixmap(learner.avatar, 48, learner.display_name))
        self._fetch()

    def choose_pack(self, pack_id: str) -> None:
        """Show another installed pack's suggestions and map; Continue then practises it."""
        if self._learner is not None and pack_id != self.pack_id:
            self.pack_id = pack_id
            self._fetch()

    def _fetch(self) -> None:
        self.continue_button.setEnabled(False)
        self.retranslate()
        practice, packs = self._services.practice, self._services.packs
        learner_id, wanted = self._learner.id, self.pack_id

        def fetch() -> tuple[list[object], str, list[object], list[object]]:
            installed = packs.installed()
            pack_id = wanted or practice.current_pack(learner_id)
            return (
                installed,
                pack_id,
                practice.skill_map(learner_id, pack_id),
                practice.suggestions(learner_id, k=MAX_SUGGESTIONS, pack_id=pack_id),
            )

        self._worker.run(fetch, self._on_loaded, self._on_failed)

    def _show_packs(self, packs: list[object]) -> None:
        """One checkable button per installed pack, shown only when there is a choice to make."""
        if [p.id for p in packs] == [p.id for p in self._packs]:
            self._packs = list(packs)
            for button, pack in zip(self.pack_buttons, self._packs, strict=True):
                button.setText(localized(pack.title, self._language))
                button.setChecked(pack.id == self.pack_id)
            return
        for button in self.pack_buttons:
            self._pack_group.removeButton(button)
            self._subject_flow.removeWidget(button)
            button.hide()
            button.deleteLater()
        self._packs = list(packs)
        self.pack_buttons = []
        for pack in self._packs:
            button = QPushButton(localized(pack.title, self._language))
            button.setObjectName("subject")
            button.setCheckable(True)
            button.setChecked(pack.id == self.pack_id)
            button.clicked.connect(lambda _checked=False, pid=pack.id: self.choose_pack(pid))
            self._pack_group.addButton(button)
            self._subject_flow.addWidget(button)
            self.pack_buttons.append(button)
        visible = len(self._packs) > 1
        self.subject_label.setVisible(visible)
        self.subject_buttons.setVisible(visible)
        for button in self.pack_buttons:
            button.setVisible(visible)

    def _on_failed(self, error: Exception) -> None:
        # With no pack installed (or a broken one) there is nothing to practise: say what to do.
        self._skills, self._suggestions = [], []
        self._rebuild()
        self.continue_button.setEnabled(False)
        self.goals_panel.clear()
        self._say_nothing_to_practise()
        emit(self.loaded)

    def _say_nothing_to_practise(self) -> None:
        self.continue_note.setText(self.tr("There is nothing to practise yet. Ask an adult to add a content pack."))
        self.continue_note.setVisible(True)

    def _on_loaded(self, result: tuple[list[object], str, list[object], list[object]]) -> None:
        packs, self.pack_id, self._skills, self._suggestions = result
        self._show_packs(packs)
        self.continue_note.setText("")
        self._rebuild()
        self.continue_button.setEnabled(bool(self._skills))
        if not self._skills:
            self._say_nothing_to_practise()
        self.goals_panel.load(self._learner.id, self._language, self.pack_id, self._skills)
        self.continue_button.setFocus()
        emit(self.loaded)

    def _fit_tiles(self) -> None:
        """Give every tile the height its wrapped text needs at the current column width.

        Grid layouts inside a scroll area do not ask word-wrapped labels how tall they get at a
        given width, so without this the tiles are squeezed flat instead of the map scrolling.
        """
        margins = self._map_grid.contentsMargins()
        spacing = self._map_grid.horizontalSpacing()
        usable = self._map_host.width() - margins.left() - margins.right()
        column = max(120, (usable - spacing * (MAP_COLUMNS - 1)) // MAP_COLUMNS)
        for tile in self.tiles:
            tile.setMinimumHeight(tile.layout().totalHeightForWidth(column))

    def _title_of(self, skill_id: str) -> str | None:
        for skill in self._skills:
            if skill.skill_id == skill_id:
                return localized(skill.title, self._language)
        return None

    def _rebuild(self) -> None:
        for box in (self._cards_box, self._map_grid):
            while box.count():
                item = box.takeAt(0)
                if item.widget() is not None:
                    # Hidden now: deleteLater waits for the event loop, and until then the old
                    # card or tile would still be drawn under the new ones.
                    item.widget().hide()
                    item.widget().deleteLater()
        self.cards = []
        self.tiles = []
        for suggestion in self._suggestions[:MAX_SUGGESTIONS]:
            joiner = "، " if self._language == "ar" else ", "
            why = reason_text(suggestion.reason, suggestion.reason_args, self._title_of, joiner)
            card = SuggestionCard(
                suggestion.skill_id, localized(suggestion.title, self._language), self.tr("Why this? %1").replace("%1", why)
            )
            card.clicked.connect(lambda _checked=False, sid=suggestion.skill_id: emit(self.start_requested, sid))
            self._cards_box.addWidget(card)
            self.cards.append(card)
        self._cards_box.addStretch()
        self.choose_label.setVisible(bool(self.cards))
        for index, skill in enumerate(self._skills):
            tile = SkillTile(skill.skill_id, localized(skill.title, self._language), skill.status)
            self._map_grid.addWidget(tile, index // MAP_COLUMNS, index % MAP_COLUMNS)
            self.tiles.append(tile)
        for row in range(self._map_grid.rowCount()):
            self._map_grid.setRowStretch(row, 0)
        # An empty last row takes the spare height, so short maps stay at the top.
        self._map_grid.setRowStretch((len(self._skills) + MAP_COLUMNS - 1) // MAP_COLUMNS, 1)
        self._fit_tiles()
        all_mastered = bool(self._skills) and all(s.status == "mastered" for s in self._skills)
        if all_mastered:
            self.continue_note.setText(self.tr("You have mastered every skill here. Well done!"))
        self.continue_note.setVisible(bool(self.continue_note.text()))
