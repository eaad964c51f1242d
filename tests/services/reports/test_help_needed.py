""""Help needed": who is stuck on what, why, the items they missed and the likely cause."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from sqlalchemy import select

from app.content_packs.templates import render_item
from app.services.app_services import AppServices
from app.services.demo_class import DemoClass
from app.services.pack_runtime import load_runtime
from app.services.reports.help_needed import ACTIVE_DAYS, HELP_WINDOW, HELP_WRONG
from app.storage.models import AttemptEvent
from tests.services.reports.conftest import CLASS_END
from tests.services.reports.history import MINI_PACK, Answer, new_learner, record

NOW = datetime(2026, 5, 4, 12, 0, tzinfo=UTC)


def _at(minutes: float) -> datetime:
    return NOW - timedelta(hours=2) + timedelta(minutes=minutes)


def _choice_text(services: AppServices, item_id: str, seed: int, response: str) -> str:
    with services.db.session() as session:
        runtime = load_runtime(session, MINI_PACK)
    return render_item(runtime.item(runtime.item_index[item_id]), seed).choices[int(response)]


def test_repeated_failure_lists_the_missed_items_as_shown(mini: AppServices) -> None:
    omar = new_learner(mini, "Omar")
    answers = [Answer("count-next-01", True, _at(k)) for k in range(6)]
    # 4 wrong among 6 answers on adding, never 3 in a row: Kolibri's rule, not the streak, flags it.
    pattern = [False, False, True, False, True, False]
    answers += [
        Answer("add-choice-01", ok, _at(10 + k), response="0" if ok else str(1 + k % 3), seed=100 + k)
        for k, ok in enumerate(pattern)
    ]
    record(mini, omar, answers)
    with mini.db.session() as session:
        latest_wrong = session.scalar(
            select(AttemptEvent.id).where(AttemptEvent.learner_id == omar, AttemptEvent.client_time == _at(15))
        )
    mini.goals.rate_confidence(latest_wrong, 3)  # sure, and wrong: a misconception to talk about
    report = mini.reports.help_needed(now=NOW)
    assert [(c.learner.id, c.skill_id) for c in report.cases] == [(omar, "add-within-10")]
    case = report.cases[0]
    assert case.reasons == ("repeated_failure",)
    assert (case.recent_attempts, case.recent_wrong, case.wrong_streak) == (6, 4, 1)
    assert case.last_attempt == _at(15)
    # Newest first, each as the learner saw it: the choice's text, not its shown index.
    assert [m.answered_at for m in case.missed] == [_at(15), _at(13), _at(11), _at(10)]
    for m, k in zip(case.missed, (5, 3, 1, 0), strict=True):
        assert m.response == _choice_text(mini, "add-choice-01", 100 + k, str(1 + k % 3))
        assert m.prompt.startswith("Choose the sum:")
        assert m.correct_answer
    assert [m.confidence for m in case.missed] == [3, None, None, None]
    assert case.weak_prerequisite is None  # counting was mastered an hour ago: not the cause


def test_hints_on_every_item_and_the_weak_prerequisite(mini: AppServices) -> None:
    lucia = new_learner(mini, "Lucía")
    answers = [Answer("add-small-01", False, _at(0))]
    answers += [Answer("frac-half-01", True, _at(5 + k), hints=1) for k in range(3)]
    record(mini, lucia, answers)
    case = mini.reports.help_needed(now=NOW).cases[0]
    assert (case.skill_id, case.reasons) == ("fractions-intro", ("hints_every_item",))
    assert case.missed == ()
    assert case.weak_prerequisite is not None
    assert (case.weak_prerequisite.skill_id, case.weak_prerequisite.state) == ("add-within-10", "in_progress")


def test_mastered_old_and_healthy_skills_are_not_flagged(mini: AppServices) -> None:
    old = new_learner(mini, "Idris")
    record(mini, old, [Answer("add-small-01", False, NOW - timedelta(days=40, minutes=-k)) for k in range(5)])
    fine = new_learner(mini, "Salma")
    record(mini, fine, [Answer("add-small-01", ok, _at(k)) for k, ok in enumerate([False, True, False, True])])
    assert mini.reports.help_needed(now=NOW).cases == ()
    # Still stuck in the heatmap's view: the skill is struggling; it is just not "now".
    assert mini.reports.mastery_grid(now=NOW).cell(old, "add-within-10").state == "struggling"


def test_demo_class_cases_hold_up(class_services: AppServices, demo: DemoClass) -> None:
    report = class_services.reports.help_needed(now=CLASS_END)
    assert report.cases, "a class with misconceptions has learners who need help"
    grid = class_services.reports.mastery_grid(now=CLASS_END)
    with class_services.db.session() as session:
        for case in report.cases:
            assert grid.cell(case.learner.id, case.skill_id).state in ("struggling", "in_progress")
            recent = session.execute(
                select(AttemptEvent.correct, AttemptEvent.hints_used)
                .where(
                    AttemptEvent.learner_id == case.learner.id,
                    AttemptEvent.skill_ids[0].as_string() == case.skill_id,
                    AttemptEvent.client_time >= CLASS_END - timedelta(days=ACTIVE_DAYS),
                )
                .order_by(AttemptEvent.client_time.desc())
                .limit(HELP_WINDOW)
            ).all()
            wrong = sum(not r.correct for r in recent)
            assert len(recent) == case.recent_attempts
            assert wrong == case.recent_wrong
            if "repeated_failure" in case.reasons:
                assert wrong >= HELP_WRONG or case.wrong_streak >= 3
            if "hints_every_item" in case.reasons:
                assert all(r.hints_used > 0 for r in recent[:3])
            assert len(case.missed) == min(wrong, 5)
            assert all(m.response and m.prompt and m.correct_answer for m in case.missed)
    order = [(-len(c.reasons), -c.recent_wrong) for c in report.cases]
    assert order == sorted(order)
