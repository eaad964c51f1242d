"""The Qt binding must survive the app's signal traffic (the worker emits on every service call)."""

from __future__ import annotations

import subprocess
import sys

EMIT_MANY = """
from PySide6.QtCore import QObject, Signal

from app.ui.signals import emit

class Pinger(QObject):
    ping = Signal(object)

pinger = Pinger()
pinger.ping.connect(lambda value: None)
for n in range(20000):
    emit(pinger.ping, n)
print("emitted")
"""


def test_many_emits_through_the_app_path_do_not_crash_the_interpreter() -> None:
    # PySide6 6.12.0 on Python 3.11 aborts ("bool_dealloc") after a few hundred raw emits;
    # app.ui.signals.emit must keep this alive on every binding we allow.
    result = subprocess.run([sys.executable, "-c", EMIT_MANY], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.strip() == "emitted"


def test_app_ui_emits_only_through_the_shim() -> None:
    # One raw `.emit(` in a busy path would bring the bool_dealloc abort back on Python 3.11.
    from pathlib import Path

    ui = Path(__file__).resolve().parents[2] / "app" / "ui"
    raw = [
        f"{source.name}:{number}"
        for source in ui.glob("*.py")
        if source.name != "signals.py"
        for number, line in enumerate(source.read_text(encoding="utf-8").splitlines(), 1)
        if ".emit(" in line
    ]
    assert raw == [], f"use app.ui.signals.emit instead of .emit( at {raw}"
