"""The server side of record sync over HTTP, on SQLite and a real PostgreSQL: push stores records
last-writer-wins, pull hands them to the school's other devices in apply order, scope holds."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.storage.adult_models import (
    ClassMembership,
    ConfidenceRating,
    LearnerClass,
    LearnerGoal,
    LearningPlan,
)
from app.storage.sync_models import SyncChange, SyncRecordScope
from app.sync.protocol import SharedRecord
from app.sync.server.records import ingest_records
from tests.sync.records.wire import (
    class_member,
    class_record,
    goal_record,
    group_member,
    group_record,
    plan_record,
    rating_record,
    stamp,
)
from tests.sync.server.helpers import Device, Hub


def push(device: Device, records: list[dict[str, Any]], learners: list[dict[str, Any]] | None = None,
         events: list[dict[str, Any]] | None = None) -> Any:
    body = {"device_id": device.device_id, "events": events or [], "learners": learners or [], "records": records}
    return device.client.post("/v1/push", json=body, headers=device.auth)


def pull_records(device: Device, cursor: int = 0, limit: int = 500) -> tuple[list[dict[str, Any]], dict[str, Any]]:
    answer = device.pull(cursor, limit)
    assert answer.status_code == 200, answer.text
    body = answer.json()
    return body["records"], body


def _class_set(device: Device) -> tuple[dict[str, Any], dict[str, Any], dict[str, Any], list[dict[str, Any]]]:
    """A learner, a class, a group, and the class's membership records, pushed by ``device``."""
    learner = device.profile("Amina")
    klass = class_record(stamp(device.device_id, counter=1))
    group = group_record(stamp(device.device_id, counter=2), klass["id"])
    members = [
        class_member(stamp(device.device_id, counter=3), klass["id"], learner["id"]),
        group_member(stamp(device.device_id, counter=4), group["id"], learner["id"]),
    ]
    return learner, klass, group, members


def test_records_pushed_by_one_device_reach_the_others_in_apply_order(server: Hub) -> None:
    a, b = server.device("A", "a"), server.device("A", "b")
    learner, klass, group, members = _class_set(a)
    plan = plan_record(stamp(a.device_id, counter=5), "group", group["id"])
    goal = goal_record(stamp(a.device_id, counter=6), learner["id"])
    # Sent in the worst order: the server applies what a record names first.
    answer = push(a, [goal, plan, *reversed(members), group, klass], learners=[learner])
    assert answer.status_code == 200, answer.text

    records, page = pull_records(b)
    assert [r["kind"] for r in records] == ["class", "group", "class_member", "group_member", "plan", "goal"]
    assert {r["id"] for r in records} == {klass["id"], group["id"], plan["id"], goal["id"]} | {m["id"] for m in members}
    assert records[4]["body"]["due_date"] == "2027-06-30" and records[4]["hlc"] == plan["hlc"]
    assert [p["id"] for p in page["learners"]] == [learner["id"]]
    assert page["plans"] == [] and page["model_params"] == []
    # The pushing device does not get its own records back.
    own, _ = pull_records(a)
    assert own == []
    with Session(server.engine) as session:
        stored = session.get(LearningPlan, plan["id"])
        assert stored is not None and stored.assignee_id == group["id"] and stored.due_date.isoformat() == "2027-06-30"
        scopes = {row.record_id: row.school_id for row in session.scalars(select(SyncRecordScope))}
        assert set(scopes.values()) == {a.school_id} and len(scopes) == 6


