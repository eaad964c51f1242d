"""A pack card's details line ("Version 1.0.0 · English · 395.0 kB · Publisher: …") in the UI language's way
of parting a line: in Arabic by the Arabic comma, since a middle dot beside the size's Arabic-Indic digits
reads as a zero ("٣٩٥٫٠ · ..." looked like ٣٩٥٫٠٠)."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from app.ui.pack_cards import details_text
from tests.ui.packs_helpers import open_teacher_mode
from tests.ui.wrapped_lines import assert_lines_drawn_within


@pytest.mark.parametrize("language", ["en", "fr", "es"])
def test_latin_script_languages_part_the_details_with_a_middle_dot(qapp, language) -> None:
    text = details_text("1.2.0", "en", 2_400_000, "Sabil", language)
    assert text.count(" · ") == 3, text


def test_arabic_parts_the_details_with_the_arabic_comma_not_a_dot(qapp) -> None:
    text = details_text("1.2.0", "en", 395_000, "Sabil", "ar")
    assert "·" not in text
    assert text.count("، ") == 3, text
    assert "٣٩٥" in text, "the size in Arabic-Indic digits"


def test_the_arabic_packs_screen_shows_no_middle_dot_beside_its_digits(ui) -> None:
    ui.window.default_language = "ar"  # teacher mode speaks the computer's language
    ui.languages.apply("ar")
    page = open_teacher_mode(ui)
    QApplication.processEvents()
    assert page.installed_cards, "the bundled packs are listed"
    for card in page.installed_cards:
        details = card.details_label.text()
        assert "·" not in details and "، " in details, details
        assert "·" not in card.accessibleName()


def test_the_arabic_cards_lines_are_drawn_inside_their_labels(ui) -> None:
    """Right to left, QPainter.drawText put a wrapped line a space too far left: the first card's
    details ("…الناشر: Sabil" / "project") lost their left edge."""
    ui.window.default_language = "ar"
    ui.languages.apply("ar")
    page = open_teacher_mode(ui)
    QApplication.processEvents()
    for card in page.installed_cards:
        for label in (card.title_label, card.details_label, card.trust_label):
            assert label.isRightToLeft()
            assert_lines_drawn_within(label)
