"""Emit Qt signals from Python without corrupting reference counts.

PySide6 6.12 on Python 3.11 returns the result of ``SignalInstance.emit()`` (``True``/``False``)
without taking a reference, so every Python-side emit drops one reference to ``True``; after
enough emits the interpreter aborts ("bool_dealloc: deallocating True or False"). Python 3.12+
makes booleans immortal, which hides the bug there. ``emit()`` checks once whether the running
PySide has the bug and, if so, gives the reference back. All UI code emits through it.
"""

from __future__ import annotations

import ctypes
import sys
from typing import Any

from PySide6.QtCore import QObject, Signal, SignalInstance

_PROBES = 16
_leaks: bool | None = None


class _Probe(QObject):
    ping = Signal()


def _emit_leaks_reference() -> bool:
    probe = _Probe()
    probe.ping.connect(lambda: None)
    result = probe.ping.emit()
    before = sys.getrefcount(result)
    for _ in range(_PROBES):
        probe.ping.emit()
    after = sys.getrefcount(result)
    leaks = before - after >= _PROBES
    if leaks:
        for _ in range(_PROBES + 1):  # give back what the probe itself took (including the first emit)
            ctypes.pythonapi.Py_IncRef(ctypes.py_object(result))
    return leaks


def emits_leak_references() -> bool:
    """True when this PySide build has the emit reference bug (checked once)."""
    global _leaks
    if _leaks is None:
        _leaks = _emit_leaks_reference()
    return _leaks


def emit(signal: SignalInstance, *args: Any) -> None:
    """``signal.emit(*args)``, compensating for the PySide reference bug when present."""
    result = signal.emit(*args)
    if emits_leak_references():
        ctypes.pythonapi.Py_IncRef(ctypes.py_object(result))
