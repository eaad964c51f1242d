"""Child process for bench_startup: start the real window and say READY once the learner picker is filled.

``baseline`` mode shows an empty Qt main window instead: the floor any Qt app pays on this machine.
"""

from __future__ import annotations

import sys
from pathlib import Path


def main() -> None:
    mode, data_dir = sys.argv[1], Path(sys.argv[2])
    if mode != "baseline":
        import app.services.app_services  # noqa: F401 - before Qt, in the same order as `sabil` (see app/cli.py)
    from PySide6.QtWidgets import QApplication, QMainWindow

    app = QApplication([])
    if mode == "baseline":
        window = QMainWindow()
        window.resize(1024, 600)
        window.show()
        app.processEvents()
        print("READY", flush=True)
        return

    from app.services.app_services import AppServices
    from app.ui.language import LanguageSwitcher
    from app.ui.main_window import PICKER_TEXT_SIZE, MainWindow
    from app.ui.style import stylesheet
    from app.ui.worker import ServiceWorker

    app.setStyleSheet(stylesheet(PICKER_TEXT_SIZE))
    services = AppServices.open(data_dir)
    worker = ServiceWorker()
    window = MainWindow(services, worker, LanguageSwitcher(app), "en")
    window.show()
    worker.wait_idle()
    app.processEvents()
    if window.stack.currentWidget() is not window.picker:
        raise SystemExit("the learner picker is not showing")
    print("READY", flush=True)
    window.close()
    worker.shutdown()
    services.close()


if __name__ == "__main__":
    main()
