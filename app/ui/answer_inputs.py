"""The answer area, one widget per item type: choice buttons, a numeric field, a text field.

Every input offers the same small interface to the practice page: ``response()`` (the text sent to
the service), ``is_empty()``, ``set_locked()`` while feedback shows, ``press_number(n)`` for the 1–9
keys, and ``focus_input()``.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QRegularExpression, QSize, Qt, Signal
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QButtonGroup,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from app.ui.math_text import MathTextView
from app.ui.signals import emit

# Digits in three scripts, fraction bar, decimal point/comma (incl. Arabic decimal separator),
# space for mixed numbers ("1 1/2") and a minus sign.
NUMERIC_PATTERN = r"[0-9٠-٩۰-۹/.,٫ \-−]{0,24}"


class AnswerInput(QWidget):
    """The shared interface; ``changed`` fires whenever the answer being built changes."""

    changed = Signal()

    def response(self) -> str:
        """The learner's answer as text for ``PracticeService.submit``."""
        raise NotImplementedError

    def is_empty(self) -> bool:
        """True when nothing has been answered yet."""
        return not self.response().strip()

    def set_locked(self, locked: bool) -> None:
        """Freeze the answer while feedback is shown."""
        self.setEnabled(not locked)

    def press_number(self, number: int) -> bool:
        """React to the number key ``number`` (1–9); True when it was used."""
        return False

    def focus_input(self) -> None:
        """Put the keyboard focus where the learner answers."""
        self.setFocus()

    def set_response(self, text: str) -> None:
        """Fill in an answer as if typed or clicked (used by the smoke test and keyboard paths)."""
        raise NotImplementedError

    def show_outcome(self, correct_choices: Sequence[int]) -> bool:
        """Mark the right answer in the input itself; True when it did (so it need not be repeated)."""
        return False


