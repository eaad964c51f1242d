"""The sync status widget: the sentence from the status fields, live with a hub, and right to left.

No translator is installed here, so plural strings show their source form ("3 answer(s) waiting");
sabil_en.ts gives English its plural forms ("3 answers waiting") in the app.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from app.services.sync import SyncService
from app.services.sync_dto import SyncStatus
from app.services.sync_scheduler import BackgroundSync
from app.sync.client import Backoff
from app.ui.sync_status import SyncStatusWidget
from app.ui.worker import ServiceWorker

from .devices import LiveHub, practise

NOW = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)


def _status(**fields: object) -> SyncStatus:
    values: dict[str, object] = dict(
        enrolled=True, server_url="http://127.0.0.1:1", school_name="Al Noor", class_name="5B",
        last_success=None, last_attempt=None, answers_waiting=0, last_error="", last_error_code="",
        clock_offset_seconds=0.0, clock_wrong=False, running=False, text="",
    )
    values.update(fields)
    return SyncStatus(**values)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("fields", "expected"),
    [
        (dict(enrolled=False, answers_waiting=3), "Not connected to a class hub · 3 answer(s) waiting"),
        (dict(last_success=NOW - timedelta(minutes=10), answers_waiting=132),
         "Last synced 10 minute(s) ago · 132 answer(s) waiting"),
        (dict(last_success=NOW - timedelta(seconds=20)), "Last synced just now · everything sent"),
        (dict(last_success=NOW - timedelta(hours=2), answers_waiting=1, last_error="x", last_error_code="unreachable"),
         "Last synced 2 hour(s) ago · 1 answer(s) waiting · The class hub could not be reached; Sabil will try again"),
        (dict(answers_waiting=5, last_error="x", last_error_code="token_revoked"),
         "Not synced yet · 5 answer(s) waiting · A teacher must enrol this computer again"),
        (dict(last_success=NOW - timedelta(days=1, hours=1), clock_wrong=True, clock_offset_seconds=3 * 86400 + 5),
         "Last synced 1 day(s) ago · everything sent · This computer's clock is 3 day(s) behind"),
        (dict(last_success=NOW, clock_wrong=True, clock_offset_seconds=-7200),
         "Last synced just now · everything sent · This computer's clock is 2 hour(s) ahead"),
    ],
)
def test_the_sentence(qtbot, fields: dict[str, object], expected: str) -> None:
    widget = SyncStatusWidget()
    qtbot.addWidget(widget)
    widget.show_status(_status(**fields), now=NOW)
    assert widget.label.text() == expected and widget.label.accessibleName() == expected
    assert "fail" not in widget.label.text().lower()


def test_live_with_a_hub_sync_now_updates_the_line(qtbot, hub: LiveHub, make_device, tmp_path: Path) -> None:
    device = make_device("a")
    device.sync = SyncService(device.db, device.paths, device.device_id, device.practice.rebuild_learner_state,
                              backoff=Backoff(attempts=2, base=0.01, cap=0.02))
    device.sync.enroll(hub.url, hub.code())
    learner = device.learners.create("Reem", "owl")
    practise(device, learner.id, "110")
    worker = ServiceWorker()
    widget = SyncStatusWidget()
    qtbot.addWidget(widget)
    background = BackgroundSync(device.sync, interval=3600, on_change=lambda _r, _e: widget.notify())
    try:
        widget.show()
        widget.attach(worker, device.sync, background)
        assert widget.auto_refresh
        qtbot.waitUntil(lambda: widget.label.text() == "Not synced yet · 3 answer(s) waiting", timeout=10_000)
        assert widget.button.isEnabled()
        qtbot.mouseClick(widget.button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: widget.label.text() == "Last synced just now · everything sent", timeout=20_000)
        assert background.runs >= 1
    finally:
        widget.detach()
        background.stop()
        worker.shutdown()
    assert not widget.auto_refresh
    widget.notify()  # a late report from the sync thread after detaching reads nothing
    qtbot.wait(50)


def test_fits_1024_wide_and_lays_out_right_to_left(qtbot, tmp_path: Path) -> None:
    widget = SyncStatusWidget()
    qtbot.addWidget(widget)
    widget.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    widget.show_status(_status(last_success=NOW - timedelta(minutes=10), answers_waiting=132, clock_wrong=True,
                               clock_offset_seconds=-4 * 86400, last_error="x", last_error_code="unreachable"),
                       now=NOW)
    widget.resize(1024, widget.heightForWidth(1024) if widget.hasHeightForWidth() else 80)
    widget.show()
    qtbot.waitExposed(widget)
    assert widget.minimumSizeHint().width() <= 1024
    assert widget.button.geometry().right() < widget.label.geometry().left()  # the button sits at the left in RTL
    widget.grab().save(str(tmp_path / "sync-status-rtl.png"))
    assert (tmp_path / "sync-status-rtl.png").stat().st_size > 0
