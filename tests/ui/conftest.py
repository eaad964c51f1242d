"""UI test set-up: the real services on a throwaway data directory, and the real main window.

Opening a fresh data directory installs the bundled pack (a few seconds), so it is done once per
test session into a template folder that each test copies: every test still gets its own database.
"""

from __future__ import annotations

import gc
import os
import shutil
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QTimer, QTranslator
from PySide6.QtWidgets import QApplication

from app.config import resources_dir
from app.services.app_services import AppServices
from app.ui.language import LanguageSwitcher
from app.ui.main_window import MainWindow
from app.ui.style import stylesheet
from app.ui.worker import ServiceWorker


@pytest.fixture(scope="session")
def template_data_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("sabil-template")
    AppServices.open(folder).close()
    return folder


@pytest.fixture(scope="session", autouse=True)
def compiled_translations() -> None:
    """Compile the .ts files when `make translations` has not (the .qm files are not in git)."""
    folder = resources_dir() / "translations"
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    for ts in folder.glob("*.ts"):
        qm = ts.with_suffix(".qm")
        if not qm.exists() or qm.stat().st_mtime < ts.stat().st_mtime:
            # QTranslator maps the .qm file into memory: rewriting it in place while another test
            # process (an xdist worker, a parallel run) has it mapped kills that process with SIGBUS.
            # Compile beside it and rename over it, so a mapped old file stays whole.
            fresh = qm.with_name(f".{qm.name}.{os.getpid()}.tmp")
            subprocess.run([str(lrelease), "-silent", str(ts), "-qm", str(fresh)], check=True)
            os.replace(fresh, qm)


@pytest.fixture
def services(template_data_dir: Path, tmp_path: Path) -> Iterator[AppServices]:
    data_dir = tmp_path / "data"
    shutil.copytree(template_data_dir, data_dir)
    opened = AppServices.open(data_dir)
    yield opened
    opened.close()


@dataclass
class Ui:
    """The running window and what it runs on."""

    window: MainWindow
    worker: ServiceWorker
    services: AppServices
    languages: LanguageSwitcher

    def settle(self) -> None:
        """Wait until every queued service call has delivered its result."""
        assert self.worker.wait_idle(10_000), "a service call did not finish"


@pytest.fixture
def ui(qtbot, qapp, services: AppServices) -> Iterator[Ui]:
    qapp.setStyleSheet(stylesheet("normal"))
    languages = LanguageSwitcher(qapp)
    worker = ServiceWorker()
    window = MainWindow(services, worker, languages, "en")
    qtbot.addWidget(window)
    window.resize(1024, 600)
    window.show()
    running = Ui(window, worker, services, languages)
    running.settle()
    yield running
    running.settle()
    worker.shutdown()
    # The language the test switched to is undone by _translators_restored, after the window is gone
    # (switching back first would only retranslate a window about to be deleted).
    # Delete the window now: a leaked window would be re-polished by every later setStyleSheet
    # and retranslated by every language switch, making each test slower than the last.
    window.close()
    window.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


@pytest.fixture(autouse=True)
def _translators_restored(qapp) -> Iterator[None]:
    """Each test leaves the application's translators and layout direction as it found them.

    A language switch (the ``ui`` fixture's LanguageSwitcher, or a test's own) installs a translator;
    left installed — even English, whose file gives the plural forms — it made later tests in the same
    process that expect the source strings ("3 answer(s) waiting") read translated ones.
    """
    before = {_address(translator) for translator in qapp.findChildren(QTranslator)}
    direction = qapp.layoutDirection()
    yield
    for translator in qapp.findChildren(QTranslator):
        if _address(translator) not in before:
            QCoreApplication.removeTranslator(translator)  # False (harmless) for one already taken out
            translator.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    qapp.setLayoutDirection(direction)
    QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)


MODAL_LIMIT_SECONDS = 60.0


@pytest.fixture(autouse=True)
def _no_forgotten_modal(qapp) -> Iterator[None]:
    """A message box no test answers fails the test instead of hanging the whole run.

    Tests answer a dialog from a timer; when that answer fails (a button text that changed, an
    assertion), the box's own event loop would wait for a click for ever. A watchdog closes a modal
    widget left open for a minute and the test fails, naming its text.
    """
    opened: dict[int, float] = {}
    forgotten: list[str] = []

    def check() -> None:
        box = QApplication.activeModalWidget()
        if box is None:
            opened.clear()
            return
        key = shiboken6.getCppPointer(box)[0]
        since = opened.setdefault(key, time.monotonic())
        if time.monotonic() - since > MODAL_LIMIT_SECONDS:
            text = getattr(box, "text", lambda: "")()
            forgotten.append(f"{type(box).__name__} {box.windowTitle()!r}: {text!r}")
            if hasattr(box, "reject"):
                box.reject()
            else:
                box.close()

    watchdog = QTimer()
    watchdog.timeout.connect(check)
    watchdog.start(1000)
    yield
    watchdog.stop()
    if forgotten:
        pytest.fail("a modal dialog was left open for a minute and closed: " + "; ".join(forgotten))


def _address(translator: QTranslator) -> int:
    """The C++ object's address: Python wrappers of one translator need not be the same object."""
    return shiboken6.getCppPointer(translator)[0]


def make_learner(ui: Ui, name: str = "Amira", pin: str | None = None, language: str = "en") -> object:
    """Create a learner through the service and refresh the picker."""
    avatar = ui.services.learners.avatars()[0]
    profile = ui.services.learners.create(name, avatar, pin=pin, language=language, text_size="normal")
    ui.window.refresh_learners()
    ui.settle()
    return profile


def open_home(ui: Ui, name: str = "Amira") -> object:
    """Create a learner without PIN and press their picture."""
    profile = make_learner(ui, name)
    button = next(b for b in ui.window.picker.learner_buttons if b.text() == name)
    button.click()
    ui.settle()
    return profile


def start_practice(ui: Ui) -> object:
    """Open a new learner's home and press Continue; returns the practice page."""
    open_home(ui)
    ui.window.home.continue_button.click()
    ui.settle()
    assert ui.window.stack.currentWidget() is ui.window.practice
    return ui.window.practice


def answer_until(ui: Ui, practice: object, wanted: Callable[[object], bool], tries: int = 30) -> None:
    """Answer items correctly until the item on screen satisfies ``wanted`` (or ``tries`` run out)."""
    from app.content_packs.answer_oracle import right_response

    for _ in range(tries):
        if wanted(practice.item):
            return
        practice.answer_input.set_response(right_response(ui.services.practice.shown_rendering(practice.session_id)))
        practice.check()
        ui.settle()
        practice.next_item()
        ui.settle()


@pytest.fixture(scope="session", autouse=True)
def _delete_leftover_widgets(qapp) -> Iterator[None]:
    """Destroy any window a test left open while the interpreter is still whole.

    Otherwise PySide destroys them during interpreter shutdown, when Qt may still call back into
    Python (event filters, overrides) that can no longer run safely.
    """
    yield
    for widget in QApplication.topLevelWidgets():
        widget.close()
        widget.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    gc.collect()
