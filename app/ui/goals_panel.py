"""On the learner's Home: their own goal, how far they are, and "what I learned this week".

A compact card under the suggestions. The learner writes the goal in their own words and may tie
it to a skill of the subject they are learning, so progress comes from the learner model (mastered
or not), never from a count of right answers. A goal without a skill is ticked off by the learner.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.ui.adult.week_words import learner_sentences
from app.ui.signals import emit
from app.ui.titles import localized
from app.ui.worker import ServiceWorker

GOAL_MAX = 120  # the service's limit for a goal's text
# Smaller buttons than the page's big ones: the card must leave the skill map room on 1024x600.
COMPACT = "QPushButton { padding: 2px 12px; min-height: 30px; }"


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

        self.goal_label = QLabel()
        self.goal_label.setTextFormat(Qt.TextFormat.PlainText)  # the learner's own words
        self.goal_label.setWordWrap(True)
        self.bar = QProgressBar()
        self.bar.setRange(0, 100)
        self.done_button = QPushButton()
        self.done_button.clicked.connect(self.tick_off)
        self.set_button = QPushButton()
        self.set_button.clicked.connect(self.start_editing)
        for button in (self.done_button, self.set_button):
            button.setStyleSheet(COMPACT)
        # The goal in the learner's words gets a line of its own; the progress and buttons go below it.
        goal_row = QHBoxLayout()
        goal_row.addWidget(self.bar)
        goal_row.addWidget(self.done_button)
        goal_row.addStretch(1)
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
        edit_row = QHBoxLayout()
        edit_row.addWidget(self.skill_choice, 1)
        edit_row.addWidget(self.cancel_button)
        edit_row.addWidget(self.save_button)
        self.editor = QWidget()
        editor_layout = QVBoxLayout(self.editor)
        editor_layout.setContentsMargins(0, 0, 0, 0)
        editor_layout.setSpacing(4)
        editor_layout.addWidget(self.text_edit)
        editor_layout.addLayout(edit_row)
        self.editor.setVisible(False)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.setSpacing(2)
        layout.addWidget(self.view)
        layout.addWidget(self.editor)
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
        self._fill_skills()
        self._show()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- data --------------------------------------------------------------------------------------

    def load(self, learner_id: str, language: str, pack_id: str | None, skills: list[object]) -> None:
        """Show ``learner_id``'s goal and week; ``skills`` (of ``pack_id``) are the ones a goal may name."""
        self._learner_id = learner_id
        self._language = language
        self._pack_id = pack_id
        self._skills = [s for s in skills if s.status != "mastered"]
        self._fill_skills()
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
        else:
            self.goal_label.setText(self.tr("My goal: %1").replace("%1", goal.text))
            self.bar.setVisible(bool(goal.skill_ids))
            self.bar.setValue(round(100 * goal.progress))
            if goal.skill_ids:
                self.bar.setFormat(
                    self.tr("%1 of %2 skills").replace("%1", str(len(goal.mastered))).replace("%2", str(len(goal.skill_ids)))
                )
                self.bar.setAccessibleName(self.bar.format())
                # As wide as its words in the learner's language and text size, so none are cut off.
                self.bar.setFixedWidth(self.bar.fontMetrics().horizontalAdvance(self.bar.format()) + 28)
            self.done_button.setVisible(not goal.skill_ids)
        if self.week is not None:
            self.week_label.setText(self.tr("This week: %1").replace("%1", " ".join(learner_sentences(self.week, self._language))))
        self.week_label.setVisible(self.week is not None)

    # -- editing -----------------------------------------------------------------------------------

    def start_editing(self) -> None:
        """Open the goal editor in place of the goal."""
        self.text_edit.clear()
        self.skill_choice.setCurrentIndex(0)
        self.view.setVisible(False)
        self.editor.setVisible(True)
        self.text_edit.setFocus()

    def stop_editing(self) -> None:
        """Close the editor without saving."""
        self.editor.setVisible(False)
        self.view.setVisible(True)

    def save(self) -> None:
        """Save the goal typed (and the skill chosen, if any)."""
        text = self.text_edit.text().strip()
        if not text or self._learner_id is None:
            self.text_edit.setFocus()
            return
        skill_id = self.skill_choice.currentData()
        goals, learner_id, pack_id = self._services.goals, self._learner_id, self._pack_id
        skills = [skill_id] if skill_id else []
        self._worker.run(
            lambda: goals.set_goal(learner_id, text, pack_id if skills else None, skills),
            self._on_saved,
            lambda _error: self.text_edit.setFocus(),  # the editor stays open with what was typed
        )

    def _on_saved(self, _goal: object) -> None:
        self.stop_editing()
        self.refresh()
        emit(self.changed)

    def tick_off(self) -> None:
        """The learner says they reached a goal that no skill measures."""
        if self.goal is None or self.goal.skill_ids:
            return
        goals, goal_id = self._services.goals, self.goal.id
        self._worker.run(lambda: goals.mark_achieved(goal_id), self._on_saved, self._on_failed)
