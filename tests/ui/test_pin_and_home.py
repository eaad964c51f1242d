"""The PIN pad (wrong PIN refused and throttled, right PIN opens home) and the home page."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from tests.ui.conftest import make_learner, open_home


def type_text(widget, text: str) -> None:
    """Key presses carrying any characters (QTest.keyClicks only knows ASCII): an Arabic keyboard."""
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char))


def _pick(ui, name: str) -> None:
    button = next(b for b in ui.window.picker.learner_buttons if b.text() == name)
    button.click()
    ui.settle()


def test_wrong_pin_is_refused_then_throttled(ui):
    make_learner(ui, "Mona", pin="2468")
    _pick(ui, "Mona")
    pad = ui.window.pin_pad
    assert ui.window.stack.currentWidget() is pad
    QTest.keyClicks(pad, "1111")
    ui.settle()
    assert ui.window.stack.currentWidget() is pad
    assert pad.message.text() == "That is not the right PIN. Try again."
    assert pad.typed == ""
    for _ in range(2):
        for digit in "9999":
            pad.digit_buttons[int(digit)].click()
        ui.settle()
    # The third failure starts the waiting time: keys are locked and the wait is shown.
    assert pad.waiting_seconds > 0
    assert f"Wait {pad.waiting_seconds} second" in pad.message.text()
    assert not pad.digit_buttons[2].isEnabled()
    QTest.keyClicks(pad, "2468")  # ignored while waiting
    ui.settle()
    assert ui.window.stack.currentWidget() is pad
    assert pad.typed == ""


def test_right_pin_typed_in_arabic_indic_digits_opens_home(ui):
    make_learner(ui, "Mona", pin="2468")
    _pick(ui, "Mona")
    pad = ui.window.pin_pad
    type_text(pad, "٢٤٦")
    assert pad.typed == "246"
    QTest.keyClick(pad, Qt.Key.Key_Backspace)
    type_text(pad, "6٨")
    ui.settle()
    assert ui.window.stack.currentWidget() is ui.window.home
    assert ui.window.home.greeting.text() == "Hello, Mona!"


def test_home_shows_skill_map_suggestions_and_one_continue(ui):
    open_home(ui)
    home = ui.window.home
    assert ui.window.stack.currentWidget() is home
    skills = ui.services.practice.skill_map(ui.window.learner.id)
    assert [t.skill_id for t in home.tiles] == [s.skill_id for s in skills]
    statuses = {t.status for t in home.tiles}
    assert statuses <= {"mastered", "in_progress", "ready", "locked"}
    assert {"ready", "locked"} <= statuses  # a new learner has somewhere to start and things ahead
    for tile in home.tiles:
        assert tile.status_label.text()  # status is said in words, not only in colour
        assert tile.accessibleName().startswith(tile.title_label.text())
    suggestions = ui.services.practice.suggestions(ui.window.learner.id, k=3)
    assert [c.skill_id for c in home.cards] == [s.skill_id for s in suggestions]
    assert 1 <= len(home.cards) <= 3
    for card in home.cards:
        assert card.reason_label.text().startswith("Why this? ")
        assert len(card.reason_label.text()) > len("Why this? ")
    assert home.continue_button.isEnabled()
    assert home.continue_button.hasFocus()


def test_suggestion_card_starts_a_focused_session(ui):
    open_home(ui)
    card = ui.window.home.cards[0]
    card.click()
    ui.settle()
    practice = ui.window.practice
    assert ui.window.stack.currentWidget() is practice
    assert practice.item.skill_id == card.skill_id


def test_switch_learner_returns_to_picker(ui):
    open_home(ui)
    ui.window.home.switch_button.click()
    ui.settle()
    assert ui.window.stack.currentWidget() is ui.window.picker
    assert ui.window.learner is None


def test_keyboard_only_from_picker_to_practice(ui):
    make_learner(ui, "Nour")
    picker = ui.window.picker
    assert picker.learner_buttons[0].hasFocus()
    QTest.keyClick(picker.learner_buttons[0], Qt.Key.Key_Return)
    ui.settle()
    home = ui.window.home
    assert ui.window.stack.currentWidget() is home
    assert home.continue_button.hasFocus()
    QTest.keyClick(home.continue_button, Qt.Key.Key_Return)
    ui.settle()
    assert ui.window.stack.currentWidget() is ui.window.practice


def test_home_without_any_pack_says_what_to_do(qtbot, qapp, tmp_path):
    from app.services.app_services import AppServices
    from app.ui.language import LanguageSwitcher
    from app.ui.main_window import MainWindow
    from app.ui.worker import ServiceWorker

    services = AppServices.open(tmp_path / "empty", install_bundled=False)
    worker = ServiceWorker()
    window = MainWindow(services, worker, LanguageSwitcher(qapp), "en")
    qtbot.addWidget(window)
    try:
        worker.wait_idle()
        profile = services.learners.create("Adam", services.learners.avatars()[0])
        window.enter_learner(profile)
        assert worker.wait_idle()
        home = window.home
        assert home.tiles == [] and home.cards == []
        assert not home.continue_button.isEnabled()
        assert "Ask an adult to add a content pack" in home.continue_note.text()
    finally:
        worker.shutdown()
        window.close()
        window.deleteLater()
        services.close()
