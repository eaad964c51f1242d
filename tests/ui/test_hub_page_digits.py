"""The hub tab in Arabic: counts the code fills in (days, computers, devices, answers loaded, reply files)
are written in Arabic-Indic digits; the address, the port and the code keep Latin digits (they are typed
on other computers), and so do names and file names as they were written."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.services.app_services import AppServices
from app.ui.hub_page import HubPage
from tests.ui.adult.helpers import open_tab, practise
from tests.ui.test_hub_page import _loopback

LATIN = re.compile("[0-9]")


@pytest.fixture
def teacher_pc(tmp_path: Path) -> Iterator[AppServices]:
    """Another Sabil (its own device id): the teacher's computer running the class hub."""
    services = AppServices.open(tmp_path / "teacher-pc", install_bundled=False)
    yield services
    services.close()


def _in_arabic(ui) -> None:
    ui.window.default_language = "ar"
    ui.languages.apply("ar")


def test_a_running_hub_counts_in_arabic_digits_and_keeps_its_address_and_code_latin(ui, tmp_path) -> None:
    _in_arabic(ui)
    page = _loopback(open_tab(ui, "hub"))
    page.school_edit.setText("مدرسة 12")  # a name keeps the digits it was typed with
    page.class_edit.setText("الصف الخامس")
    page.start_button.click()
    ui.settle()
    assert page.hub_running and page.hub_class is not None
    note = page.hub_note.text()
    assert "٧" in note and "١٠٠" in note, note  # valid for 7 days and 100 computers
    assert "مدرسة 12" in note
    assert "·" not in note, "a middle dot beside Arabic-Indic digits reads as a zero"
    assert not LATIN.search(note.replace("مدرسة 12", "")), f"a count in Latin digits: {note}"
    # Typed elsewhere: the learner PC's join form, `sabil sync enroll`, a browser.
    assert page.address_label.text() == page.hub_class.url and re.search(r":\d+$", page.address_label.text())
    assert page.code_label.text() == page.hub_class.code

    # Files a stick holds are named as they are; the list of refused ones uses the Arabic comma.
    stick = tmp_path / "STICK"
    stick.mkdir()
    names = ["sabil-push-aaaaaaaaaaaa-20261121T100000Z.sabilsync", "sabil-push-bbbbbbbbbbbb-20261121T110000Z.sabilsync"]
    for name in names:
        (stick / name).write_bytes(b"not a bundle")
    page.load_from(stick)
    ui.settle()
    assert "، ".join(names) in page.usb_note.text()


def test_answers_loaded_from_a_stick_are_counted_in_arabic_digits(ui, qtbot, teacher_pc, tmp_path) -> None:
    address = teacher_pc.hub.start(host="127.0.0.1", port=0)
    ui.services.sync.enroll(address.url, teacher_pc.hub.create_class("Al Noor", "5B").code)
    teacher_pc.hub.stop()  # only the stick connects them now
    learner = ui.services.learners.create("Amina", ui.services.learners.avatars()[0])
    practise(ui.services, learner.id, 3)
    stick = tmp_path / "STICK"
    stick.mkdir()
    open_tab(ui, "hub").save_to(stick)
    ui.settle()

    _in_arabic(ui)
    hub_page = HubPage(ui.worker, teacher_pc)
    qtbot.addWidget(hub_page)
    hub_page.open("ar")
    hub_page.load_from(stick)
    ui.settle()
    note = hub_page.usb_note.text()
    assert note.startswith("حُمّلت ٣ إجابات."), note
    assert "ملف ردّ واحد" in note and not LATIN.search(note), note
