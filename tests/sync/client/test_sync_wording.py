"""The clock warning in the sync status line: rounded to the nearest unit a person would say."""

from __future__ import annotations

import pytest

from app.services.sync_wording import CLOCK_TOLERANCE_SECONDS, clock_sentence

DAY = 86400.0


@pytest.mark.parametrize(
    ("offset", "sentence"),
    [
        (3 * DAY - 0.004, "This computer's clock is 3 days behind."),  # measured a few ms short
        (-(3 * DAY + 0.004), "This computer's clock is 3 days ahead."),
        (DAY - 30, "This computer's clock is 1 day behind."),
        (13 * 3600 + 5, "This computer's clock is 13 hours behind."),
        (-(2 * 3600 + 29 * 60), "This computer's clock is 2 hours ahead."),
        (10 * 60 + 20, "This computer's clock is 10 minutes behind."),
        (CLOCK_TOLERANCE_SECONDS, ""),
        (-1.0, ""),
    ],
)
def test_clock_offsets_read_as_a_person_would_say_them(offset: float, sentence: str) -> None:
    assert clock_sentence(offset) == sentence


def test_the_status_widget_and_the_sentence_say_the_same_count() -> None:
    from app.services.sync_wording import clock_unit

    assert clock_unit(3 * DAY - 0.004) == ("day", 3)
    assert clock_unit(-(13 * 3600 + 5)) == ("hour", 13)
    assert clock_unit(CLOCK_TOLERANCE_SECONDS) is None
