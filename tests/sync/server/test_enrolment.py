"""Enrolment codes and tokens: format, expiry, limited uses, hashed storage, re-enrolment, QR."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.storage.sync_models import SyncDevice, SyncEnrolmentCode
from app.storage.types import utc_now
from app.sync.enrolment import (
    CROCKFORD,
    certificate_fingerprint,
    enrolment_qr_svg,
    normalise_code,
    sha256_hex,
    split_code,
)
from tests.sync.server.helpers import Hub, enrol, new_code, public_key_b64


def _enrol_raw(hub: Hub, code: str, device_id: str = "0193f1c0-0000-7000-8000-0000000000b1", key: str | None = None):
    return hub.client.post("/v1/enroll", json={"code": code, "device_id": device_id, "device_name": "PC",
                                               "device_public_key": key or public_key_b64()})


def test_codes_are_short_typable_and_forgiving(hub: Hub) -> None:
    code = hub.code_a
    assert len(code) == 14 and code[4] == code[9] == "-"
    assert all(ch in CROCKFORD for ch in code.replace("-", ""))
    typed = code.lower().replace("-", " ").replace("0", "o").replace("1", "l")
    assert normalise_code(typed) == code.replace("-", "")
    assert _enrol_raw(hub, typed).status_code == 200


def test_only_hashes_of_codes_and_tokens_are_stored(hub: Hub) -> None:
    device = hub.device()
    with Session(hub.engine) as session:
        hashes = session.scalars(select(SyncEnrolmentCode.code_hash)).all()
        row = session.get(SyncDevice, device.device_id)
    assert sha256_hex(normalise_code(hub.code_a)) in hashes
    assert all(normalise_code(hub.code_a) not in h for h in hashes)
    assert row.token_hash == sha256_hex(device.token) and device.token not in row.token_hash
    assert len(device.token) == 43


def test_an_expired_code_and_a_used_up_code_are_refused(hub: Hub) -> None:
    expired = new_code(hub.engine, "School A", "Class 1", now=utc_now() - timedelta(days=8))
    answer = _enrol_raw(hub, expired)
    assert answer.status_code == 403 and answer.json()["error"] == "invalid_code"
    two_uses = new_code(hub.engine, "School A", "Class 1", uses=2)
    enrol(hub.client, two_uses)
    enrol(hub.client, two_uses)
    assert _enrol_raw(hub, two_uses).json()["error"] == "invalid_code"
    assert _enrol_raw(hub, "AAAA-BBBB-CCCC").json()["error"] == "invalid_code"


def test_re_enrolling_in_the_same_school_replaces_the_token_and_keeps_progress(hub: Hub) -> None:
    device = hub.device()
    learner = device.profile()
    device.push(device.events(learner["id"], 7), [learner])
    again = _enrol_raw(hub, hub.code_a, device_id=device.device_id)
    assert again.status_code == 200 and again.json()["stored_through"] == 7
    assert device.pull().json()["error"] == "invalid_token"  # the old token stopped working
    device.token = again.json()["token"]
    assert device.pull().status_code == 200


def test_a_public_key_that_is_not_ed25519_is_refused_and_uses_nothing(hub: Hub) -> None:
    code = new_code(hub.engine, "School A", "Class 1", uses=1)
    assert _enrol_raw(hub, code, key="bm90IGEga2V5").status_code == 422
    assert _enrol_raw(hub, code).status_code == 200


def test_fingerprint_suffix_is_split_off_and_ignored_by_the_server(hub: Hub) -> None:
    fingerprint = certificate_fingerprint(b"certificate bytes")
    assert len(fingerprint) == 16
    code, pinned = split_code(f"{hub.code_a}@{fingerprint.lower()}")
    assert code == hub.code_a and pinned == fingerprint
    assert _enrol_raw(hub, f"{hub.code_a}@{fingerprint}").status_code == 200


@pytest.mark.parametrize("url", ["https://192.168.1.20:8443"])
def test_qr_code_is_svg_with_the_enrolment_uri(url: str) -> None:
    svg = enrolment_qr_svg(url, "K7QP-92MX-4TZB")
    assert svg.lstrip().startswith("<") and "<svg" in svg and "path" in svg
