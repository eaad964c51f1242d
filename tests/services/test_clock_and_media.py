"""Hybrid logical clock ordering and the content-addressed media store."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from app.services.clock import HybridLogicalClock, parse_stamp
from app.services.media_store import MediaStore, extension_of


def test_clock_never_goes_back_even_when_the_wall_clock_does() -> None:
    wall = [1_000_000]
    clock = HybridLogicalClock("dev-a", now_ms=lambda: wall[0])
    first = clock.now()
    wall[0] -= 60_000  # someone set the PC's clock back a minute
    second = clock.now()
    third = clock.now()
    assert first < second < third
    assert parse_stamp(third) == (1_000_000, 2, "dev-a")


def test_clock_moves_past_observed_stamps_and_device_breaks_ties() -> None:
    ours = HybridLogicalClock("dev-a", now_ms=lambda: 5_000)
    theirs = HybridLogicalClock("dev-b", now_ms=lambda: 9_000)
    remote = theirs.now()
    ours.observe(remote)
    assert ours.now() > remote
    same_time_a = HybridLogicalClock("dev-a", now_ms=lambda: 7).now()
    same_time_b = HybridLogicalClock("dev-b", now_ms=lambda: 7).now()
    assert same_time_a < same_time_b  # a total order every device agrees on


def test_media_store_writes_content_addressed_files(tmp_path: Path) -> None:
    store = MediaStore(tmp_path / "media")
    data = b"<svg xmlns='http://www.w3.org/2000/svg'/>"
    sha = hashlib.sha256(data).hexdigest()
    path = store.write(data, sha, "svg")
    assert path == tmp_path / "media" / sha[:2] / f"{sha}.svg"
    assert path.read_bytes() == data and store.has(sha, "svg")
    assert [p.name for p in path.parent.iterdir()] == [path.name]  # no temporary file left behind
    with pytest.raises(ValueError):
        store.write(b"tampered", sha, "svg")
    store.remove(sha, "svg")
    assert not store.has(sha, "svg")


def test_extensions_are_sanitised() -> None:
    assert extension_of("Apple.PNG") == "png"
    assert extension_of("noext") == ""
    assert extension_of("weird.p/ng") == ""
