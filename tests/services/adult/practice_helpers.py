"""Practising through the real service, answering like a learner who knows (or does not know) the answer."""

from __future__ import annotations

from app.content_packs.answer_oracle import right_response, wrong_response
from app.services.app_services import AppServices
from app.services.dto import PresentedItem


def master(services: AppServices, learner_id: str, pack_id: str, skill_id: str, limit: int = 40) -> None:
    """Answer items of one skill right until the service says it is mastered."""
    session = services.practice.start_session(learner_id, focus_skill=skill_id, pack_id=pack_id)
    try:
        for _ in range(limit):
            services.practice.next_item(session)
            if services.practice.submit(session, right_response(services.practice.shown_rendering(session)), 3000).mastered_now:
                return
        raise AssertionError(f"{skill_id} was not mastered in {limit} answers")
    finally:
        services.practice.end_session(session)


def answer(services: AppServices, session_id: str, right: bool = True, duration_ms: int = 3000) -> PresentedItem:
    """Show the next item and answer it; returns the item shown."""
    item = services.practice.next_item(session_id)
    rendered = services.practice.shown_rendering(session_id)
    services.practice.submit(session_id, right_response(rendered) if right else wrong_response(rendered), duration_ms)
    return item
