"""The "Class hub and sync" tab: a real hub started from the page, a learner PC finding it on the LAN,
joining and syncing in the background, a wrong code explained, USB bundles both ways, and the screen at
1024×600 in English and Arabic."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QAbstractScrollArea, QLabel, QWidget
from sqlalchemy import func, select

from app.services.app_services import AppServices
from app.storage.models import AttemptEvent, Learner
from app.ui.hub_page import HubPage, bundles_to_load
from tests.ui.adult.helpers import open_tab, practise


@pytest.fixture
def teacher_pc(tmp_path: Path) -> Iterator[AppServices]:
    """Another Sabil (its own device id): the teacher's computer running the class hub."""
    services = AppServices.open(tmp_path / "teacher-pc", install_bundled=False)
    yield services
    services.close()


def _loopback(page: HubPage) -> HubPage:
    page.hub_host, page.hub_port = "127.0.0.1", 0
    return page


def _events(services: AppServices) -> int:
    with services.db.session() as session:
        return int(session.scalar(select(func.count()).select_from(AttemptEvent)) or 0)


def _learner_names(services: AppServices) -> set[str]:
    with services.db.session() as session:
        return set(session.scalars(select(Learner.display_name)))


def test_starting_the_hub_shows_its_address_code_and_qr_and_stop_takes_them_away(ui) -> None:
    page = _loopback(open_tab(ui, "hub"))
    assert page.start_button.isVisible() and not page.running_box.isVisible()
    page.school_edit.setText("Al Noor")
    page.class_edit.setText("5B")
    page.start_button.click()
    ui.settle()
    hub = ui.services.hub
    assert hub.running and page.hub_running and page.hub_class is not None
    assert page.address_label.text() == hub.address.url == page.hub_class.url
    assert page.code_label.text() == page.hub_class.code
    assert not page.qr_label.pixmap().isNull() and page.qr_label.pixmap().width() > 100
    assert page.running_box.isVisible() and not page.join_box.isVisible() and not page.form_box.isVisible()
    # Plural forms come from the English translation file the lead updates; the number is what counts.
    assert "Al Noor · 5B" in page.hub_note.text() and "0 learner computer" in page.hub_note.text()
    assert httpx.get(f"{hub.address.url}/v1/status", timeout=5).status_code == 200

    first = page.hub_class.code
    page.new_code_button.click()
    ui.settle()
    assert page.hub_class.code != first and page.code_label.text() == page.hub_class.code

    url = hub.address.url
    page.stop_button.click()
    ui.settle()
    assert not hub.running and not page.hub_running
    assert page.start_button.isVisible() and page.join_box.isVisible() and not page.running_box.isVisible()
    with pytest.raises(httpx.ConnectError):
        httpx.get(f"{url}/v1/status", timeout=2)
    # The class is remembered: opening the tab again fills the names in.
    page.school_edit.clear()
    page.class_edit.clear()
    page.open("en")
    ui.settle()
    assert (page.school_edit.text(), page.class_edit.text()) == ("Al Noor", "5B")


def test_the_hub_needs_a_school_and_a_class_name(ui) -> None:
    page = _loopback(open_tab(ui, "hub"))
    page.class_edit.setText("5B")
    page.start_button.click()
    ui.settle()
    assert not ui.services.hub.running
    assert page.hub_note.text() == "Type the school's name and the class's name first."


def test_a_learner_pc_finds_the_hub_on_the_lan_joins_and_syncs_in_the_background(ui, qtbot, teacher_pc) -> None:
    address = teacher_pc.hub.start(host="127.0.0.1", port=0, advertise=True)
    assert address.advertised
    code = teacher_pc.hub.create_class("Al Noor", "5B").code
    learner = ui.services.learners.create("Amina", ui.services.learners.avatars()[0])
    practise(ui.services, learner.id, 4)

    page = open_tab(ui, "hub")
    assert page.sync_status.status_text().startswith("Not connected to a class hub")
    qtbot.waitUntil(lambda: not page._browsing, timeout=15_000)

    def listed() -> list[int]:
        return [i for i in range(page.hub_list.count()) if page.hub_list.item(i).data(Qt.ItemDataRole.UserRole)
                == address.url]

    if not listed():  # another test's hub may have answered first: look once more
        page.look_button.click()
        qtbot.waitUntil(lambda: bool(listed()), timeout=15_000)
    page.hub_list.setCurrentRow(listed()[0])
    assert page.url_edit.text() == address.url
    page.enrol_code_edit.setText(code)
    try:
        page.join_button.click()
        ui.settle()
        assert page.join_note.text() == "This computer now syncs with Al Noor · 5B."
        assert ui.window.background_sync.running
        qtbot.waitUntil(lambda: _events(teacher_pc) == 4, timeout=20_000)
        assert teacher_pc.hub.enrolled_devices() == 1
        qtbot.waitUntil(lambda: "Last synced just now" in page.sync_status.label.text(), timeout=20_000)
        assert "everything sent" in page.sync_status.label.text()
    finally:
        ui.window.stop_background_sync()


def test_a_wrong_code_is_explained_and_enrols_nothing(ui, teacher_pc) -> None:
    address = teacher_pc.hub.start(host="127.0.0.1", port=0)
    teacher_pc.hub.create_class("Al Noor", "5B")
    page = open_tab(ui, "hub")
    page.url_edit.setText(address.url)
    page.enrol_code_edit.setText("AAAA-BBBB-CCCC")
    page.join_button.click()
    ui.settle()
    assert page.join_note.text().startswith("This code is not known, has expired or is used up.")
    assert not ui.services.sync.status().enrolled and teacher_pc.hub.enrolled_devices() == 0
    assert not ui.window.background_sync.running


