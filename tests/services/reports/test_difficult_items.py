"""Difficult items: lowest success first, the wrong answers most often given, item versus skill."""

from __future__ import annotations

from collections import Counter
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import func, select

from app.services.app_services import AppServices
from app.services.demo_class import DemoClass
from app.services.reports.difficult_items import MIN_ITEM_ATTEMPTS
from app.storage.models import AttemptEvent, Item
from tests.services.reports.conftest import CLASS_END
from tests.services.reports.history import Answer, new_learner, record

NOW = datetime(2026, 5, 4, 12, 0, tzinfo=UTC)


def test_most_common_wrong_answers_and_rates(mini: AppServices) -> None:
    start = NOW - timedelta(days=1)
    learners = [new_learner(mini, name) for name in ("Amina", "Omar", "Lucía")]
    responses = {learners[0]: ["7", "7", "4"], learners[1]: ["7", "9"], learners[2]: ["5", "5"]}
    for n, learner in enumerate(learners):
        answers = [
            Answer("count-dots-01", response == "5", start + timedelta(minutes=10 * n + k), hints=k % 2,
                   seconds=10 + k, response=response)
            for k, response in enumerate(responses[learner])
        ]
        # The same learners do well on the skill's other item: the trouble is this item.
        answers += [Answer("count-next-01", True, start + timedelta(minutes=10 * n + 5 + k), response="1")
                    for k in range(3)]
        record(mini, learner, answers)
    report = mini.reports.difficult_items(now=NOW)
    assert [item.item_id for item in report.items] == ["count-dots-01", "count-next-01"]
    dots = report.items[0]
    assert (dots.attempts, dots.learners) == (7, 3)
    assert dots.success_rate == pytest.approx(2 / 7)
    assert dots.skill_success_rate == pytest.approx(11 / 16)
    assert dots.hint_rate == pytest.approx(3 / 7)
    assert [(w.response, w.count, w.learners) for w in dots.wrong_answers] == [("7", 3, 2), ("4", 1, 1), ("9", 1, 1)]
    assert (dots.wrong_counted, dots.wrong_total) == (5, 5)
    assert dots.correct_answer == "5" and dots.prompt.startswith("How many dots")
    assert not dots.templated
    # A choice answer is reported as the choice's text.
    assert report.items[1].wrong_answers == ()
    assert mini.reports.difficult_items(now=NOW, limit=1).items == report.items[:1]


def test_items_with_few_answers_are_left_out(mini: AppServices) -> None:
    a, b = new_learner(mini, "Amina"), new_learner(mini, "Omar")
    record(mini, a, [Answer("count-dots-01", False, NOW - timedelta(minutes=k), response="3") for k in range(9)])
    assert mini.reports.difficult_items(now=NOW).items == ()  # one learner's trouble is "help needed"
    record(mini, b, [Answer("count-word-01", False, NOW - timedelta(minutes=k), response="x") for k in range(2)])
    assert mini.reports.difficult_items(now=NOW).items == ()


def test_demo_class_difficult_items(class_services: AppServices, demo: DemoClass) -> None:
    report = class_services.reports.difficult_items(now=CLASS_END, limit=10)
    assert len(report.items) == 10
    rates = [item.success_rate for item in report.items]
    assert rates == sorted(rates)
    with class_services.db.session() as session:
        for item in report.items:
            total, right = session.execute(
                select(func.count(), func.count().filter(AttemptEvent.correct.is_(True))).where(
                    AttemptEvent.item_id == item.item_id
                )
            ).one()
            assert item.attempts == total >= MIN_ITEM_ATTEMPTS
            assert item.success_rate == pytest.approx(right / total)
            wrong = list(
                session.scalars(
                    select(AttemptEvent.response).where(
                        AttemptEvent.item_id == item.item_id, AttemptEvent.correct.is_(False)
                    )
                )
            )
            assert item.wrong_total == len(wrong)
            assert sum(w.count for w in item.wrong_answers) <= item.wrong_counted <= len(wrong)
            kind = session.scalar(select(Item.type).where(Item.item_id == item.item_id))
            if kind in ("numeric", "short_text", "expression"):  # typed answers are counted as typed
                assert item.wrong_answers[0].count == Counter(r.strip() for r in wrong).most_common(1)[0][1]
            assert 0.0 <= item.skill_mastered_share <= 1.0
            assert item.prompt and item.correct_answer
    # The worst items of a real class are worse than their skills on average.
    assert sum(i.success_rate < i.skill_success_rate for i in report.items) >= 8
