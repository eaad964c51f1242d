"""The door to teacher mode: the first time an adult chooses a password (typed twice), later they type it.

Wrong passwords are throttled like PINs (the service counts them, so a restart does not help a
guesser); while a wait runs the field is disabled and a countdown says how long. Back (or Escape)
returns to the learner picker.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from app.ui.signals import emit
from app.ui.worker import ServiceWorker

# Kept in step with app.services.teacher_mode.PASSWORD_MIN_CHARS (said in the hint before the service refuses).
MIN_CHARS = 6


class TeacherGate(QWidget):
    """Emits ``opened()`` once the adult password is set or typed right, ``cancelled()`` on Back."""

    opened = Signal()
    cancelled = Signal()

    def __init__(self, worker: ServiceWorker, services: object, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._worker = worker
        self._services = services
        self._setting = False  # True: choosing the password for the first time
        self._checking = False
        self._wait_left = 0
        self._countdown = QTimer(self)
        self._countdown.setInterval(1000)
        self._countdown.timeout.connect(self._tick)

        self.heading = QLabel()
        self.heading.setObjectName("heading")
        self.heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.heading.setWordWrap(True)
        self.explanation = QLabel()
        self.explanation.setWordWrap(True)
        self.explanation.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.password_label = QLabel()
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_label.setBuddy(self.password)
        self.repeat_label = QLabel()
        self.repeat = QLineEdit()
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat_label.setBuddy(self.repeat)
        self.hint = QLabel()
        self.hint.setObjectName("note")
        self.hint.setWordWrap(True)
        self.message = QLabel()
        self.message.setObjectName("error")
        self.message.setWordWrap(True)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.open_button = QPushButton()
        self.open_button.setObjectName("primary")
        self.open_button.setAutoDefault(True)
        self.open_button.clicked.connect(self.submit)
        self.back_button = QPushButton()
        self.back_button.setAutoDefault(True)
        self.back_button.clicked.connect(self.cancelled)
        self.password.returnPressed.connect(self._password_entered)
        self.repeat.returnPressed.connect(self.submit)

        form = QVBoxLayout()
        form.setSpacing(6)
        for widget in (self.password_label, self.password, self.repeat_label, self.repeat, self.hint):
            form.addWidget(widget)
        buttons = QHBoxLayout()
        buttons.addWidget(self.back_button)
        buttons.addStretch()
        buttons.addWidget(self.open_button)
        form.addWidget(self.message)
        form.addLayout(buttons)
        box = QWidget()
        box.setMaximumWidth(620)
        box.setLayout(form)
        centre = QHBoxLayout()
        centre.addStretch()
        centre.addWidget(box, 1)
        centre.addStretch()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.addWidget(self.heading)
        layout.addWidget(self.explanation)
        layout.addSpacing(8)
        layout.addLayout(centre)
        layout.addStretch()
        self.retranslate()

    # -- language --------------------------------------------------------------------------------

    def retranslate(self) -> None:
        """Set every visible string in the current UI language."""
        self.heading.setText(self.tr("For teachers and parents"))
        self.back_button.setText(self.tr("Back"))
        self.back_button.setAccessibleName(self.tr("Back to the learner list"))
        self.repeat_label.setText(self.tr("Type it again:"))
        self.repeat.setAccessibleName(self.tr("The new teacher password again"))
        if self._setting:
            self.explanation.setText(
                self.tr("Teacher mode is where adults add and remove content packs. Choose its password first.")
            )
            self.password_label.setText(self.tr("New teacher password:"))
            self.password.setAccessibleName(self.tr("New teacher password"))
            self.hint.setText(
                self.tr(
                    "At least %1 characters. This password is for adults only: "
                    "it is not a child's PIN, and children should not know it."
                ).replace("%1", str(MIN_CHARS))
            )
            self.open_button.setText(self.tr("Set password and open"))
        else:
            self.explanation.setText(self.tr("Type the teacher password to manage content packs."))
            self.password_label.setText(self.tr("Teacher password:"))
            self.password.setAccessibleName(self.tr("Teacher password"))
            self.hint.setText(self.tr("This is the adults' password, not a child's PIN."))
            self.open_button.setText(self.tr("Open teacher mode"))
        self.open_button.setAccessibleName(self.open_button.text())
        if self._wait_left > 0:
            self.message.setText(self.tr("Too many tries. Wait %n second(s).", "", self._wait_left))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        if event.key() == Qt.Key.Key_Escape:
            emit(self.cancelled)
            return
        super().keyPressEvent(event)

    # -- flow ------------------------------------------------------------------------------------

    def start(self) -> None:
        """Ask the service whether a password exists, then show "choose" or "type" accordingly."""
        self.password.clear()
        self.repeat.clear()
        self.message.setText("")
        self._checking = False
        self._worker.run(self._services.teacher.is_set, self._show_mode, self._on_error)

    @property
    def setting_password(self) -> bool:
        """True when the screen asks for a new password (the first time)."""
        return self._setting

    @property
    def waiting_seconds(self) -> int:
        """Seconds left before another try is allowed (0 when not throttled)."""
        return self._wait_left

    def _show_mode(self, is_set: bool) -> None:
        self._setting = not is_set
        self.repeat_label.setVisible(self._setting)
        self.repeat.setVisible(self._setting)
        self.retranslate()
        self._set_enabled(self._wait_left <= 0)
        self.password.setFocus()

    def _password_entered(self) -> None:
        if self._setting:
            self.repeat.setFocus()
        else:
            self.submit()

    def submit(self) -> None:
        """Set the password (first time) or check it."""
        if self._checking or self._wait_left > 0:
            return
        password = self.password.text()
        teacher = self._services.teacher
        if self._setting:
            if len(password.strip()) < MIN_CHARS:
                self.message.setText(
                    self.tr("The password needs at least %1 characters.").replace("%1", str(MIN_CHARS))
                )
                return
            if password != self.repeat.text():
                self.message.setText(self.tr("The two passwords are not the same. Type them again."))
                self.repeat.clear()
                self.repeat.setFocus()
                return
            self._checking = True
            self._worker.run(lambda: teacher.set_password(None, password), lambda _none: self._open(), self._on_error)
        else:
            if not password:
                self.password.setFocus()
                return
            self._checking = True
            self._worker.run(lambda: teacher.verify(password), self._on_checked, self._on_error)

    def _open(self) -> None:
        self._checking = False
        self.password.clear()
        self.repeat.clear()
        self.message.setText("")
        emit(self.opened)

    def _on_checked(self, check: object) -> None:
        self._checking = False
        if check.ok:
            self._open()
            return
        self.password.clear()
        if check.wait_seconds > 0:
            self._start_wait(check.wait_seconds)
        else:
            self.message.setText(self.tr("That is not the teacher password. Try again."))
            self.password.setFocus()

    def _on_error(self, error: Exception) -> None:
        self._checking = False
        code = getattr(error, "code", "")
        if code == "password_too_short":
            self.message.setText(self.tr("The password needs at least %1 characters.").replace("%1", str(MIN_CHARS)))
        elif code == "password_too_long":
            self.message.setText(self.tr("That password is too long."))
        else:
            self.message.setText(self.tr("The password could not be checked. Please try again."))

    def _start_wait(self, seconds: float) -> None:
        self._wait_left = max(1, math.ceil(seconds))
        self._set_enabled(False)
        self.retranslate()
        self._countdown.start()

    def _tick(self) -> None:
        self._wait_left -= 1
        if self._wait_left <= 0:
            self._countdown.stop()
            self._set_enabled(True)
            self.message.setText(self.tr("Try again."))
            self.password.setFocus()
        else:
            self.retranslate()

    def _set_enabled(self, enabled: bool) -> None:
        self.password.setEnabled(enabled)
        self.repeat.setEnabled(enabled)
        self.open_button.setEnabled(enabled)
