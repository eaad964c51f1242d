"""PracticeService: sessions, hints, durable submits, state updates, sequence numbers, rebuild."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from app.content_packs.answer_oracle import right_response, wrong_response
from app.engine.bkt import BKTParams
from app.engine.graph import build_graph
from app.engine.mastery import MasteryRule
from app.engine.state import replay
from app.services.app_services import AppServices
from app.services.errors import ValidationError
from app.storage.models import AttemptEvent, Device, SkillStateRow


def _events(services: AppServices) -> list[AttemptEvent]:
    with services.db.session() as s:
        return list(s.scalars(select(AttemptEvent).order_by(AttemptEvent.device_seq)))


def _rows(services: AppServices) -> dict[str, tuple]:
    with services.db.session() as s:
        return {
            r.skill_id: (
                r.p_known,
                r.attempts,
                r.correct,
                r.streak,
                r.wrong_streak,
                r.recent,
                r.mastered,
                r.mastered_at,
                r.last_practised,
            )
            for r in s.scalars(select(SkillStateRow))
        }


def test_a_session_next_hint_submit_summary(services: AppServices) -> None:
    learner = services.learners.create("Ali", "owl")
    practice = services.practice
    sid = practice.start_session(learner.id)
    item = practice.next_item(sid)
    assert item.position == 1 and item.skill_id == "count-to-10"  # the only skill without prerequisites
    assert item.skill_title["en"] == "Counting to 10" and item.reason and item.hint_count >= 1
    first_hint = practice.hint(sid)
    assert first_hint and first_hint == practice.shown_rendering(sid).hints[0]
    hints = [first_hint] + [h for h in iter(lambda: practice.hint(sid), None)]
    assert len(hints) == item.hint_count and practice.hint(sid) is None

    feedback = practice.submit(sid, right_response(practice.shown_rendering(sid)), 4200)
    assert feedback.status == "correct" and feedback.event_id
    assert feedback.p_known_after > feedback.p_known_before
    second = practice.next_item(sid)
    assert second.position == 2
    wrong = practice.submit(sid, wrong_response(practice.shown_rendering(sid)), 3000)
    assert wrong.status == "incorrect" and wrong.correct_answer and wrong.solution

    summary = practice.summary(sid)
    assert (summary.answered, summary.correct, summary.hints_used) == (2, 1, item.hint_count)
    assert summary.learner_id == learner.id and summary.duration_seconds > 0
    assert sum(p.attempts for p in summary.skills) == 2
    events = _events(services)
    assert [e.id for e in events] == [feedback.event_id, wrong.event_id]
    assert events[0].hints_used == item.hint_count and events[1].hints_used == 0
    assert events[0].duration_ms == 4200 and events[0].skill_ids == ["count-to-10"]
    assert events[0].pack_version == "1.0.0" and events[0].client_time.tzinfo is not None


def test_event_records_the_seed_that_reproduces_the_item(services: AppServices) -> None:
    from app.content_packs.templates import render_item
    from app.services.item_codec import item_from_body
    from app.storage.models import Item

    learner = services.learners.create("Ali", "owl")
    sid = services.practice.start_session(learner.id, focus_skill="add-within-10")
    presented = services.practice.next_item(sid)
    services.practice.submit(sid, wrong_response(services.practice.shown_rendering(sid)), 100)
    event = _events(services)[0]
    with services.db.session() as s:
        item = item_from_body(s.get(Item, (event.pack_id, event.item_id)).body)
    assert render_item(item, event.seed).prompt == presented.prompt


def test_unreadable_answer_records_nothing_and_allows_a_retry(services: AppServices) -> None:
    learner = services.learners.create("Ali", "owl")
    sid = services.practice.start_session(learner.id, focus_skill="count-to-10")
    while services.practice.next_item(sid).type != "numeric":
        pass
    feedback = services.practice.submit(sid, "a banana", 900)
    assert feedback.status == "unreadable" and feedback.event_id is None
    assert feedback.p_known_after == feedback.p_known_before
    assert _events(services) == [] and _rows(services) == {}
    with services.db.session() as s:
        assert s.scalar(select(Device.last_seq)) == 0
    retry = services.practice.submit(sid, right_response(services.practice.shown_rendering(sid)), 900)
    assert retry.status == "correct" and len(_events(services)) == 1


def test_state_updates_and_mastery(services: AppServices) -> None:
    learner = services.learners.create("Ali", "owl")
    practice = services.practice
    sid = practice.start_session(learner.id, focus_skill="count-to-10")
    mastered_at = None
    for n in range(1, 30):
        practice.next_item(sid)
        feedback = practice.submit(sid, right_response(practice.shown_rendering(sid)), 1000)
        row = _rows(services)["count-to-10"]
        assert row[1] == n and row[0] == pytest.approx(feedback.p_known_after)
        if feedback.mastered_now:
            mastered_at = n
            break
    assert mastered_at is not None, "ten right answers in a row never reached mastery"
    assert _rows(services)["count-to-10"][6] is True and _rows(services)["count-to-10"][7] is not None
    assert practice.summary(sid).newly_mastered == ("count-to-10",)
    statuses = {v.skill_id: v.status for v in practice.skill_map(learner.id)}
    assert statuses == {"count-to-10": "mastered", "add-within-10": "ready", "fractions-intro": "locked"}
    assert practice.suggestions(learner.id)[0].skill_id == "add-within-10"


def test_skill_map_is_in_topological_order_and_suggestions_explain(services: AppServices) -> None:
    learner = services.learners.create("Ali", "owl")
    view = services.practice.skill_map(learner.id)
    assert [v.skill_id for v in view] == ["count-to-10", "add-within-10", "fractions-intro"]
    assert [v.status for v in view] == ["ready", "locked", "locked"]
    assert view[1].prerequisites == ("count-to-10",) and view[0].pack_id == "org.sabil.test.mini"
    suggestion = services.practice.suggestions(learner.id)[0]
    assert suggestion.skill_id == "count-to-10" and suggestion.kind == "new" and suggestion.reason
    assert 0.0 < suggestion.predicted_correct < 1.0


def test_never_the_same_item_twice_in_a_row(services: AppServices) -> None:
    learner = services.learners.create("Ali", "owl")
    practice = services.practice
    for focus in (None, "count-to-10", "fractions-intro"):
        sid = practice.start_session(learner.id, focus_skill=focus)
        shown = []
        for i in range(25):
            shown.append(practice.next_item(sid).item_id)
            if i % 2:
                practice.submit(sid, wrong_response(practice.shown_rendering(sid)), 500)
        assert all(a != b for a, b in zip(shown, shown[1:], strict=False)), shown


def test_device_seq_strictly_increasing_and_gap_free(services: AppServices) -> None:
    practice = services.practice
    a = services.learners.create("Ali", "owl")
    b = services.learners.create("Badr", "cat")
    sessions = [practice.start_session(a.id), practice.start_session(b.id)]
    for n in range(24):
        sid = sessions[n % 2]
        practice.next_item(sid)
        rendered = practice.shown_rendering(sid)
        if rendered.type == "numeric":
            assert practice.submit(sid, "?!", 10).status == "unreadable"  # takes no number
        practice.submit(sid, right_response(rendered) if n % 3 else wrong_response(rendered), 10)
    events = _events(services)
    assert [e.device_seq for e in events] == list(range(1, 25))
    assert len({e.device_id for e in events}) == 1 and events[0].device_id == services.device_id
    assert [e.id for e in events] == sorted(e.id for e in events)  # UUIDv7 follows creation order
    with services.db.session() as s:
        assert s.get(Device, services.device_id).last_seq == 24


def test_rebuild_reproduces_the_incremental_state(services: AppServices) -> None:
    learner = services.learners.create("Ali", "owl")
    practice = services.practice
    sid = practice.start_session(learner.id)
    for n in range(40):
        practice.next_item(sid)
        rendered = practice.shown_rendering(sid)
        practice.submit(sid, wrong_response(rendered) if n % 4 == 3 else right_response(rendered), 700)
    incremental = _rows(services)
    assert len(incremental) >= 2  # progress moved beyond the first skill
    assert practice.rebuild_learner_state(learner.id) == 1
    assert _rows(services) == incremental

    # And both equal the engine's own replay of the events.
    graph = build_graph(
        ["count-to-10", "add-within-10", "fractions-intro"],
        {"add-within-10": ["count-to-10"], "fractions-intro": ["add-within-10"]},
    )
    rules = {
        "add-within-10": MasteryRule.from_dict({"kind": "n_in_a_row", "n": 3}),
        "fractions-intro": MasteryRule.from_dict({"kind": "m_of_n", "m": 4, "n": 5}),
    }
    events = sorted(_events(services), key=lambda e: (e.client_time, e.id))
    replayed = replay(
        graph,
        [(e.skill_ids[0], e.correct, e.client_time.timestamp()) for e in events],
        BKTParams.default(),
        rules,
    )
    for skill_id, row in incremental.items():
        state = replayed[skill_id]
        assert (state.p_known, state.attempts, state.correct, state.mastered, state.last_practised) == (
            row[0],
            row[1],
            row[2],
            row[6],
            row[8],
        )


def test_rebuild_repairs_a_damaged_projection(services: AppServices) -> None:
    learner = services.learners.create("Ali", "owl")
    sid = services.practice.start_session(learner.id)
    for _ in range(6):
        services.practice.next_item(sid)
        services.practice.submit(sid, right_response(services.practice.shown_rendering(sid)), 700)
    good = _rows(services)
    with services.db.transaction() as s:
        for row in s.scalars(select(SkillStateRow)):
            row.p_known, row.attempts = 0.5, 99
    services.practice.rebuild_learner_state(learner.id)
    assert _rows(services) == good


def test_errors_have_codes(services: AppServices) -> None:
    learner = services.learners.create("Ali", "owl")
    practice = services.practice
    with pytest.raises(ValidationError) as info:
        practice.start_session(learner.id, focus_skill="no-such-skill")
    assert info.value.code == "unknown_skill"
    with pytest.raises(ValidationError) as info:
        practice.start_session("nobody")
    assert info.value.code == "unknown_learner"
    sid = practice.start_session(learner.id)
    with pytest.raises(ValidationError) as info:
        practice.submit(sid, "1", 10)
    assert info.value.code == "no_item"
    practice.end_session(sid)
    with pytest.raises(ValidationError) as info:
        practice.next_item(sid)
    assert info.value.code == "unknown_session"


def test_shown_rendering_is_the_item_on_screen(services: AppServices) -> None:
    from app.services.errors import NotFoundError

    learner = services.learners.create("Noor", "owl")
    sid = services.practice.start_session(learner.id)
    with pytest.raises(ValidationError):
        services.practice.shown_rendering(sid)  # nothing asked for yet
    item = services.practice.next_item(sid)
    rendered = services.practice.shown_rendering(sid)
    assert rendered.item_id == item.item_id and rendered.prompt == item.prompt
    with pytest.raises(NotFoundError):
        services.practice.shown_rendering("no-such-session")
