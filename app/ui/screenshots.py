"""``python -m app.ui.screenshots OUTDIR``: PNGs of every main screen at 1024×600, in English and Arabic.

Then teacher mode: the Packs screen (``packs-<lang>.png``) and the adult screens (``classes``,
``plans``, ``family``, ``privacy``, ``roster-import``).

Runs offscreen on a temporary data directory filled with realistic data (a few learners, some
practice already done), and drives the real window the way a learner would.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

SIZE = (1024, 600)
LEARNERS = {
    "en": [("Amira", "owl", "en"), ("Yusuf", "lion", "en"), ("Léa", "cat", "fr"), ("Sam", "turtle", "en")],
    "ar": [("مريم", "owl", "ar"), ("يوسف", "lion", "ar"), ("Léa", "cat", "fr"), ("سامي", "turtle", "ar")],
}
HISTORY_ANSWERS = 30


def _practise_directly(services: object, learner_id: str, answers: int) -> None:
    """Give a learner some history through the services (as earlier days of practice would)."""
    from app.content_packs.answer_oracle import right_response, wrong_response

    session_id = services.practice.start_session(learner_id)
    for number in range(answers):
        services.practice.next_item(session_id)
        rendered = services.practice.shown_rendering(session_id)
        response = wrong_response(rendered) if number % 5 == 4 else right_response(rendered)
        services.practice.submit(session_id, response, 9000)


def _seed(services: object, language: str) -> object:
    avatars = set(services.learners.avatars())
    main = None
    for name, avatar, learner_language in LEARNERS[language]:
        chosen = avatar if avatar in avatars else sorted(avatars)[0]
        profile = services.learners.create(name, chosen, language=learner_language, text_size="normal")
        main = main or profile
    _practise_directly(services, main.id, HISTORY_ANSWERS)
    return main


def _shoot(window: object, out: Path, name: str, language: str) -> Path:
    from PySide6.QtWidgets import QApplication

    QApplication.processEvents()
    path = out / f"{name}-{language}.png"
    window.grab().save(str(path))
    return path


def _shoot_packs(window: object, worker: object, services: object, scratch: Path, out: Path, language: str) -> Path:
    """Teacher mode's Packs screen, with a folder standing for a USB stick that holds an exported pack."""
    from app.services.drives import Drive

    stick = scratch / "USB"
    stick.mkdir(exist_ok=True)
    first = services.packs.installed()[0]
    services.packs.export(first.id, stick / f"{first.id}-{first.version}.sabilpack")
    window.teacher.packs.set_drive_provider(lambda: [Drive(root=stick, name="USB")])
    window.show_picker()
    worker.wait_idle()
    window.picker.teacher_button.click()
    worker.wait_idle()
    gate = window.teacher_gate
    gate.password.setText("teacher password")
    gate.repeat.setText("teacher password")
    gate.open_button.click()
    worker.wait_idle()
    worker.wait_idle()
    return _shoot(window, out, "packs", language)


ADULT_CLASS = {"en": ("5B", "Readers"), "ar": ("الخامس ب", "القرّاء")}
ROSTER = {
    "en": "name,class,pin\nAmina Haddad,5C,1234\nOmar Kaci,,\nLucía Pérez,5C,12\nYusuf Ali,5C,\n",
    "ar": "الاسم,الصف,الرمز\nآمنة حداد,الخامس ج,1234\nعمر قاسي,,\nليلى بيريز,الخامس ج,12\nيوسف علي,الخامس ج,\n",
}


def _shoot_adult(window: object, worker: object, services: object, scratch: Path, out: Path, language: str) -> list[Path]:
    """Teacher mode's adult screens (classes, roster import, plans, family view, privacy) on a small
    class with three weeks of answers from the engine's simulator; run after ``_shoot_packs``."""
    from datetime import UTC, datetime

    from app.services.adult_dto import PlanTarget
    from app.services.demo_class import generate_demo_class

    maths = "org.sabil.numbers-and-operations"
    demo = generate_demo_class(services, maths, learners=8, attempts_per_learner=200, weeks=3, end=datetime.now(UTC))
    class_name, group_name = ADULT_CLASS[language]
    form = services.classes.create(class_name)
    for learner_id in demo.learner_ids[:6]:
        services.classes.add_learner(form.id, learner_id)
    group = services.classes.create_group(form.id, group_name)
    for learner_id in demo.learner_ids[:3]:
        services.classes.add_to_group(group.id, learner_id)
    title = "Fractions before the test" if language == "en" else "الكسور قبل الاختبار"
    goal = "Master fractions by June" if language == "en" else "أتقن الكسور قبل يونيو"
    services.plans.create(title, maths, [PlanTarget("section", "fractions-compare")], "class", form.id, goal=goal)
    child = demo.learner_ids[0]
    services.goals.set_goal(child, "Compare fractions" if language == "en" else "أقارن الكسور", maths, ["fractions-compare", "fractions-equivalent"])

    teacher = window.teacher
    shots = []
    for name in ("classes", "plans", "family", "privacy"):
        page = getattr(teacher, name)
        teacher.show_page(page)
        worker.wait_idle()
        worker.wait_idle()
        if name == "family":
            page.show_child(child)
            worker.wait_idle()
            page.earlier_button.click()  # last week: a whole school week of practice
            worker.wait_idle()
        shots.append(_shoot(window, out, name, language))
    teacher.show_page(teacher.classes)
    worker.wait_idle()
    roster = scratch / f"class-list-{language}.csv"
    roster.write_text(ROSTER[language], encoding="utf-8")
    dialog = teacher.classes.open_import()
    dialog.load_file(roster)
    worker.wait_idle()
    shots.append(_shoot(dialog, out, "roster-import", language))
    dialog.close()
    return shots


