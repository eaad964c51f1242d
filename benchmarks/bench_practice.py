"""Practising through the real window: time from Check to feedback, and resident memory.

Drives the practice page as the smoke test does (real services, real SQLite with synchronous=FULL,
offscreen Qt). Baselines from the same run: a bare durable SQLite commit (the floor of "committed
before feedback") and the resident memory of an empty Qt window in a child process.
Run: `.venv/bin/python benchmarks/bench_practice.py [--answers 60]`
"""

from __future__ import annotations

import argparse
import os
import resource
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def durable_commit_ms(folder: Path, n: int = 50) -> float:
    con = sqlite3.connect(folder / "floor.sqlite3")
    con.execute("PRAGMA journal_mode=WAL")
    con.execute("PRAGMA synchronous=FULL")
    con.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT)")
    times = []
    for i in range(n):
        start = time.perf_counter()
        con.execute("INSERT INTO t (v) VALUES (?)", (str(i),))
        con.commit()
        times.append((time.perf_counter() - start) * 1000)
    con.close()
    return statistics.median(times)


def empty_qt_rss_mb() -> float:
    code = ("from PySide6.QtWidgets import QApplication, QMainWindow\n"
            "app = QApplication([]); w = QMainWindow(); w.resize(1024, 600); w.show(); app.processEvents()\n"
            "print([int(l.split()[1]) for l in open('/proc/self/status') if l.startswith('VmRSS:')][0] / 1024)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return float(out.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--answers", type=int, default=60)
    args = parser.parse_args()

    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from app.content_packs.answer_oracle import right_response, wrong_response
    from app.services.app_services import AppServices
    from app.ui.language import LanguageSwitcher
    from app.ui.main_window import MainWindow
    from app.ui.style import stylesheet
    from app.ui.worker import ServiceWorker

    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch)
        floor_ms = durable_commit_ms(folder)
        app = QApplication.instance() or QApplication([])
        app.setStyleSheet(stylesheet("large"))
        services = AppServices.open(folder / "data")
        learner = services.learners.create("Bench", services.learners.avatars()[0])
        worker = ServiceWorker()
        window = MainWindow(services, worker, LanguageSwitcher(app), "en")
        window.show()
        worker.wait_idle()
        window.enter_learner(learner)
        worker.wait_idle()
        window.home.continue_button.click()
        worker.wait_idle()
        practice = window.practice
        check_ms: list[float] = []
        for number in range(args.answers):
            rendered = services.practice.shown_rendering(practice.session_id)
            practice.answer_input.set_response(wrong_response(rendered) if number % 4 == 3 else right_response(rendered))
            start = time.perf_counter()
            QTest.keyClick(practice, Qt.Key.Key_Return)  # Check
            worker.wait_idle()
            app.processEvents()
            check_ms.append((time.perf_counter() - start) * 1000)
            if practice.feedback is None or practice.feedback.event_id is None:
                raise SystemExit(f"answer {number} got no recorded feedback")
            QTest.keyClick(practice, Qt.Key.Key_Return)  # Next
            worker.wait_idle()
        practising_rss = rss_mb()
        peak_rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        window.close()
        worker.shutdown()
        services.close()

    baseline_rss = empty_qt_rss_mb()
    check_ms.sort()
    median = statistics.median(check_ms)
    p90 = check_ms[int(0.9 * (len(check_ms) - 1))]
    print(f"Check to feedback over {args.answers} answers (commit + engine update + feedback shown):")
    print(f"  median {median:.1f} ms, 90th percentile {p90:.1f} ms")
    print(f"  baseline, one bare durable SQLite commit: median {floor_ms:.1f} ms ({median / floor_ms:.1f}x)")
    print("resident memory:")
    print(f"  while practising: {practising_rss:.0f} MB (peak {peak_rss:.0f} MB)")
    print(f"  baseline, empty Qt window: {baseline_rss:.0f} MB ({practising_rss / baseline_rss:.1f}x)")


if __name__ == "__main__":
    main()
