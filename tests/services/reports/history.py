"""Write an exact answer history for a learner, through the same event path as the demo class."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from app.services.app_services import AppServices
from app.services.demo_class import store_attempts
from app.services.pack_runtime import load_runtime

MINI_PACK = "org.sabil.test.mini"


@dataclass(frozen=True)
class Answer:
    """One answer: the item, right or wrong, when, and optionally hints, time and the response."""

    item_id: str
    correct: bool
    when: datetime
    hints: int = 0
    seconds: float = 20.0
    response: str = "0"
    seed: int = 1


def record(services: AppServices, learner_id: str, answers: list[Answer], pack_id: str = MINI_PACK) -> None:
    """Store the answers as attempt events and rebuild the learner's skill states from them."""
    with services.db.session() as session:
        runtime = load_runtime(session, pack_id)
    rows = [
        {
            "learner_id": learner_id,
            "item_id": a.item_id,
            "skill_ids": [runtime.item(runtime.item_index[a.item_id]).skill_id],
            "response": a.response,
            "correct": a.correct,
            "hints_used": a.hints,
            "duration_ms": int(a.seconds * 1000),
            "seed": a.seed,
            "client_time": a.when,
        }
        for a in answers
    ]
    store_attempts(services, runtime, rows)
    services.practice.rebuild_learner_state(learner_id)


def new_learner(services: AppServices, name: str) -> str:
    """A learner profile; returns its id."""
    return services.learners.create(name, services.learners.avatars()[0]).id
