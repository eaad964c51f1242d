"""The demo class: real events through the storage path, real answers, rebuilt states, a real class."""

from __future__ import annotations

import random

import pytest
from sqlalchemy import func, select

from app.content_packs.answer_check import check_answer
from app.content_packs.templates import render_item
from app.services.app_services import AppServices
from app.services.demo_class import DemoClass, generate_demo_class
from app.services.errors import NotFoundError
from app.services.learner_state import rebuild_pack_states, row_to_state
from app.services.pack_runtime import load_runtime
from app.storage.models import AttemptEvent, Device, SkillStateRow


def test_events_are_stored_like_practice_stores_them(class_services: AppServices, demo: DemoClass) -> None:
    with class_services.db.session() as session:
        count, low, high = session.execute(
            select(func.count(), func.min(AttemptEvent.device_seq), func.max(AttemptEvent.device_seq))
        ).one()
        assert count == demo.attempts >= 12 * 100
        assert (low, high) == (1, count)  # gap-free sequence numbers, as sync expects
        assert session.get(Device, class_services.device_id).last_seq == count
        first, last = session.execute(select(func.min(AttemptEvent.client_time), func.max(AttemptEvent.client_time))).one()
        assert demo.start <= first and last <= demo.end
        assert all(t.weekday() < 5 for t in session.scalars(select(AttemptEvent.client_time)))
        hinted = session.scalar(select(func.count()).where(AttemptEvent.hints_used > 0))
        assert 0 < hinted < count


def test_every_stored_answer_checks_as_recorded(class_services: AppServices, demo: DemoClass) -> None:
    with class_services.db.session() as session:
        runtime = load_runtime(session, demo.pack_id)
        events = session.execute(
            select(AttemptEvent.item_id, AttemptEvent.seed, AttemptEvent.response, AttemptEvent.correct)
        ).all()
    for event in random.Random(1).sample(events, 150):
        rendered = render_item(runtime.item(runtime.item_index[event.item_id]), event.seed)
        assert check_answer(rendered, event.response).correct == event.correct


def test_states_are_the_replay_of_the_events(class_services: AppServices, demo: DemoClass) -> None:
    with class_services.db.transaction() as session:
        runtime = load_runtime(session, demo.pack_id)
        for learner_id in demo.learner_ids[:3]:
            stored = {
                r.skill_id: row_to_state(r)
                for r in session.scalars(
                    select(SkillStateRow).where(SkillStateRow.learner_id == learner_id,
                                                SkillStateRow.pack_id == demo.pack_id)
                )
            }
            assert stored and rebuild_pack_states(session, learner_id, runtime) == stored
        session.rollback()


def test_reproducible_from_the_seed(mini: AppServices) -> None:
    from datetime import UTC, datetime

    end = datetime(2026, 2, 6, 15, 0, tzinfo=UTC)
    one = generate_demo_class(mini, "org.sabil.test.mini", learners=2, attempts_per_learner=40, weeks=3, seed=5, end=end)
    two = generate_demo_class(mini, "org.sabil.test.mini", learners=2, attempts_per_learner=40, weeks=3, seed=5, end=end)
    with mini.db.session() as session:
        def answers(learner_id: str) -> list[tuple]:
            return session.execute(
                select(AttemptEvent.item_id, AttemptEvent.response, AttemptEvent.correct, AttemptEvent.client_time)
                .where(AttemptEvent.learner_id == learner_id)
                .order_by(AttemptEvent.client_time)
            ).all()

        for a, b in zip(one.learner_ids, two.learner_ids, strict=True):
            assert answers(a) == answers(b) and len(answers(a)) > 20
    with pytest.raises(NotFoundError):
        generate_demo_class(mini, "org.sabil.nope", learners=1)
