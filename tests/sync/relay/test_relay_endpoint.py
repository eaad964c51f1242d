"""``POST /v1/relay`` on its own (SQLite and PostgreSQL): events of several origin devices stored once,
scope by school, origin devices of another school refused, the change log's source is the relayer, and
teacher records relayed with the same rules."""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.storage.ids import uuid7
from app.storage.models import AttemptEvent, Device, Learner
from app.storage.sync_models import SyncChange, SyncLearnerScope
from app.sync.enrolment import revoke_device
from tests.sync.records.wire import class_member, class_record, plan_record, stamp
from tests.sync.server.helpers import Device as Enrolled
from tests.sync.server.helpers import Hub


def _relay(relayer: Enrolled, events: list[dict[str, Any]], learners: list[dict[str, Any]]) -> Any:
    body = {"device_id": relayer.device_id, "events": events, "learners": learners}
    return relayer.client.post("/v1/relay", json=body, headers=relayer.auth)


def _origin(relayer: Enrolled) -> Enrolled:
    """A learner PC behind the relaying hub: never enrolled here, it only numbers its events."""
    return Enrolled(relayer.client, uuid7(), "", relayer.school_id, relayer.class_id)


def _snapshot(hub: Hub) -> tuple[int, int, int, int]:
    return (hub.event_count(), hub.change_count(), hub.count(Learner), hub.count(SyncLearnerScope))


def test_a_relay_stores_every_origin_devices_events_once_under_the_relayers_school(hub: Hub) -> None:
    relayer = hub.device("A", name="Hub of 5B")
    pc1, pc2 = _origin(relayer), _origin(relayer)
    amina, omar = pc1.profile("Amina"), pc2.profile("Omar")
    events = pc1.events(amina["id"], 4) + pc2.events(omar["id"], 3) + relayer.events(amina["id"], 2)
    answer = _relay(relayer, events, [amina, omar])
    assert answer.status_code == 200, answer.text
    assert answer.json() == {"accepted": 9, "duplicates": 0, "learners_applied": 2, "records_applied": 0}
    with Session(hub.engine) as session:
        stored = {(e.device_id, e.device_seq) for e in session.scalars(select(AttemptEvent))}
        assert stored == {(pc1.device_id, n) for n in range(1, 5)} | {(pc2.device_id, n) for n in range(1, 4)} | {
            (relayer.device_id, 1), (relayer.device_id, 2)}
        # Bare device rows for the PCs the district never saw (events refer to them).
        assert session.get(Device, pc1.device_id) is not None and session.get(Device, pc2.device_id) is not None
        scopes = {s.learner_id: (s.school_id, s.class_id) for s in session.scalars(select(SyncLearnerScope))}
        assert scopes == {amina["id"]: (relayer.school_id, relayer.class_id),
                          omar["id"]: (relayer.school_id, relayer.class_id)}
        sources = set(session.scalars(select(SyncChange.device_id)))
        assert sources == {relayer.device_id}
    assert hub.change_count() == 11
    # The relayer's own answers move its stored_through as a push would.
    assert relayer.client.get("/v1/status", headers=relayer.auth).json()["device"]["stored_through"] == 2


def test_the_same_relay_page_twice_stores_nothing_new(hub: Hub) -> None:
    relayer = hub.device("A")
    pc = _origin(relayer)
    learner = pc.profile()
    events = pc.events(learner["id"], 30)
    assert _relay(relayer, events, [learner]).json()["accepted"] == 30
    before = _snapshot(hub)
    again = _relay(relayer, events, [learner])
    assert again.json() == {"accepted": 0, "duplicates": 30, "learners_applied": 0, "records_applied": 0}
    assert _snapshot(hub) == before


def test_other_devices_of_the_school_pull_what_was_relayed_but_the_relayer_does_not(hub: Hub) -> None:
    relayer, other = hub.device("A", name="hub 1"), hub.device("A", name="hub 2")
    pc = _origin(relayer)
    learner = pc.profile("Sara")
    _relay(relayer, pc.events(learner["id"], 5), [learner])
    events, learners, _ = other.pull_all()
    assert len(events) == 5 and {e["device_id"] for e in events} == {pc.device_id}
    assert [p["display_name"] for p in learners] == ["Sara"]
    mine, _, _ = relayer.pull_all()
    assert mine == []


def test_a_relay_with_another_schools_learner_is_refused_whole(hub: Hub) -> None:
    school_b = hub.device("B")
    layla = school_b.profile("Layla")
    assert school_b.push(school_b.events(layla["id"], 2), [layla]).status_code == 200
    relayer = hub.device("A")
    pc = _origin(relayer)
    mine = pc.profile("Hana")
    before = _snapshot(hub)
    # As an event's learner, and as a profile (a rename of B's learner).
    for events, learners in ((pc.events(mine["id"], 2) + pc.events(layla["id"], 1), [mine]),
                             (pc.events(mine["id"], 2), [mine, {**layla, "display_name": "X",
                                                                "hlc": f"{1_763_900_000_000:015d}-000000-x"}])):
        answer = _relay(relayer, events, learners)
        assert answer.status_code == 403 and answer.json()["error"] == "out_of_scope", answer.text
        assert _snapshot(hub) == before
    with Session(hub.engine) as session:
        assert session.get(Learner, layla["id"]).display_name == "Layla"


def test_events_of_a_device_enrolled_in_another_school_are_refused(hub: Hub) -> None:
    school_b = hub.device("B")
    relayer = hub.device("A")
    learner = relayer.profile("Yusuf")
    # A hub of school A may not vouch for a PC enrolled here directly in school B.
    forged = Enrolled(relayer.client, school_b.device_id, "", relayer.school_id, relayer.class_id)
    before = _snapshot(hub)
    answer = _relay(relayer, forged.events(learner["id"], 2), [learner])
    assert answer.status_code == 403 and answer.json()["error"] == "out_of_scope"
    assert school_b.device_id in answer.json()["message"]
    assert _snapshot(hub) == before


