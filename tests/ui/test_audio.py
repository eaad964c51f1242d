"""Pictures and sound on the practice page, with the First words packs.

Sound really plays through QtMultimedia where PySide6-Addons is installed: tests use a player that
needs no output device (CI machines have no speakers), so the packs' Opus files are truly decoded.
"""

from __future__ import annotations

import sys

import pytest
from PySide6.QtCore import Qt
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from app.config import resources_dir
from app.content_packs.answer_oracle import right_response, wrong_response
from app.ui.answer_inputs import LineInput
from app.ui.audio_player import NO_DEVICE, NO_MULTIMEDIA, AudioPlayer, ListenButton
from app.ui.item_media import media_pixmap
from app.ui.tile_choices import TileButton, TileChoiceInput
from tests.ui.conftest import answer_until, make_learner, start_practice

PACKS = resources_dir() / "packs"


def _multimedia_or_skip() -> None:
    pytest.importorskip("PySide6.QtMultimedia", reason="QtMultimedia comes with PySide6-Addons")


def _practise_words(ui, language: str = "en", skill: str = "animals", player: AudioPlayer | None = None):
    """Open the practice page on a First words pack (the maths pack is the default one)."""
    if language != "en":
        ui.languages.apply(language)
    profile = make_learner(ui, language=language)
    practice = ui.window.practice
    if player is not None:
        practice.media_view.use_player(player)
    session_id = ui.services.practice.start_session(
        profile.id, focus_skill=skill, pack_id=f"org.sabil.first-words-{language}"
    )
    ui.window.stack.setCurrentWidget(practice)
    practice.start(session_id, language, 16)
    ui.settle()
    return practice


def _kind(item) -> str:
    return item.item_id.rsplit("-", 1)[1]


def test_listen_button_plays_the_word_and_is_reached_by_keyboard(ui, qtbot):
    _multimedia_or_skip()
    player = AudioPlayer(require_device=False)
    assert player.available
    seen: list[bool] = []
    player.playing_changed.connect(seen.append)
    practice = _practise_words(ui, player=player)
    answer_until(ui, practice, lambda item: _kind(item) == "listen", tries=40)
    assert _kind(practice.item) == "listen"
    button = practice.media_view.listen_button
    assert button.isVisible() and button.isEnabled()
    assert button.text() == "Listen" and not button.icon().isNull()
    assert button.accessibleName()

    # The word is said once by itself when the item appears, and plays to its end.
    qtbot.waitUntil(lambda: True in seen, timeout=5000)
    qtbot.waitUntil(lambda: player.media_status() == "EndOfMedia", timeout=10000)
    assert player.last_error == ""

    # Tab reaches the button; Space plays the word again.
    practice.answer_input.focus_input()
    for _ in range(12):
        if button.hasFocus():
            break
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert button.hasFocus(), "the Listen button is not in the Tab order"
    seen.clear()
    QTest.keyClick(button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: True in seen, timeout=5000)
    qtbot.waitUntil(lambda: not player.is_playing(), timeout=10000)
    assert player.last_error == ""

    # Finishing stops the sound and the page still answers.
    practice.answer_input.set_response(right_response(ui.services.practice.shown_rendering(practice.session_id)))
    practice.check()
    ui.settle()
    assert practice.feedback.status == "correct"


def test_sound_files_of_both_languages_decode_to_the_end(qtbot):
    _multimedia_or_skip()
    player = AudioPlayer(require_device=False)
    for path in (PACKS / "words-en" / "media" / "cat-en.opus", PACKS / "words-ar" / "media" / "dots-3-ar.opus"):
        assert player.play(str(path))
        qtbot.waitUntil(lambda: player.media_status() == "EndOfMedia", timeout=10000)
        assert player.last_error == "", path.name


def test_a_damaged_sound_is_reported_not_raised(qtbot, tmp_path):
    _multimedia_or_skip()
    broken = tmp_path / "broken.opus"
    broken.write_bytes(b"OggS" + b"\x00" * 200)
    player = AudioPlayer(require_device=False)
    assert player.play(str(broken))
    qtbot.waitUntil(lambda: player.last_error != "" or player.media_status() == "InvalidMedia", timeout=10000)
    assert not player.is_playing()


def test_without_the_sound_part_the_button_is_disabled_and_says_why(qtbot, monkeypatch):
    # A None entry in sys.modules makes the import fail exactly as on an install without the Addons.
    monkeypatch.setitem(sys.modules, "PySide6.QtMultimedia", None)
    player = AudioPlayer()
    assert player.problem == NO_MULTIMEDIA and not player.available
    button = ListenButton(player)
    qtbot.addWidget(button)
    button.set_sound(str(PACKS / "words-en" / "media" / "cat-en.opus"))
    assert not button.isEnabled()
    assert "sound part" in button.toolTip()
    assert button.accessibleDescription() == button.toolTip()
    assert button.play() is False


