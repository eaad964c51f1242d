"""Dates as a person reads them in their language, from the locale's own formats: "June 30, 2027",
"30 de junio de 2027", "30 juin 2027", "٣٠ يونيو ٢٠٢٧" (the locale's month names and digits).

Every date the UI shows goes through here. A pattern written in the code ("d MMMM") is right in one
language only: Spanish puts "de" between day and month, English (US) the month first. Qt knows each
locale's long and short formats but has no "day and month" one, so the shorter forms are cut from the
long format: its weekday, then its year, each with the words and punctuation that join it to the rest
(", " in English, " de " in Spanish).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime

from PySide6.QtCore import QDate, QLocale, QTime
from PySide6.QtWidgets import QDateEdit

# A Qt date format: a run of one pattern letter, a quoted literal ('de', '' for a quote) or any other
# character (spaces, commas, letters of other scripts).
_TOKEN = re.compile(r"d+|M+|y+|'(?:[^']|'')*'|.", re.DOTALL)
_FIELD = re.compile(r"d+|M+|y+")


@dataclass(frozen=True)
class _Part:
    text: str
    field: bool

    @property
    def weekday(self) -> bool:
        return self.field and self.text.startswith("ddd")

    @property
    def year(self) -> bool:
        return self.field and self.text.startswith("y")


def locale_for(language: str) -> QLocale:
    """The locale that writes dates for ``language`` (the same one ``locale_text`` writes numbers with)."""
    return QLocale(language)


def _parts(pattern: str) -> list[_Part]:
    """The pattern as fields and the literal text between them (adjacent literals joined)."""
    parts: list[_Part] = []
    for token in _TOKEN.findall(pattern):
        field = bool(_FIELD.fullmatch(token))
        if not field and parts and not parts[-1].field:
            parts[-1] = _Part(parts[-1].text + token, False)
        else:
            parts.append(_Part(token, field))
    return parts


def _is_separator(part: _Part) -> bool:
    """A literal of spaces and punctuation only (", ", "، "), not a word such as 'de' or 日."""
    return not part.field and not any(char.isalpha() for char in part.text)


def _without_weekday(parts: list[_Part]) -> list[_Part]:
    """``parts`` without the weekday and the punctuation that parts it from the rest ("dddd, ")."""
    kept = list(parts)
    for index in reversed([i for i, part in enumerate(kept) if part.weekday]):
        del kept[index]
        if index > 0 and _is_separator(kept[index - 1]):
            del kept[index - 1]
        elif index < len(kept) and _is_separator(kept[index]):
            del kept[index]
    return _trimmed(kept)


def _without_year(parts: list[_Part]) -> list[_Part]:
    """``parts`` without the year and the words that join it to the rest: " 'de' " before it in
    Spanish, 年 after it in Chinese (the year comes first there), " 'г'." after it in Russian."""
    kept = list(parts)
    for index in reversed([i for i, part in enumerate(kept) if part.year]):
        first = not any(part.field for part in kept[:index])
        last = not any(part.field for part in kept[index + 1:])
        del kept[index]
        if (first or last) and index < len(kept) and not kept[index].field:
            del kept[index]
        if not first and index > 0 and not kept[index - 1].field:
            del kept[index - 1]
    return _trimmed(kept)


def _trimmed(parts: list[_Part]) -> list[_Part]:
    """Without a stray comma or space at either end (a word such as 日 stays)."""
    kept = list(parts)
    while kept and _is_separator(kept[0]):
        del kept[0]
    while kept and _is_separator(kept[-1]):
        del kept[-1]
    return kept


def date_pattern(language: str, *, year: bool = True, short_month: bool = False) -> str:
    """The Qt format of a date without its weekday in ``language``'s own words and order.

    ``year=False`` gives the day and month ("MMMM d" in English, "d 'de' MMMM" in Spanish);
    ``short_month`` abbreviates the month ("MMM d"). Fit for ``QDateEdit.setDisplayFormat`` too.
    """
    parts = _without_weekday(_parts(locale_for(language).dateFormat(QLocale.FormatType.LongFormat)))
    if not year:
        parts = _without_year(parts)
    pattern = "".join(part.text for part in parts).strip()
    if short_month:
        pattern = pattern.replace("MMMM", "MMM")
    return pattern


def _qdate(when: date) -> QDate:
    return QDate(when.year, when.month, when.day)


def long_date(when: date, language: str) -> str:
    """A day with its month in words and its year: "June 30, 2027", "30 de junio de 2027", "٣٠ يونيو ٢٠٢٧"."""
    return locale_for(language).toString(_qdate(when), date_pattern(language))


def day_and_month(when: date, language: str) -> str:
    """A day and its month in words, no year: "June 30", "30 de junio", "30 juin", "٣٠ يونيو"."""
    return locale_for(language).toString(_qdate(when), date_pattern(language, year=False))


def short_day_and_month(when: date, language: str) -> str:
    """A day and its abbreviated month, for tight spaces (a chart's axis, a week's range): "Nov 17", "17 nov"."""
    return locale_for(language).toString(_qdate(when), date_pattern(language, year=False, short_month=True))


def coming_date(when: date, language: str, today: date | None = None) -> str:
    """A due date: day and month when it falls in the current year ("June 30"), else with its year too."""
    today = today or date.today()
    return day_and_month(when, language) if when.year == today.year else long_date(when, language)


def numeric_date(when: date, language: str) -> str:
    """A day in the locale's short numeric form ("6/30/27", "30/06/2027", "٣٠‏/٦‏/٢٠٢٧"), for tables."""
    return locale_for(language).toString(_qdate(when), QLocale.FormatType.ShortFormat)


def date_and_time(when: datetime, language: str) -> str:
    """A moment in this computer's time zone: the short numeric date and the short time ("6/30/27 3:04 PM")."""
    local = when.astimezone()
    locale = locale_for(language)
    clock = locale.toString(QTime(local.hour, local.minute), QLocale.FormatType.ShortFormat)
    return f"{numeric_date(local.date(), language)} {clock}"


def set_date_edit_language(edit: QDateEdit, language: str) -> None:
    """Let ``edit`` show and read dates in ``language``: its month names, digits and order, with the year
    ("30 de junio de 2027"), never a row of numbers a person has to decode."""
    edit.setLocale(locale_for(language))
    edit.setDisplayFormat(date_pattern(language))