def test_answers_travel_on_a_usb_stick_to_the_hub_and_the_reply_comes_back(ui, qtbot, teacher_pc, tmp_path) -> None:
    address = teacher_pc.hub.start(host="127.0.0.1", port=0)
    ui.services.sync.enroll(address.url, teacher_pc.hub.create_class("Al Noor", "5B").code)
    teacher_pc.hub.stop()  # from now on only the stick connects them
    teacher_pc.learners.create("Omar", teacher_pc.learners.avatars()[0])
    learner = ui.services.learners.create("Amina", ui.services.learners.avatars()[0])
    practise(ui.services, learner.id, 3)
    stick = tmp_path / "STICK"
    stick.mkdir()

    page = open_tab(ui, "hub")
    page.save_to(stick)
    ui.settle()
    saved = sorted(stick.glob("*.sabilsync"))
    assert len(saved) == 1 and page.usb_note.text().startswith(f"Saved to {saved[0].name}.")

    hub_page = HubPage(ui.worker, teacher_pc)
    qtbot.addWidget(hub_page)
    hub_page.load_from(stick)
    ui.settle()
    assert _events(teacher_pc) == 3
    assert hub_page.usb_note.text().startswith("Loaded 3 answer")
    assert "1 reply file" in hub_page.usb_note.text() and len(list(stick.glob("*-reply-*.sabilsync"))) == 1
    hub_page.load_from(stick)  # loading the same stick again changes nothing
    ui.settle()
    assert _events(teacher_pc) == 3 and hub_page.usb_note.text().startswith("Loaded 0 answer")

    page.load_from(stick)
    ui.settle()
    assert "Omar" in _learner_names(ui.services)
    assert page.usb_note.text().startswith("Loaded 0 answer") and "refused" not in page.usb_note.text()


def test_a_stick_without_bundles_and_a_device_never_enrolled_are_explained(ui, tmp_path) -> None:
    page = open_tab(ui, "hub")
    page.load_from(tmp_path)
    ui.settle()
    assert page.usb_note.text() == "There are no sync files for this computer on the stick."
    page.save_to(tmp_path)
    ui.settle()
    assert page.usb_note.text() == "Join a class hub once first: the hub must know this computer."
    assert not list(tmp_path.glob("*.sabilsync"))


def test_bundles_to_load_takes_pushes_on_a_hub_and_this_computers_replies_on_a_learner_pc(tmp_path) -> None:
    device = "0190aaaa-bbbb-7ccc-8ddd-123456789abc"
    names = [
        "sabil-push-111111111111-20261120T100000Z.sabilsync",
        "sabil-reply-123456789abc-20261121T100000Z.sabilsync",
        "sabil-reply-999999999999-20261121T100000Z.sabilsync",
        ".sabil-push-222222222222-20261120T100000Z.sabilsync.partial",
        "notes.txt",
    ]
    for name in names:
        (tmp_path / name).write_text("x")
    nested = tmp_path / "sync" / "deeper"
    nested.mkdir(parents=True)
    (tmp_path / "sync" / "sabil-push-333333333333-20261119T100000Z.sabilsync").write_text("x")
    (nested / "sabil-push-444444444444-20261118T100000Z.sabilsync").write_text("x")  # too deep
    hub = [p.name for p in bundles_to_load([tmp_path], device, is_hub=True)]
    assert hub == ["sabil-push-111111111111-20261120T100000Z.sabilsync",
                   "sabil-push-333333333333-20261119T100000Z.sabilsync"]
    mine = [p.name for p in bundles_to_load([tmp_path], device, is_hub=False)]
    assert mine == ["sabil-reply-123456789abc-20261121T100000Z.sabilsync"]


def _scrolls(widget: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QAbstractScrollArea):
            return True
        parent = parent.parentWidget()
    return False


def _fits(ui, page: QWidget) -> None:
    assert ui.window.size().width() == 1024 and ui.window.size().height() == 600
    assert page.minimumSizeHint().width() <= page.width(), "the hub tab is too wide for 1024×600"
    scroll = page.findChild(QAbstractScrollArea)
    assert scroll.horizontalScrollBar().maximum() == 0, "the hub tab scrolls sideways at 1024×600"
    assert scroll.verticalScrollBar().maximum() == 0, "the hub tab needs scrolling at 1024×600"
    for widget in page.findChildren(QAbstractButton) + page.findChildren(QLabel):
        if widget.isVisibleTo(page) and not _scrolls(widget):
            corner = widget.mapTo(ui.window, widget.rect().bottomRight())
            assert corner.x() <= 1024 and corner.y() <= 600, f"{widget.text()!r} is off screen"


@pytest.mark.parametrize("language", ["en", "ar"])
def test_the_tab_fits_1024x600_idle_and_running_and_turns_right_to_left_in_arabic(ui, language) -> None:
    ui.window.default_language = language
    ui.languages.apply(language)
    page = _loopback(open_tab(ui, "hub"))
    teacher = ui.window.teacher
    if language == "en":
        assert teacher.tabs.tabText(teacher.tabs.indexOf(page)) == "Class hub and sync"
    expected = Qt.LayoutDirection.RightToLeft if language == "ar" else Qt.LayoutDirection.LeftToRight
    assert page.layoutDirection() == expected
    # Addresses and codes read left to right in every language.
    assert page.url_edit.layoutDirection() == Qt.LayoutDirection.LeftToRight
    _fits(ui, page)
    page.school_edit.setText("مدرسة النور الابتدائية للبنين والبنات")
    page.class_edit.setText("الصف الخامس ب")
    page.start_button.click()
    ui.settle()
    assert page.running_box.isVisible()
    assert page.code_label.layoutDirection() == Qt.LayoutDirection.LeftToRight
    _fits(ui, page)
