"""The HTTP client: backoff, refusals not retried, plain HTTP only on loopback, pinned TLS, batches."""

from __future__ import annotations

import random
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import select

from app.services.device import allocate_seq
from app.services.sync import SyncService
from app.services.sync_dto import SyncError
from app.storage.ids import uuid7
from app.storage.models import AttemptEvent
from app.storage.sync_models import SyncDevice
from app.sync.client import Backoff, SyncClient, SyncClientError, is_loopback

from .devices import CuttingProxy, LiveHub, free_socket, self_signed_certificate

FAST = Backoff(attempts=4, base=0.01, cap=0.05)


def test_backoff_grows_exponentially_with_full_jitter() -> None:
    policy = Backoff(attempts=10, base=1.0, factor=2.0, cap=20.0)
    rng = random.Random(7)
    for failures, ceiling in ((1, 1.0), (2, 2.0), (3, 4.0), (5, 16.0), (6, 20.0), (9, 20.0)):
        waits = [policy.delay(failures, rng) for _ in range(200)]
        assert all(0.0 <= w <= ceiling for w in waits)
        assert max(waits) > ceiling * 0.8 and min(waits) < ceiling * 0.2  # spread over the whole range


def test_an_unreachable_server_is_retried_with_backoff_then_reported() -> None:
    sock = free_socket()
    url = f"http://127.0.0.1:{sock.getsockname()[1]}"
    sock.close()  # nothing listens there now
    waits: list[float] = []
    with SyncClient(url, "t", backoff=Backoff(attempts=3, base=0.2, cap=1.0), sleep=waits.append) as client:
        with pytest.raises(SyncClientError) as caught:
            client.status()
    assert caught.value.code == "unreachable" and caught.value.retryable
    assert len(waits) == 2 and all(0 <= w <= 0.4 for w in waits)


def test_a_refusal_is_not_retried(hub: LiveHub) -> None:
    waits: list[float] = []
    with SyncClient(hub.url, "not-a-token", backoff=FAST, sleep=waits.append) as client:
        with pytest.raises(SyncClientError) as caught:
            client.pull(0)
    assert (caught.value.status, caught.value.code, caught.value.retryable) == (401, "invalid_token", False)
    assert waits == []


def test_plain_http_only_on_loopback() -> None:
    assert is_loopback("http://127.0.0.1:8000") and is_loopback("http://localhost") and is_loopback("http://[::1]:1")
    assert not is_loopback("http://192.168.1.4:8000")
    with pytest.raises(SyncClientError) as caught:
        SyncClient("http://192.168.1.4:8000", "token")
    assert caught.value.code == "insecure_url"


def test_many_answers_go_up_in_bounded_batches(hub: LiveHub, make_device) -> None:
    proxy = CuttingProxy(hub.port, {})
    try:
        device = make_device("a")
        device.sync = SyncService(device.db, device.paths, device.device_id, device.practice.rebuild_learner_state,
                                  backoff=FAST)
        device.sync.enroll(proxy.url, hub.code())
        learner = device.learners.create("Farah", "owl")
        with device.db.transaction() as session:
            for n in range(2500):
                session.add(AttemptEvent(
                    id=uuid7(), device_id=device.device_id, device_seq=allocate_seq(session, device.device_id),
                    learner_id=learner.id, pack_id="mini", pack_version="1.0.0", item_id="count-1",
                    skill_ids=["count-to-10"], response="1", correct=n % 4 != 0, hints_used=0, duration_ms=700,
                    seed=n, client_time=datetime.now(UTC),
                ))
        report = device.sync.sync_now()
        assert report.pushed == 2500 and report.answers_waiting == 0
        assert proxy.seen.count("/v1/push") == 3  # 1,000 + 1,000 + 500
        with hub.services.db.session() as session:
            assert session.get(SyncDevice, device.device_id).stored_through == 2500
            assert len(session.scalars(select(AttemptEvent.id)).all()) == 2500
    finally:
        proxy.close()


def test_tls_with_the_pinned_fingerprint(tmp_path: Path, mini_pack: Path, make_device) -> None:
    hub = LiveHub(tmp_path / "tls-hub", mini_pack, tls=self_signed_certificate(tmp_path / "tls"))
    try:
        assert hub.url.startswith("https://") and hub.fingerprint
        good = make_device("good")
        info = good.sync.enroll(hub.url, hub.code())  # the code ends with @FINGERPRINT
        assert info.pinned_fingerprint == hub.fingerprint
        learner = good.learners.create("Hadi", "owl")
        assert good.sync.sync_now().learners_pushed == 1 and learner.id

        # A code whose fingerprint does not match: nothing is sent, no device is enrolled.
        wrong = make_device("wrong")
        code = hub.code().split("@")[0] + "@" + "0" * 16
        with pytest.raises(SyncError) as caught:
            wrong.sync.enroll(hub.url, code)
        assert caught.value.code == "fingerprint_mismatch"
        # Without a fingerprint, a self-signed certificate is not trusted.
        with pytest.raises(SyncError) as caught:
            wrong.sync.enroll(hub.url, hub.code().split("@")[0])
        assert caught.value.code == "tls"
        with hub.services.db.session() as session:
            assert session.get(SyncDevice, wrong.device_id) is None
        # A pin to another certificate (the hub was replaced by an impostor, or set up again) is refused.
        other_pem = self_signed_certificate(tmp_path / "other")[0].read_text()
        with SyncClient(hub.url, "token", certificate_pem=other_pem, backoff=FAST) as client:
            with pytest.raises(SyncClientError) as refused:
                client.status()
        assert refused.value.code == "tls"
    finally:
        hub.close()
