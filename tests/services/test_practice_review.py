"""The FSRS review state in the app: stored with each answer, replayed by rebuild, fed to the policy."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select

from app.content_packs.answer_oracle import right_response, wrong_response
from app.engine.review import ReviewState, initial_review_state, record_review
from app.services.app_services import AppServices
from app.storage.models import AttemptEvent, SkillStateRow


def _reviews(services: AppServices) -> dict[str, dict | None]:
    with services.db.session() as s:
        return {r.skill_id: r.review for r in s.scalars(select(SkillStateRow))}


def _master_counting(services: AppServices, learner_id: str) -> str:
    """Answer count-to-10 right until mastered; returns the session id."""
    practice = services.practice
    sid = practice.start_session(learner_id, focus_skill="count-to-10")
    for _ in range(30):
        practice.next_item(sid)
        if practice.submit(sid, right_response(practice.shown_rendering(sid)), 800).mastered_now:
            return sid
    raise AssertionError("count-to-10 was never mastered")


def test_mastery_starts_a_review_state_and_later_answers_are_reviews(services: AppServices) -> None:
    learner = services.learners.create("Ali", "owl")
    practice = services.practice
    sid = _master_counting(services, learner.id)
    with services.db.session() as s:
        row = s.get(SkillStateRow, (learner.id, "org.sabil.test.mini", "count-to-10"))
        assert row is not None and row.mastered_at is not None
        first = ReviewState.from_dict(row.review)
        assert first == initial_review_state(row.mastered_at.timestamp())
    assert _reviews(services).get("add-within-10") is None  # not mastered: no review state

    # Two more answers on the mastered skill: each is an FSRS review (a lapse, then a success).
    practice.next_item(sid)
    practice.submit(sid, wrong_response(practice.shown_rendering(sid)), 800)
    practice.next_item(sid)
    practice.submit(sid, right_response(practice.shown_rendering(sid)), 800)
    with services.db.session() as s:
        events = list(s.scalars(select(AttemptEvent).order_by(AttemptEvent.device_seq)))
    review = ReviewState.from_dict(_reviews(services)["count-to-10"])
    expected = record_review(first, False, events[-2].client_time.timestamp())
    expected = record_review(expected, True, events[-1].client_time.timestamp())
    assert review == expected
    assert (review.reviews, review.lapses) == (2, 1)


def test_rebuild_reproduces_the_review_states(services: AppServices) -> None:
    learner = services.learners.create("Ali", "owl")
    practice = services.practice
    sid = _master_counting(services, learner.id)
    for n in range(12):
        practice.next_item(sid, focus_skill="count-to-10" if n % 3 == 0 else None)
        rendered = practice.shown_rendering(sid)
        if n % 4 == 1:
            practice.hint(sid)
        practice.submit(sid, wrong_response(rendered) if n % 5 == 2 else right_response(rendered), 600)
    incremental = _reviews(services)
    assert incremental["count-to-10"] is not None
    assert ReviewState.from_dict(incremental["count-to-10"]).reviews >= 4
    with services.db.transaction() as s:  # damage the projection
        for row in s.scalars(select(SkillStateRow)):
            row.review = None
    practice.rebuild_learner_state(learner.id)
    assert _reviews(services) == incremental


def test_a_forgotten_skill_comes_back_as_a_review_suggestion(services: AppServices) -> None:
    learner = services.learners.create("Ali", "owl")
    _master_counting(services, learner.id)
    assert all(s.kind != "review" for s in services.practice.suggestions(learner.id))
    # The same answers, five days earlier (as if synced from another device): rebuild, then FSRS
    # says recall fell below 0.9 (stability ~2.3 days) although the week-idle fallback would wait.
    with services.db.transaction() as s:
        for event in s.scalars(select(AttemptEvent)):
            event.client_time = event.client_time - timedelta(days=5)
    services.practice.rebuild_learner_state(learner.id)
    found = services.practice.suggestions(learner.id, k=3)
    review = [s for s in found if s.kind == "review"]
    assert [s.skill_id for s in review] == ["count-to-10"]
    assert review[0].reason == "review_due" and int(review[0].reason_args["days"]) == 5

    # A session sees the same recall: focused on the reviewed skill, its item says why.
    sid = services.practice.start_session(learner.id)
    item = services.practice.next_item(sid, focus_skill="count-to-10")
    assert item.skill_id == "count-to-10"


def test_next_item_focus_is_for_one_item_and_checked(services: AppServices) -> None:
    learner = services.learners.create("Ali", "owl")
    practice = services.practice
    sid = _master_counting(services, learner.id)
    practice.end_session(sid)
    sid = practice.start_session(learner.id)
    assert practice.next_item(sid, focus_skill="count-to-10").skill_id == "count-to-10"
    practice.submit(sid, right_response(practice.shown_rendering(sid)), 500)
    assert practice.next_item(sid).skill_id == "add-within-10"  # the engine's own pick again
    with pytest.raises(Exception) as info:
        practice.next_item(sid, focus_skill="no-such-skill")
    assert getattr(info.value, "code", "") == "unknown_skill"


def test_session_suggestions_follow_the_session_state(services: AppServices) -> None:
    learner = services.learners.create("Ali", "owl")
    sid = _master_counting(services, learner.id)
    in_session = services.practice.session_suggestions(sid, k=3)
    from_db = services.practice.suggestions(learner.id, k=3)
    assert [s.skill_id for s in in_session] == [s.skill_id for s in from_db]
    assert in_session[0].skill_id == "add-within-10" and in_session[0].reason
    assert in_session[0].reason_args.get("prerequisites_title") == "Counting to 10"


def test_skill_titles_in_reasons_use_the_learners_comma(services: AppServices) -> None:
    from app.services.practice import PracticeService

    with services.db.session() as session:
        runtime = services.practice._runtime(session, "org.sabil.test.mini")
    args = {"prerequisites": "count-to-10,add-within-10"}
    english = PracticeService._titled_args(runtime, args, "en")
    arabic = PracticeService._titled_args(runtime, args, "ar")
    assert english["prerequisites_title"] == "Counting to 10, Adding within 10"
    assert arabic["prerequisites_title"] == "العدّ حتى ١٠، الجمع ضمن ١٠"
