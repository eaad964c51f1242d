"""End-to-end smoke test of the desktop app: the real window on a real data directory, offscreen.

``run_smoke_test(data_dir)`` drives the same code paths a child uses — the learner dialog, the
picker, Continue, the practice page's answer input, Check and Next, Finish — then closes everything,
reopens the database and checks that the learner, the attempt events and the skill states persisted.
"""

from __future__ import annotations

import os
import tempfile
import traceback
from pathlib import Path

MIN_ANSWERS = 20
TOTAL_ANSWERS = 24
WRONG_EVERY = 4  # every fourth answer is wrong on purpose, to exercise the feedback path
SMOKE_NAME = "Smoke Test"


class SmokeFailure(Exception):
    """A step of the smoke test did not do what it should."""


def _require(condition: bool, reason: str) -> None:
    if not condition:
        raise SmokeFailure(reason)


def _drive(data_dir: Path) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication
    from sqlalchemy import func, select

    from app.content_packs.answer_oracle import right_response, wrong_response
    from app.services.app_services import AppServices
    from app.storage.models import AttemptEvent
    from app.ui.language import LanguageSwitcher
    from app.ui.main_window import MainWindow
    from app.ui.style import stylesheet
    from app.ui.worker import ServiceWorker

    app = QApplication.instance() or QApplication([])
    app.setStyleSheet(stylesheet("normal"))
    services = AppServices.open(data_dir)
    worker = ServiceWorker()
    window = MainWindow(services, worker, LanguageSwitcher(app), "en")
    window.show()
    try:
        _require(worker.wait_idle(), "the learner list did not load")

        dialog = window.add_learner()
        dialog.name_edit.setText(SMOKE_NAME)
        _require(bool(dialog.avatar_buttons), "no avatars to choose from")
        dialog.select_avatar(next(iter(dialog.avatar_buttons)))
        dialog.save_button.click()
        _require(worker.wait_idle(), "saving the learner timed out")
        _require(dialog.saved_profile is not None, "the learner dialog did not create the learner")
        learner = dialog.saved_profile
        _require(worker.wait_idle(), "the learner list did not reload")

        buttons = [b for b in window.picker.learner_buttons if b.text() == SMOKE_NAME]
        _require(len(buttons) == 1, "the new learner is not on the picker")
        buttons[0].click()
        _require(worker.wait_idle(), "the home page did not load")
        _require(window.stack.currentWidget() is window.home, "picking the learner did not open home")
        _require(bool(window.home.tiles), "the home page shows no skills")

        window.home.continue_button.click()
        _require(worker.wait_idle(), "starting practice timed out")
        practice = window.practice
        _require(window.stack.currentWidget() is practice, "Continue did not open practice")

        wrong_given = 0
        for number in range(1, TOTAL_ANSWERS + 1):
            _require(practice.state == "answering" and practice.answer_input is not None, f"item {number} not shown")
            rendered = services.practice.shown_rendering(practice.session_id)
            answer_wrong = number % WRONG_EVERY == 0
            response = wrong_response(rendered) if answer_wrong else right_response(rendered)
            practice.answer_input.set_response(response)
            QTest.keyClick(practice, Qt.Key.Key_Return)  # Enter = Check
            _require(worker.wait_idle(), f"checking answer {number} timed out")
            feedback = practice.feedback
            expected = "incorrect" if answer_wrong else "correct"
            _require(
                feedback is not None and feedback.status == expected,
                f"answer {number} ({response!r}) should be {expected}, got {getattr(feedback, 'status', None)}",
            )
            _require(feedback.event_id is not None, f"answer {number} was not recorded")
            if answer_wrong:
                wrong_given += 1
                buttons = getattr(practice.answer_input, "buttons", [])
                marked = any(b.property("outcome") == "right" for b in buttons)
                _require(
                    marked or practice.answer_view.isVisibleTo(practice),
                    "a wrong answer did not show the correct answer",
                )
            QTest.keyClick(practice, Qt.Key.Key_Return)  # Enter = Next
            _require(worker.wait_idle(), f"loading item {number + 1} timed out")

        practice.finish_button.click()
        _require(worker.wait_idle(), "the summary did not load")
        summary = window.summary.summary
        _require(window.stack.currentWidget() is window.summary, "Finish did not open the summary")
        _require(summary is not None and summary.answered == TOTAL_ANSWERS, "the summary miscounts answers")
        _require(summary.correct == TOTAL_ANSWERS - wrong_given, "the summary miscounts correct answers")
        window.summary.done_button.click()
        _require(worker.wait_idle(), "going home timed out")
    finally:
        window.close()
        worker.shutdown()
        services.close()

    reopened = AppServices.open(data_dir)
    try:
        learners = [p for p in reopened.learners.list() if p.id == learner.id]
        _require(len(learners) == 1 and learners[0].display_name == SMOKE_NAME, "the learner did not persist")
        with reopened.db.session() as session:
            events = session.scalar(
                select(func.count()).select_from(AttemptEvent).where(AttemptEvent.learner_id == learner.id)
            )
        _require(events is not None and events >= MIN_ANSWERS, f"only {events} attempt events persisted")
        practised = [s for s in reopened.practice.skill_map(learner.id) if s.attempts > 0]
        attempts = sum(s.attempts for s in practised)
        _require(attempts == events, f"skill states count {attempts} attempts but {events} events exist")
    finally:
        reopened.close()


def run_smoke_test(data_dir: Path | None = None) -> int:
    """Run the smoke test on ``data_dir`` (a fresh temporary folder when None); prints the outcome."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    with tempfile.TemporaryDirectory(prefix="sabil-smoke-") as scratch:
        target = Path(data_dir) if data_dir is not None else Path(scratch)
        try:
            _drive(target)
        except SmokeFailure as failure:
            print(f"smoke FAILED: {failure}")
            return 1
        except Exception as error:  # any crash is a failure with its reason, not a traceback dump only
            traceback.print_exc()
            print(f"smoke FAILED: {type(error).__name__}: {error}")
            return 1
    print("smoke OK")
    return 0


if __name__ == "__main__":
    raise SystemExit(run_smoke_test(None))
