"""Shared steps of the adult-screen tests: open teacher mode on a tab, give a learner practice."""

from __future__ import annotations

from app.content_packs.answer_oracle import right_response, wrong_response
from tests.ui.packs_helpers import open_teacher_mode

MATHS = "org.sabil.numbers-and-operations"


def open_tab(ui: object, name: str) -> object:
    """Teacher mode (password set on first use) on the tab ``name`` (teacher page attribute)."""
    open_teacher_mode(ui)
    page = getattr(ui.window.teacher, name)
    ui.window.teacher.show_page(page)
    ui.settle()
    ui.settle()
    return page


def practise(services: object, learner_id: str, answers: int, focus_skill: str | None = None, every_wrong: int = 0) -> list[object]:
    """Answer ``answers`` items through the practice service (every ``every_wrong``-th wrong); the feedbacks."""
    session_id = services.practice.start_session(learner_id, focus_skill=focus_skill, pack_id=MATHS)
    feedbacks = []
    for number in range(answers):
        services.practice.next_item(session_id, focus_skill=focus_skill)
        rendered = services.practice.shown_rendering(session_id)
        wrong = every_wrong and number % every_wrong == every_wrong - 1
        response = wrong_response(rendered) if wrong else right_response(rendered)
        feedbacks.append(services.practice.submit(session_id, response, 8000))
    services.practice.end_session(session_id)
    return feedbacks
