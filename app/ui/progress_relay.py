"""Carries a long service call's progress from the database worker to the GUI, and a Cancel back.

The service calls ``relay(done, total)`` on the worker thread. The relay emits ``advanced``, which Qt
delivers to the GUI thread as a queued signal (the relay lives there), and then raises
``ImportCancelled`` if Cancel was pressed meanwhile, which makes the service undo everything.
"""

from __future__ import annotations

import threading

from PySide6.QtCore import QObject, Signal

from app.services.errors import ImportCancelled
from app.ui.signals import emit


class ProgressRelay(QObject):
    """A progress callback for services that can be cancelled from the GUI thread."""

    advanced = Signal(int, int)  # done, total

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._cancel = threading.Event()

    def __call__(self, done: int, total: int) -> None:
        emit(self.advanced, int(done), int(total))
        if self._cancel.is_set():
            raise ImportCancelled("cancelled by the teacher")

    def cancel(self) -> None:
        """Ask the running call to stop at its next progress step (safe from any thread)."""
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        """True once ``cancel()`` was called."""
        return self._cancel.is_set()