def test_a_record_changes_only_for_a_strictly_higher_stamp_and_tombstones_win_the_same_way(server: Hub) -> None:
    a, b = server.device("A", "a"), server.device("A", "b")
    learner = a.profile("Amina")
    goal = goal_record(stamp(a.device_id, 1000), learner["id"], "first")
    assert push(a, [goal], learners=[learner]).status_code == 200
    changes = server.change_count()

    older = dict(goal, hlc=stamp(b.device_id, 999), body=dict(goal["body"], text="older"))
    same = dict(goal)
    assert push(b, [older]).status_code == 200 and push(a, [same]).status_code == 200
    assert server.change_count() == changes  # nothing changed, nothing numbered
    newer = dict(goal, hlc=stamp(b.device_id, 2000), body=dict(goal["body"], text="newer"))
    assert push(b, [newer]).status_code == 200
    gone = dict(newer, hlc=stamp(a.device_id, 3000), deleted_at="2026-11-21T08:00:00Z")
    assert push(a, [gone]).status_code == 200
    stale_edit = dict(goal, hlc=stamp(b.device_id, 2500), body=dict(goal["body"], text="stale"))
    assert push(b, [stale_edit]).status_code == 200
    with Session(server.engine) as session:
        row = session.get(LearnerGoal, goal["id"])
        assert row is not None and row.text == "newer" and row.deleted_at is not None
        assert row.hlc == gone["hlc"]
    assert server.change_count() == changes + 2
    records, _ = pull_records(b)
    assert [(r["id"], r["deleted_at"] is not None) for r in records] == [(goal["id"], True)]


def test_two_devices_adding_the_same_learner_to_a_class_make_one_membership(server: Hub) -> None:
    a, b = server.device("A", "a"), server.device("A", "b")
    learner, klass, _group, _members = _class_set(a)
    assert push(a, [klass], learners=[learner]).status_code == 200
    first = class_member(stamp(a.device_id, 5000), klass["id"], learner["id"])
    second = class_member(stamp(b.device_id, 6000), klass["id"], learner["id"], deleted_at="2026-11-21T08:00:00Z")
    assert push(a, [first]).status_code == 200
    assert push(b, [second]).status_code == 200, "a second id for the same pair merges, it does not collide"
    with Session(server.engine) as session:
        rows = session.scalars(select(ClassMembership)).all()
        assert [(r.id, r.hlc, r.deleted_at is not None) for r in rows] == [(first["id"], second["hlc"], True)]


def test_a_confidence_rating_is_stored_once_and_never_changed(server: Hub) -> None:
    a = server.device("A", "a")
    learner = a.profile("Amina")
    events = a.events(learner["id"], 2)
    rating = rating_record(events[0]["id"], learner["id"], a.device_id, rating=2)
    # The rating comes in the same batch as its answer.
    assert push(a, [rating], learners=[learner], events=events).status_code == 200
    again = dict(rating, body=dict(rating["body"], rating=3))
    other_id = rating_record(events[0]["id"], learner["id"], a.device_id, rating=1)
    assert push(a, [again]).status_code == 200 and push(a, [other_id]).status_code == 200
    with Session(server.engine) as session:
        rows = session.scalars(select(ConfidenceRating)).all()
        assert [(r.id, r.rating) for r in rows] == [(rating["id"], 2)]


def test_a_rating_of_an_answer_the_server_lacks_or_of_another_learner_is_refused(server: Hub) -> None:
    a = server.device("A", "a")
    amina, omar = a.profile("Amina"), a.profile("Omar")
    events = a.events(amina["id"], 1)
    assert push(a, [], learners=[amina, omar], events=events).status_code == 200
    missing = push(a, [rating_record("0193f1c2-7a4b-7c3d-9e8f-0123456789ab", amina["id"], a.device_id)])
    assert (missing.status_code, missing.json()["error"]) == (422, "unknown_reference")
    wrong = push(a, [rating_record(events[0]["id"], omar["id"], a.device_id)])
    assert (wrong.status_code, wrong.json()["error"]) == (422, "invalid_request")
    assert server.count(ConfidenceRating) == 0


def test_a_record_naming_something_unknown_is_refused_and_stores_nothing(server: Hub) -> None:
    a = server.device("A", "a")
    learner = a.profile("Amina")
    klass = class_record(stamp(a.device_id, 1))
    orphan = group_member(stamp(a.device_id, 2), "0193f1c2-7a4b-7c3d-9e8f-0123456789ab", learner["id"])
    answer = push(a, [klass, orphan], learners=[learner])
    assert (answer.status_code, answer.json()["error"]) == (422, "unknown_reference")
    assert server.count(LearnerClass) == 0 and server.change_count() == 0


