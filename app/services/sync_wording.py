"""Sync in sentences a person understands (English; the UI translates from the same fields).

"Last synced 10 minutes ago · 132 answers waiting". A failure after a success never hides the
success, and a success clears the failure: the line never says "failed" when the last sync worked.
"""

from __future__ import annotations

from datetime import datetime

# Beyond this gap between the server's clock and ours, the device clock is called wrong.
CLOCK_TOLERANCE_SECONDS = 5 * 60

_ERROR_SENTENCES = {
    "not_enrolled": "This computer is not connected to a class hub yet.",
    "unreachable": "The class hub could not be reached; Sabil will try again.",
    "timeout": "The class hub did not answer in time; Sabil will try again.",
    "tls": "The class hub's certificate changed; enrol this computer again with a new code.",
    "fingerprint_mismatch": "That server is not the class hub the code was made for; nothing was sent.",
    "insecure_url": "A class hub on another computer must use an https address.",
    "invalid_token": "The class hub no longer knows this computer; enrol it again with a new code.",
    "token_revoked": "A teacher removed this computer from the class hub; enrol it again with a new code.",
    "invalid_code": "That enrolment code is wrong, expired or used up; ask the teacher for a new one.",
    "device_revoked": "A teacher removed this computer from the class hub; ask for a new code.",
    "already_enrolled": "This computer belongs to another school on that server.",
    "out_of_scope": "The class hub refused learners of another school; nothing from that batch was stored.",
    "server_error": "The class hub had a problem; Sabil will try again.",
    "bad_answer": "The class hub sent something Sabil does not understand; update Sabil on both computers.",
    "data": "The class hub sent answers Sabil cannot store; update Sabil on both computers.",
}


# A class hub talking to the district server above it: the same failures, named for what is far away.
_RELAY_SENTENCES = {
    "unreachable": "The district server could not be reached; Sabil will try again.",
    "timeout": "The district server did not answer in time; Sabil will try again.",
    "tls": "The district server's certificate changed; connect this hub again with a new code.",
    "fingerprint_mismatch": "That server is not the district server the code was made for; nothing was sent.",
    "insecure_url": "A district server on another computer must use an https address.",
    "invalid_token": "The district server no longer knows this hub; connect it again with a new code.",
    "token_revoked": "The district removed this hub; connect it again with a new code.",
    "out_of_scope": "The district server refused learners of another school; nothing from that page was stored.",
    "server_error": "The district server had a problem; Sabil will try again.",
    "bad_answer": "The district server sent something Sabil does not understand; update Sabil on both computers.",
    "data": "The district server sent answers this hub cannot store; update Sabil on both computers.",
}


def relay_error_sentence(code: str, fallback: str) -> str:
    """The sentence for a failure between a class hub and its district server."""
    return _RELAY_SENTENCES.get(code) or error_sentence(code, fallback)


def error_sentence(code: str, fallback: str) -> str:
    """The sentence for a failure code (the given message when the code has no sentence of its own)."""
    return _ERROR_SENTENCES.get(code, fallback)


def ago(then: datetime, now: datetime) -> str:
    """"just now", "10 minutes ago", "3 hours ago", "2 days ago"."""
    seconds = max(0.0, (now - then).total_seconds())
    if seconds < 60:
        return "just now"
    for unit, size in (("day", 86400), ("hour", 3600), ("minute", 60)):
        if seconds >= size:
            count = int(seconds // size)
            return f"{count} {unit}{'' if count == 1 else 's'} ago"
    return "just now"


def answers_phrase(waiting: int) -> str:
    """"132 answers waiting" / "1 answer waiting" / "everything sent"."""
    if waiting == 0:
        return "everything sent"
    return f"{waiting} answer{'' if waiting == 1 else 's'} waiting"


def clock_unit(offset_seconds: float) -> tuple[str, int] | None:
    """How far off the clock is as a person would say it: ("day", 3), ("hour", 13), ("minute", 10); None
    within the tolerance. Offset is server time minus ours. Shared by the service's sentence and the UI's."""
    size = abs(offset_seconds)
    if size <= CLOCK_TOLERANCE_SECONDS:
        return None
    for unit, length in (("day", 86400), ("hour", 3600), ("minute", 60)):
        # Nearest, not floor: an offset measured a few milliseconds under 3 days is "3 days", not "2".
        if size >= length * 0.99:
            return unit, max(1, round(size / length))
    return None


def clock_sentence(offset_seconds: float) -> str:
    """"This computer's clock is 3 days behind." — offset is server time minus ours; "" when fine."""
    found = clock_unit(offset_seconds)
    if found is None:
        return ""
    unit, count = found
    direction = "behind" if offset_seconds > 0 else "ahead"
    return f"This computer's clock is {count} {unit}{'' if count == 1 else 's'} {direction}."


def status_line(
    *,
    enrolled: bool,
    last_success: datetime | None,
    last_attempt: datetime | None,
    waiting: int,
    error: str,
    clock_offset: float,
    now: datetime,
) -> str:
    """The one status line: when it last worked, what is waiting, then any problem and clock warning."""
    if not enrolled:
        parts = [_ERROR_SENTENCES["not_enrolled"]]
        if waiting:
            parts.append(answers_phrase(waiting).capitalize() + ".")
        return " ".join(parts)
    head = f"Last synced {ago(last_success, now)}" if last_success else "Not synced yet"
    return _line(head, waiting, error, last_success, last_attempt, clock_offset)


def relay_status_line(
    *,
    enrolled: bool,
    last_success: datetime | None,
    last_attempt: datetime | None,
    waiting: int,
    error: str,
    clock_offset: float,
    now: datetime,
) -> str:
    """A class hub's line about its district server: "Sent to the district 5 minutes ago · 120 answers waiting"."""
    head = f"Sent to the district {ago(last_success, now)}" if last_success else "Not sent to the district yet"
    return _line(head, waiting, error, last_success, last_attempt, clock_offset)


def _line(
    head: str,
    waiting: int,
    error: str,
    last_success: datetime | None,
    last_attempt: datetime | None,
    clock_offset: float,
) -> str:
    parts = [f"{head} · {answers_phrase(waiting)}"]
    # An error older than the last success is history, not a problem: never "failed" when it worked.
    failed_since = error and (last_success is None or (last_attempt is not None and last_attempt > last_success))
    if failed_since:
        parts.append(error)
    clock = clock_sentence(clock_offset)
    if clock:
        parts.append(clock)
    return " · ".join(parts)
