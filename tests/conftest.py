"""Shared test set-up: no display, and every test that touches data gets its own data directory.

Also two things that keep `make test` (pytest-xdist, ``--dist loadgroup``) inside its time budget
without running any test differently:

- ``pytest_collection_modifyitems`` sends every test that shares an expensive fixture to one xdist
  worker, so the fixture is built once per run instead of once per worker;
- ``pytest_runtest_teardown`` keeps the garbage collector from re-scanning the whole test process
  after every test.
"""

from __future__ import annotations

import gc
import os
from collections.abc import Iterator

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# Session fixtures that take many seconds to build (measured on the 2-core machine): every bundled
# template rendered for 200 seeds (~20 s), the 30-learner demo class of the report screens (~14 s).
# Module-scoped fixtures are grouped by their module without being listed here.
SHARED_SESSION_FIXTURES = ("rendered", "class_template")

# After this many tests the frozen objects are thawed and collected once (see below).
THAW_EVERY = 100

_tests_since_thaw = 0


@pytest.hookimpl(tryfirst=True)
def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Mark the tests that share an expensive fixture with one ``xdist_group``.

    With ``--dist load`` the tests of a module alternate between the workers, so each worker builds
    every session and module fixture again (two workers: twice the work for the same tests). Under
    ``--dist loadgroup`` a group is one unit of work for one worker, and xdist hands out the largest
    units first, so they never make the tail. Runs first: xdist's own hook reads the marks.
    """
    if not config.pluginmanager.hasplugin("xdist"):
        return
    for item in items:
        group = _shared_fixture_group(item)
        if group is not None:
            item.add_marker(pytest.mark.xdist_group(group))
            if config.getoption("loadgroup", default=False):
                _name_group_in_node_id(item, group)


def _name_group_in_node_id(item: pytest.Item, group: str) -> None:
    """Append ``@group`` to the test's id: the controller groups tests by that suffix alone.

    xdist 3.8's own hook writes the suffix into ``Item._nodeid``, which pytest 9.2 no longer reads (the
    id became a structured ``NodeId``), so without this every marked test is scheduled alone.
    """
    try:
        from _pytest.nodeid import NodeId
    except ImportError:  # older pytest: xdist's own hook appends the suffix
        return
    if not item.nodeid.endswith(f"@{group}"):
        item._id = NodeId.parse(f"{item.nodeid}@{group}")


def _shared_fixture_group(item: pytest.Item) -> str | None:
    """The group of the expensive fixture ``item`` uses: a listed session fixture, else its module's."""
    info = getattr(item, "_fixtureinfo", None)
    if info is None:
        return None
    definitions = info.name2fixturedefs
    for name in SHARED_SESSION_FIXTURES:
        if name in definitions:
            # Named by where the fixture is defined: another folder may reuse the name for another fixture.
            return f"{definitions[name][-1].baseid}:{name}"
    if any(defs[-1].scope in ("module", "class") for defs in definitions.values()):
        return item.nodeid.split("::", 1)[0]
    return None


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
