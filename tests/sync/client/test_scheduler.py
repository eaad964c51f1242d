"""Background sync: syncs on its own while a hub answers, backs off while it does not, stops cleanly."""

from __future__ import annotations

import random
import threading
import time

from app.services.sync import SyncService
from app.services.sync_dto import SyncError, SyncReport
from app.services.sync_scheduler import BackgroundSync
from app.sync.client import Backoff

from .devices import LiveHub, practise

FAST = Backoff(attempts=2, base=0.01, cap=0.02)


def _wait_for(condition, timeout: float = 20.0) -> None:  # noqa: ANN001
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.05)


def test_background_sync_sends_answers_and_stops(hub: LiveHub, make_device) -> None:
    device = make_device("a")
    device.sync = SyncService(device.db, device.paths, device.device_id, device.practice.rebuild_learner_state,
                              backoff=FAST)
    device.sync.enroll(hub.url, hub.code())
    learner = device.learners.create("Amal", "owl")
    practise(device, learner.id, "101")
    seen: list[tuple[SyncReport | None, SyncError | None]] = []
    changed = threading.Event()

    def on_change(report: SyncReport | None, error: SyncError | None) -> None:
        seen.append((report, error))
        changed.set()

    background = BackgroundSync(device.sync, interval=0.2, on_change=on_change)
    background.start()
    try:
        _wait_for(lambda: any(r is not None and r.pushed == 3 for r, _ in seen))
        practise(device, learner.id, "11")
        background.sync_soon()
        _wait_for(lambda: device.sync.status().answers_waiting == 0 and len(seen) >= 2)
    finally:
        background.stop()
    assert not background.running and background.failures == 0
    assert all(error is None for _, error in seen)
    runs = background.runs
    time.sleep(0.5)
    assert background.runs == runs  # stopped means stopped


def test_failures_back_off_and_success_resets(tmp_path, mini_pack, make_device) -> None:  # noqa: ANN001
    hub = LiveHub(tmp_path / "hub", mini_pack)
    device = make_device("a")
    device.sync = SyncService(device.db, device.paths, device.device_id, device.practice.rebuild_learner_state,
                              backoff=FAST)
    device.sync.enroll(hub.url, hub.code())
    hub.close()
    background = BackgroundSync(device.sync, interval=0.1, backoff=Backoff(attempts=99, base=30.0, cap=900.0),
                                rng=random.Random(1))
    assert background.run_once() is None and background.run_once() is None
    assert background.failures == 2
    waits = [background.next_delay() for _ in range(100)]
    assert all(1.0 <= w <= 60.0 for w in waits) and max(waits) > 30.0  # up to base * 2 after 2 failures
    status = device.sync.status()
    assert status.last_success is None and status.last_error_code == "unreachable"
    assert status.text.startswith("Not synced yet · everything sent · The class hub could not be reached")
