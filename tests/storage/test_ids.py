"""UUIDv7: RFC 9562 layout and strict ordering."""

from __future__ import annotations

import re
import time
import uuid

from app.storage.ids import uuid7, uuid7_time_ms

CANONICAL = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$")


def test_format_version_and_variant() -> None:
    value = uuid7()
    assert CANONICAL.match(value), value
    parsed = uuid.UUID(value)
    assert parsed.version == 7
    assert parsed.variant == uuid.RFC_4122


def test_embedded_timestamp_is_now() -> None:
    before = time.time_ns() // 1_000_000
    value = uuid7()
    after = time.time_ns() // 1_000_000
    assert before <= uuid7_time_ms(value) <= after + 1


def test_strictly_increasing_within_a_millisecond() -> None:
    values = [uuid7() for _ in range(20_000)]
    assert values == sorted(values)
    assert len(set(values)) == len(values)
    # Many ids share a millisecond, so the ordering is not just the clock's doing.
    assert len({uuid7_time_ms(v) for v in values}) < len(values)
