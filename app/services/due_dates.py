"""Due dates of plans and goals: a calendar date or none."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from app.services.errors import ValidationError


def check_due_date(value: Any) -> date | None:
    """``value`` if it is a date or None; ValidationError ``bad_date`` otherwise.

    A datetime is refused too: a due date is a day, and a time of day would make it depend on the
    computer's time zone.
    """
    if value is None or (isinstance(value, date) and not isinstance(value, datetime)):
        return value
    raise ValidationError("bad_date", "A due date is a calendar date (year, month, day) or nothing.")
