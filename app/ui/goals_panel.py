"""On the learner's Home: their own goal, how far they are, and "what I learned this week".

A compact card under the suggestions. The learner writes the goal in their own words and may tie
it to a skill of the subject they are learning, so progress comes from the learner model (mastered
or not), never from a count of right answers. A goal without a skill is ticked off by the learner.
The learner may change their goal's words and date, or remove it after a friendly "are you sure?";
the service only lets them touch their own goals.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QEvent, Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from app.ui.adult.week_words import learner_sentences
from app.ui.locale_dates import coming_date, set_date_edit_language
from app.ui.locale_text import whole_number
from app.ui.signals import emit
from app.ui.titles import localized
from app.ui.worker import ServiceWorker

GOAL_MAX = 120  # the service's limit for a goal's text
# Smaller buttons than the page's big ones: the card must leave the skill map room on 1024x600.
COMPACT = "QPushButton { padding: 2px 12px; min-height: 30px; }"
DEFAULT_DUE_DAYS = 28  # a date the learner can reach: four weeks ahead when they first tick "By"


class GoalsPanel(QFrame):
    """``changed()`` after the learner saved or reached a goal."""

    changed = Signal()
    loaded = Signal()

    def __init__(self, worker: ServiceWorker, services: object, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        self._worker = worker
        self._services = services
        self._learner_id: str | None = None
        self._language = "en"
        self._pack_id: str | None = None
        self._skills: list[object] = []
        self.goal: object | None = None  # the goal shown: the first open one, else the latest reached
        self.week: object | None = None
        self.changing_id: str | None = None  # the goal the editor changes; None = the editor makes a new one

        self.goal_label = QLabel()
        self.goal_label.setTextFormat(Qt.TextFormat.PlainText)  # the learner's own words
        self.goal_label.setWordWrap(True)
        self.bar = QProgressBar()
        self.bar.setRange(0, 100)
        self.done_button = QPushButton()
        self.done_button.clicked.connect(self.tick_off)
        self.set_button = QPushButton()
        self.set_button.clicked.connect(self.start_editing)
        self.change_button = QPushButton()
        self.change_button.clicked.connect(self.start_changing)
        for button in (self.done_button, self.set_button, self.change_button):
            button.setStyleSheet(COMPACT)
        # The goal in the learner's words gets a line of its own; the progress and buttons go below it.
        goal_row = QHBoxLayout()
        goal_row.addWidget(self.bar)
        goal_row.addWidget(self.done_button)
        goal_row.addStretch(1)
        goal_row.addWidget(self.change_button)
        goal_row.addWidget(self.set_button)
        self.week_label = QLabel()
        self.week_label.setObjectName("note")
        self.week_label.setTextFormat(Qt.TextFormat.PlainText)
        self.week_label.setWordWrap(True)
        self.view = QWidget()
        view_layout = QVBoxLayout(self.view)
        view_layout.setContentsMargins(0, 0, 0, 0)
        view_layout.setSpacing(2)
        view_layout.addWidget(self.goal_label)
        view_layout.addLayout(goal_row)
        view_layout.addWidget(self.week_label)

        self.text_edit = QLineEdit()
        self.text_edit.setMaxLength(GOAL_MAX)
        self.text_edit.returnPressed.connect(self.save)
        self.skill_choice = QComboBox()
        # Skill titles can be long: the list may be narrow rather than push Home's columns aside.
        self.skill_choice.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.skill_choice.setMinimumContentsLength(12)
        self.save_button = QPushButton()
        self.save_button.setObjectName("primary")
        self.save_button.clicked.connect(self.save)
        self.cancel_button = QPushButton()
        self.cancel_button.clicked.connect(self.stop_editing)
        self.due_check = QCheckBox()
        self.due_date = QDateEdit()
        self.due_date.setCalendarPopup(True)
        set_date_edit_language(self.due_date, self._language)
        self.due_date.setEnabled(False)
        self.due_check.toggled.connect(self.due_date.setEnabled)
        self.remove_button = QPushButton()
        self.remove_button.clicked.connect(self.ask_remove)
        for button in (self.save_button, self.cancel_button, self.remove_button):
            button.setStyleSheet(COMPACT)
        # "By" and its date stay together, at the row's start when the skill list steps aside.
        self.due_box = QWidget()
        self.due_box.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Preferred)
        due_row = QHBoxLayout(self.due_box)
        due_row.setContentsMargins(0, 0, 0, 0)
        due_row.addWidget(self.due_check)
        due_row.addWidget(self.due_date)
        # Side by side when the card is wide enough, else the date under the skill list (see _fit_what_row).
        self.what_row = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self.what_row.addWidget(self.skill_choice, 1)
        self.what_row.addWidget(self.due_box, 0, Qt.AlignmentFlag.AlignLeft)
        edit_row = QHBoxLayout()
        edit_row.addWidget(self.remove_button)
        edit_row.addStretch(1)
        edit_row.addWidget(self.cancel_button)
        edit_row.addWidget(self.save_button)
        self.editor = QWidget()
        editor_layout = QVBoxLayout(self.editor)
        editor_layout.setContentsMargins(0, 0, 0, 0)
        editor_layout.setSpacing(4)
        editor_layout.addWidget(self.text_edit)
        editor_layout.addLayout(self.what_row)
        editor_layout.addLayout(edit_row)
        self.editor.setVisible(False)

        # "Are you sure?" in the card itself, with keeping the goal as the easy answer.
        self.confirm_label = QLabel()
        self.confirm_label.setTextFormat(Qt.TextFormat.PlainText)
        self.confirm_label.setWordWrap(True)
        self.keep_button = QPushButton()
        self.keep_button.clicked.connect(self.keep_goal)
        self.confirm_remove_button = QPushButton()
        self.confirm_remove_button.clicked.connect(self.remove_goal)
        for button in (self.keep_button, self.confirm_remove_button):
            button.setStyleSheet(COMPACT)
        confirm_row = QHBoxLayout()
        confirm_row.addStretch(1)
        confirm_row.addWidget(self.confirm_remove_button)
        confirm_row.addWidget(self.keep_button)
        self.confirm = QWidget()
        confirm_layout = QVBoxLayout(self.confirm)
        confirm_layout.setContentsMargins(0, 0, 0, 0)
        confirm_layout.setSpacing(4)
        confirm_layout.addWidget(self.confirm_label)
        confirm_layout.addLayout(confirm_row)
        self.confirm.setVisible(False)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.setSpacing(2)
        layout.addWidget(self.view)
        layout.addWidget(self.editor)
        layout.addWidget(self.confirm)
        self.retranslate()

    # -- text --------------------------------------------------------------------------------------

    def retranslate(self) -> None:
        """Set every visible string in the current UI language."""
        self.set_button.setText(self.tr("New goal") if self.goal is not None else self.tr("Set a goal"))
        self.set_button.setAccessibleName(self.tr("Set yourself a new goal"))
        self.done_button.setText(self.tr("I did it!"))
        self.done_button.setAccessibleName(self.tr("I reached my goal"))
        self.text_edit.setPlaceholderText(self.tr("My goal, e.g. I want to add big numbers"))
        self.text_edit.setAccessibleName(self.tr("Your goal, in your own words"))
        self.skill_choice.setAccessibleName(self.tr("The skill that shows you reached it"))
        self.save_button.setText(self.tr("Save"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.change_button.setText(self.tr("Change"))
        self.change_button.setAccessibleName(self.tr("Change your goal"))
        self.due_check.setText(self.tr("By"))
        self.due_check.setAccessibleName(self.tr("I want to reach it by a date"))
        self.due_date.setAccessibleName(self.tr("The date you want to reach your goal by"))
        self.remove_button.setText(self.tr("Remove goal"))
        self.remove_button.setAccessibleName(self.tr("Remove this goal"))
        self.keep_button.setText(self.tr("Keep it"))
        self.confirm_remove_button.setText(self.tr("Yes, remove it"))
        self._ask_text()
        self._fill_skills()
        self._show()
        self._fit_what_row()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self._fit_what_row()

    def _fit_what_row(self) -> None:
        """The skill list and "By <date>" side by side when they fit the card, else one under the other.

        The card takes the width Home's column gives it: an editor wider than that ("Para el 21 de
        diciembre de 2026" beside the skill list) pushed the column wider and Home's left column narrower
        the moment it opened.
        """
        # A face never shown is not polished yet: its sizes would still be those of the default font.
        self.editor.ensurePolished()
        margins = self.layout().contentsMargins()
        room = self.contentsRect().width() - margins.left() - margins.right()
        self.what_row.setDirection(QBoxLayout.Direction.LeftToRight)
        # A hidden editor's layout keeps the sizes it measured last (a date in another language).
        self.due_box.layout().invalidate()
        self.what_row.invalidate()
        if self.what_row.minimumSize().width() > room:
            self.what_row.setDirection(QBoxLayout.Direction.TopToBottom)

    # -- data --------------------------------------------------------------------------------------

    def load(self, learner_id: str, language: str, pack_id: str | None, skills: list[object]) -> None:
        """Show ``learner_id``'s goal and week; ``skills`` (of ``pack_id``) are the ones a goal may name."""
        self._learner_id = learner_id
        self._language = language
        self._pack_id = pack_id
        set_date_edit_language(self.due_date, language)
        self._skills = [s for s in skills if s.status != "mastered"]
        self._fill_skills()
        self._fit_what_row()
        self.refresh()

    def clear(self) -> None:
        """Hide the card (nothing to practise, so nothing to aim at): no other learner's goal stays on screen."""
        self._learner_id = None
        self.goal, self.week = None, None
        self.stop_editing()
        self.setVisible(False)

    def refresh(self) -> None:
        """Reload the goals and the week."""
        if self._learner_id is None:
            return
        goals, learner_id = self._services.goals, self._learner_id
        self._worker.run(lambda: (learner_id, goals.goals(learner_id), goals.week(learner_id)), self._on_loaded, self._on_failed)

    def _on_loaded(self, loaded: tuple[str, list[object], object]) -> None:
        learner_id, goals, week = loaded
        if learner_id != self._learner_id:
            return
        if self.changing_id is not None and self.changing_id not in {g.id for g in goals}:
            self.stop_editing()  # removed meanwhile: there is nothing left to change
        # The newest open goal: "New goal" must show what the learner just wrote.
        open_goals = sorted((g for g in goals if not g.achieved), key=lambda g: (g.created_at, g.id), reverse=True)
        reached = sorted((g for g in goals if g.achieved), key=lambda g: g.achieved_at, reverse=True)
        self.goal = open_goals[0] if open_goals else (reached[0] if reached else None)
        self.week = week
        self._show()
        self.setVisible(True)
        emit(self.loaded)

    def _on_failed(self, _error: Exception) -> None:
        self.goal, self.week = None, None
        self._show()
        emit(self.loaded)

    def _fill_skills(self) -> None:
        chosen = self.skill_choice.currentData()
        self.skill_choice.clear()
        self.skill_choice.addItem(self.tr("I will tick it off myself"), None)
        for skill in self._skills:
            self.skill_choice.addItem(self.tr("When I master: %1").replace("%1", localized(skill.title, self._language)), skill.skill_id)
        self.skill_choice.setCurrentIndex(max(0, self.skill_choice.findData(chosen)))

    def _show(self) -> None:
        goal = self.goal
        self.set_button.setText(self.tr("New goal") if goal is not None else self.tr("Set a goal"))
        if goal is None:
            self.goal_label.setText(self.tr("My goal: none yet. What do you want to learn?"))
            self.bar.setVisible(False)
            self.done_button.setVisible(False)
        elif goal.achieved:
            self.goal_label.setText(self.tr("Goal reached: %1. Well done!").replace("%1", goal.text))
            self.bar.setVisible(False)
            self.done_button.setVisible(False)
        elif goal.due_date is not None:
            self.goal_label.setText(
                self.tr("My goal: %1 (by %2)").replace("%2", self._date_text(goal.due_date)).replace("%1", goal.text)
            )
        else:
            self.goal_label.setText(self.tr("My goal: %1").replace("%1", goal.text))
        if goal is not None and not goal.achieved:
            self.bar.setVisible(bool(goal.skill_ids))
            self.bar.setValue(round(100 * goal.progress))
            if goal.skill_ids:
                self.bar.setFormat(
                    self.tr("%1 of %2 skills")
                    .replace("%1", whole_number(len(goal.mastered), self._language))
                    .replace("%2", whole_number(len(goal.skill_ids), self._language))
                )
                self.bar.setAccessibleName(self.bar.format())
                # As wide as its words in the learner's language and text size, so none are cut off.
                self.bar.setFixedWidth(self.bar.fontMetrics().horizontalAdvance(self.bar.format()) + 28)
            self.done_button.setVisible(not goal.skill_ids)
        self.change_button.setVisible(goal is not None and not goal.achieved)
        if self.week is not None:
            self.week_label.setText(self.tr("This week: %1").replace("%1", " ".join(learner_sentences(self.week, self._language))))
        self.week_label.setVisible(self.week is not None)

    # -- editing -----------------------------------------------------------------------------------

    def _date_text(self, when: date) -> str:
        """A day as the learner reads it ("June 30", "30 de junio"), in their language's words and digits."""
        return coming_date(when, self._language)

    def start_editing(self) -> None:
        """Open the editor in place of the goal, for a new goal."""
        self.changing_id = None
        self.text_edit.clear()
        self.skill_choice.setCurrentIndex(0)
        self.skill_choice.setVisible(True)
        self._set_due(None)
        self.remove_button.setVisible(False)
        self._open(self.editor)

    def start_changing(self) -> None:
        """Open the editor on the goal shown, to change its words or date (or remove it)."""
        goal = self.goal
        if goal is None or goal.achieved:
            return
        self.changing_id = goal.id
        self.text_edit.setText(goal.text)
        self.skill_choice.setVisible(False)  # what measures the goal stays; a new aim is a new goal
        self._set_due(goal.due_date)
        self.remove_button.setVisible(True)
        self._open(self.editor)

    def _set_due(self, due: date | None) -> None:
        self.due_check.setChecked(due is not None)
        shown = QDate(due.year, due.month, due.day) if due else QDate.currentDate().addDays(DEFAULT_DUE_DAYS)
        self.due_date.setDate(shown)

    def _open(self, part: QWidget) -> None:
        """Show one of the card's three faces: the goal, the editor or the question."""
        if part is self.editor:
            self._fit_what_row()  # the skill list shows for a new goal only
        for face in (self.view, self.editor, self.confirm):
            face.setVisible(face is part)
        if part is self.editor:
            self.text_edit.setFocus()
        elif part is self.confirm:
            self.keep_button.setFocus()

    def stop_editing(self) -> None:
        """Close the editor (or the question) without saving."""
        self.changing_id = None
        self._open(self.view)

    def save(self) -> None:
        """Save the goal typed: a new one (with the skill chosen, if any) or the changed one."""
        text = self.text_edit.text().strip()
        if not text or self._learner_id is None:
            self.text_edit.setFocus()
            return
        due = self.due_date.date().toPython() if self.due_check.isChecked() else None
        goals, learner_id, pack_id = self._services.goals, self._learner_id, self._pack_id
        if self.changing_id is not None:
            goal_id = self.changing_id
            self._worker.run(
                lambda: goals.update_goal(goal_id, learner_id=learner_id, text=text, due_date=due),
                self._on_saved,
                self._keep_editing,
            )
            return
        skill_id = self.skill_choice.currentData()
        skills = [skill_id] if skill_id else []
        self._worker.run(
            lambda: goals.set_goal(learner_id, text, pack_id if skills else None, skills, due),
            self._on_saved,
            self._keep_editing,
        )

    def _keep_editing(self, _error: Exception) -> None:
        self.text_edit.setFocus()  # the editor stays open with what was typed

    def _on_saved(self, _goal: object) -> None:
        self.stop_editing()
        self.refresh()
        emit(self.changed)

    def _ask_text(self) -> None:
        text = self.text_edit.text().strip() or (self.goal.text if self.goal is not None else "")
        self.confirm_label.setText(
            self.tr("Remove your goal “%1”? You can set a new one any time.").replace("%1", text)
        )

    def ask_remove(self) -> None:
        """Ask the learner, kindly, whether the goal being changed should go (nothing is removed yet)."""
        if self.changing_id is None:
            return
        self._ask_text()
        self._open(self.confirm)

    def keep_goal(self) -> None:
        """The learner keeps the goal: back to the editor with what they typed."""
        self._open(self.editor)

    def remove_goal(self) -> None:
        """Remove the goal being changed (a tombstone: the removal reaches the learner's other devices)."""
        if self.changing_id is None or self._learner_id is None:
            return
        goals, goal_id, learner_id = self._services.goals, self.changing_id, self._learner_id
        self._worker.run(
            lambda: goals.delete_goal(goal_id, learner_id=learner_id), self._on_saved, lambda _error: self._on_saved(None)
        )

    def tick_off(self) -> None:
        """The learner says they reached a goal that no skill measures."""
        if self.goal is None or self.goal.skill_ids:
            return
        goals, goal_id, learner_id = self._services.goals, self.goal.id, self._learner_id
        self._worker.run(lambda: goals.mark_achieved(goal_id, learner_id=learner_id), self._on_saved, self._on_failed)
