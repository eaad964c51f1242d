"""The first screen: every learner as a big picture button, plus "Add learner" and an adult Manage area."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.ui.images import avatar_icon, icon_size
from app.ui.signals import emit

AVATAR_SIZE = 88
COLUMNS = 4
_PROFILE_ROLE = Qt.ItemDataRole.UserRole + 1


class PickerPage(QWidget):
    """Shows learners; emits which one was picked, or that an adult wants to add/edit/delete one."""

    learner_picked = Signal(object)  # LearnerProfile
    add_requested = Signal()
    edit_requested = Signal(object)  # LearnerProfile
    delete_confirmed = Signal(object)  # LearnerProfile
    teacher_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._learners: list[object] = []
        self.learner_buttons: list[QToolButton] = []

        self.title = QLabel()
        self.title.setObjectName("heading")
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_note = QLabel()
        self.empty_note.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_note.setWordWrap(True)

        self._grid_host = QWidget()
        self._grid_host.setObjectName("scrollBody")
        self._grid = QGridLayout(self._grid_host)
        self._grid.setSpacing(16)
        for column in range(COLUMNS):
            # Equal columns: one or two learners (a family) keep a button-sized picture, not a banner.
            self._grid.setColumnStretch(column, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self._grid_host)
        self._scroll = scroll

        self.add_button = QPushButton()
        self.add_button.setObjectName("primary")
        self.add_button.clicked.connect(self.add_requested)
        self.manage_button = QPushButton()
        self.manage_button.setCheckable(True)
        self.manage_button.toggled.connect(self._show_manage)

        # The adult area: a plain list with Edit and Delete, hidden until "Manage" is pressed so a
        # child picking their face is not offered a delete button.
        self.manage_panel = QWidget()
        self.manage_list = QListWidget()
        self.manage_list.setMaximumHeight(150)
        self.edit_button = QPushButton()
        self.edit_button.clicked.connect(self._edit_selected)
        self.delete_button = QPushButton()
        self.delete_button.clicked.connect(self._delete_selected)
        manage_buttons = QVBoxLayout()
        manage_buttons.addWidget(self.edit_button)
        manage_buttons.addWidget(self.delete_button)
        manage_buttons.addStretch()
        manage_layout = QHBoxLayout(self.manage_panel)
        manage_layout.setContentsMargins(0, 0, 0, 0)
        manage_layout.addWidget(self.manage_list, 1)
        manage_layout.addLayout(manage_buttons)
        self.manage_panel.setVisible(False)

        # Small and plain on purpose: the way into teacher mode is for adults, not a child's target.
        self.teacher_button = QPushButton()
        self.teacher_button.setObjectName("adultLink")
        self.teacher_button.setStyleSheet("font-size: 12pt; min-height: 28px; padding: 4px 10px;")
        self.teacher_button.clicked.connect(self.teacher_requested)

        bottom = QHBoxLayout()
        bottom.addWidget(self.manage_button)
        bottom.addWidget(self.teacher_button)
        bottom.addStretch()
        bottom.addWidget(self.add_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.addWidget(self.title)
        layout.addWidget(self.empty_note)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.manage_panel)
        layout.addLayout(bottom)
        self.retranslate()

    def retranslate(self) -> None:
        """Set every visible string in the current UI language."""
        self.title.setText(self.tr("Who is learning today?"))
        self.empty_note.setText(self.tr("No learners yet. Press “Add learner” to begin."))
        self.add_button.setText(self.tr("Add learner"))
        self.add_button.setAccessibleName(self.tr("Add a new learner"))
        self.manage_button.setText(self.tr("Manage (adults)"))
        self.manage_button.setAccessibleName(self.tr("Manage learners: edit or delete"))
        self.teacher_button.setText(self.tr("For teachers and parents"))
        self.teacher_button.setAccessibleName(self.tr("Teacher mode: content packs (needs the adult password)"))
        self.edit_button.setText(self.tr("Edit"))
        self.edit_button.setAccessibleName(self.tr("Edit the selected learner"))
        self.delete_button.setText(self.tr("Delete"))
        self.delete_button.setAccessibleName(self.tr("Delete the selected learner"))
        self.manage_list.setAccessibleName(self.tr("Learners"))
        for button in self.learner_buttons:
            button.setAccessibleName(self.tr("Start as %1").replace("%1", button.text()))

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        # Tool buttons only react to Space; a child at the keyboard presses Enter on their picture.
        focused = self.focusWidget()
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and focused in self.learner_buttons:
            focused.click()
            return
        letter = event.text()
        if len(letter) == 1 and letter.isalpha() and self.jump_to_letter(letter):
            return
        super().keyPressEvent(event)

    def jump_to_letter(self, letter: str) -> bool:
        """Focus the next learner whose name starts with ``letter`` (a lab has 30: typing beats scrolling).

        Pressing the same letter again moves on to the next such name. Returns False when none matches.
        """
        key = letter.casefold()
        matches = [b for b in self.learner_buttons if b.text().casefold().startswith(key)]
        if not matches:
            return False
        focused = self.focusWidget()
        after = matches.index(focused) + 1 if focused in matches else 0
        target = matches[after % len(matches)]
        target.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self._scroll.ensureWidgetVisible(target)
        return True

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def set_learners(self, learners: list[object]) -> None:
        """Show these learners (LearnerProfile objects) as buttons and in the manage list."""
        self._learners = list(learners)
        while self._grid.count():
            item = self._grid.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        self.learner_buttons = []
        self.manage_list.clear()
        for index, learner in enumerate(self._learners):
            button = QToolButton()
            button.setObjectName("learner")
            button.setText(learner.display_name)
            button.setIcon(avatar_icon(learner.avatar, AVATAR_SIZE, learner.display_name))
            button.setIconSize(icon_size(AVATAR_SIZE))
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextUnderIcon)
            # Fixed height and no explicit minimum: the grid keeps every button at its size hint
            # (picture + name) and the picker scrolls when a lab has more learners than fit.
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            button.clicked.connect(lambda _checked=False, who=learner: emit(self.learner_picked, who))
            self._grid.addWidget(button, index // COLUMNS, index % COLUMNS)
            self.learner_buttons.append(button)
            item = QListWidgetItem(learner.display_name)
            item.setData(_PROFILE_ROLE, learner)
            self.manage_list.addItem(item)
        self._grid.setRowStretch(len(self._learners) // COLUMNS + 1, 1)
        self.empty_note.setVisible(not self._learners)
        self.manage_button.setEnabled(bool(self._learners))
        if not self._learners:
            self.manage_button.setChecked(False)
        self.retranslate()
        first = self.learner_buttons[0] if self.learner_buttons else self.add_button
        first.setFocus()

    def _show_manage(self, shown: bool) -> None:
        self.manage_panel.setVisible(shown)
        if shown and self.manage_list.count():
            self.manage_list.setCurrentRow(0)
            self.manage_list.setFocus()

    def _selected(self) -> object | None:
        item = self.manage_list.currentItem()
        return item.data(_PROFILE_ROLE) if item is not None else None

    def _edit_selected(self) -> None:
        learner = self._selected()
        if learner is not None:
            emit(self.edit_requested, learner)

    def _delete_selected(self) -> None:
        learner = self._selected()
        if learner is None:
            return
        if self.confirm_delete(learner.display_name):
            emit(self.delete_confirmed, learner)

    def confirm_delete(self, name: str) -> bool:
        """Ask an adult to confirm deleting a learner (separate method so it can be driven by tests)."""
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Delete learner"))
        box.setText(self.tr("Delete %1 and all their progress on this computer?").replace("%1", name))
        delete = box.addButton(self.tr("Delete"), QMessageBox.ButtonRole.DestructiveRole)
        keep = box.addButton(self.tr("Keep"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)
        box.exec()
        return box.clickedButton() is delete
