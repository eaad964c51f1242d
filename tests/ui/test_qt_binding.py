"""The Qt binding itself must survive the app's signal traffic (a worker emits on every service call)."""

from __future__ import annotations

import subprocess
import sys

EMIT_MANY = """
from PySide6.QtCore import QObject, Signal

class Pinger(QObject):
    ping = Signal(object)

pinger = Pinger()
pinger.ping.connect(lambda value: None)
for n in range(20000):
    pinger.ping.emit(n)
print("emitted")
"""


def test_many_python_side_emits_do_not_crash_the_interpreter() -> None:
    # PySide6 6.12.0 on Python 3.11 aborts here ("bool_dealloc") after a few hundred emits.
    result = subprocess.run([sys.executable, "-c", EMIT_MANY], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.strip() == "emitted"