def test_without_a_speaker_the_page_still_works(ui, monkeypatch):
    _multimedia_or_skip()
    from PySide6 import QtMultimedia

    monkeypatch.setattr(QtMultimedia.QMediaDevices, "audioOutputs", staticmethod(lambda: []))
    player = AudioPlayer()
    assert player.problem == NO_DEVICE
    practice = _practise_words(ui, player=player)
    answer_until(ui, practice, lambda item: _kind(item) == "listen", tries=40)
    button = practice.media_view.listen_button
    assert button.isVisible() and not button.isEnabled()
    assert "speakers" in button.toolTip()
    # The child still answers from the pictures, with the number keys.
    right = int(right_response(ui.services.practice.shown_rendering(practice.session_id)))
    QTest.keyClick(practice.answer_input.buttons[0], Qt.Key(Qt.Key.Key_1 + right))
    QTest.keyClick(practice.answer_input.buttons[right], Qt.Key.Key_Return)
    ui.settle()
    assert practice.state == "feedback" and practice.feedback.status == "correct"


def test_picture_choices_show_the_pictures_and_mark_the_right_one(ui):
    practice = _practise_words(ui)
    answer_until(ui, practice, lambda item: _kind(item) == "picture", tries=40)
    choices = practice.answer_input
    assert isinstance(choices, TileChoiceInput)
    assert not practice.media_view.isVisible()  # its pictures are on the buttons, not shown twice
    names = [c.removesuffix(".svg") for c in practice.item.choices]
    for number, (button, name) in enumerate(zip(choices.buttons, names, strict=True), start=1):
        assert isinstance(button, TileButton)
        assert not button.face.pixmap().isNull()
        assert button.face.pixmap().width() >= 120  # big enough for a child to see at 1024x600
        assert button.accessibleName() == f"{number}: {name}"
    # Pictures sit side by side.
    tops = {button.geometry().top() for button in choices.buttons}
    assert len(tops) == 1
    rendered = ui.services.practice.shown_rendering(practice.session_id)
    practice.answer_input.set_response(wrong_response(rendered))
    practice.check()
    ui.settle()
    assert practice.feedback.status == "incorrect"
    right = int(right_response(rendered))
    assert choices.buttons[right].property("outcome") == "right"
    assert practice.scroll.verticalScrollBar().maximum() == 0, "question, pictures and feedback fit 1024x600"


def test_a_picture_question_shows_its_picture_above_the_answer(ui):
    practice = _practise_words(ui, skill="food")
    answer_until(ui, practice, lambda item: _kind(item) == "name", tries=40)
    view = practice.media_view
    assert view.isVisible() and (view.listen_button is None or not view.listen_button.isVisible())
    (picture,) = view.pictures
    assert not picture.pixmap().isNull()
    assert isinstance(practice.answer_input, LineInput)
    QTest.keyClicks(practice.answer_input.edit, right_response(ui.services.practice.shown_rendering(practice.session_id)))
    QTest.keyClick(practice.answer_input.edit, Qt.Key.Key_Return)
    ui.settle()
    assert practice.feedback.status == "correct"


def test_arabic_listen_item_fits_and_reads_right_to_left(ui):
    practice = _practise_words(ui, language="ar", skill="colours")
    answer_until(ui, practice, lambda item: _kind(item) == "listen" and item.skill_id == "colours", tries=60)
    assert practice.media_view.listen_button.isVisible()
    buttons = practice.answer_input.buttons
    # Right to left: choice 1 is the rightmost tile.
    assert buttons[0].mapToGlobal(buttons[0].rect().center()).x() > buttons[-1].mapToGlobal(
        buttons[-1].rect().center()
    ).x()
    practice.answer_input.set_response(wrong_response(ui.services.practice.shown_rendering(practice.session_id)))
    practice.check()
    ui.settle()
    assert practice.scroll.verticalScrollBar().maximum() == 0


def test_every_bundled_picture_draws():
    for folder in (PACKS / "words-en", PACKS / "words-ar"):
        for path in sorted((folder / "media").glob("*.svg")):
            assert QSvgRenderer(str(path)).isValid(), path.name
            pixmap = media_pixmap(str(path), 64)
            assert pixmap is not None and not pixmap.isNull(), path.name
            image = pixmap.toImage()
            assert image.pixelColor(32, 32).alpha() > 0 or image.pixelColor(20, 20).alpha() > 0, path.name


def test_items_without_media_show_nothing_extra_and_start_no_sound(ui):
    practice = start_practice(ui)  # the maths pack: no pictures, no sound
    for _ in range(3):
        assert not practice.media_view.isVisibleTo(practice)
        assert practice.media_view.listen_button is None  # the sound backend was never started
        practice.answer_input.set_response(right_response(ui.services.practice.shown_rendering(practice.session_id)))
        practice.check()
        ui.settle()
        practice.next_item()
        ui.settle()
