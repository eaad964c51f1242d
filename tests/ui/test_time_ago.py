"""'5 minutes ago' is said in one place (app/ui/time_ago.py) for the learner PC's sync line and the hub's
district box, translated under one context, with the language's digits."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

from app.config import resources_dir
from app.services.sync_dto import SyncStatus
from app.ui.district_box import DistrictBox
from app.ui.sync_status import SyncStatusWidget
from app.ui.time_ago import time_ago
from app.ui.worker import ServiceWorker

NOW = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)


@contextmanager
def translated(language: str) -> Iterator[None]:
    """The app's translation for ``language`` installed for the block only (later tests see none)."""
    translator = QTranslator()
    assert translator.load(f"sabil_{language}", str(resources_dir() / "translations"))
    QCoreApplication.installTranslator(translator)
    try:
        yield
    finally:
        QCoreApplication.removeTranslator(translator)


@pytest.mark.parametrize(
    ("ago", "language", "expected"),
    [
        (timedelta(seconds=59), "en", "just now"),
        (timedelta(minutes=1), "en", "1 minute ago"),
        (timedelta(minutes=59, seconds=59), "en", "59 minutes ago"),
        (timedelta(hours=1), "en", "1 hour ago"),
        (timedelta(days=3, hours=23), "en", "3 days ago"),
        (timedelta(minutes=5), "es", "hace 5 minutos"),
        (timedelta(minutes=5), "fr", "il y a 5 minutes"),
        (timedelta(minutes=5), "ar", "منذ ٥ دقائق"),
        (timedelta(hours=14), "ar", "منذ ١٤ ساعة"),
        (timedelta(seconds=10), "ar", "الآن"),
    ],
)
def test_how_long_ago_in_each_language(qapp, ago: timedelta, language: str, expected: str) -> None:
    with translated(language):
        assert time_ago(NOW - ago, NOW, language) == expected


def test_a_time_in_the_future_from_a_clock_set_back_is_just_now(qapp) -> None:
    assert time_ago(NOW + timedelta(hours=3), NOW, "en") == "just now"


def _status(**fields: object) -> SyncStatus:
    values: dict[str, object] = dict(
        enrolled=True, server_url="https://district.example.org:8470", school_name="Al Noor", class_name="5B",
        last_success=NOW - timedelta(minutes=5), last_attempt=NOW - timedelta(minutes=5), answers_waiting=132,
        last_error="", last_error_code="", clock_offset_seconds=0.0, clock_wrong=False, running=False, text="",
    )
    values.update(fields)
    return SyncStatus(**values)  # type: ignore[arg-type]


def test_both_status_lines_say_when_in_the_same_words_and_digits(qtbot) -> None:
    worker = ServiceWorker()
    try:
        line, box = SyncStatusWidget(), DistrictBox(worker)
        qtbot.addWidget(line)
        qtbot.addWidget(box)
        with translated("ar"):
            line.set_language("ar")
            box.set_language("ar")
            line.show_status(_status(clock_wrong=True, clock_offset_seconds=3 * 86400), now=NOW)
            box.show_status(_status(relaying=True, relayed_through=40), now=NOW)
            ago = time_ago(NOW - timedelta(minutes=5), NOW, "ar")
            assert ago == "منذ ٥ دقائق"
            assert ago in line.label.text() and ago in box.state_label.text()
            for text in (line.label.text(), box.state_label.text()):
                assert "١٣٢" in text and "132" not in text, text
                # A middle dot beside Arabic-Indic digits reads as a zero: the parts take the Arabic comma.
                assert "·" not in text and "منذ ٥ دقائق، ١٣٢" in text, text
            assert "٣" in line.label.text() and "3" not in line.label.text(), "the clock's days in Arabic digits"
            # The server's address is not a count: it keeps the digits it is typed with.
            assert box.server_label.text() == "https://district.example.org:8470"
    finally:
        worker.shutdown()


def test_neither_widget_keeps_a_copy_of_its_own() -> None:
    assert not hasattr(SyncStatusWidget, "_ago") and not hasattr(DistrictBox, "_ago")