REPORT_CLASS = {"en": "Year 4", "ar": "الرابع"}


def _shoot_reports(window: object, worker: object, services: object, out: Path, language: str) -> list[Path]:
    """Teacher mode's reports (class overview, one learner, help needed, difficult items) on a class
    of 30 learners with a semester (18 weeks) of practice from the engine's simulator."""
    from app.services.demo_class import generate_demo_class

    maths = "org.sabil.numbers-and-operations"
    worker.wait_idle()  # the class is written from this thread: nothing may be writing on the worker meanwhile
    demo = generate_demo_class(services, maths, learners=30, attempts_per_learner=300, seed=4)
    form = services.classes.create(REPORT_CLASS[language])
    for learner_id in demo.learner_ids:
        services.classes.add_learner(form.id, learner_id)
    # The learner shown is one with something to act on: skills being forgotten and a blocked next skill.
    shown = next(
        (
            learner_id
            for learner_id in demo.learner_ids
            if (progress := services.reports.learner_progress(learner_id, maths)).blocked and progress.forgetting
        ),
        demo.learner_ids[0],
    )
    teacher = window.teacher
    reports = teacher.reports
    teacher.show_page(reports)
    worker.wait_idle()
    reports.scope.setCurrentIndex(reports.scope.findText(REPORT_CLASS[language]))
    worker.wait_idle()
    shots = []
    for index, name in enumerate(("report-class", "report-learner", "report-help", "report-items")):
        if name == "report-learner":
            reports.learner.choose(shown)
        reports.tabs.setCurrentIndex(index)
        worker.wait_idle()
        if name == "report-class":
            reports.heatmap.table.setCurrentIndex(reports.heatmap.model.index(4, 3))  # the numbers behind a square
        shots.append(_shoot(window, out, name, language))
    return shots


def _tour(out: Path, language: str) -> list[Path]:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from app.content_packs.answer_oracle import right_response, wrong_response
    from app.services.app_services import AppServices
    from app.ui.language import LanguageSwitcher
    from app.ui.main_window import MainWindow
    from app.ui.worker import ServiceWorker

    app = QApplication.instance() or QApplication([])
    shots: list[Path] = []
    with tempfile.TemporaryDirectory(prefix="sabil-shots-") as scratch:
        services = AppServices.open(Path(scratch))
        main = _seed(services, language)
        worker = ServiceWorker()
        window = MainWindow(services, worker, LanguageSwitcher(app), language)
        window.resize(*SIZE)
        window.show()
        try:
            worker.wait_idle()
            shots.append(_shoot(window, out, "picker", language))
            button = next(b for b in window.picker.learner_buttons if b.text() == main.display_name)
            button.click()
            worker.wait_idle()
            shots.append(_shoot(window, out, "home", language))

            window.home.continue_button.click()
            worker.wait_idle()
            practice = window.practice
            warm_up = 3  # a few answers first, so the summary has something to show
            # Answer until an item with hints and a worked solution comes up, like a learner would.
            for _ in range(40):
                rendered = services.practice.shown_rendering(practice.session_id)
                wanted = rendered.hints and rendered.solution.strip() and "$" in rendered.prompt + rendered.solution
                if wanted and warm_up <= 0:
                    break
                warm_up -= 1
                practice.answer_input.set_response(right_response(rendered))
                QTest.keyClick(practice, Qt.Key.Key_Return)
                worker.wait_idle()
                QTest.keyClick(practice, Qt.Key.Key_Return)
                worker.wait_idle()
            shots.append(_shoot(window, out, "practice", language))
            practice.hint_button.click()
            worker.wait_idle()
            shots.append(_shoot(window, out, "practice-hint", language))
            practice.answer_input.set_response(wrong_response(services.practice.shown_rendering(practice.session_id)))
            QTest.keyClick(practice, Qt.Key.Key_Return)
            worker.wait_idle()
            shots.append(_shoot(window, out, "practice-feedback", language))
            practice.finish_button.click()
            worker.wait_idle()
            shots.append(_shoot(window, out, "summary", language))
            shots.append(_shoot_packs(window, worker, services, Path(scratch), out, language))
            shots.extend(_shoot_adult(window, worker, services, Path(scratch), out, language))
            shots.extend(_shoot_reports(window, worker, services, out, language))
        finally:
            window.close()
            worker.shutdown()
            services.close()
    return shots


def main(argv: list[str]) -> int:
    """Write the screenshots into the folder given as the only argument."""
    if len(argv) != 1:
        print("usage: python -m app.ui.screenshots OUTDIR")
        return 2
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    out = Path(argv[0])
    out.mkdir(parents=True, exist_ok=True)
    for language in ("en", "ar"):
        for path in _tour(out, language):
            print(path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
