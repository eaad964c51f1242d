"""Learning plans (teacher mode): assign skills, a pack section or a whole pack to a learner, a group
or a class, with an optional due date and a goal written with the learner; see each learner's
progress on a plan and what the sequencer will teach next for it; change a plan's name, due date
(set, move or clear) and goal, or remove it.

The learner's practice honours the plan (``services.practice``): it teaches missing prerequisites
first and says so. This screen only writes plans through ``services.plans``.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QEvent, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.services.adult_dto import PlanTarget
from app.ui.adult.confirm_bar import ConfirmBar
from app.ui.adult.elided_lines import elide_lines
from app.ui.adult.messages import adult_message
from app.ui.locale_dates import coming_date, set_date_edit_language
from app.ui.locale_text import isolate, parts_joined, whole_number
from app.ui.titles import localized
from app.ui.worker import ServiceWorker

ID_ROLE = Qt.ItemDataRole.UserRole
ASSIGNEE_KINDS = ("learner", "group", "class")
TARGET_KINDS = ("skill", "section", "pack")


def _packs_most_used_first(services: object) -> list[object]:
    """Installed packs, those the learners answered most in first (the likely subject of a plan)."""
    used = [p.pack_id for p in services.reports.packs()]
    rank = {pack_id: position for position, pack_id in enumerate(used)}
    return sorted(services.packs.installed(), key=lambda p: rank.get(p.id, len(rank)))


def _heading() -> QLabel:
    label = QLabel()
    label.setObjectName("heading")
    label.setWordWrap(True)
    return label


class PlansPage(QWidget):
    """Plans and their progress (left), a new plan (right)."""

    def __init__(self, worker: ServiceWorker, services: object, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._worker = worker
        self._services = services
        self._language = "en"
        self.plans: list[object] = []
        self.packs: list[object] = []
        self.classes: list[object] = []
        self.learners: list[object] = []
        self.skills: list[object] = []  # of the chosen pack, in teaching order
        self.skills_pack: str | None = None
        self.progress: list[object] = []
        self.plan_id: str | None = None
        self.editing_id: str | None = None  # the plan the form is changing; None = the form makes a new plan

        # Left: the plans, and the chosen plan's progress per learner.
        self.plans_label = _heading()
        self.plan_list = QListWidget()
        # Two lines per plan (its name, then for whom and by when), each cut with "…" on its own.
        elide_lines(self.plan_list)
        self.plan_list.setAlternatingRowColors(True)  # two lines per plan: keep them together
        self.plan_list.currentItemChanged.connect(lambda *_: self._plan_changed())
        self.progress_label = QLabel()
        self.progress_label.setWordWrap(True)
        self.progress_label.setTextFormat(Qt.TextFormat.PlainText)
        self.progress_list = QListWidget()
        self.progress_list.setWordWrap(True)
        self.progress_list.setAlternatingRowColors(True)  # two lines per learner: keep them together
        self.edit_button = QPushButton()
        self.edit_button.clicked.connect(self.start_editing)
        self.remove_button = QPushButton()
        self.remove_button.clicked.connect(self.ask_remove_plan)
        self.confirm = ConfirmBar()
        # While the question is open its own button is the way to remove; the other one steps aside.
        self.confirm.closed.connect(lambda: self.remove_button.setVisible(True))
        plan_buttons = QHBoxLayout()
        plan_buttons.addWidget(self.edit_button)
        plan_buttons.addWidget(self.remove_button)
        plan_buttons.addStretch(1)
        left = QVBoxLayout()
        left.addWidget(self.plans_label)
        left.addWidget(self.plan_list, 2)
        left.addWidget(self.progress_label)
        left.addWidget(self.progress_list, 3)
        left.addWidget(self.confirm)
        left.addLayout(plan_buttons)

        # Right: a new plan.
        self.new_label = _heading()
        self.title_edit = QLineEdit()
        self.assignee_kind = QComboBox()
        self.assignee_kind.currentIndexChanged.connect(lambda _i: self._fill_assignees())
        self.assignee = QComboBox()
        for_row = QHBoxLayout()
        for_row.addWidget(self.assignee_kind)
        for_row.addWidget(self.assignee, 1)
        self.pack_choice = QComboBox()
        self.pack_choice.currentIndexChanged.connect(lambda _i: self._load_skills())
        self.target_kind = QComboBox()
        # "A section: the skill and all it needs" is long in French and Spanish: as wide as the form
        # allows, not wider (the form was cut at the screen's edge), the open list showing it whole.
        self.target_kind.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.target_kind.setMinimumContentsLength(16)
        self.target_kind.currentIndexChanged.connect(lambda _i: self._target_kind_changed())
        self.skill_list = QListWidget()
        self.skill_list.setMinimumHeight(110)
        self.due_check = QCheckBox()
        self.due_date = QDateEdit()
        self.due_date.setCalendarPopup(True)
        set_date_edit_language(self.due_date, self._language)
        self.due_date.setDate(QDate.currentDate().addDays(28))
        self.due_date.setEnabled(False)
        self.due_check.toggled.connect(self.due_date.setEnabled)
        due_row = QHBoxLayout()
        due_row.addWidget(self.due_check)
        due_row.addWidget(self.due_date, 1)
        self.goal_edit = QLineEdit()
        self.assign_button = QPushButton()
        self.assign_button.setObjectName("primary")
        self.assign_button.clicked.connect(self._submit)
        self.cancel_edit_button = QPushButton()
        self.cancel_edit_button.clicked.connect(self.stop_editing)
        self.cancel_edit_button.setVisible(False)
        self.form = QFormLayout()
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        self._labels = [QLabel() for _ in range(7)]
        for label, field in zip(
            self._labels,
            (self.title_edit, for_row, self.pack_choice, self.target_kind, self.skill_list, due_row, self.goal_edit),
            strict=True,
        ):
            label.setWordWrap(True)
            self.form.addRow(label, field)
        form_host = QWidget()
        form_host.setObjectName("scrollBody")
        form_layout = QVBoxLayout(form_host)
        form_layout.setContentsMargins(0, 0, 6, 0)
        form_layout.addLayout(self.form)
        form_layout.addStretch()
        self.form_scroll = QScrollArea()
        self.form_scroll.setWidgetResizable(True)
        self.form_scroll.setWidget(form_host)
        self.form_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        right = QVBoxLayout()
        right.addWidget(self.new_label)
        right.addWidget(self.form_scroll, 1)
        # Outside the scrolling form, so "Assign plan" is always on screen.
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        bottom.addWidget(self.cancel_edit_button)
        bottom.addWidget(self.assign_button)
        right.addLayout(bottom)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.setSpacing(16)
        layout.addLayout(left, 2)
        layout.addLayout(right, 3)
        self.retranslate()

    # -- language ----------------------------------------------------------------------------------

    def retranslate(self) -> None:
        """Set every visible string in the current UI language."""
        self.plans_label.setText(self.tr("Learning plans"))
        self.plan_list.setAccessibleName(self.tr("Learning plans"))
        self.progress_list.setAccessibleName(self.tr("Progress of each learner on the plan"))
        self.remove_button.setText(self.tr("Remove plan"))
        self.edit_button.setText(self.tr("Change plan"))
        self.edit_button.setAccessibleName(self.tr("Change the plan's name, due date or goal"))
        self.cancel_edit_button.setText(self.tr("Cancel"))
        self._show_form_mode()
        texts = (
            self.tr("Name"),
            self.tr("For"),
            self.tr("Subject"),
            self.tr("What"),
            self.tr("Skills"),
            self.tr("Due date"),
            self.tr("Learner's goal"),
        )
        for label, text in zip(self._labels, texts, strict=True):
            label.setText(text)
        self.title_edit.setPlaceholderText(self.tr("e.g. Fractions before the test"))
        self.title_edit.setAccessibleName(self.tr("Name of the plan"))
        self._set_items(self.assignee_kind, [self.tr("A learner"), self.tr("A group"), self.tr("A class")])
        self.assignee_kind.setAccessibleName(self.tr("Who the plan is for"))
        self.assignee.setAccessibleName(self.tr("Learner, group or class"))
        self.pack_choice.setAccessibleName(self.tr("Content pack"))
        self._set_items(
            self.target_kind,
            [self.tr("Chosen skills"), self.tr("A section: the skill and all it needs"), self.tr("The whole pack")],
        )
        self.target_kind.setAccessibleName(self.tr("What the plan covers"))
        self.skill_list.setAccessibleName(self.tr("Tick the skills of the plan"))
        self.due_check.setText(self.tr("Due by"))
        self.due_date.setAccessibleName(self.tr("Due date"))
        self.goal_edit.setPlaceholderText(self.tr("e.g. I want to master fractions by June"))
        self.goal_edit.setAccessibleName(self.tr("The goal, written with the learner"))
        # Only the words change: the lists are redrawn from what was loaded (no service call).
        self._show_plans(fetch=False)

    @staticmethod
    def _set_items(combo: QComboBox, texts: list[str]) -> None:
        if combo.count() != len(texts):
            index = combo.currentIndex()
            combo.blockSignals(True)
            combo.clear()
            combo.addItems(texts)
            combo.setCurrentIndex(max(0, index))
            combo.blockSignals(False)
        else:
            for index, text in enumerate(texts):
                combo.setItemText(index, text)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- loading -----------------------------------------------------------------------------------

    def open(self, language: str) -> None:
        """Show the screen in ``language`` with fresh data."""
        self._language = language
        set_date_edit_language(self.due_date, language)
        self.status.setText("")
        self.refresh()

    def refresh(self) -> None:
        """Reload plans, packs, classes and learners."""
        s = self._services
        self._worker.run(
            lambda: (s.plans.list(), _packs_most_used_first(s), s.classes.list(), s.learners.list()),
            self._on_loaded,
            self._on_error,
        )

    def _on_loaded(self, loaded: tuple[list[object], list[object], list[object], list[object]]) -> None:
        self.plans, self.packs, self.classes, self.learners = loaded
        chosen_pack = self.pack_choice.currentData()
        self.pack_choice.blockSignals(True)
        self.pack_choice.clear()
        for pack in self.packs:
            self.pack_choice.addItem(localized(pack.title, self._language), pack.id)
        found = self.pack_choice.findData(chosen_pack)
        self.pack_choice.setCurrentIndex(max(0, found))
        self.pack_choice.blockSignals(False)
        self._fill_assignees()
        self._show_plans()
        self._load_skills()

    def _fill_assignees(self) -> None:
        kind = ASSIGNEE_KINDS[max(0, self.assignee_kind.currentIndex())]
        chosen = self.assignee.currentData()
        self.assignee.clear()
        if kind == "learner":
            for learner in self.learners:
                self.assignee.addItem(learner.display_name, learner.id)
        elif kind == "class":
            for found in self.classes:
                self.assignee.addItem(found.name, found.id)
        else:
            for found in self.classes:
                for group in found.groups:
                    self.assignee.addItem(f"{found.name} · {group.name}", group.id)
        self.assignee.setCurrentIndex(max(0, self.assignee.findData(chosen)))

    def choose_assignee(self, kind: str, assignee_id: str) -> None:
        """Choose who the new plan is for (as the two lists do)."""
        self.assignee_kind.setCurrentIndex(ASSIGNEE_KINDS.index(kind))
        self.assignee.setCurrentIndex(self.assignee.findData(assignee_id))

    def _load_skills(self) -> None:
        pack_id = self.pack_choice.currentData()
        if pack_id is None or pack_id == self.skills_pack:
            self._target_kind_changed()
            return
        reports = self._services.reports
        # The heatmap's skill list (no learners): titles and teaching order, read on the worker.
        self._worker.run(lambda: (pack_id, reports.mastery_grid(pack_id, learner_ids=[]).skills), self._on_skills, self._on_error)

    def _on_skills(self, loaded: tuple[str, tuple[object, ...]]) -> None:
        pack_id, skills = loaded
        if pack_id != self.pack_choice.currentData():
            return
        self.skills_pack, self.skills = pack_id, list(skills)
        self.skill_list.clear()
        for skill in self.skills:
            item = QListWidgetItem(localized(skill.title, self._language) or skill.skill_id)
            item.setData(ID_ROLE, skill.skill_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.skill_list.addItem(item)
        self._target_kind_changed()

    def _target_kind_changed(self) -> None:
        whole = TARGET_KINDS[max(0, self.target_kind.currentIndex())] == "pack"
        self.skill_list.setEnabled(not whole)

    def tick_skill(self, skill_id: str, ticked: bool = True) -> None:
        """Tick (or untick) a skill of the new plan, as a click does."""
        for row in range(self.skill_list.count()):
            item = self.skill_list.item(row)
            if item.data(ID_ROLE) == skill_id:
                item.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)

    def _ticked(self) -> list[str]:
        return [
            self.skill_list.item(row).data(ID_ROLE)
            for row in range(self.skill_list.count())
            if self.skill_list.item(row).checkState() == Qt.CheckState.Checked
        ]

    # -- plans and progress ------------------------------------------------------------------------

    def _due_text(self, due: date | None) -> str:
        if due is None:
            return ""
        return coming_date(due, self._language)

    def _show_plans(self, fetch: bool = True) -> None:
        """Draw the plan list; ``fetch`` reloads the chosen plan's progress, else it is redrawn."""
        self.plan_list.blockSignals(True)
        self.plan_list.clear()
        for plan in self.plans:
            # Names are isolated: an English name keeps its own direction on an Arabic screen, and back.
            details = [self.tr("For %1").replace("%1", isolate(plan.assignee_name))]
            if plan.due_date is not None:
                details.append(self.tr("due %1").replace("%1", self._due_text(plan.due_date)))
            lines = (isolate(plan.title), parts_joined(details, self._language))
            item = QListWidgetItem("\n".join(lines))
            item.setData(ID_ROLE, plan.id)
            item.setToolTip("\n".join(part for part in (*lines, plan.goal) if part))  # whole lines, if cut at the edge
            self.plan_list.addItem(item)
        ids = [p.id for p in self.plans]
        if self.plan_id in ids:
            self.plan_list.setCurrentRow(ids.index(self.plan_id))
        elif ids:
            self.plan_list.setCurrentRow(0)
        self.plan_list.blockSignals(False)
        if fetch:
            self._plan_changed()
        else:
            self._show_progress()

    def _plan_changed(self) -> None:
        self.confirm.cancel()  # a question about another plan must not stay on screen
        item = self.plan_list.currentItem()
        self.plan_id = item.data(ID_ROLE) if item is not None else None
        self.remove_button.setEnabled(self.plan_id is not None)
        self.edit_button.setEnabled(self.plan_id is not None)
        if self.editing_id is not None and self.editing_id != self.plan_id:
            self.stop_editing()  # the form must not keep changing a plan no longer chosen
        if self.plan_id is None:
            self.progress = []
            self._show_progress()
            return
        self.progress = []
        plans, plan_id = self._services.plans, self.plan_id
        self._worker.run(lambda: (plan_id, plans.progress(plan_id)), self._on_progress, self._on_error)

    def _on_progress(self, loaded: tuple[str, list[object]]) -> None:
        plan_id, progress = loaded
        if plan_id != self.plan_id:
            return
        self.progress = list(progress)
        self._show_progress()

    def _show_progress(self) -> None:
        if self.plan_id is None:
            self.progress_label.setText(self.tr("No plans yet. Make one on the right."))
            self.progress_list.clear()
            return
        plan = next((p for p in self.plans if p.id == self.plan_id), None)
        goal = plan.goal if plan is not None else ""
        self.progress_label.setText(self.tr("Goal: %1").replace("%1", goal) if goal else self.tr("How each learner is doing:"))
        self.progress_list.clear()
        for entry in self.progress:
            self.progress_list.addItem(self._progress_text(entry))

    def _progress_text(self, entry: object) -> str:
        status = {
            "complete": self.tr("done"),
            "overdue": self.tr("overdue"),
            "blocked": self.tr("nothing to practise for it"),
            "on_track": self.tr("on track"),
        }.get(entry.status, entry.status)
        text = (
            self.tr("%1: %2 of %3 skills · %4")
            .replace("%2", whole_number(len(entry.mastered), self._language))
            .replace("%3", whole_number(len(entry.target_skills), self._language))
            .replace("%4", status)
            .replace("%1", entry.learner_name)
        )
        if entry.next_steps and entry.status != "complete":
            step = entry.next_steps[0]
            title = localized(step.title, self._language) or step.skill_id
            if step.reason == "plan_prerequisite":
                text += "\n" + self.tr("Next: %1 (needed first)").replace("%1", title)
            else:
                text += "\n" + self.tr("Next: %1").replace("%1", title)
        return text

    # -- commands ----------------------------------------------------------------------------------

    def _submit(self) -> None:
        if self.editing_id is not None:
            self.save_changes()
        else:
            self.assign()

    def assign(self) -> None:
        """Create the plan from the form."""
        pack_id = self.pack_choice.currentData()
        assignee_id = self.assignee.currentData()
        kind = TARGET_KINDS[max(0, self.target_kind.currentIndex())]
        if pack_id is None:
            self.status.setText(self.tr("Install a content pack first."))
            return
        if assignee_id is None:
            self.status.setText(self.tr("Choose who the plan is for."))
            return
        if kind == "pack":
            targets = [PlanTarget("pack")]
        else:
            targets = [PlanTarget(kind, skill_id) for skill_id in self._ticked()]
            if not targets:
                self.status.setText(adult_message("no_targets"))
                return
        title = self.title_edit.text().strip() or self.pack_choice.currentText()
        due = self.due_date.date().toPython() if self.due_check.isChecked() else None
        assignee_kind = ASSIGNEE_KINDS[self.assignee_kind.currentIndex()]
        goal = self.goal_edit.text()
        plans = self._services.plans
        self.assign_button.setEnabled(False)
        self._worker.run(
            lambda: plans.create(title, pack_id, targets, assignee_kind, assignee_id, due, goal),
            self._on_assigned,
            self._on_error,
        )

    def _on_assigned(self, plan: object) -> None:
        self.assign_button.setEnabled(True)
        self.plan_id = plan.id
        self.title_edit.clear()
        self.goal_edit.clear()
        for row in range(self.skill_list.count()):
            self.skill_list.item(row).setCheckState(Qt.CheckState.Unchecked)
        self.status.setText(self.tr("Plan assigned to %1.").replace("%1", plan.assignee_name))
        self.refresh()

    # -- changing a plan -----------------------------------------------------------------------------

    def start_editing(self) -> None:
        """Fill the form with the chosen plan's name, due date and goal, to change them."""
        plan = next((p for p in self.plans if p.id == self.plan_id), None)
        if plan is None:
            return
        self.confirm.cancel()
        self.editing_id = plan.id
        self.title_edit.setText(plan.title)
        self.goal_edit.setText(plan.goal)
        self.due_check.setChecked(plan.due_date is not None)
        if plan.due_date is not None:
            self.due_date.setDate(QDate(plan.due_date.year, plan.due_date.month, plan.due_date.day))
        self.status.setText("")
        self._show_form_mode()
        self.title_edit.setFocus()

    def stop_editing(self) -> None:
        """Back to making a new plan (what was typed for the change is dropped)."""
        if self.editing_id is None:
            return
        self.editing_id = None
        self.title_edit.clear()
        self.goal_edit.clear()
        self.due_check.setChecked(False)
        self._show_form_mode()

    def _show_form_mode(self) -> None:
        """The form's heading, rows and buttons for a new plan or for changing the chosen one.

        Who a plan is for, its subject and its skills stay as they were when it is changed (a plan
        for other learners or skills is a new plan), so those rows step aside while changing.
        """
        editing = self.editing_id is not None
        plan = next((p for p in self.plans if p.id == self.editing_id), None)
        if editing and plan is not None:
            self.new_label.setText(self.tr("Change plan: %1").replace("%1", plan.title))
        else:
            self.new_label.setText(self.tr("New plan"))
        for row in range(1, 5):  # For, Subject, What, Skills
            self.form.setRowVisible(row, not editing)
        self.assign_button.setText(self.tr("Save changes") if editing else self.tr("Assign plan"))
        self.cancel_edit_button.setVisible(editing)

    def save_changes(self) -> None:
        """Store the new name, due date (unticked = none) and goal of the plan being changed."""
        if self.editing_id is None:
            return
        title = self.title_edit.text()
        due = self.due_date.date().toPython() if self.due_check.isChecked() else None
        goal = self.goal_edit.text()
        plans, plan_id = self._services.plans, self.editing_id
        self.assign_button.setEnabled(False)
        self._worker.run(
            lambda: plans.update(plan_id, title=title, due_date=due, goal=goal), self._on_changed, self._on_error
        )

    def _on_changed(self, plan: object) -> None:
        self.assign_button.setEnabled(True)
        self.plan_id = plan.id
        self.stop_editing()
        self.status.setText(self.tr("Changes to “%1” saved.").replace("%1", plan.title))
        self.refresh()

    def ask_remove_plan(self) -> None:
        """Ask before removing the chosen plan (nothing is removed yet)."""
        plan = next((p for p in self.plans if p.id == self.plan_id), None)
        if plan is None:
            return
        self.confirm.ask(
            self.tr("Remove the plan “%1”? What the learners learned stays.").replace("%1", plan.title),
            self.tr("Remove plan"),
            self.remove_plan,
        )
        self.remove_button.setVisible(False)

    def remove_plan(self) -> None:
        """Remove the chosen plan (progress made under it stays)."""
        if self.plan_id is None:
            return
        plans, plan_id = self._services.plans, self.plan_id
        self.plan_id = None
        if self.editing_id == plan_id:
            self.stop_editing()
        self._worker.run(lambda: plans.delete(plan_id), lambda _none: self.refresh(), self._on_error)

    def _on_error(self, error: Exception) -> None:
        self.assign_button.setEnabled(True)
        self.status.setText(adult_message(getattr(error, "code", "")))
