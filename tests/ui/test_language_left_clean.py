"""A UI test that switches the language leaves no translator behind for the next test in its process.

The ``ui`` fixture once switched back to English at teardown, which installed English's translator (its
file gives the plural forms): tests run after it in the same process, such as the sync status widget's
("3 answer(s) waiting", no translator), then read "3 answers waiting". The two tests here run in this
order on one process (one xdist group).
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, Qt

pytestmark = pytest.mark.xdist_group("language-left-clean")


def _answers_waiting(count: int) -> str:
    return QCoreApplication.translate("SyncStatusWidget", "%n answer(s) waiting", None, count)


def test_a_test_that_switches_to_arabic_then_back_to_english(ui, qapp) -> None:
    assert ui.languages.apply("ar") is True
    assert qapp.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert ui.languages.apply("en") is True
    assert _answers_waiting(3) == "3 answers waiting", "English's translator gives the plural forms"


def test_the_next_test_starts_with_no_translator_and_left_to_right(qapp) -> None:
    assert _answers_waiting(3) == "3 answer(s) waiting"
    assert qapp.layoutDirection() == Qt.LayoutDirection.LeftToRight
