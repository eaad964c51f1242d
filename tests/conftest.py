"""Shared test set-up: no display, and every test that touches data gets its own data directory.

Also keeps Python's garbage collector from re-scanning the whole test process after every test: see
``pytest_runtest_teardown``.
"""

from __future__ import annotations

import gc
import os
from collections.abc import Iterator

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# After this many tests the frozen objects are thawed and collected once (see below).
THAW_EVERY = 100

_tests_since_thaw = 0


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_teardown(item: pytest.Item, nextitem: pytest.Item | None) -> Iterator[None]:
    """After each test: collect its garbage, then freeze what survives out of later collections.

    A worker process holds half a million objects and more (imported libraries, session fixtures:
    rendered packs, demo classes, schemathesis schemas), and the app's GUI-thread collector runs full
    collections (every ServiceWorker.shutdown, every tenth timer tick), each scanning all of them:
    seconds per UI test on a loaded machine. Frozen objects are skipped by the collector, so each
    collection only scans what the running test made. The test's own garbage is still collected
    (here, before freezing), and every THAW_EVERY tests everything is thawed and collected once, so
    cycles that died after being frozen (module fixtures) do not pile up.
    """
    global _tests_since_thaw
    yield
    _tests_since_thaw += 1
    if _tests_since_thaw >= THAW_EVERY:
        _tests_since_thaw = 0
        gc.unfreeze()
    gc.collect()
    gc.freeze()
