"""Time-ordered unique ids (UUIDv7, RFC 9562).

Events are keyed by UUIDv7 so that ids from many devices merge without coordination and still
sort roughly by creation time. Within one process the ids are strictly increasing even when many
are made in the same millisecond (RFC 9562 section 6.2, method 2: the random bits of the previous
id are incremented), so an id made later never sorts before one made earlier here.
"""

from __future__ import annotations

import os
import threading
import time
import uuid

_RAND_BITS = 74  # 12 bits of rand_a + 62 bits of rand_b
_RAND_MASK = (1 << _RAND_BITS) - 1
# Increment by a random step below 2**32 so the next id is not guessable from the last one,
# while leaving ample room (2**74) before the random field overflows within one millisecond.
_STEP_BITS = 32

_lock = threading.Lock()
_last_ms = -1
_last_rand = 0


def _next_fields() -> tuple[int, int]:
    """Return (unix_ms, 74 random bits) strictly greater than the previous call's pair."""
    global _last_ms, _last_rand
    with _lock:
        now_ms = time.time_ns() // 1_000_000
        if now_ms > _last_ms:
            ms, rand = now_ms, int.from_bytes(os.urandom(10), "big") & _RAND_MASK
        else:
            # Same millisecond (or the clock stepped back): keep the last timestamp and count up.
            ms = _last_ms
            rand = _last_rand + 1 + (int.from_bytes(os.urandom(4), "big") & ((1 << _STEP_BITS) - 1))
            if rand > _RAND_MASK:
                ms, rand = ms + 1, int.from_bytes(os.urandom(10), "big") & (_RAND_MASK >> 1)
        _last_ms, _last_rand = ms, rand
        return ms, rand


def uuid7_int() -> int:
    """A new UUIDv7 as a 128-bit integer."""
    ms, rand = _next_fields()
    rand_a = rand >> 62  # top 12 bits
    rand_b = rand & ((1 << 62) - 1)
    return (ms & ((1 << 48) - 1)) << 80 | 0x7 << 76 | rand_a << 64 | 0b10 << 62 | rand_b


def uuid7() -> str:
    """A new UUIDv7 in canonical lower-case hyphenated text form (36 characters)."""
    return str(uuid.UUID(int=uuid7_int()))


def uuid7_time_ms(value: str) -> int:
    """The Unix time in milliseconds embedded in a UUIDv7 string."""
    return uuid.UUID(value).int >> 80