@pytest.mark.parametrize("what", ["learner", "class", "group", "record id", "plan for a class", "goal"])
def test_a_device_of_school_b_cannot_write_or_name_school_a_records(server: Hub, what: str) -> None:
    a, b = server.device("A", "a"), server.device("B", "b")
    learner, klass, group, members = _class_set(a)
    assert push(a, [klass, group, *members], learners=[learner]).status_code == 200
    b_learner = b.profile("Zaid")
    b_class = class_record(stamp(b.device_id, 10), "B class")
    hlc = stamp(b.device_id, 20)
    foreign = {
        "learner": class_member(hlc, b_class["id"], learner["id"]),
        "class": class_member(hlc, klass["id"], b_learner["id"]),
        "group": group_member(hlc, group["id"], b_learner["id"]),
        "record id": class_record(hlc, "Taken", record_id=klass["id"]),
        "plan for a class": plan_record(hlc, "class", klass["id"]),
        "goal": goal_record(hlc, learner["id"]),
    }[what]
    before = (server.change_count(), server.count(LearnerClass), server.count(ClassMembership))
    answer = push(b, [b_class, foreign], learners=[b_learner])
    assert (answer.status_code, answer.json()["error"]) == (403, "out_of_scope")
    assert (server.change_count(), server.count(LearnerClass), server.count(ClassMembership)) == before
    with Session(server.engine) as session:
        stored = session.get(LearnerClass, klass["id"])
        assert stored is not None and stored.name == "5B"
    # School B's pull shows none of school A's records.
    records, page = pull_records(b)
    assert records == [] and page["learners"] == []


def _valid_plan(device: Device) -> dict[str, Any]:
    return plan_record(stamp(device.device_id), "learner", "0193f1c1-1111-7111-8111-111111111111")


MALFORMED = {
    "unknown kind": lambda d: dict(_valid_plan(d), kind="lesson"),
    "body of another kind": lambda d: dict(_valid_plan(d), kind="goal"),
    "extra body field": lambda d: dict(_valid_plan(d), body=dict(_valid_plan(d)["body"], colour="red")),
    "date with a time": lambda d: dict(_valid_plan(d), body=dict(_valid_plan(d)["body"], due_date="2027-06-30T00:00")),
    "date as a number": lambda d: dict(_valid_plan(d), body=dict(_valid_plan(d)["body"], due_date=20270630)),
    "no targets": lambda d: dict(_valid_plan(d), body=dict(_valid_plan(d)["body"], targets=[])),
    "skill target without skill": lambda d: dict(
        _valid_plan(d), body=dict(_valid_plan(d)["body"], targets=[{"kind": "skill", "skill_id": None}])),
    "too many targets": lambda d: dict(_valid_plan(d), body=dict(
        _valid_plan(d)["body"], targets=[{"kind": "skill", "skill_id": f"s{i}"} for i in range(2001)])),
    "bad assignee kind": lambda d: dict(_valid_plan(d), body=dict(_valid_plan(d)["body"], assignee_kind="school")),
    "title too long": lambda d: dict(_valid_plan(d), body=dict(_valid_plan(d)["body"], title="x" * 201)),
    "id not canonical": lambda d: dict(_valid_plan(d), id=_valid_plan(d)["id"].upper()),
    "no stamp": lambda d: dict(_valid_plan(d), hlc=""),
    "rating out of range": lambda d: rating_record(
        "0193f1c2-7a4b-7c3d-9e8f-0123456789ab", "0193f1c1-1111-7111-8111-111111111111", d.device_id, rating=4),
    "deleted rating": lambda d: dict(rating_record(
        "0193f1c2-7a4b-7c3d-9e8f-0123456789ab", "0193f1c1-1111-7111-8111-111111111111", d.device_id),
        deleted_at="2026-11-21T08:00:00Z"),
    "naive time": lambda d: dict(_valid_plan(d), body=dict(_valid_plan(d)["body"], created_at="2026-11-20T08:00:00")),
    "NUL in a name": lambda d: class_record(stamp(d.device_id), "5\x00B"),
}