def test_a_device_enrolled_directly_in_the_same_school_may_be_relayed(hub: Hub) -> None:
    relayer, direct = hub.device("A"), hub.device("A")
    learner = direct.profile()
    events = direct.events(learner["id"], 3)
    assert _relay(relayer, events, [learner]).json()["accepted"] == 3
    # Its own later push of the same answers is all duplicates, and its position catches up.
    answer = direct.push(events).json()
    assert (answer["accepted"], answer["duplicates"], answer["stored_through"]) == (0, 3, 3)


def test_relay_refusals_change_nothing(hub: Hub) -> None:
    relayer = hub.device("A")
    pc = _origin(relayer)
    learner = pc.profile()
    before = _snapshot(hub)
    no_profile = _relay(relayer, pc.events(learner["id"], 2), [])
    assert no_profile.status_code == 422 and no_profile.json()["error"] == "unknown_learner"
    wrong = relayer.client.post("/v1/relay", json={"device_id": uuid7(), "events": [], "learners": []},
                                headers=relayer.auth)
    assert wrong.status_code == 403 and wrong.json()["error"] == "wrong_device"
    anonymous = relayer.client.post("/v1/relay", json={"device_id": relayer.device_id, "events": [], "learners": []})
    assert anonymous.status_code == 401
    twice = _relay(relayer, [], [learner, learner])
    assert twice.status_code == 422
    assert _snapshot(hub) == before


def _relay_with_records(relayer: Enrolled, events: list[dict[str, Any]], learners: list[dict[str, Any]],
                        records: list[dict[str, Any]]) -> Any:
    body = {"device_id": relayer.device_id, "events": events, "learners": learners, "records": records}
    return relayer.client.post("/v1/relay", json=body, headers=relayer.auth)


def test_teacher_records_are_relayed_once_and_reach_the_schools_other_devices(hub: Hub) -> None:
    relayer, other = hub.device("A", name="hub 1"), hub.device("A", name="hub 2")
    pc = _origin(relayer)
    learner = pc.profile("Amina")
    klass = class_record(stamp(relayer.device_id), name="5B")
    records = [klass, class_member(stamp(relayer.device_id), klass["id"], learner["id"]),
               plan_record(stamp(relayer.device_id), "class", klass["id"])]
    answer = _relay_with_records(relayer, pc.events(learner["id"], 2), [learner], records)
    assert answer.status_code == 200, answer.text
    assert answer.json() == {"accepted": 2, "duplicates": 0, "learners_applied": 1, "records_applied": 3}
    before = _snapshot(hub)
    again = _relay_with_records(relayer, [], [learner], records)
    assert again.json()["records_applied"] == 0 and _snapshot(hub) == before

    page = other.pull().json()
    assert {(r["kind"], r["id"]) for r in page["records"]} == {(r["kind"], r["id"]) for r in records}
    assert [p["id"] for p in page["learners"]] == [learner["id"]] and len(page["events"]) == 2
    assert relayer.pull().json()["records"] == []


def test_a_relayed_record_of_another_school_is_refused_whole(hub: Hub) -> None:
    school_b = hub.device("B")
    theirs = class_record(stamp(school_b.device_id), name="B's class")
    pushed = school_b.client.post("/v1/push", json={"device_id": school_b.device_id, "events": [], "learners": [],
                                                    "records": [theirs]}, headers=school_b.auth)
    assert pushed.status_code == 200, pushed.text
    relayer = hub.device("A")
    pc = _origin(relayer)
    learner = pc.profile()
    before = _snapshot(hub)
    renamed = {**theirs, "hlc": stamp(relayer.device_id, ms=1_763_900_000_000),
               "body": {**theirs["body"], "name": "taken over"}}
    answer = _relay_with_records(relayer, pc.events(learner["id"], 2), [learner], [renamed])
    assert answer.status_code == 403 and answer.json()["error"] == "out_of_scope"
    assert _snapshot(hub) == before


def test_a_revoked_hub_cannot_relay(hub: Hub) -> None:
    relayer = hub.device("A")
    pc = _origin(relayer)
    learner = pc.profile()
    with Session(hub.engine) as session, session.begin():
        assert revoke_device(session, relayer.device_id)
    before = _snapshot(hub)
    answer = _relay(relayer, pc.events(learner["id"], 2), [learner])
    assert answer.status_code == 401 and answer.json()["error"] == "token_revoked"
    assert _snapshot(hub) == before


def test_oversized_malformed_or_non_json_relays_get_a_4xx_and_change_nothing(hub: Hub) -> None:
    relayer = hub.device("A")
    pc = _origin(relayer)
    learner = pc.profile()
    before = _snapshot(hub)
    too_many = _relay(relayer, pc.events(learner["id"], 1001), [learner])
    assert too_many.status_code == 422 and too_many.json()["error"] == "invalid_request"
    huge = {"device_id": relayer.device_id, "events": [], "learners": [], "padding": "x" * (5 * 1024 * 1024)}
    answer = relayer.client.post("/v1/relay", content=json.dumps(huge), headers={
        **relayer.auth, "content-type": "application/json"})
    assert answer.status_code == 413 and answer.json()["error"] == "too_large"
    answer = relayer.client.post("/v1/relay", content=b"{}", headers={**relayer.auth, "content-type": "text/plain"})
    assert answer.status_code in (415, 422)
    broken = relayer.client.post("/v1/relay", content=b'{"device_id": ', headers={
        **relayer.auth, "content-type": "application/json"})
    assert broken.status_code == 422
    assert _snapshot(hub) == before
