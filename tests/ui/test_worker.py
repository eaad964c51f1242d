"""The database worker runs calls off the GUI thread and delivers results on it, in order."""

from __future__ import annotations

import threading

from PySide6.QtCore import QThread

from app.ui.worker import ServiceWorker


def test_result_arrives_on_gui_thread(qtbot):
    worker = ServiceWorker()
    gui_thread = threading.get_ident()
    seen: dict[str, object] = {}

    def call() -> int:
        seen["call_thread"] = threading.get_ident()
        return 41 + 1

    def on_result(value: int) -> None:
        seen["value"] = value
        seen["result_thread"] = threading.get_ident()
        seen["is_gui"] = QThread.currentThread() is worker.thread()

    worker.run(call, on_result)
    assert worker.wait_idle(5000)
    worker.shutdown()
    assert seen["value"] == 42
    assert seen["call_thread"] != gui_thread
    assert seen["result_thread"] == gui_thread
    assert seen["is_gui"] is True


def test_errors_go_to_on_error_or_unhandled_signal(qtbot):
    worker = ServiceWorker()
    errors: list[Exception] = []
    unhandled: list[object] = []
    worker.unhandled_error.connect(unhandled.append)

    def boom() -> None:
        raise ValueError("broken")

    worker.run(boom, lambda _r: None, errors.append)
    worker.run(boom)
    assert worker.wait_idle(5000)
    worker.shutdown()
    assert [str(e) for e in errors] == ["broken"]
    assert len(unhandled) == 1 and isinstance(unhandled[0], ValueError)


def test_calls_run_one_at_a_time_in_order(qtbot):
    worker = ServiceWorker()
    order: list[int] = []
    busy: list[bool] = []
    worker.busy_changed.connect(busy.append)
    for n in range(20):
        worker.run(lambda n=n: n, order.append)
    assert worker.pending() == 20
    assert worker.wait_idle(5000)
    worker.shutdown()
    assert order == list(range(20))
    assert busy[0] is True and busy[-1] is False


def test_while_a_worker_runs_garbage_is_collected_on_the_gui_thread_only(qtbot):
    # Automatic GC in the worker thread finalised Qt objects off the GUI thread and crashed.
    import gc
    import threading
    import weakref

    from app.ui.worker import ServiceWorker

    class Node:
        pass

    assert gc.isenabled()
    collected_on: list[str] = []
    worker = ServiceWorker()
    try:
        assert not gc.isenabled(), "automatic collection is off while two threads run Python"
        cycle = Node()
        cycle.me = cycle
        gone = weakref.ref(cycle, lambda _ref: collected_on.append(threading.current_thread().name))
        del cycle
        kept = [Node() for _ in range(gc.get_threshold()[0] + 10)]  # live allocations make a collection due
        qtbot.waitUntil(lambda: gone() is None, timeout=5000)
        assert collected_on == [threading.main_thread().name]
        assert len(kept) > 0
    finally:
        worker.shutdown()
    assert gc.isenabled(), "shutting the worker down gives automatic collection back"
