"""Dates in the UI language's own formats (app/ui/locale_dates.py), and no screen writing its own pattern.

A hard-coded "d MMMM" read "30 junio" in Spanish (it is "30 de junio") and put the day first in
English; every date shown now comes from the locale's long or short format.
"""

from __future__ import annotations

import ast
import re
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDateEdit, QDateTimeEdit

from app.ui.locale_dates import (
    coming_date,
    date_and_time,
    date_pattern,
    day_and_month,
    long_date,
    numeric_date,
    set_date_edit_language,
    short_day_and_month,
)

UI = Path(__file__).resolve().parents[2] / "app" / "ui"
JUNE_30 = date(2027, 6, 30)
ARABIC_DIGITS = re.compile("[٠-٩]")


@pytest.mark.parametrize(
    ("language", "long", "day_month", "short"),
    [
        ("en", "June 30, 2027", "June 30", "Jun 30"),
        ("es", "30 de junio de 2027", "30 de junio", "30 de jun"),
        ("fr", "30 juin 2027", "30 juin", "30 juin"),
        ("ar", "٣٠ يونيو ٢٠٢٧", "٣٠ يونيو", "٣٠ يونيو"),
    ],
)
def test_a_day_in_each_language_reads_as_that_language_writes_it(language, long, day_month, short) -> None:
    assert long_date(JUNE_30, language) == long
    assert day_and_month(JUNE_30, language) == day_month
    assert short_day_and_month(JUNE_30, language) == short


def test_arabic_dates_use_arabic_indic_digits_and_no_latin_ones() -> None:
    when = datetime(2027, 6, 30, 9, 5, tzinfo=UTC)
    for text in (long_date(JUNE_30, "ar"), numeric_date(JUNE_30, "ar"), date_and_time(when, "ar")):
        assert ARABIC_DIGITS.search(text) and not re.search("[0-9]", text), text


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        # The weekday and the year go with the words and commas that join them, whichever side.
        ("en_GB", "d MMMM"),
        ("de", "d. MMMM"),
        ("ru", "d MMMM"),  # "yyyy 'г'." : the year's own word goes with it
        ("zh", "M月d日"),  # the year first, 年 after it; the weekday after 日 without a separator
        ("ko", "MMMM d일"),
        ("tr", "d MMMM"),  # the weekday last
    ],
)
def test_the_day_and_month_pattern_is_cut_from_the_long_format_of_any_locale(language, expected) -> None:
    assert date_pattern(language, year=False) == expected


def test_a_due_date_this_year_leaves_the_year_out_and_another_year_names_it() -> None:
    assert coming_date(date(2027, 6, 30), "es", today=date(2027, 1, 5)) == "30 de junio"
    assert coming_date(date(2028, 1, 15), "es", today=date(2027, 12, 1)) == "15 de enero de 2028"
    assert coming_date(date(2028, 1, 15), "en", today=date(2027, 12, 1)) == "January 15, 2028"


def test_a_date_picker_shows_and_reads_the_language_s_own_words(qtbot) -> None:
    edit = QDateEdit()
    qtbot.addWidget(edit)
    edit.setDate(QDate(2027, 6, 30))
    for language, shown in (("es", "30 de junio de 2027"), ("en", "June 30, 2027"), ("ar", "٣٠ يونيو ٢٠٢٧")):
        set_date_edit_language(edit, language)
        assert edit.text() == shown
        assert edit.date() == QDate(2027, 6, 30), "the language changes how the date is shown, never the date"
    # The keyboard steps the month between the words ("de") of the Spanish pattern.
    set_date_edit_language(edit, "es")
    edit.setCurrentSection(QDateTimeEdit.Section.MonthSection)
    edit.stepUp()
    assert edit.date() == QDate(2027, 7, 30) and edit.text() == "30 de julio de 2027"


# -- no screen writes a date pattern of its own --------------------------------------------------------

_DATE_PATTERN = re.compile(r"\b(?:d{1,2}|M{3,4}|yy(?:yy)?)\b")


def _hard_coded_date_formats(path: Path) -> list[str]:
    """Calls in ``path`` that pass a literal date pattern to Qt (toString / setDisplayFormat / strftime)."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)):
            continue
        if node.func.attr not in {"toString", "setDisplayFormat", "strftime", "fromString"}:
            continue
        for argument in node.args:
            if isinstance(argument, ast.Constant) and isinstance(argument.value, str):
                if _DATE_PATTERN.search(argument.value):
                    found.append(f"{path.relative_to(UI.parent.parent)}:{node.lineno}: {argument.value!r}")
    return found


def test_no_screen_formats_a_date_with_a_pattern_of_its_own() -> None:
    found = [
        problem
        for path in sorted(UI.rglob("*.py"))
        if path.name != "locale_dates.py"
        for problem in _hard_coded_date_formats(path)
    ]
    assert not found, "format dates through app/ui/locale_dates.py:\n" + "\n".join(found)
