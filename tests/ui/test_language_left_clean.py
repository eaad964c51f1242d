"""A UI test that switches the language leaves no translator behind for the next test in its process.

The ``ui`` fixture once switched back to English at teardown, which installed English's translator (its
file gives the plural forms): tests run after it in the same process, such as the sync status widget's
("3 answer(s) waiting", no translator), then read "3 answers waiting". The two tests here run in this
order on one process: they share a module fixture, and tests/conftest.py sends such a module's tests to one
xdist worker as one unit.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, Qt


@pytest.fixture(scope="module")
def one_process() -> None:
    """Keeps this module's tests together, in order, on one test process (see the module's docstring)."""


def _answers_waiting(count: int) -> str:
    return QCoreApplication.translate("SyncStatusWidget", "%n answer(s) waiting", None, count)


def test_a_test_that_switches_to_arabic_then_back_to_english(one_process, ui, qapp) -> None:
    assert ui.languages.apply("ar") is True
    assert qapp.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert ui.languages.apply("en") is True
    assert _answers_waiting(3) == "3 answers waiting", "English's translator gives the plural forms"


def test_the_next_test_starts_with_no_translator_and_left_to_right(one_process, qapp) -> None:
    assert _answers_waiting(3) == "3 answer(s) waiting"
    assert qapp.layoutDirection() == Qt.LayoutDirection.LeftToRight
