"""The subject buttons on Home keep every pack title whole at 1024×600, in every language: when the
titles are long (Spanish, French) the buttons wrap onto a second row instead of being cut off."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint

from tests.ui.conftest import make_learner


@pytest.mark.parametrize("language", ["en", "es", "fr", "ar"])
def test_every_subject_title_is_shown_whole_inside_the_window(ui, language: str) -> None:
    make_learner(ui, "Amira", language=language)
    next(b for b in ui.window.picker.learner_buttons if b.text() == "Amira").click()
    ui.settle()
    home = ui.window.home
    buttons = [b for b in home.pack_buttons if b.isVisibleTo(home)]
    assert len(buttons) >= 3
    window = ui.window.rect()
    for button in buttons:
        # Cut-off text is a button narrower than the text it needs.
        assert button.width() >= button.sizeHint().width(), button.text()
        top_left = button.mapTo(ui.window, QPoint(0, 0))
        assert window.contains(top_left) and window.contains(top_left + QPoint(button.width() - 1, 0)), button.text()
    # Nothing overlaps, and Continue stays below the subjects.
    rects = [b.geometry() for b in buttons]
    assert not any(a.intersects(b) for i, a in enumerate(rects) for b in rects[i + 1:])
    continue_top = home.continue_button.mapTo(ui.window, QPoint(0, 0)).y()
    assert all(b.mapTo(ui.window, QPoint(0, b.height())).y() <= continue_top for b in buttons)
    if language == "ar":
        # Right to left: the first subject is at the right.
        assert buttons[0].mapTo(ui.window, QPoint(0, 0)).x() > buttons[-1].mapTo(ui.window, QPoint(0, 0)).x()
