"""A hybrid logical clock for last-writer-wins profile fields.

A stamp is ``"<wall ms, 15 digits>-<counter, 6 digits>-<device id>"``: comparing stamps as text
orders them by physical time, then by the counter (for events in the same millisecond or after the
wall clock stepped back), then by device id as the tie-break, so every device picks the same winner.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable


def format_stamp(wall_ms: int, counter: int, device_id: str) -> str:
    """The text form of a stamp (sortable)."""
    return f"{wall_ms:015d}-{counter:06d}-{device_id}"


def parse_stamp(stamp: str) -> tuple[int, int, str]:
    """(wall ms, counter, device id) of a stamp made by format_stamp."""
    wall, counter, device = stamp.split("-", 2)
    return int(wall), int(counter), device


class HybridLogicalClock:
    """Issues stamps that never go backwards on this device and stay ahead of any stamp observed."""

    def __init__(self, device_id: str, now_ms: Callable[[], int] | None = None) -> None:
        self._device_id = device_id
        self._now_ms = now_ms or (lambda: time.time_ns() // 1_000_000)
        self._wall = 0
        self._counter = 0
        self._lock = threading.Lock()

    def now(self) -> str:
        """A new stamp for a local change."""
        with self._lock:
            physical = self._now_ms()
            if physical > self._wall:
                self._wall, self._counter = physical, 0
            else:
                self._counter += 1
            return format_stamp(self._wall, self._counter, self._device_id)

    def observe(self, stamp: str) -> None:
        """Move the clock past a stamp seen from elsewhere (e.g. a synced profile or the stored row)."""
        if not stamp:
            return
        wall, counter, _ = parse_stamp(stamp)
        with self._lock:
            if (wall, counter) > (self._wall, self._counter):
                self._wall, self._counter = wall, counter
