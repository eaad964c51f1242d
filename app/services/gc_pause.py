"""Two process-wide settings a big pack import changes while it runs, and puts back after.

- The cyclic garbage collector is paused: parsing and validating a 20,000-item pack.json makes about
  a million small objects and no reference cycles, and the collector's repeated passes over them
  were a fifth of the import. Memory is still freed by reference counting as usual; the collector
  runs again as soon as the last import ends.
- Threads switch more often: the media pass's threads wait for the interpreter lock after each
  read, hash and write, while the importing thread validates in pure Python and would keep the lock
  for the default 5 ms each time. At 0.5 ms the disk work is not held up by the validation.

Both are reference-counted, so imports on two threads (the app and a test) nest correctly.
"""

from __future__ import annotations

import gc
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager

IMPORT_SWITCH_INTERVAL = 0.0005  # seconds; Python's default is 0.005

_lock = threading.Lock()
_gc_holders = 0
_gc_was_enabled = False
_switch_holders = 0
_switch_before = 0.0


@contextmanager
def gc_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector for the block (restored when the last holder leaves)."""
    global _gc_holders, _gc_was_enabled
    with _lock:
        if _gc_holders == 0:
            _gc_was_enabled = gc.isenabled()
            gc.disable()
        _gc_holders += 1
    try:
        yield
    finally:
        with _lock:
            _gc_holders -= 1
            if _gc_holders == 0 and _gc_was_enabled:
                gc.enable()


@contextmanager
def faster_thread_switches(interval: float = IMPORT_SWITCH_INTERVAL) -> Iterator[None]:
    """Let waiting threads take the interpreter lock sooner for the block (restored after)."""
    global _switch_holders, _switch_before
    with _lock:
        if _switch_holders == 0:
            _switch_before = sys.getswitchinterval()
            sys.setswitchinterval(min(interval, _switch_before))
        _switch_holders += 1
    try:
        yield
    finally:
        with _lock:
            _switch_holders -= 1
            if _switch_holders == 0:
                sys.setswitchinterval(_switch_before)
