"""Numbers, times and dates in a report, in the teacher's language: digits, grouping, signs and
month names from QLocale (Arabic-Indic digits in Arabic, as the Arabic packs write them).

Qt writes the count of a translated plural sentence ("%n answers") with Latin digits; ``counted``
rewrites that sentence's digits before anything else is put into it, so one sentence never mixes
two kinds of digits (``app.ui.locale_text``).
"""

from __future__ import annotations

from datetime import UTC, date, datetime

from PySide6.QtCore import QCoreApplication, QLocale

from app.ui.locale_dates import date_and_time, numeric_date
from app.ui.locale_text import locale_digits, whole_number


def _tr(text: str, n: int = -1) -> str:
    return QCoreApplication.translate("ReportFormat", text, None, n)


def locale_for(language: str) -> QLocale:
    """The locale that writes numbers and dates for ``language``."""
    return QLocale(language)


def number(value: int | float, language: str) -> str:
    """A whole number with the locale's digits and grouping, e.g. 1,204 (1 204 in French, ١٬٢٠٤ in Arabic)."""
    return whole_number(value, language)


def counted(sentence: str, language: str) -> str:
    """A translated plural sentence (its %n already filled by Qt) with the locale's digits.

    Call it before names or titles are put into the sentence: only the sentence's own count changes.
    """
    return locale_digits(sentence, language)


def percent(share: float | None, language: str) -> str:
    """A share 0..1 as a whole percentage ("62 %"); "–" when unknown."""
    if share is None:
        return "–"
    # Arabic's percent sign comes with an Arabic letter mark (U+061C) that common fonts lack: the fallback
    # font drawing it made the line taller than the list rows measured, so the row's text was cut with "…".
    # Inside Arabic sentences the mark changes nothing.
    sign = locale_for(language).percent().replace("\u061c", "")
    return f"{number(share * 100, language)} {sign}"


def short_date(when: date, language: str) -> str:
    """A calendar day in the locale's short numeric form, the locale's digits (``locale_dates``)."""
    return numeric_date(when, language)


def duration(minutes: float, language: str) -> str:
    """Time on task: "45 min" under an hour, else "6 h 20 min"."""
    total = int(round(minutes))
    hours, rest = divmod(total, 60)
    if hours == 0:
        return _tr("%1 min").replace("%1", number(rest, language))
    return _tr("%1 h %2 min").replace("%1", number(hours, language)).replace("%2", number(rest, language))


def day(when: datetime | None, language: str) -> str:
    """A date in the locale's short form without the time; "–" for none."""
    if when is None:
        return "–"
    return short_date(when.astimezone().date(), language)


def days_ago(when: datetime | None, now: datetime, language: str = "en") -> str:
    """How long ago, in whole days: "today", "yesterday", "12 days ago"; "never" for none."""
    if when is None:
        return _tr("never")
    days = int((now.astimezone(UTC) - when.astimezone(UTC)).total_seconds() // 86400)
    if days <= 0:
        return _tr("today")
    if days == 1:
        return _tr("yesterday")
    return counted(_tr("%n day(s) ago", days), language)


def generated(when: datetime, language: str) -> str:
    """When a report was made, for the top of an export: date and time in the locale's short form."""
    return date_and_time(when, language)


def facts(pack_title: str, learners: int | None, when: datetime, language: str) -> list[str]:
    """The lines under an exported report's title: the pack, how many learners (unless None), when it was made."""
    lines = [_tr("Content pack: %1").replace("%1", pack_title)]
    if learners is not None:
        lines.append(counted(_tr("%n learner(s)", learners), language))
    lines.append(_tr("Made on %1").replace("%1", generated(when, language)))
    return lines