class ChoiceButton(QPushButton):
    """A big checkable button showing "n" and the choice text with rendered maths."""

    def __init__(self, number: int, text: str, point_size: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("choice")
        self.setCheckable(True)
        self._number = number
        self.number_label = QLabel(f"{number}")
        self.number_label.setStyleSheet("font-weight: bold; background: transparent; border: none;")
        self.number_label.setMinimumWidth(22)
        self.text_view = MathTextView(point_size=point_size, align_with_ui=True)
        self.text_view.set_math_text(text)
        for child in (self.number_label, self.text_view):
            child.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.text_view.viewport().setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(14, 4, 14, 4)
        layout.addWidget(self.number_label)
        layout.addWidget(self.text_view, 1)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self._accessible = f"{number}: {text}"
        self.setAccessibleName(self._accessible)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        hint = self.layout().sizeHint()
        return QSize(hint.width(), max(52, hint.height()))

    def set_outcome(self, outcome: str) -> None:
        """"right", "wrong", "other" (dimmed) after an answer, "" while answering; styled in sabil.qss.

        The mark is also a symbol and in the accessible name, so it never relies on colour alone.
        """
        self.setProperty("outcome", outcome)
        marks = {"right": "✓", "wrong": "✗"}
        mark = marks.get(outcome)
        self.number_label.setText(mark or str(self._number))
        size = "font-size: 20pt; " if mark else ""
        self.number_label.setStyleSheet(f"font-weight: bold; {size}background: transparent; border: none;")
        self.setAccessibleName(f"{mark} {self._accessible}" if mark else self._accessible)
        self.style().unpolish(self)
        self.style().polish(self)


class ChoiceInput(AnswerInput):
    """single_choice (exclusive) or multiple_choice (any number checked); responses are 0-based indices."""

    def __init__(
        self, choices: Sequence[str], multiple: bool, point_size: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.multiple = multiple
        self._locked = False
        self.group = QButtonGroup(self)
        self.group.setExclusive(not multiple)
        self.buttons: list[ChoiceButton] = []
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(8)
        # Two columns keep four choices on a 600-pixel-high screen; long lists stay one column.
        columns = 2 if len(choices) in (2, 4) else 1
        for index, choice in enumerate(choices):
            button = ChoiceButton(index + 1, choice, point_size)
            self.group.addButton(button, index)
            button.toggled.connect(lambda _on: emit(self.changed))
            grid.addWidget(button, index // columns, index % columns)
            self.buttons.append(button)

    def response(self) -> str:
        return ",".join(str(i) for i, button in enumerate(self.buttons) if button.isChecked())

    def press_number(self, number: int) -> bool:
        if self._locked or not 1 <= number <= len(self.buttons):
            return False
        button = self.buttons[number - 1]
        button.setChecked(not button.isChecked() if self.multiple else True)
        button.setFocus()
        return True

    def focus_input(self) -> None:
        if self.buttons:
            self.buttons[0].setFocus()

    def set_response(self, text: str) -> None:
        chosen = {int(part) for part in text.split(",") if part.strip().isdigit()}
        for index, button in enumerate(self.buttons):
            button.setChecked(index in chosen)

    def set_locked(self, locked: bool) -> None:
        # Buttons stay enabled-looking so the marks below read clearly; clicks are ignored instead.
        for button in self.buttons:
            button.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents, locked)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus if locked else Qt.FocusPolicy.StrongFocus)
        self._locked = locked
        if not locked:
            for button in self.buttons:
                button.set_outcome("")

    def show_outcome(self, correct_choices: Sequence[int]) -> bool:
        """Right choices turn green with a tick; a chosen wrong one turns amber with a cross."""
        if not correct_choices:
            return False
        right = set(correct_choices)
        for index, button in enumerate(self.buttons):
            if index in right:
                button.set_outcome("right")
            elif button.isChecked():
                button.set_outcome("wrong")
            else:
                button.set_outcome("other")
        return True


class LineInput(AnswerInput):
    """A single line for numeric (validated characters, with an example), expression or short-text answers."""

    def __init__(self, numeric: bool, parent: QWidget | None = None, *, expression: bool = False) -> None:
        super().__init__(parent)
        self.numeric = numeric
        self.expression = expression
        self.edit = QLineEdit()
        self.edit.setObjectName("answer")
        # An expression may be as long as the checker reads (MAX_RESPONSE_LENGTH).
        self.edit.setMaxLength(24 if numeric else 200 if expression else 80)
        if numeric:
            self.edit.setValidator(QRegularExpressionValidator(QRegularExpression(NUMERIC_PATTERN), self))
        if numeric or expression:
            # Numbers and algebra are written left to right in Arabic too.
            self.edit.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
            # Full width with the number centred: the same place whichever way the page reads.
            self.edit.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.edit.textChanged.connect(lambda _text: emit(self.changed))
        self.example = QLabel()
        self.example.setObjectName("note")
        self.example.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit)
        layout.addWidget(self.example)
        self.example.setVisible(self._has_example)
        self.retranslate()

    @property
    def _has_example(self) -> bool:
        return self.numeric or self.expression

    def retranslate(self) -> None:
        """Set every visible string in the current UI language."""
        if self.numeric:
            self.example.setText(self.tr("e.g. 3/4 or 0.75"))
            self.edit.setAccessibleName(self.tr("Your answer, a number"))
            self.edit.setPlaceholderText(self.tr("Type a number"))
        elif self.expression:
            self.example.setText(self.tr("e.g. 2x + 6 or 2(x + 3)"))
            self.edit.setAccessibleName(self.tr("Your answer, an expression"))
            self.edit.setPlaceholderText(self.tr("Type an expression"))
        else:
            self.edit.setAccessibleName(self.tr("Your answer"))
            self.edit.setPlaceholderText(self.tr("Type your answer"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def response(self) -> str:
        return self.edit.text()

    def set_locked(self, locked: bool) -> None:
        self.edit.setReadOnly(locked)
        # The example is for typing; once the answer is in, the room goes to the feedback.
        self.example.setVisible(self._has_example and not locked)

    def focus_input(self) -> None:
        self.edit.setFocus()

    def set_response(self, text: str) -> None:
        self.edit.setText(text)


def make_answer_input(item_type: str, choices: Sequence[str], point_size: int) -> AnswerInput:
    """The right input widget for an item type (unknown types get a text field)."""
    if item_type == "single_choice":
        return ChoiceInput(choices, multiple=False, point_size=point_size)
    if item_type == "multiple_choice":
        return ChoiceInput(choices, multiple=True, point_size=point_size)
    return LineInput(numeric=item_type == "numeric", expression=item_type == "expression")
