"""How long ago something happened, for a status line: "just now", "5 minutes ago", "2 days ago".

One wording for every line that says when something last worked (the learner PC's "Last synced …",
the hub's "Sent to the district …"), so the translations are made and kept in one place: the
"TimeAgo" context of the translation files. The count is written in the language's digits.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication

from app.ui.locale_text import locale_digits

MINUTE = 60
HOUR = 60 * MINUTE
DAY = 24 * HOUR


def _t(text: str, n: int = -1) -> str:
    return QCoreApplication.translate("TimeAgo", text, None, n)


def time_ago(then: datetime, now: datetime, language: str) -> str:
    """How long before ``now`` ``then`` was, in the UI language, floored to the largest whole unit
    ("59 minutes ago" until the hour is full). A ``then`` after ``now`` (a clock set back) is "just now"."""
    seconds = max(0.0, (now - then).total_seconds())
    if seconds < MINUTE:
        return _t("just now")
    if seconds < HOUR:
        text = _t("%n minute(s) ago", int(seconds // MINUTE))
    elif seconds < DAY:
        text = _t("%n hour(s) ago", int(seconds // HOUR))
    else:
        text = _t("%n day(s) ago", int(seconds // DAY))
    return locale_digits(text, language)
