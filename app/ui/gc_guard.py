"""Python's cyclic garbage collector runs on the GUI thread only, while a background worker exists.

Automatic collection starts in whichever thread happens to allocate when a threshold trips. If that
is the database worker, it may finalise Qt objects (widgets caught in reference cycles) off the GUI
thread, and Qt crashes (seen as a segfault in the worker's stack under "Garbage-collecting"). Anki's
desktop does the same: it turns automatic collection off and collects on a GUI-thread timer.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

INTERVAL_MS = 500

_holders = 0
_was_enabled = True


class GuiThreadCollector(QObject):
    """While started, automatic GC is off and this object's timer collects when it is due."""

    def __init__(self, parent: QObject | None = None, interval_ms: int = INTERVAL_MS) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.collect_if_due)
        self._started = False

    def start(self) -> None:
        """Take over collection (reference-counted: several workers may overlap, e.g. in tests)."""
        global _holders, _was_enabled
        if self._started:
            return
        if _holders == 0:
            _was_enabled = gc.isenabled()
            gc.disable()
        _holders += 1
        self._started = True
        self._timer.start()

    def stop(self) -> None:
        """Give collection back; the last holder collects once and re-enables automatic GC."""
        global _holders
        if not self._started:
            return
        self._timer.stop()
        self._started = False
        _holders -= 1
        if _holders == 0:
            gc.collect()
            if _was_enabled:
                gc.enable()

    def collect_if_due(self) -> int:
        """Collect the generations whose thresholds are exceeded, as automatic GC would; returns objects found."""
        counts, thresholds = gc.get_count(), gc.get_threshold()
        if counts[0] < thresholds[0]:
            return 0
        generation = 2 if counts[2] >= thresholds[2] else 1 if counts[1] >= thresholds[1] else 0
        return gc.collect(generation)
