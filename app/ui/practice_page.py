"""Practice: the prompt (with rendered maths), the answer input, Check / Hint, feedback, Next / Finish.

Under the skill title, "Why this?" says in one line why the engine chose the item. After feedback,
besides the big Next (the engine's pick), up to two other suggested skills are offered.

Keyboard: Enter checks, then Enter again goes to the next item (or, when Tab moved the focus to one
of the alternatives, starts that one); 1–9 pick a choice; Esc finishes straight away (the answers
are already saved) and shows the summary.
"""

from __future__ import annotations

from PySide6.QtCore import QElapsedTimer, QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.ui.answer_inputs import AnswerInput
from app.ui.confidence_row import ConfidenceRow
from app.ui.images import icon, icon_pixmap, icon_size
from app.ui.item_media import ItemMediaView
from app.ui.math_text import MathTextView
from app.ui.next_steps import NextStep, NextStepsBar
from app.ui.reasons import reason_text
from app.ui.signals import emit
from app.ui.tile_choices import make_item_input, picture_choice_paths
from app.ui.titles import localized
from app.ui.worker import ServiceWorker

MAX_DOTS = 12


class PracticePage(QWidget):
    """One practice session. ``finished(session_id)`` when the learner presses Finish or Esc."""

    finished = Signal(str)
    item_shown = Signal(object)  # PresentedItem
    feedback_shown = Signal(object)  # Feedback
    hint_shown = Signal(int)  # hints shown so far

    def __init__(self, worker: ServiceWorker, services: object, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._worker = worker
        self._services = services
        self._session_id = ""
        self._language = "en"
        self._point_size = 16
        self._busy = False
        self.state = "idle"  # idle | answering | feedback
        self.item: object | None = None
        self.feedback: object | None = None
        self.outcomes: list[bool] = []
        self.hints: list[str] = []
        self.answer_input: AnswerInput | None = None
        self._clock = QElapsedTimer()

        self.skill_title = QLabel()
        self.skill_title.setTextFormat(Qt.TextFormat.PlainText)  # pack text is never rich text
        self.skill_title.setObjectName("heading")
        self.skill_title.setWordWrap(True)
        self.dots = QLabel()
        self.dots.setTextFormat(Qt.TextFormat.RichText)
        self.finish_button = QPushButton()
        self.finish_button.clicked.connect(self.finish)
        top = QHBoxLayout()
        top.addWidget(self.skill_title, 1)
        top.addWidget(self.dots)
        top.addWidget(self.finish_button)
        self.why_label = QLabel()
        self.why_label.setTextFormat(Qt.TextFormat.PlainText)  # reasons name skills, whose titles come from packs
        self.why_label.setObjectName("note")
        self.why_label.setWordWrap(True)

        self.prompt = MathTextView()
        # Pictures and the Listen button of items that have them (app/ui/item_media.py).
        self.media_view = ItemMediaView()
        self._answer_box = QVBoxLayout()
        self.message = QLabel()
        self.message.setObjectName("error")
        self.message.setWordWrap(True)
        self.message.setVisible(False)

        self.hint_title = QLabel()
        self.hint_title.setObjectName("note")
        self.hint_view = MathTextView()
        self.hint_panel = QWidget()
        hint_layout = QVBoxLayout(self.hint_panel)
        hint_layout.setContentsMargins(0, 0, 0, 0)
        hint_layout.setSpacing(0)
        hint_layout.addWidget(self.hint_title)
        hint_layout.addWidget(self.hint_view)
        self.hint_panel.setVisible(False)

        self.feedback_panel = QFrame()
        self.feedback_panel.setObjectName("feedback")
        self.feedback_icon = QLabel()
        self.feedback_title = QLabel()
        self.feedback_title.setObjectName("heading")
        self.feedback_title.setWordWrap(True)
        self.answer_label = QLabel()
        self.answer_view = MathTextView()
        self.solution_label = QLabel()
        self.solution_view = MathTextView()
        # Optional "How sure were you?", stored with the answer: on the heading's line, so the
        # feedback is no taller and the question stays on a 1024x600 screen.
        self.confidence = ConfidenceRow(worker, services, beside=self.feedback_title)
        heading = QHBoxLayout()
        heading.addWidget(self.feedback_icon)
        heading.addWidget(self.feedback_title, 1)
        heading.addWidget(self.confidence)
        feedback_layout = QVBoxLayout(self.feedback_panel)
        feedback_layout.setContentsMargins(12, 8, 12, 8)
        feedback_layout.setSpacing(2)
        answer_row = QHBoxLayout()
        answer_row.addWidget(self.answer_label)
        answer_row.addWidget(self.answer_view, 1)
        feedback_layout.addLayout(heading)
        feedback_layout.addLayout(answer_row)
        feedback_layout.addWidget(self.solution_label)
        feedback_layout.addWidget(self.solution_view)
        self.feedback_panel.setVisible(False)

        body = QWidget()
        body.setObjectName("scrollBody")
        body_layout = QVBoxLayout(body)
        body_layout.setContentsMargins(0, 0, 6, 0)
        body_layout.addWidget(self.prompt)
        body_layout.addWidget(self.media_view)
        body_layout.addLayout(self._answer_box)
        body_layout.addWidget(self.message)
        body_layout.addWidget(self.hint_panel)
        body_layout.addWidget(self.feedback_panel)
        body_layout.addStretch()
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setWidget(body)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)

        self.hint_button = QPushButton()
        self.hint_button.setIcon(icon("hint", 28))
        self.hint_button.setIconSize(icon_size(28))
        self.hint_button.clicked.connect(self.show_hint)
        self.check_button = QPushButton()
        self.check_button.setObjectName("primary")
        self.check_button.clicked.connect(self.check)
        self.next_button = QPushButton()
        self.next_button.setObjectName("primary")
        self.next_button.clicked.connect(self.next_item)
        self.next_button.setVisible(False)
        self.next_steps = NextStepsBar()
        self.next_steps.chosen.connect(self.practise_skill)
        bottom = QHBoxLayout()
        bottom.addWidget(self.hint_button)
        bottom.addWidget(self.next_steps)
        bottom.addStretch()
        bottom.addWidget(self.check_button)
        bottom.addWidget(self.next_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 10, 20, 10)
        layout.addLayout(top)
        layout.addWidget(self.why_label)
        layout.addWidget(self.scroll, 1)
        layout.addLayout(bottom)
        self.retranslate()

    # -- text ---------------------------------------------------------------------------------

    def retranslate(self) -> None:
        """Set every visible string in the current UI language."""
        self.finish_button.setText(self.tr("Finish"))
        self.finish_button.setAccessibleName(self.tr("Finish and see what you did (Esc)"))
        self.hint_button.setText(self.tr("Hint"))
        self.hint_button.setAccessibleName(self.tr("Show a hint"))
        self.check_button.setText(self.tr("Check"))
        self.check_button.setAccessibleName(self.tr("Check my answer (Enter)"))
        self.next_button.setText(self.tr("Next"))
        self.next_button.setAccessibleName(self.tr("Next question (Enter)"))
        self.prompt.setAccessibleName(self.tr("Question"))
        self.answer_label.setText(self.tr("The answer is:"))
        self.solution_label.setText(self.tr("How to solve it:"))
        self.dots.setAccessibleName(self.tr("%n answered in this session", "", len(self.outcomes)))
        if self.item is not None:
            self.skill_title.setText(localized(self.item.skill_title, self._language))
            self._show_why()
            self._show_hint_text()
        if self.feedback is not None and self.state == "feedback":
            self._show_feedback_text(self.feedback)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- session flow --------------------------------------------------------------------------

    def start(self, session_id: str, language: str, point_size: int) -> None:
        """Begin showing items of ``session_id`` in ``language`` at ``point_size``."""
        self._session_id = session_id
        self._language = language
        self._point_size = point_size
        self.outcomes = []
        for view in (self.prompt, self.hint_view, self.answer_view, self.solution_view):
            view.set_point_size(point_size)
        self.prompt.set_point_size(point_size + 4)
        self.next_item()

    @property
    def session_id(self) -> str:
        """The session being practised."""
        return self._session_id

    def next_item(self) -> None:
        """Fetch and show the next item: the engine's pick."""
        self._fetch_item(None)

    def practise_skill(self, skill_id: str) -> None:
        """Fetch and show the next item on ``skill_id`` (an alternative the learner chose)."""
        self._fetch_item(skill_id)

    def _fetch_item(self, focus_skill: str | None) -> None:
        if self._busy:
            return
        self._busy = True
        self.state = "loading"
        self.check_button.setEnabled(False)
        self.next_button.setEnabled(False)
        self.next_steps.setEnabled(False)
        practice = self._services.practice
        session_id = self._session_id
        self._worker.run(
            lambda: practice.next_item(session_id, focus_skill=focus_skill), self._show_item, self._on_error
        )

    def _show_item(self, item: object) -> None:
        self._busy = False
        self.item = item
        self.feedback = None
        self.hints = []
        self.state = "answering"
        self.skill_title.setText(localized(item.skill_title, self._language))
        self._show_why()
        self.prompt.set_math_text(item.prompt)
        if self.answer_input is not None:
            self._answer_box.removeWidget(self.answer_input)
            self.answer_input.deleteLater()
        choice_pictures = frozenset(item.choices) if picture_choice_paths(item) else frozenset()
        self.media_view.show_item(item, self._picture_size(), choice_pictures)
        self.answer_input = make_item_input(item, self._point_size, self._picture_size())
        self._answer_box.addWidget(self.answer_input)
        self.message.setVisible(False)
        self.hint_panel.setVisible(False)
        self.feedback_panel.setVisible(False)
        self.check_button.setVisible(True)
        self.check_button.setEnabled(True)
        self.next_button.setVisible(False)
        self.next_steps.clear()
        self.next_steps.setEnabled(True)
        self.hint_button.setVisible(True)
        self.hint_button.setEnabled(item.hint_count > 0)
        self._show_dots()
        self.scroll.verticalScrollBar().setValue(0)
        self.answer_input.focus_input()
        self._clock.start()
        emit(self.item_shown, item)

    def check(self) -> None:
        """Send the answer; the service saves it before we show any feedback."""
        if self.state != "answering" or self.answer_input is None or self._busy:
            return
        if self.answer_input.is_empty():
            self._show_message(self.tr("Choose or type an answer first."))
            self.answer_input.focus_input()
            return
        self._busy = True
        self.check_button.setEnabled(False)
        response = self.answer_input.response()
        duration_ms = int(self._clock.elapsed())
        practice = self._services.practice
        session_id = self._session_id
        self._worker.run(
            lambda: practice.submit(session_id, response, duration_ms), self._on_feedback, self._on_error
        )

    def _on_feedback(self, feedback: object) -> None:
        self._busy = False
        self.check_button.setEnabled(True)
        if feedback.status == "unreadable":
            # Nothing was recorded: say how to write it and let the learner try again.
            self._show_message(self._unreadable_text(feedback.reason))
            self.answer_input.focus_input()
            emit(self.feedback_shown, feedback)
            return
        self.feedback = feedback
        self.state = "feedback"
        self.outcomes.append(feedback.status == "correct")
        self.message.setVisible(False)
        self.answer_input.set_locked(True)
        self._show_feedback_text(feedback)
        self.confidence.ask(feedback.event_id)
        self.feedback_panel.setVisible(True)
        self.check_button.setVisible(False)
        self.hint_button.setEnabled(False)
        # The alternatives take the hint button's place: a hint is no use after the answer.
        self.hint_button.setVisible(False)
        self._load_next_steps()
        self.next_button.setVisible(True)
        self.next_button.setEnabled(True)
        self.next_button.setFocus()
        self._show_dots()
        # The hint has done its job; the room goes to the answer and the worked solution, and once
        # the new layout is in place the feedback is scrolled fully into view.
        self.hint_panel.setVisible(False)
        QTimer.singleShot(0, self._reveal_feedback)
        emit(self.feedback_shown, feedback)

    def _load_next_steps(self) -> None:
        practice = self._services.practice
        session_id = self._session_id
        self._worker.run(
            lambda: practice.session_suggestions(session_id, 3), self._show_next_steps, self._on_error
        )

    def _show_next_steps(self, suggestions: list) -> None:
        """The suggestions after the first (the engine's best step, which Next follows), up to two."""
        if self.state != "feedback":
            return  # the learner already moved on
        joiner = "، " if self._language == "ar" else ", "
        steps = [
            NextStep(
                skill_id=s.skill_id,
                title=localized(s.title, self._language),
                why=reason_text(s.reason, s.reason_args, lambda _skill_id: None, joiner),
            )
            for s in suggestions[1:]
        ]
        self.next_steps.set_steps(steps)

    def _show_why(self) -> None:
        """One line under the title: why the engine chose this item."""
        if self.item is None:
            return
        why = reason_text(
            self.item.reason,
            self.item.reason_args,
            lambda _skill_id: None,
            "، " if self._language == "ar" else ", ",
        )
        self.why_label.setText(self.tr("Why this? %1").replace("%1", why))
        self.why_label.setAccessibleName(self.why_label.text())

    def _reveal_feedback(self) -> None:
        if self.state == "feedback":
            bar = self.scroll.verticalScrollBar()
            bar.setValue(bar.maximum())

    def _unreadable_text(self, reason: str = "") -> str:
        if self.item is not None and self.item.type == "expression":
            if reason == "unknown_variable":
                return self.tr("I could not read that answer. Use only the letters from the question.")
            return self.tr("I could not read that answer. Try writing it like 2x + 6 or 2(x + 3).")
        if self.item is not None and self.item.type in ("single_choice", "multiple_choice"):
            return self.tr("I could not read that answer. Choose one of the answers above.")
        if self.item is not None and self.item.type == "numeric":
            return self.tr("I could not read that answer. Try writing it like 3/4 or 0.75.")
        return self.tr("I could not read that answer. Please try again.")

    def _show_feedback_text(self, feedback: object) -> None:
        correct = feedback.status == "correct"
        self.feedback_panel.setProperty("status", feedback.status)
        self.feedback_panel.style().unpolish(self.feedback_panel)
        self.feedback_panel.style().polish(self.feedback_panel)
        self.feedback_icon.setPixmap(icon_pixmap("correct" if correct else "incorrect", 40))
        if correct:
            cheers = (
                self.tr("Great job!"),
                self.tr("Well done!"),
                self.tr("Correct!"),
                self.tr("Brilliant!"),
            )
            title = cheers[len(self.outcomes) % len(cheers)]
            if feedback.mastered_now:
                title = self.tr("Correct! You have mastered this skill!")
        else:
            title = self.tr("Not quite.")
        self.feedback_title.setText(title)
        self.feedback_panel.setAccessibleName(title)
        # On choice items the right choice is marked on its button; saying it again below would
        # push the question off a 600-pixel screen.
        marked = self.answer_input.show_outcome(getattr(feedback, "correct_choices", ()))
        show_answer = not correct and not marked
        self.answer_label.setVisible(show_answer)
        self.answer_view.setVisible(show_answer)
        self.answer_view.set_math_text(feedback.correct_answer)
        has_solution = bool(feedback.solution.strip()) and not correct
        self.solution_label.setVisible(has_solution)
        self.solution_view.setVisible(has_solution)
        self.solution_view.set_math_text(feedback.solution)

    def show_hint(self) -> None:
        """Ask for the next hint; each press shows one more (hint k of n)."""
        if self.state != "answering" or self.item is None or self._busy:
            return
        if len(self.hints) >= self.item.hint_count:
            return
        self._busy = True
        practice = self._services.practice
        session_id = self._session_id
        self._worker.run(lambda: practice.hint(session_id), self._on_hint, self._on_error)

    def _on_hint(self, hint: str | None) -> None:
        self._busy = False
        if hint is None:
            self.hint_button.setEnabled(False)
            return
        self.hints.append(hint)
        self._show_hint_text()
        self.hint_panel.setVisible(True)
        self.hint_button.setEnabled(len(self.hints) < self.item.hint_count)
        if self.answer_input is not None:
            self.answer_input.focus_input()
        emit(self.hint_shown, len(self.hints))

    def _show_hint_text(self) -> None:
        if not self.hints or self.item is None:
            return
        self.hint_title.setText(
            self.tr("Hint %1 of %2")
            .replace("%1", str(len(self.hints)))
            .replace("%2", str(self.item.hint_count))
        )
        self.hint_view.set_math_text("\n".join(self.hints))

    def finish(self) -> None:
        """Stop now and go to the summary; every answer is already saved."""
        if not self._session_id:
            return
        self.state = "idle"
        self.media_view.stop()
        emit(self.finished, self._session_id)

    def _on_error(self, error: Exception) -> None:
        self._busy = False
        self.next_steps.setEnabled(True)
        self.check_button.setEnabled(True)
        self.next_button.setEnabled(True)
        self._show_message(self.tr("Something went wrong. Your earlier answers are saved. Press Finish."))

    def _picture_size(self) -> int:
        # 144 px pictures leave room for the question, the choices and the feedback at 1024x600 even with
        # the largest text; a larger text size is for reading, pictures are big enough already.
        return min(144, 9 * self._point_size)

    def _show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(True)

    def _show_dots(self) -> None:
        # ✓ and ✗ carry the meaning; the colours only help.
        marks = [
            '<span style="color:#1d6b3a">✓</span>' if ok else '<span style="color:#a64b00">✗</span>'
            for ok in self.outcomes[-MAX_DOTS:]
        ]
        if self.state == "answering":
            marks.append('<span style="color:#1f5f99">●</span>')
        self.dots.setText(" ".join(marks))
        self.dots.setAccessibleName(self.tr("%n answered in this session", "", len(self.outcomes)))

    # -- keyboard ------------------------------------------------------------------------------

    def primary_action(self) -> None:
        """What Enter does: Check while answering, Next while feedback shows (or the alternative
        that has the keyboard focus)."""
        if self.state == "answering":
            self.check()
        elif self.state == "feedback":
            focused = self.next_steps.focused_index()
            if focused is not None:
                self.next_steps.press(focused)
            else:
                self.next_item()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        key = event.key()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.primary_action()
        elif key == Qt.Key.Key_Escape:
            self.finish()
        elif (
            Qt.Key.Key_1 <= key <= Qt.Key.Key_9
            and self.state == "answering"
            and self.answer_input is not None
        ):
            if not self.answer_input.press_number(key - Qt.Key.Key_0):
                super().keyPressEvent(event)
        else:
            super().keyPressEvent(event)
