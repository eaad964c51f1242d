"""One background database worker: service calls run off the GUI thread, results come back by signal.

Anki's pattern: a single thread owns every database call, so SQLite never sees two writers from this
process and the window never freezes on a slow disk. ``ServiceWorker.run(call, on_result, on_error)``
queues ``call`` on that thread; ``on_result``/``on_error`` are then invoked on the GUI thread through a
queued signal, so they may touch widgets freely. Calls run one at a time, in the order they were queued.
"""

from __future__ import annotations

import itertools
import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, QDeadlineTimer, QObject, QThread, Signal, Slot

from app.ui.gc_guard import GuiThreadCollector
from app.ui.signals import emit

log = logging.getLogger(__name__)

ResultCallback = Callable[[Any], None]
ErrorCallback = Callable[[Exception], None]


@dataclass
class _Pending:
    on_result: ResultCallback | None
    on_error: ErrorCallback | None


class _Executor(QObject):
    """Lives on the worker thread and runs the queued calls."""

    succeeded = Signal(int, object)
    failed = Signal(int, object)

    @Slot(int, object)
    def execute(self, job_id: int, call: Callable[[], Any]) -> None:
        try:
            result = call()
        except Exception as exc:  # every failure must reach the GUI, never kill the thread
            if hasattr(exc, "code"):
                # A service's ValidationError: a person typed something to correct, not a fault.
                log.info("background call refused: %s (%s)", exc, exc.code)
            else:
                log.exception("background call failed")
            emit(self.failed, job_id, exc)
            return
        emit(self.succeeded, job_id, result)


class ServiceWorker(QObject):
    """Runs service calls on one background thread and reports back on the GUI thread.

    ``unhandled_error`` is emitted (on the GUI thread) for failures whose caller gave no ``on_error``.
    ``busy_changed(bool)`` tells the window to show a busy cursor while work is queued.
    """

    unhandled_error = Signal(object)
    busy_changed = Signal(bool)
    _queue = Signal(int, object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ids = itertools.count(1)
        self._pending: dict[int, _Pending] = {}
        self._thread = QThread()
        self._thread.setObjectName("sabil-database")
        self._executor = _Executor()
        self._executor.moveToThread(self._thread)
        # Cross-thread connections are queued: execute() runs on the worker thread, and the
        # results are delivered to _deliver_* on the thread that owns this object (the GUI thread).
        self._queue.connect(self._executor.execute)
        self._executor.succeeded.connect(self._deliver_result)
        self._executor.failed.connect(self._deliver_error)
        # From now on two threads run Python: cyclic GC must stay on this (the GUI) thread.
        self._collector = GuiThreadCollector(self)
        self._collector.start()
        self._thread.start()

    def run(
        self,
        call: Callable[[], Any],
        on_result: ResultCallback | None = None,
        on_error: ErrorCallback | None = None,
    ) -> int:
        """Queue ``call`` on the worker thread; returns a job id."""
        if not self._thread.isRunning():
            raise RuntimeError("the database worker has been shut down")
        job_id = next(self._ids)
        was_idle = not self._pending
        self._pending[job_id] = _Pending(on_result, on_error)
        if was_idle:
            emit(self.busy_changed, True)
        emit(self._queue, job_id, call)
        return job_id

    def pending(self) -> int:
        """How many queued calls have not yet delivered their result."""
        return len(self._pending)

    def wait_idle(self, timeout_ms: int = 10_000) -> bool:
        """Process GUI events until every queued call has delivered its result (for tests and the smoke test)."""
        deadline = QDeadlineTimer(timeout_ms)
        while self._pending and not deadline.hasExpired():
            QCoreApplication.processEvents()
            QThread.msleep(2)
        QCoreApplication.processEvents()
        return not self._pending

    def shutdown(self, timeout_ms: int = 10_000) -> None:
        """Let queued calls finish, then stop the thread."""
        if self._thread.isRunning():
            self._thread.quit()
            self._thread.wait(timeout_ms)
        self._collector.stop()

    @Slot(int, object)
    def _deliver_result(self, job_id: int, result: object) -> None:
        pending = self._take(job_id)
        if pending is not None and pending.on_result is not None:
            pending.on_result(result)

    @Slot(int, object)
    def _deliver_error(self, job_id: int, error: object) -> None:
        pending = self._take(job_id)
        assert isinstance(error, Exception)
        if pending is not None and pending.on_error is not None:
            pending.on_error(error)
        else:
            emit(self.unhandled_error, error)

    def _take(self, job_id: int) -> _Pending | None:
        pending = self._pending.pop(job_id, None)
        if not self._pending:
            emit(self.busy_changed, False)
        return pending
