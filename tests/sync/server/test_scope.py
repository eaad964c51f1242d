"""Scope: a device of school A can neither read nor write school B on any endpoint; revocation holds."""

from __future__ import annotations

from sqlalchemy.orm import Session

from app.storage.models import AttemptEvent, Learner
from app.sync.enrolment import revoke_device
from tests.sync.server.helpers import Device, Hub, public_key_b64


def _school_b_with_data(hub: Hub) -> tuple[Device, dict]:
    device_b = hub.device("B")
    learner_b = device_b.profile("Bilal")
    assert device_b.push(device_b.events(learner_b["id"], 5), [learner_b]).status_code == 200
    return device_b, learner_b


def test_every_route_is_covered_here(hub: Hub) -> None:
    routes = {route.path for route in hub.app.routes if route.path.startswith("/v1/")}
    # /v1/relay's scope (another school's learners, records and devices; revoked tokens) is tested in
    # tests/sync/relay/test_relay_endpoint.py.
    assert routes == {"/v1/status", "/v1/enroll", "/v1/push", "/v1/pull", "/v1/models", "/v1/models/{pack_id}",
                      "/v1/relay"}


def test_pull_never_returns_another_schools_events_profiles_or_roster(hub: Hub) -> None:
    _device_b, learner_b = _school_b_with_data(hub)
    device_a = hub.device("A")
    learner_a = device_a.profile("Amina")
    device_a.push(device_a.events(learner_a["id"], 3), [learner_a])
    other_a = hub.device("A")
    events, profiles, _ = other_a.pull_all()
    assert {e["learner_id"] for e in events} == {learner_a["id"]}
    assert {p["id"] for p in profiles} == {learner_a["id"]}
    for cursor in range(0, 12):  # whatever cursor a device sends, it reads only its school's log
        page = other_a.pull(cursor).json()
        assert learner_b["id"] not in {r["learner_id"] for r in page["roster"]}
        assert all(e["learner_id"] != learner_b["id"] for e in page["events"])


def test_push_of_another_schools_learner_is_refused_whole(hub: Hub) -> None:
    _device_b, learner_b = _school_b_with_data(hub)
    device_a = hub.device("A")
    mine = device_a.profile("Amina")
    before = hub.event_count()
    # An event for B's learner, hidden among good events: the whole batch is refused.
    good = device_a.events(mine["id"], 3)
    bad = device_a.events(learner_b["id"], 1)
    answer = device_a.push(good + bad, [mine])
    assert answer.status_code == 403 and answer.json()["error"] == "out_of_scope"
    # Overwriting B's learner's profile with a newer stamp.
    hijack = dict(learner_b, display_name="Hacked", hlc=f"{9_999_999_999_999:015d}-000000-{device_a.device_id}")
    answer = device_a.push([], [hijack])
    assert answer.status_code == 403 and answer.json()["error"] == "out_of_scope"
    assert hub.event_count() == before
    with Session(hub.engine) as session:
        assert session.get(Learner, learner_b["id"]).display_name == "Bilal"
        assert session.get(Learner, mine["id"]) is None
        assert session.query(AttemptEvent).filter(AttemptEvent.device_id == device_a.device_id).count() == 0


def test_push_in_another_devices_name_is_refused(hub: Hub) -> None:
    device_b, learner_b = _school_b_with_data(hub)
    device_a = hub.device("A")
    forged = {"device_id": device_b.device_id, "events": device_b.events(learner_b["id"], 1), "learners": []}
    answer = hub.client.post("/v1/push", json=forged, headers=device_a.auth)
    assert answer.status_code == 403 and answer.json()["error"] == "wrong_device"
    assert hub.event_count() == 5


def test_status_shows_a_device_only_itself(hub: Hub) -> None:
    device_b, _ = _school_b_with_data(hub)
    device_a = hub.device("A")
    status = hub.client.get("/v1/status", headers=device_a.auth).json()
    assert status["device"]["device_id"] == device_a.device_id
    assert status["device"]["school_id"] == device_a.school_id != device_b.school_id
    assert status["device"]["stored_through"] == 0


def test_enrolling_into_another_school_is_refused(hub: Hub) -> None:
    device_a = hub.device("A")
    answer = hub.client.post("/v1/enroll", json={"code": hub.code_b, "device_id": device_a.device_id,
                                                 "device_name": "x", "device_public_key": public_key_b64()})
    assert answer.status_code == 409 and answer.json()["error"] == "already_enrolled"
    # Its token still works, still for school A.
    assert hub.client.get("/v1/status", headers=device_a.auth).json()["device"]["school_id"] == device_a.school_id


def test_no_token_or_a_wrong_token_is_refused_everywhere(hub: Hub) -> None:
    for headers, code in (({}, "missing_token"), ({"Authorization": "Bearer nope"}, "invalid_token"),
                          ({"Authorization": "Basic dXNlcjpwYXNz"}, "missing_token")):
        assert hub.client.get("/v1/pull", headers=headers).json().get("error") == code
        answer = hub.client.post("/v1/push", json={"device_id": "0193f1c0-0000-7000-8000-000000000001"},
                                 headers=headers)
        assert answer.status_code == 401 and answer.json()["error"] == code
        if headers:
            assert hub.client.get("/v1/status", headers=headers).status_code == 401
        for path in ("/v1/models", "/v1/models/org.sabil.test.mini"):
            answer = hub.client.get(path, headers=headers)
            assert answer.status_code == 401 and answer.json()["error"] == code


def test_a_revoked_token_is_refused_on_every_endpoint(hub: Hub) -> None:
    device = hub.device("A")
    learner = device.profile()
    assert device.push(device.events(learner["id"], 2), [learner]).status_code == 200
    with Session(hub.engine) as session, session.begin():
        assert revoke_device(session, device.device_id) is True
    assert device.push(device.events(learner["id"], 2)).json()["error"] == "token_revoked"
    assert device.pull().json()["error"] == "token_revoked"
    assert hub.client.get("/v1/status", headers=device.auth).json()["error"] == "token_revoked"
    assert hub.client.get("/v1/models", headers=device.auth).json()["error"] == "token_revoked"
    assert hub.client.get("/v1/models/x", headers=device.auth).json()["error"] == "token_revoked"
    answer = hub.client.post("/v1/enroll", json={"code": hub.code_a, "device_id": device.device_id,
                                                 "device_name": "x", "device_public_key": public_key_b64()})
    assert answer.status_code == 403 and answer.json()["error"] == "device_revoked"
    assert hub.event_count() == 2
