"""Malformed and oversized requests get a 4xx and change nothing."""

from __future__ import annotations

import json
from collections.abc import Iterator

import pytest

from app.sync.protocol import MAX_BODY_BYTES
from tests.sync.server.helpers import Hub


@pytest.fixture
def loaded(hub: Hub) -> Iterator[tuple[Hub, object, dict]]:
    device = hub.device()
    learner = device.profile()
    assert device.push(device.events(learner["id"], 3), [learner]).status_code == 200
    yield hub, device, learner


def _unchanged(hub: Hub) -> None:
    assert hub.event_count() == 3
    assert hub.change_count() == 4


def test_a_body_over_four_mebibytes_is_refused(loaded) -> None:
    hub, device, learner = loaded
    events = device.events(learner["id"], 1)
    events[0]["response"] = "x" * (MAX_BODY_BYTES + 10)
    answer = hub.client.post("/v1/push", content=json.dumps({"device_id": device.device_id, "events": events}),
                             headers={**device.auth, "content-type": "application/json"})
    assert answer.status_code == 413 and answer.json()["error"] == "too_large"

    def chunks() -> Iterator[bytes]:  # no Content-Length: the limit is counted while reading
        yield b'{"device_id": "' + device.device_id.encode() + b'", "events": [], "learners": [], "x": "'
        for _ in range(5):
            yield b"y" * (1024 * 1024)
        yield b'"}'

    answer = hub.client.post("/v1/push", content=chunks(), headers={**device.auth, "content-type": "application/json"})
    assert answer.status_code == 413
    _unchanged(hub)


def test_more_than_a_thousand_events_is_refused(loaded) -> None:
    hub, device, learner = loaded
    answer = device.push(device.events(learner["id"], 1001))
    assert answer.status_code == 422 and answer.json()["error"] == "invalid_request"
    _unchanged(hub)


@pytest.mark.parametrize(
    "field,value",
    [
        ("response", "x" * 2001),
        ("skill_ids", ["s"] * 33),
        ("item_id", ""),
        ("device_seq", 0),
        ("device_seq", 2**31),
        ("seed", -1),
        ("seed", 2**63),
        ("hints_used", -3),
        ("correct", "yes"),
        ("client_time", "2026-11-20T08:00:00"),  # no offset
        ("client_time", "yesterday"),
        ("id", "not-a-uuid"),
        ("id", "0193F1C2-7A4B-7C3D-9E8F-0123456789AB"),  # upper case
        ("learner_id", None),
        ("unexpected", 1),
        ("response", "a\u0000b"),  # valid JSON, but PostgreSQL text cannot hold NUL
        ("item_id", "x\ud800"),  # an unpaired surrogate cannot be stored as UTF-8
    ],
)
def test_a_malformed_event_refuses_the_whole_batch(loaded, field: str, value: object) -> None:
    hub, device, learner = loaded
    events = device.events(learner["id"], 4)
    events[2][field] = value
    # json.dumps escapes non-ASCII (so an unpaired surrogate travels as the JSON text \ud800).
    body = json.dumps({"device_id": device.device_id, "events": events, "learners": []})
    answer = hub.client.post("/v1/push", content=body, headers={**device.auth, "content-type": "application/json"})
    assert answer.status_code == 422, answer.text
    assert answer.json()["error"] == "invalid_request"
    assert any(field in detail["loc"] for detail in answer.json()["details"])
    _unchanged(hub)


@pytest.mark.parametrize(
    "body",
    [b"", b"{", b"[]", b"null", b'{"device_id": 5}', "{\"device_id\": \"\u0000\"}".encode(), b"\xff\xfe",
     b'{"device_id": "0193f1c0-0000-7000-8000-000000000001", "events": {}}'],
)
def test_bodies_that_are_not_a_push_request_are_4xx(loaded, body: bytes) -> None:
    hub, device, _ = loaded
    answer = hub.client.post("/v1/push", content=body, headers={**device.auth, "content-type": "application/json"})
    assert 400 <= answer.status_code < 500, answer.text
    _unchanged(hub)


def test_a_body_that_is_not_json_is_415(loaded) -> None:
    hub, device, learner = loaded
    body = json.dumps({"device_id": device.device_id, "events": device.events(learner["id"], 1)})
    answer = hub.client.post("/v1/push", content=body, headers={**device.auth, "content-type": "text/plain"})
    assert answer.status_code in (415, 422)
    _unchanged(hub)


@pytest.mark.parametrize("query", ["cursor=-1", "cursor=abc", "limit=0", "limit=1001", "cursor=99999999999999999999"])
def test_bad_pull_parameters_are_422(loaded, query: str) -> None:
    hub, device, _ = loaded
    answer = hub.client.get(f"/v1/pull?{query}", headers=device.auth)
    assert answer.status_code == 422 and answer.json()["error"] == "invalid_request"


def test_a_profile_with_a_bad_stamp_or_overlong_name_is_refused(loaded) -> None:
    hub, device, learner = loaded
    for bad in ({"hlc": "yesterday"}, {"display_name": "n" * 101}, {"pin_hash": "not base64!"},
                {"display_name": "A\u0000"}):
        answer = device.push([], [dict(learner, **bad)])
        assert answer.status_code == 422, bad
    _unchanged(hub)
