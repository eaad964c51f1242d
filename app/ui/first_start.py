"""The note shown while Sabil prepares itself on a computer's first start.

The first start builds and installs the bundled pack before any window exists: a few seconds on a
new PC, longer on an old one. Without a sign of life a child clicks the icon again and again.
A frameless window with a QLabel rather than QSplashScreen.showMessage, which paints Arabic
unshaped and in the wrong order.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QLabel, QVBoxLayout, QWidget

SIZE = (560, 200)


def first_start_message() -> str:
    """The note, in the UI language of the installed translator."""
    return QCoreApplication.translate("Startup", "Getting Sabil ready for the first time…\nThis takes a moment.")


class FirstStartNote(QWidget):
    """A small centred window with one sentence; ``finish()`` closes it once the main window is up."""

    def __init__(self, point_size: int = 18) -> None:
        super().__init__(None, Qt.WindowType.SplashScreen | Qt.WindowType.FramelessWindowHint)
        self.setObjectName("firstStart")
        self.label = QLabel(first_start_message())
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.label.setWordWrap(True)
        font = self.label.font()
        font.setPointSize(point_size)
        self.label.setFont(font)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 24, 24, 24)
        layout.addWidget(self.label)
        self.setAccessibleName(first_start_message())
        self.resize(*SIZE)

    def message(self) -> str:
        """The sentence shown."""
        return self.label.text()

    def finish(self, _window: QWidget) -> None:
        """Close the note: the main window is on screen."""
        self.close()
        self.deleteLater()


def show_first_start_splash(point_size: int = 18) -> FirstStartNote:
    """Show the note at once (events are processed so it paints before the slow work starts)."""
    note = FirstStartNote(point_size)
    screen = QApplication.primaryScreen()
    if screen is not None:
        note.move(screen.availableGeometry().center() - note.rect().center())
    note.show()
    QApplication.processEvents()
    return note
