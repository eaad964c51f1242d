"""The hub tab's "District server" box: a running class hub connects to a real district server with the
district's code, Send now relays the school's answers, the status says so plainly; a wrong code is
explained; the tab fits 1024×600 and turns right to left in Arabic."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app.services.sync_dto import SyncStatus
from tests.sync.relay.tiers import District
from tests.ui.adult.helpers import open_tab
from tests.ui.adult.helpers import practise as practise_items
from tests.ui.test_hub_page import _fits, _loopback


@pytest.fixture
def district(tmp_path: Path) -> Iterator[District]:
    server = District(f"sqlite:///{tmp_path / 'district.sqlite3'}")
    yield server
    server.close()


NOW = datetime(2026, 11, 23, 10, 0, tzinfo=UTC)


def _status(answers_waiting: int = 120) -> SyncStatus:
    """A hub connected to its district: sent 5 minutes ago, then the district could not be reached."""
    return SyncStatus(
        enrolled=True, server_url="https://district.example.org", school_name="Al Noor", class_name="6A",
        last_success=NOW - timedelta(minutes=5), last_attempt=NOW - timedelta(minutes=1),
        answers_waiting=answers_waiting, last_error="The district server could not be reached; Sabil will try again.",
        last_error_code="unreachable", clock_offset_seconds=0.0, clock_wrong=False, running=False, text="",
        relaying=True, relayed_through=40,
    )


def _running_hub(ui, school: str = "Al Noor", klass: str = "5B") -> object:
    page = _loopback(open_tab(ui, "hub"))
    page.set_background_sync(ui.window.background_sync)
    page.open("en")
    page.school_edit.setText(school)
    page.class_edit.setText(klass)
    page.start_button.click()
    ui.settle()
    assert page.hub_running
    return page


def test_a_running_hub_connects_to_the_district_and_sends_its_answers(
    ui, qtbot, district: District, tmp_path: Path
) -> None:
    page = _running_hub(ui)
    box = page.district_box
    assert box.isVisible() and box.form.isVisible() and not box.send_button.isVisible()
    assert not page.sync_status.isVisible()  # the box says how sync stands on a running hub
    assert "type its address and the code" in box.state_label.text()

    learner = ui.services.learners.create("Amina", ui.services.learners.avatars()[0])
    practise_items(ui.services, learner.id, 4)
    box.url_edit.setText(district.url)
    box.code_edit.setText(district.code())
    box.connect_button.click()
    ui.settle()
    qtbot.waitUntil(lambda: len(district.events()) == 4, timeout=20_000)
    qtbot.waitUntil(lambda: box.status is not None and box.status.last_success is not None and not box._sending,
                    timeout=20_000)
    assert box.connected and not box.form.isVisible() and box.send_button.isVisible()
    assert box.where_label.text() == "Connected to Al Noor (district) at" and box.server_label.text() == district.url
    assert box.state_label.text() == "Sent to the district just now · everything sent"
    _fits(ui, page)
    ui.window.grab().save(str(tmp_path / "district-box-connected.png"))

    practise_items(ui.services, learner.id, 3)
    box.refresh()
    ui.settle()
    assert "3 answer" in box.state_label.text()
    box.send_button.click()
    try:
        qtbot.waitUntil(lambda: len(district.events()) == 7, timeout=20_000)
    finally:
        ui.window.background_sync.stop()


def test_a_wrong_district_code_is_explained_and_connects_nothing(ui, district: District) -> None:
    page = _running_hub(ui)
    box = page.district_box
    box.url_edit.setText(district.url)
    box.connect_button.click()
    assert box.note.text() == "Type the district server's address and the code the district gave you."
    box.code_edit.setText("AAAA-BBBB-CCCC")
    box.connect_button.click()
    ui.settle()
    assert box.note.text().startswith("This code is not known, has expired or is used up.")
    assert not box.connected and not ui.services.sync.status().enrolled


def test_the_status_reads_plainly_with_waiting_answers_and_a_problem(ui) -> None:
    page = _running_hub(ui)
    box = page.district_box
    box.show_status(_status(), NOW)
    # Plural forms come from the English translation file L updates: "(s)" until then.
    assert box.state_label.text().replace("(s)", "s") == (
        "Sent to the district 5 minutes ago · 120 answers waiting · "
        "The district server could not be reached; Sabil will try again"
    )
    assert box.server_label.text() == "https://district.example.org"
    assert box.server_label.layoutDirection() == Qt.LayoutDirection.LeftToRight


@pytest.mark.parametrize("language", ["en", "ar"])
def test_the_tab_with_the_district_box_fits_1024x600_in_english_and_arabic(ui, language, tmp_path: Path) -> None:
    ui.window.default_language = language
    ui.languages.apply(language)
    page = _running_hub(ui, "مدرسة النور الابتدائية للبنين والبنات", "الصف الخامس ب")
    box = page.district_box
    assert box.isVisible()
    expected = Qt.LayoutDirection.RightToLeft if language == "ar" else Qt.LayoutDirection.LeftToRight
    assert box.layoutDirection() == expected
    assert box.url_edit.layoutDirection() == Qt.LayoutDirection.LeftToRight
    _fits(ui, page)
    ui.window.grab().save(str(tmp_path / f"district-box-{language}.png"))
    # Connected, with answers waiting and a problem: the longest the box gets.
    box.show_status(_status(answers_waiting=1234))
    QApplication.processEvents()  # the layout takes the new text's height on the next pass of the event loop
    assert box.server_label.isVisible() and box.send_button.isVisible() and not box.form.isVisible()
    _fits(ui, page)
    ui.window.grab().save(str(tmp_path / f"district-box-connected-{language}.png"))
