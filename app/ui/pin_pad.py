"""The PIN screen: big 0–9 keys (typed digits work too, Latin or Arabic-Indic), throttled after mistakes."""

from __future__ import annotations

import math

from PySide6.QtCore import QEasingCurve, QEvent, QPropertyAnimation, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.ui.digits import digit_value
from app.ui.images import avatar_pixmap
from app.ui.signals import emit
from app.ui.worker import ServiceWorker

PIN_LENGTH = 4


class PinPadPage(QWidget):
    """Asks the chosen learner's PIN; ``unlocked(profile)`` when right, ``cancelled()`` on Back."""

    unlocked = Signal(object)
    cancelled = Signal()

    def __init__(self, worker: ServiceWorker, services: object, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._worker = worker
        self._services = services
        self._learner: object | None = None
        self._digits = ""
        self._checking = False
        self._wait_left = 0
        self._countdown = QTimer(self)
        self._countdown.setInterval(1000)
        self._countdown.timeout.connect(self._tick)

        self.avatar = QLabel()
        self.avatar.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.prompt = QLabel()
        self.prompt.setObjectName("heading")
        self.prompt.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.dots = QLabel()
        self.dots.setObjectName("heading")
        self.dots.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message = QLabel()
        self.message.setObjectName("error")
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setWordWrap(True)

        self.digit_buttons: list[QPushButton] = []
        keys = QGridLayout()
        keys.setSpacing(8)
        for value in range(10):
            button = QPushButton(str(value))
            button.setObjectName("pinKey")
            button.clicked.connect(lambda _checked=False, v=value: self.press_digit(v))
            self.digit_buttons.append(button)
        for value in range(1, 10):
            keys.addWidget(self.digit_buttons[value], (value - 1) // 3, (value - 1) % 3)
        self.erase_button = QPushButton("⌫")
        self.erase_button.setObjectName("pinKey")
        self.erase_button.clicked.connect(self.erase)
        keys.addWidget(self.erase_button, 3, 0)
        keys.addWidget(self.digit_buttons[0], 3, 1)
        self.back_button = QPushButton()
        self.back_button.clicked.connect(self.cancelled)
        keys.addWidget(self.back_button, 3, 2)
        # Key rows stay left-to-right (1 2 3) in Arabic too, like every phone and calculator keypad.
        self._keys_host = QWidget()
        self._keys_host.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self._keys_host.setLayout(keys)

        centre = QHBoxLayout()
        centre.addStretch()
        centre.addWidget(self._keys_host)
        centre.addStretch()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 12, 24, 12)
        layout.addWidget(self.avatar)
        layout.addWidget(self.prompt)
        layout.addWidget(self.dots)
        layout.addWidget(self.message)
        layout.addLayout(centre)
        layout.addStretch()

        self._shake = QPropertyAnimation(self.dots, b"pos", self)
        self._shake.setDuration(360)
        self._shake.setEasingCurve(QEasingCurve.Type.Linear)
        self.retranslate()

    def retranslate(self) -> None:
        """Set every visible string in the current UI language."""
        name = self._learner.display_name if self._learner is not None else ""
        self.prompt.setText(self.tr("%1, type your PIN").replace("%1", name))
        self.back_button.setText(self.tr("Back"))
        self.back_button.setAccessibleName(self.tr("Back to the learner list"))
        self.erase_button.setAccessibleName(self.tr("Erase a digit"))
        for value, button in enumerate(self.digit_buttons):
            button.setAccessibleName(self.tr("Digit %1").replace("%1", str(value)))
        self.dots.setAccessibleName(self.tr("%n digit(s) typed", "", len(self._digits)))
        if self._wait_left > 0:
            self.message.setText(self.tr("Too many tries. Wait %n second(s).", "", self._wait_left))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def start(self, learner: object) -> None:
        """Ask ``learner`` (a LearnerProfile with a PIN) for their PIN."""
        self._learner = learner
        self._digits = ""
        self._wait_left = 0
        self._countdown.stop()
        self._set_keys_enabled(True)
        self.avatar.setPixmap(avatar_pixmap(learner.avatar, 80, learner.display_name))
        self.message.setText("")
        self._show_dots()
        self.retranslate()
        self.digit_buttons[1].setFocus()

    @property
    def typed(self) -> str:
        """The digits typed so far (Latin)."""
        return self._digits

    def press_digit(self, value: int) -> None:
        """Add one digit; the PIN is checked as soon as it has four."""
        if self._checking or self._wait_left > 0 or len(self._digits) >= PIN_LENGTH:
            return
        self._digits += str(value)
        self._show_dots()
        if len(self._digits) == PIN_LENGTH:
            self._check()

    def erase(self) -> None:
        """Remove the last digit."""
        self._digits = self._digits[:-1]
        self._show_dots()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        value = digit_value(event.text()) if event.text() else None
        if value is not None:
            self.press_digit(value)
        elif event.key() == Qt.Key.Key_Backspace:
            self.erase()
        elif event.key() == Qt.Key.Key_Escape:
            emit(self.cancelled)
        else:
            super().keyPressEvent(event)

    def _show_dots(self) -> None:
        self.dots.setText(" ".join("●" if i < len(self._digits) else "○" for i in range(PIN_LENGTH)))
        self.dots.setAccessibleName(self.tr("%n digit(s) typed", "", len(self._digits)))

    def _check(self) -> None:
        learner = self._learner
        pin = self._digits
        services = self._services
        self._checking = True
        self._worker.run(lambda: services.learners.verify_pin(learner.id, pin), self._on_checked, self._on_error)

    def _on_checked(self, check: object) -> None:
        self._checking = False
        self._digits = ""
        self._show_dots()
        if check.ok:
            self.message.setText("")
            emit(self.unlocked, self._learner)
            return
        if check.wait_seconds > 0:
            self._start_wait(check.wait_seconds)
        else:
            self.message.setText(self.tr("That is not the right PIN. Try again."))
        self._shake_dots()

    def _on_error(self, _error: Exception) -> None:
        self._checking = False
        self._digits = ""
        self._show_dots()
        self.message.setText(self.tr("The PIN could not be checked. Please try again."))

    def _start_wait(self, seconds: float) -> None:
        self._wait_left = max(1, math.ceil(seconds))
        self._set_keys_enabled(False)
        self.retranslate()
        self._countdown.start()

    def _tick(self) -> None:
        self._wait_left -= 1
        if self._wait_left <= 0:
            self._countdown.stop()
            self._set_keys_enabled(True)
            self.message.setText(self.tr("Try again."))
            self.digit_buttons[1].setFocus()
        else:
            self.retranslate()

    @property
    def waiting_seconds(self) -> int:
        """Seconds left before another try is allowed (0 when not throttled)."""
        return self._wait_left

    def _set_keys_enabled(self, enabled: bool) -> None:
        for button in self.digit_buttons:
            button.setEnabled(enabled)
        self.erase_button.setEnabled(enabled)

    def _shake_dots(self) -> None:
        # A short side-to-side shake says "wrong" without words; the message says it with words.
        start = self.dots.pos()
        self._shake.stop()
        self._shake.setStartValue(start)
        for step, offset in enumerate((-12, 12, -8, 8, -4, 0)):
            self._shake.setKeyValueAt((step + 1) / 7, start + type(start)(offset, 0))
        self._shake.setEndValue(start)
        self._shake.start()
