"""Classes and groups (teacher mode): make, rename and remove classes, put learners in them, split a
class into groups (renamed and removed the same way), and import a whole class list from a CSV file.

Three columns: the classes; the learners of the chosen class; its groups, with a tick list of who
is in the chosen group. Every change goes through ``services.classes`` on the database worker and
the screen is redrawn from what the service returns.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.ui.adult.confirm_bar import ConfirmBar
from app.ui.adult.messages import adult_message
from app.ui.adult.rename_dialog import RenameDialog
from app.ui.adult.roster_import_dialog import RosterImportDialog
from app.ui.locale_text import whole_number
from app.ui.worker import ServiceWorker

ID_ROLE = Qt.ItemDataRole.UserRole


def _heading() -> QLabel:
    label = QLabel()
    label.setObjectName("heading")
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    return label


def _select(widget: QListWidget, wanted: str | None) -> None:
    for row in range(widget.count()):
        if widget.item(row).data(ID_ROLE) == wanted:
            widget.setCurrentRow(row)
            return
    widget.setCurrentRow(0 if widget.count() else -1)


class ClassesPage(QWidget):
    """Classes, their learners and groups; "Import class list…" opens the roster import."""

    def __init__(self, worker: ServiceWorker, services: object, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._worker = worker
        self._services = services
        self._language = "en"
        self.classes: list[object] = []
        self.learners: dict[str, object] = {}  # id -> profile, every learner on this computer
        self.class_id: str | None = None
        self.group_id: str | None = None
        self.import_dialog: RosterImportDialog | None = None
        self.rename_dialog: RenameDialog | None = None
        self._filling = False

        # Column 1: classes.
        self.classes_label = _heading()
        self.class_list = QListWidget()
        self.class_list.currentItemChanged.connect(self._class_changed)
        self.class_name = QLineEdit()
        self.class_name.returnPressed.connect(self.add_class)
        self.add_class_button = QPushButton()
        self.add_class_button.clicked.connect(self.add_class)
        add_class_row = QHBoxLayout()
        add_class_row.addWidget(self.class_name, 2)
        add_class_row.addWidget(self.add_class_button)
        self.import_button = QPushButton()
        self.import_button.clicked.connect(self.open_import)
        self.rename_class_button = QPushButton()
        self.rename_class_button.clicked.connect(self.ask_rename_class)
        self.delete_class_button = QPushButton()
        self.delete_class_button.clicked.connect(self.ask_delete_class)
        class_buttons = QHBoxLayout()
        class_buttons.addWidget(self.rename_class_button)
        class_buttons.addWidget(self.delete_class_button)
        first = QVBoxLayout()
        first.addWidget(self.classes_label)
        first.addWidget(self.class_list, 1)
        first.addLayout(add_class_row)
        first.addLayout(class_buttons)
        first.addWidget(self.import_button)

        # Column 2: the chosen class's learners.
        self.members_label = _heading()
        self.member_list = QListWidget()
        self.member_list.currentItemChanged.connect(lambda *_: self._update_buttons())
        self.learner_choice = QComboBox()
        self.add_member_button = QPushButton()
        self.add_member_button.clicked.connect(self.add_member)
        add_member_row = QHBoxLayout()
        add_member_row.addWidget(self.learner_choice, 2)
        add_member_row.addWidget(self.add_member_button)
        self.remove_member_button = QPushButton()
        self.remove_member_button.clicked.connect(self.remove_member)
        second = QVBoxLayout()
        second.addWidget(self.members_label)
        second.addWidget(self.member_list, 1)
        second.addLayout(add_member_row)
        second.addWidget(self.remove_member_button)

        # Column 3: groups, and who is in the chosen one.
        self.groups_label = _heading()
        self.group_list = QListWidget()
        self.group_list.setMaximumHeight(96)
        self.group_list.currentItemChanged.connect(self._group_changed)
        self.group_name = QLineEdit()
        self.group_name.returnPressed.connect(self.add_group)
        self.add_group_button = QPushButton()
        self.add_group_button.clicked.connect(self.add_group)
        add_group_row = QHBoxLayout()
        add_group_row.addWidget(self.group_name, 2)
        add_group_row.addWidget(self.add_group_button)
        self.in_group_label = QLabel()
        self.in_group_label.setTextFormat(Qt.TextFormat.PlainText)
        self.in_group_label.setWordWrap(True)
        self.group_members = QListWidget()
        self.group_members.itemChanged.connect(self._group_tick_changed)
        self.rename_group_button = QPushButton()
        self.rename_group_button.clicked.connect(self.ask_rename_group)
        self.delete_group_button = QPushButton()
        self.delete_group_button.clicked.connect(self.ask_delete_group)
        # One above the other: the groups column is the narrowest, and both names grow in translation.
        group_buttons = QVBoxLayout()
        group_buttons.addWidget(self.rename_group_button)
        group_buttons.addWidget(self.delete_group_button)
        third = QVBoxLayout()
        third.addWidget(self.groups_label)
        third.addWidget(self.group_list)
        third.addLayout(add_group_row)
        third.addWidget(self.in_group_label)
        third.addWidget(self.group_members, 2)
        third.addLayout(group_buttons)

        self.status = QLabel()
        self.status.setObjectName("error")
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        columns = QHBoxLayout()
        columns.setSpacing(16)
        columns.addLayout(first, 1)
        columns.addLayout(second, 1)
        columns.addLayout(third, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        self.confirm = ConfirmBar()
        layout.addLayout(columns, 1)
        layout.addWidget(self.confirm)
        layout.addWidget(self.status)
        self.retranslate()

    # -- language ----------------------------------------------------------------------------------

    def retranslate(self) -> None:
        """Set every visible string in the current UI language."""
        self.classes_label.setText(self.tr("Classes"))
        self.class_list.setAccessibleName(self.tr("Classes"))
        self.class_name.setPlaceholderText(self.tr("New class name"))
        self.class_name.setAccessibleName(self.tr("Name of the new class"))
        self.add_class_button.setText(self.tr("Add class"))
        self.import_button.setText(self.tr("Import class list…"))
        self.import_button.setAccessibleName(self.tr("Import a class list from a CSV file"))
        self.delete_class_button.setText(self.tr("Remove class"))
        self.rename_class_button.setText(self.tr("Rename…"))
        self.rename_class_button.setAccessibleName(self.tr("Give the class a new name"))
        self.delete_class_button.setAccessibleName(self.tr("Remove the class (its learners and their progress stay)"))
        self.member_list.setAccessibleName(self.tr("Learners in the class"))
        self.learner_choice.setAccessibleName(self.tr("Learner to add to the class"))
        self.add_member_button.setText(self.tr("Add to class"))
        self.remove_member_button.setText(self.tr("Take out of class"))
        self.groups_label.setText(self.tr("Groups"))
        self.group_list.setAccessibleName(self.tr("Groups of the class"))
        self.group_name.setPlaceholderText(self.tr("New group name"))
        self.group_name.setAccessibleName(self.tr("Name of the new group"))
        self.add_group_button.setText(self.tr("Add group"))
        self.group_members.setAccessibleName(self.tr("Tick the learners in this group"))
        self.delete_group_button.setText(self.tr("Remove group"))
        self.rename_group_button.setText(self.tr("Rename…"))
        self.rename_group_button.setAccessibleName(self.tr("Give the group a new name"))
        self._show_class()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- loading -----------------------------------------------------------------------------------

    def open(self, language: str) -> None:
        """Show the screen in ``language`` with fresh data."""
        self._language = language
        self.status.setText("")
        self.refresh()

    def refresh(self) -> None:
        """Reload every class and learner."""
        classes, learners = self._services.classes, self._services.learners
        self._worker.run(lambda: (classes.list(), learners.list()), self._on_loaded, self._show_error)

    def _on_loaded(self, loaded: tuple[list[object], list[object]]) -> None:
        self.classes, profiles = loaded
        self.learners = {p.id: p for p in profiles}
        self._filling = True
        self.class_list.clear()
        for found in self.classes:
            item = QListWidgetItem(f"{found.name} ({whole_number(len(found.learner_ids), self._language)})")
            item.setData(ID_ROLE, found.id)
            self.class_list.addItem(item)
        self._filling = False
        _select(self.class_list, self.class_id)
        self.class_id = self._current_id(self.class_list)
        self._show_class()

    def current_class(self) -> object | None:
        """The chosen class, if any."""
        return next((c for c in self.classes if c.id == self.class_id), None)

    def current_group(self) -> object | None:
        """The chosen group of the chosen class, if any."""
        chosen = self.current_class()
        if chosen is None:
            return None
        return next((g for g in chosen.groups if g.id == self.group_id), None)

    @staticmethod
    def _current_id(widget: QListWidget) -> str | None:
        item = widget.currentItem()
        return item.data(ID_ROLE) if item is not None else None

    def _class_changed(self, *_args: object) -> None:
        if self._filling:
            return
        self.confirm.cancel()  # a question about another class must not stay on screen
        self.class_id = self._current_id(self.class_list)
        self._show_class()

    def _group_changed(self, *_args: object) -> None:
        if self._filling:
            return
        self.confirm.cancel()
        self.group_id = self._current_id(self.group_list)
        self._show_group()

    def _name(self, learner_id: str) -> str:
        profile = self.learners.get(learner_id)
        return profile.display_name if profile is not None else ""

    def _show_class(self) -> None:
        chosen = self.current_class()
        self._filling = True
        self.member_list.clear()
        self.group_list.clear()
        self.learner_choice.clear()
        if chosen is None:
            self.members_label.setText(self.tr("Learners"))
        else:
            self.members_label.setText(self.tr("Learners in %1").replace("%1", chosen.name))
            for learner_id in chosen.learner_ids:
                item = QListWidgetItem(self._name(learner_id))
                item.setData(ID_ROLE, learner_id)
                self.member_list.addItem(item)
            outside = sorted(
                (p for p in self.learners.values() if p.id not in chosen.learner_ids),
                key=lambda p: p.display_name.casefold(),
            )
            for profile in outside:
                self.learner_choice.addItem(profile.display_name, profile.id)
            for group in chosen.groups:
                item = QListWidgetItem(f"{group.name} ({whole_number(len(group.learner_ids), self._language)})")
                item.setData(ID_ROLE, group.id)
                self.group_list.addItem(item)
        self._filling = False
        _select(self.group_list, self.group_id)
        self.group_id = self._current_id(self.group_list)
        self._show_group()

    def _show_group(self) -> None:
        chosen, group = self.current_class(), self.current_group()
        self._filling = True
        self.group_members.clear()
        if group is None:
            self.in_group_label.setText(self.tr("Add a group to split the class, e.g. for a lesson at a different level."))
        else:
            self.in_group_label.setText(self.tr("Who is in %1:").replace("%1", group.name))
            for learner_id in chosen.learner_ids:
                item = QListWidgetItem(self._name(learner_id))
                item.setData(ID_ROLE, learner_id)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Checked if learner_id in group.learner_ids else Qt.CheckState.Unchecked)
                self.group_members.addItem(item)
        self._filling = False
        self._update_buttons()

    def _update_buttons(self) -> None:
        has_class = self.current_class() is not None
        self.delete_class_button.setEnabled(has_class)
        self.rename_class_button.setEnabled(has_class)
        self.add_member_button.setEnabled(has_class and self.learner_choice.count() > 0)
        self.learner_choice.setEnabled(has_class and self.learner_choice.count() > 0)
        self.remove_member_button.setEnabled(has_class and self.member_list.currentItem() is not None)
        self.group_name.setEnabled(has_class)
        self.add_group_button.setEnabled(has_class)
        self.delete_group_button.setEnabled(self.current_group() is not None)
        self.rename_group_button.setEnabled(self.current_group() is not None)

    # -- changes -----------------------------------------------------------------------------------

    def _change(self, call: object, select_class: str | None = None) -> None:
        """Run a change on the worker, then reload (an error is shown, nothing else changes)."""
        self.status.setText("")

        def done(result: object) -> None:
            if select_class is not None:
                self.class_id = select_class
            elif hasattr(result, "class_id") and hasattr(result, "learner_ids"):
                self.group_id = result.id  # a new group is chosen at once
            elif result is not None and hasattr(result, "groups"):
                self.class_id = result.id
            self.refresh()

        self._worker.run(call, done, self._on_error)

    def add_class(self) -> None:
        """Create a class from the name typed."""
        name = self.class_name.text()
        classes = self._services.classes
        self.class_name.clear()
        self._change(lambda: classes.create(name))

    def ask_rename_class(self) -> RenameDialog | None:
        """Ask for the chosen class's new name (returned so tests can drive the dialog)."""
        chosen = self.current_class()
        if chosen is None:
            return None
        classes, class_id = self._services.classes, chosen.id
        return self._open_rename(
            self.tr("Rename class"),
            self.tr("New name for the class %1:").replace("%1", chosen.name),
            chosen.name,
            lambda name: classes.rename(class_id, name),
        )

    def ask_rename_group(self) -> RenameDialog | None:
        """Ask for the chosen group's new name (returned so tests can drive the dialog)."""
        group = self.current_group()
        if group is None:
            return None
        classes, group_id = self._services.classes, group.id
        return self._open_rename(
            self.tr("Rename group"),
            self.tr("New name for the group %1:").replace("%1", group.name),
            group.name,
            lambda name: classes.rename_group(group_id, name),
        )

    def _open_rename(self, title: str, prompt: str, current: str, save: object) -> RenameDialog:
        self.confirm.cancel()
        self.status.setText("")
        dialog = RenameDialog(self._worker, title, prompt, current, save, self)
        dialog.renamed.connect(lambda _result: self.refresh())
        dialog.finished.connect(lambda _code: self._rename_closed(dialog))
        self.rename_dialog = dialog
        dialog.open()
        return dialog

    def _rename_closed(self, dialog: RenameDialog) -> None:
        if self.rename_dialog is dialog:
            self.rename_dialog = None
        dialog.deleteLater()

    def ask_delete_class(self) -> None:
        """Ask before removing the chosen class (nothing is removed yet)."""
        chosen = self.current_class()
        if chosen is None:
            return
        self.confirm.ask(
            self.tr("Remove the class %1 and its groups? Its learners and their progress stay.").replace("%1", chosen.name),
            self.tr("Remove %1").replace("%1", chosen.name),
            self.delete_class,
        )

    def ask_delete_group(self) -> None:
        """Ask before removing the chosen group (nothing is removed yet)."""
        group = self.current_group()
        if group is None:
            return
        self.confirm.ask(
            self.tr("Remove the group %1? Its learners stay in the class.").replace("%1", group.name),
            self.tr("Remove %1").replace("%1", group.name),
            self.delete_group,
        )

    def delete_class(self) -> None:
        """Remove the chosen class and its groups (learners and their progress stay)."""
        if self.class_id is None:
            return
        classes, class_id = self._services.classes, self.class_id
        self.class_id = None
        self._worker.run(lambda: classes.delete(class_id), lambda _none: self.refresh(), self._on_error)

    def add_member(self) -> None:
        """Put the learner chosen in the list under the class into the class."""
        learner_id = self.learner_choice.currentData()
        if self.class_id is None or learner_id is None:
            return
        classes, class_id = self._services.classes, self.class_id
        self._change(lambda: classes.add_learner(class_id, learner_id))

    def remove_member(self) -> None:
        """Take the chosen learner out of the class (and its groups)."""
        learner_id = self._current_id(self.member_list)
        if self.class_id is None or learner_id is None:
            return
        classes, class_id = self._services.classes, self.class_id
        self._change(lambda: classes.remove_learner(class_id, learner_id))

    def add_group(self) -> None:
        """Create a group in the chosen class from the name typed."""
        if self.class_id is None:
            return
        name = self.group_name.text()
        classes, class_id = self._services.classes, self.class_id
        self.group_name.clear()
        self._change(lambda: classes.create_group(class_id, name))

    def delete_group(self) -> None:
        """Remove the chosen group (its learners stay in the class)."""
        if self.group_id is None:
            return
        classes, group_id = self._services.classes, self.group_id
        self.group_id = None
        self._worker.run(lambda: classes.delete_group(group_id), lambda _none: self.refresh(), self._on_error)

    def _group_tick_changed(self, item: QListWidgetItem) -> None:
        if self._filling or self.group_id is None:
            return
        classes, group_id, learner_id = self._services.classes, self.group_id, item.data(ID_ROLE)
        if item.checkState() == Qt.CheckState.Checked:
            self._change(lambda: classes.add_to_group(group_id, learner_id))
        else:
            self._change(lambda: classes.remove_from_group(group_id, learner_id))

    def set_in_group(self, learner_id: str, member: bool) -> None:
        """Tick (or untick) a learner in the chosen group, as a click on the tick box does."""
        for row in range(self.group_members.count()):
            item = self.group_members.item(row)
            if item.data(ID_ROLE) == learner_id:
                item.setCheckState(Qt.CheckState.Checked if member else Qt.CheckState.Unchecked)
                return

    # -- roster import -----------------------------------------------------------------------------

    def open_import(self) -> RosterImportDialog:
        """Open the class-list import (returned so tests can drive it)."""
        dialog = RosterImportDialog(self._worker, self._services, self, language=self._language)
        dialog.imported.connect(lambda _result: self.refresh())
        dialog.finished.connect(dialog.deleteLater)
        self.import_dialog = dialog
        dialog.open()
        return dialog

    def _show_error(self, error: Exception) -> None:
        self.status.setText(adult_message(getattr(error, "code", "")))

    def _on_error(self, error: Exception) -> None:
        # A refused change: say why, and show what is really stored.
        self._show_error(error)
        self.refresh()
