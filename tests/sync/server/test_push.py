"""Push: idempotent by event id, stored_through with gaps, learners' profiles last-writer-wins."""

from __future__ import annotations

import random

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.storage.models import AttemptEvent, Learner
from tests.sync.server.helpers import Hub


def test_a_batch_is_stored_and_answered_with_stored_through(hub: Hub) -> None:
    device = hub.device()
    learner = device.profile()
    answer = device.push(device.events(learner["id"], 5), [learner])
    assert answer.status_code == 200, answer.text
    assert answer.json() == {"stored_through": 5, "accepted": 5, "duplicates": 0, "learners_applied": 1}
    with Session(hub.engine) as session:
        rows = session.scalars(select(AttemptEvent).order_by(AttemptEvent.device_seq)).all()
        assert [row.device_seq for row in rows] == [1, 2, 3, 4, 5]
        assert rows[0].seed == 2**40 + 1  # 48-bit seeds survive PostgreSQL
        assert session.get(Learner, learner["id"]).display_name == "Amina"
    assert hub.change_count() == 6


def test_the_same_batch_twice_stores_nothing_new(hub: Hub) -> None:
    device = hub.device()
    learner = device.profile()
    batch = device.events(learner["id"], 20)
    first = device.push(batch, [learner]).json()
    second = device.push(batch, [learner]).json()
    assert first["accepted"] == 20
    assert second == {"stored_through": 20, "accepted": 0, "duplicates": 20, "learners_applied": 0}
    assert hub.event_count() == 20
    assert hub.change_count() == 21


def test_out_of_order_and_overlapping_batches_store_each_event_once(hub: Hub) -> None:
    device = hub.device()
    learner = device.profile()
    events = device.events(learner["id"], 300)
    device.push([], [learner])
    # Batches arrive in a shuffled order and overlap each other (as retries after lost answers do).
    slices = [(0, 100), (80, 180), (150, 300), (0, 50), (250, 300), (120, 260)]
    random.Random(7).shuffle(slices)
    for start, end in slices:
        assert device.push(events[start:end]).status_code == 200
    final = device.push(events[290:300]).json()
    assert final["stored_through"] == 300
    assert hub.event_count() == 300
    with Session(hub.engine) as session:
        seqs = session.scalars(select(AttemptEvent.device_seq).order_by(AttemptEvent.device_seq)).all()
    assert seqs == list(range(1, 301))
    assert hub.change_count() == 301  # one change per event (+ the profile), never two


def test_stored_through_stops_at_a_gap_and_moves_when_it_is_filled(hub: Hub) -> None:
    device = hub.device()
    learner = device.profile()
    events = device.events(learner["id"], 10)
    assert device.push(events[0:5], [learner]).json()["stored_through"] == 5
    answer = device.push([events[7], events[8]]).json()
    assert answer["stored_through"] == 5
    assert answer["accepted"] == 2
    assert device.push([events[5]]).json()["stored_through"] == 6
    assert device.push([events[6]]).json()["stored_through"] == 9
    status = hub.client.get("/v1/status", headers=device.auth).json()
    assert status["device"]["stored_through"] == 9


def test_events_not_in_increasing_sequence_are_refused_and_nothing_is_stored(hub: Hub) -> None:
    device = hub.device()
    learner = device.profile()
    events = device.events(learner["id"], 3)
    answer = device.push([events[1], events[0], events[2]], [learner])
    assert answer.status_code == 422
    assert answer.json()["error"] == "out_of_order"
    assert hub.event_count() == 0
    assert hub.count(Learner) == 0


def test_an_event_whose_learner_is_unknown_is_refused(hub: Hub) -> None:
    device = hub.device()
    events = device.events("0193f1c1-1111-7111-8111-111111111111", 2)
    answer = device.push(events)
    assert answer.status_code == 422
    assert answer.json()["error"] == "unknown_learner"
    assert hub.event_count() == 0


def test_a_device_cannot_push_another_devices_events(hub: Hub) -> None:
    device = hub.device()
    other = hub.device()
    learner = other.profile()
    other.push([], [learner])
    answer = device.push(other.events(learner["id"], 2))
    assert answer.status_code == 403
    assert answer.json()["error"] == "wrong_device"
    assert hub.event_count() == 0


def test_profiles_merge_last_writer_wins_by_hlc_and_tombstones_sync(hub: Hub) -> None:
    tablet = hub.device()
    laptop = hub.device()
    learner = tablet.profile("Amina", hlc_ms=1_000)
    assert tablet.push([], [learner]).json()["learners_applied"] == 1
    newer = dict(learner, display_name="Amina K.", hlc=f"{2_000:015d}-000000-{laptop.device_id}")
    older = dict(learner, display_name="Old name", hlc=f"{1_500:015d}-000000-{tablet.device_id}")
    assert laptop.push([], [newer]).json()["learners_applied"] == 1
    assert tablet.push([], [older]).json()["learners_applied"] == 0  # loses: its stamp is older
    assert laptop.push([], [newer]).json()["learners_applied"] == 0  # same write again: no change
    with Session(hub.engine) as session:
        assert session.get(Learner, learner["id"]).display_name == "Amina K."
    tombstone = dict(newer, deleted_at="2026-11-22T10:00:00+00:00", hlc=f"{3_000:015d}-000000-{tablet.device_id}")
    assert tablet.push([], [tombstone]).json()["learners_applied"] == 1
    _, profiles, _ = laptop.pull_all()
    assert [p["deleted_at"] for p in profiles if p["id"] == learner["id"]] == ["2026-11-22T10:00:00Z"]


def test_two_devices_practising_as_the_same_learner_union_their_events(hub: Hub) -> None:
    school_pc = hub.device()
    home = hub.device()
    learner = school_pc.profile()
    school_pc.push(school_pc.events(learner["id"], 30), [learner])
    home.learners[learner["id"]] = learner
    home.push(home.events(learner["id"], 12), [learner])
    events_at_home, _, _ = home.pull_all()
    events_at_school, _, _ = school_pc.pull_all()
    assert len(events_at_home) == 30 and {e["device_id"] for e in events_at_home} == {school_pc.device_id}
    assert len(events_at_school) == 12 and {e["device_id"] for e in events_at_school} == {home.device_id}
    assert hub.count(AttemptEvent, AttemptEvent.learner_id == learner["id"]) == 42


def test_the_ingest_hook_runs_inside_the_push_transaction(server_db: str) -> None:
    """A hub notes learners to rebuild in the same transaction: a refused push leaves no note."""
    from fastapi.testclient import TestClient

    from app.sync.server.app import create_app
    from tests.sync.server.helpers import enrol, new_code

    seen: list[tuple[int, list[str]]] = []

    def hook(session, batch, answer) -> None:  # noqa: ANN001 - Session, PushRequest, PushResponse
        assert session.in_transaction()
        seen.append((answer.accepted, sorted({e.learner_id for e in batch.events})))

    app = create_app(server_db, on_ingest=hook)
    with TestClient(app) as client:
        device = enrol(client, new_code(app.state.engine, "S", "C"))
        learner = device.profile()
        assert device.push(device.events(learner["id"], 4), [learner]).status_code == 200
        assert device.push(device.events(learner["id"], 2, start=1)).status_code == 200  # all duplicates
        bad = device.events(learner["id"], 2)
        assert device.push([bad[1], bad[0]]).status_code == 422
    app.state.engine.dispose()
    assert seen == [(4, [learner["id"]]), (0, [learner["id"]])]
