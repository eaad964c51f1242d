"""Pull: pages by cursor, other devices' changes only, profiles with their events, the class roster."""

from __future__ import annotations

from sqlalchemy.orm import Session

from app.storage.models import AttemptEvent, Device, Learner
from app.sync.enrolment import ensure_school_and_class, register_local_device
from tests.sync.server.helpers import BASE_TIME, Hub, enrol, new_code


def test_pull_pages_through_other_devices_events_in_order_without_loss(hub: Hub) -> None:
    writer = hub.device()
    reader = hub.device()
    learner = writer.profile()
    for _ in range(5):
        writer.push(writer.events(learner["id"], 97), [learner])
    events, profiles, cursor = reader.pull_all(limit=50)
    assert [e["device_seq"] for e in events] == list(range(1, 486))
    assert len({e["id"] for e in events}) == 485
    assert {p["id"] for p in profiles} == {learner["id"]}
    # Nothing new: the same cursor comes back with an empty page.
    page = reader.pull(cursor).json()
    assert page["events"] == [] and page["cursor"] == cursor and page["more"] is False
    writer.push(writer.events(learner["id"], 3))
    page = reader.pull(cursor).json()
    assert [e["device_seq"] for e in page["events"]] == [486, 487, 488]


def test_a_device_does_not_pull_its_own_changes_but_its_cursor_moves_past_them(hub: Hub) -> None:
    device = hub.device()
    learner = device.profile()
    device.push(device.events(learner["id"], 10), [learner])
    page = device.pull(0, limit=4).json()
    assert page["events"] == [] and page["more"] is True and page["cursor"] == 4
    events, _, cursor = device.pull_all()
    assert events == [] and cursor == 11


def test_every_pulled_event_comes_with_its_learners_profile(hub: Hub) -> None:
    writer = hub.device()
    reader = hub.device()
    learner = writer.profile()
    writer.push(writer.events(learner["id"], 10), [learner])
    page = reader.pull(cursor=5, limit=2).json()  # a page after the profile's own change
    assert len(page["events"]) == 2
    assert [p["id"] for p in page["learners"]] == [learner["id"]]


def test_pulled_events_are_exactly_what_was_pushed(hub: Hub) -> None:
    writer = hub.device()
    reader = hub.device()
    learner = writer.profile(pin_hash="c2VjcmV0", pin_salt="c2FsdA==", pin_params="scrypt:16384:8:1")
    pushed = writer.events(learner["id"], 3)
    writer.push(pushed, [learner])
    events, profiles, _ = reader.pull_all()
    for sent, got in zip(pushed, events, strict=True):
        assert {k: v for k, v in got.items() if k != "client_time"} == {
            k: v for k, v in sent.items() if k != "client_time"}
    assert profiles[0]["pin_hash"] == "c2VjcmV0" and profiles[0]["pin_params"] == "scrypt:16384:8:1"


def test_the_roster_is_the_devices_class(hub: Hub) -> None:
    class_1 = hub.device()
    other_class_code = new_code(hub.engine, "School A", "Class 2")
    class_2 = enrol(hub.client, other_class_code)
    amina = class_1.profile("Amina")
    omar = class_2.profile("Omar")
    class_1.push([], [amina])
    class_2.push([], [omar])
    roster_1 = class_1.pull().json()["roster"]
    assert [r["learner_id"] for r in roster_1] == [amina["id"]]
    assert [r["learner_id"] for r in class_2.pull().json()["roster"]] == [omar["id"]]
    # Same school: class 2's device still gets class 1's learner's profile and events.
    _, profiles, _ = class_2.pull_all()
    assert {p["id"] for p in profiles} == {amina["id"]}


def test_the_hubs_own_events_and_learners_are_pulled_by_enrolled_devices(hub: Hub) -> None:
    """The teacher's own Sabil writes straight into the hub database; devices still receive it."""
    hub_device = "0193f1c0-0000-7000-8000-0000000000aa"
    learner_id = "0193f1c1-2222-7222-8222-222222222222"
    with Session(hub.engine) as session, session.begin():
        session.add(Device(id=hub_device, name="teacher", last_seq=2))
        session.add(Learner(id=learner_id, display_name="Teacher's demo", avatar="cat", language="en",
                            text_size="large", hlc=f"{5_000:015d}-000000-{hub_device}"))
        session.flush()
        for seq in (1, 2):
            session.add(AttemptEvent(id=f"0193f1c3-0000-7000-8000-00000000000{seq}", device_id=hub_device,
                                     device_seq=seq, learner_id=learner_id, pack_id="numbers", pack_version="1",
                                     item_id="a", skill_ids=["add"], response="1", correct=True, seed=1,
                                     client_time=BASE_TIME))
        ref = ensure_school_and_class(session, "School A", "Class 1")
        register_local_device(session, hub_device, ref)
    device = hub.device()
    events, profiles, cursor = device.pull_all()
    assert [e["device_seq"] for e in events] == [1, 2]
    assert [p["display_name"] for p in profiles] == ["Teacher's demo"]
    # A later edit on the hub is numbered once and pulled once.
    with Session(hub.engine) as session, session.begin():
        row = session.get(Learner, learner_id)
        row.display_name, row.hlc = "Renamed", f"{6_000:015d}-000000-{hub_device}"
    _, profiles, cursor = device.pull_all(cursor)
    assert [p["display_name"] for p in profiles] == ["Renamed"]
    assert device.pull_all(cursor)[:2] == ([], [])
    # A device of another school cannot claim the hub's learner by its id.
    intruder = hub.device("B")
    stolen = intruder.profile("Mine now", hlc_ms=9_000, learner_id=learner_id)
    assert intruder.push([], [stolen]).status_code == 403


def test_times_with_any_offset_are_stored_and_returned_in_utc(hub: Hub) -> None:
    writer = hub.device()
    reader = hub.device()
    learner = writer.profile(created_at="2026-11-20T10:00:00+02:00")
    events = writer.events(learner["id"], 2)
    events[0]["client_time"] = "2026-11-20T10:00:07.250+02:00"
    events[1]["client_time"] = "2026-11-19T22:30:00-09:30"
    writer.push(events, [learner])
    pulled, profiles, _ = reader.pull_all()
    assert [e["client_time"] for e in pulled] == ["2026-11-20T08:00:07.250000Z", "2026-11-20T08:00:00Z"]
    assert profiles[0]["created_at"] == "2026-11-20T08:00:00Z"
    with Session(hub.engine) as session:
        stored = session.get(AttemptEvent, events[0]["id"])
        assert stored.client_time.isoformat() == "2026-11-20T08:00:07.250000+00:00"
        assert stored.created_at.year >= 2026
