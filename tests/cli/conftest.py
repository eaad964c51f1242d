"""Fixtures shared by the tests that run `sabil serve` as a real process."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.cli.test_serve_refit import HeadlessHub


@pytest.fixture
def hubs() -> Iterator[list[HeadlessHub]]:
    """Every hub a test starts is killed afterwards if still running, even when the test failed."""
    started: list[HeadlessHub] = []
    yield started
    for hub in started:
        if hub.process.poll() is None:
            hub.process.kill()
            hub.process.wait(10)
