"""Opening the class heatmap screen: 30 learners × 200 skills with 100,000 attempts (target < 1 s).

The data are those of ``bench_reports.py`` (a generated 200-skill pack; a class of 30 of the engine's
simulated learners taught by Sabil's sequencer for an 18-week semester, about 100,000 answers). The
clock runs from the teacher opening the Reports tab (``ReportsPage.open``: the classes and the packs
in use are read, then the heatmap is asked for on the database worker: learners, skill states,
FSRS recall of every mastered cell, the 6,000 cells) until the heatmap is on screen (model filled,
columns fitted, the table painted). Measured offscreen at 1024×600, each the median of ``--runs``:

- first opening: a fresh data-folder connection and screen (nothing cached: the pack's graph is loaded);
- opening again: the same screen opened again (the pack's graph cached), as when a teacher comes back;
- re-sorting the open heatmap (learners by struggling, skills by forgetting).

Run: ``.venv/bin/python benchmarks/bench_heatmap_ui.py [--runs 7] [--data DIR]`` (``--data`` keeps the
generated class, which takes a few minutes to make, for later runs).
"""

from __future__ import annotations

import argparse
import os
import platform
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

SIZE = (1024, 600)


def _time_until_shown(page: object, worker: object, start: Callable[[], None]) -> float:
    """Seconds from ``start()`` until the heatmap reports it is shown and has been painted."""
    from PySide6.QtWidgets import QApplication

    shown: list[float] = []

    def done() -> None:
        page.heatmap.table.viewport().repaint()
        shown.append(time.perf_counter())

    page.heatmap.loaded.connect(done)
    began = time.perf_counter()
    start()
    while not shown:
        QApplication.processEvents()
        worker.wait_idle(50)
    page.heatmap.loaded.disconnect(done)
    return shown[0] - began


def _open_page(services: object) -> tuple[object, object]:
    from app.ui.reports.reports_page import ReportsPage
    from app.ui.worker import ServiceWorker

    worker = ServiceWorker()
    page = ReportsPage(worker, services)
    page.resize(*SIZE)
    page.show()
    return page, worker


def main() -> None:
    """Prepare (or reuse) the class, then time the screen."""
    from PySide6.QtWidgets import QApplication

    from app.services.app_services import AppServices
    from app.ui.style import stylesheet
    from benchmarks.bench_reports import prepare

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--data", type=Path, default=None, help="keep the generated class here (reused if present)")
    args = parser.parse_args()
    app = QApplication.instance() or QApplication([])
    app.setStyleSheet(stylesheet("normal"))
    with tempfile.TemporaryDirectory() as tmp:
        data = args.data or Path(tmp) / "data"
        prepare(data).close()

        first: list[float] = []
        for _ in range(args.runs):
            services = AppServices.open(data, install_bundled=False)
            page, worker = _open_page(services)
            first.append(_time_until_shown(page, worker, lambda page=page: page.open("en")))
            grid = page.heatmap.grid
            worker.shutdown()
            page.close()
            page.deleteLater()
            services.close()

        services = AppServices.open(data, install_bundled=False)
        page, worker = _open_page(services)
        _time_until_shown(page, worker, lambda: page.open("en"))
        again = [_time_until_shown(page, worker, lambda: page.open("en")) for _ in range(args.runs)]
        heatmap = page.heatmap
        resort: list[float] = []
        for k in range(args.runs):
            began = time.perf_counter()
            heatmap.learner_sort.setCurrentIndex(heatmap.learner_sort.findData("struggling" if k % 2 == 0 else "name"))
            heatmap.skill_sort.setCurrentIndex(heatmap.skill_sort.findData("fading" if k % 2 == 0 else "order"))
            heatmap.table.viewport().repaint()
            resort.append(time.perf_counter() - began)
        worker.shutdown()
        services.close()

        cells = len(grid.learners) * len(grid.skills)
        print(f"python {sys.version.split()[0]}, {platform.platform()}, {platform.processor() or platform.machine()}")
        print(f"{len(grid.learners)} learners x {len(grid.skills)} skills = {cells} cells, window {SIZE[0]}x{SIZE[1]}")
        for name, times in (
            ("heatmap screen, first opening (query + screen)", first),
            ("heatmap screen, opening again", again),
            ("re-sorting the open heatmap", resort),
        ):
            millis = [t * 1000 for t in times]
            print(
                f"{name}: median {statistics.median(millis):.0f} ms "
                f"(min {min(millis):.0f}, max {max(millis):.0f}, {len(millis)} runs)"
            )


if __name__ == "__main__":
    main()