@pytest.mark.parametrize("case", sorted(MALFORMED))
def test_malformed_records_get_422_and_change_nothing(server: Hub, case: str) -> None:
    a = server.device("A", "a")
    answer = push(a, [MALFORMED[case](a)])
    assert (answer.status_code, answer.json()["error"]) == (422, "invalid_request"), answer.text
    assert server.change_count() == 0 and server.count(LearningPlan) == 0


def test_a_push_over_the_record_limit_is_refused(server: Hub) -> None:
    a = server.device("A", "a")
    records = [class_record(stamp(a.device_id, 1, i), f"C{i}") for i in range(1001)]
    answer = push(a, records)
    assert answer.status_code in (413, 422) and server.count(LearnerClass) == 0


def test_a_page_is_self_contained_even_when_what_a_record_names_changed_earlier(server: Hub) -> None:
    a, b = server.device("A", "a"), server.device("A", "b")
    learner, klass, group, members = _class_set(a)
    assert push(a, [klass, group, members[0]], learners=[learner]).status_code == 200
    _, first = pull_records(b)
    late = push(a, [members[1]])  # the group membership alone, later
    assert late.status_code == 200
    records, page = pull_records(b, first["cursor"])
    assert [r["kind"] for r in records] == ["class", "group", "group_member"]
    assert [p["id"] for p in page["learners"]] == [learner["id"]]


def test_ingest_records_numbers_the_changes_for_the_source_device(server: Hub) -> None:
    a, b = server.device("A", "a"), server.device("A", "b")
    records = [SharedRecord.model_validate(class_record(stamp(a.device_id, 1, i), f"C{i}")) for i in range(3)]
    with Session(server.engine) as session, session.begin():
        assert ingest_records(session, a.school_id, a.device_id, records) == 3
    with Session(server.engine) as session, session.begin():
        assert ingest_records(session, a.school_id, a.device_id, records) == 0
    with Session(server.engine) as session:
        log = session.scalars(select(SyncChange).order_by(SyncChange.seq)).all()
        assert [(c.kind, c.device_id) for c in log] == [("class", a.device_id)] * 3
    assert {r["id"] for r in pull_records(b)[0]} == {r.id for r in records}
    assert pull_records(a)[0] == []


def test_a_rating_pulled_after_its_answer_brings_the_answer_again(server: Hub) -> None:
    a, b = server.device("A", "a"), server.device("A", "b")
    learner = a.profile("Amina")
    events = a.events(learner["id"], 2)
    assert push(a, [], learners=[learner], events=events).status_code == 200
    _, first = pull_records(b)
    assert len(first["events"]) == 2
    rating = rating_record(events[1]["id"], learner["id"], a.device_id)
    assert push(a, [rating]).status_code == 200
    records, page = pull_records(b, first["cursor"])
    assert [r["id"] for r in records] == [rating["id"]]
    assert [e["id"] for e in page["events"]] == [events[1]["id"]]
    assert [p["id"] for p in page["learners"]] == [learner["id"]]


def test_a_rating_made_on_a_device_the_server_never_met_is_stored(server: Hub) -> None:
    a = server.device("A", "a")
    learner = a.profile("Amina")
    events = a.events(learner["id"], 1)
    elsewhere = "0193f1c0-0000-7000-8000-00000000beef"
    answer = push(a, [rating_record(events[0]["id"], learner["id"], elsewhere)], learners=[learner], events=events)
    assert answer.status_code == 200, answer.text
    with Session(server.engine) as session:
        assert [r.device_id for r in session.scalars(select(ConfidenceRating))] == [elsewhere]
