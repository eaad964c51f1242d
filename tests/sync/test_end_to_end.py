"""Sync end to end: a class hub (the teacher's Sabil serving its own database with the real server on
uvicorn, loopback) and devices that practise through the real PracticeService, then sync — over HTTP,
through a connection that is cut mid-answer, and by USB bundles."""

from __future__ import annotations

import json
import zipfile
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from app.services.app_services import AppServices
from app.services.device import allocate_seq
from app.services.sync import SyncService
from app.services.sync_bundles import export_push_bundle
from app.services.sync_dto import SyncError
from app.services.sync_state import save
from app.storage.ids import uuid7
from app.storage.models import AttemptEvent, Learner, Setting, SkillStateRow
from app.sync.client import Backoff
from tests.sync.client.devices import CuttingProxy, LiveHub, build_mini_pack, open_device, practise

FAST = Backoff(attempts=4, base=0.01, cap=0.05)


@pytest.fixture(scope="module")
def mini_pack(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_mini_pack(tmp_path_factory.mktemp("packs"))


@pytest.fixture
def hub(tmp_path: Path, mini_pack: Path) -> Iterator[LiveHub]:
    live = LiveHub(tmp_path / "hub", mini_pack)
    yield live
    live.close()


@pytest.fixture
def devices(tmp_path: Path, mini_pack: Path) -> Iterator[Callable[[str], AppServices]]:
    opened: list[AppServices] = []

    def make(name: str) -> AppServices:
        device = open_device(tmp_path / name, mini_pack)
        opened.append(device)
        return device

    yield make
    for device in opened:
        device.close()


def _enrolled(make: Callable[[str], AppServices], hub: LiveHub, name: str, url: str | None = None) -> AppServices:
    device = make(name)
    device.sync = SyncService(device.db, device.paths, device.device_id, device.practice.rebuild_learner_state,
                              backoff=FAST)
    info = device.sync.enroll(url or hub.url, hub.code(), device_name=name)
    assert (info.school_name, info.class_name) == ("Al Noor", "5B")
    return device


def _events(device: AppServices) -> dict[str, tuple[Any, ...]]:
    with device.db.session() as session:
        return {
            e.id: (e.device_id, e.device_seq, e.learner_id, e.item_id, e.correct, e.client_time)
            for e in session.scalars(select(AttemptEvent))
        }


def _states(device: AppServices) -> dict[tuple[str, str, str], tuple[Any, ...]]:
    with device.db.session() as session:
        return {
            (r.learner_id, r.pack_id, r.skill_id): (
                r.p_known, r.attempts, r.correct, r.streak, r.recent, r.mastered, r.mastered_at, r.last_practised,
                r.review,
            )
            for r in session.scalars(select(SkillStateRow))
        }


def _profiles(device: AppServices) -> dict[str, tuple[Any, ...]]:
    with device.db.session() as session:
        return {
            r.id: (r.display_name, r.avatar, r.language, r.pin_hash, r.deleted_at, r.hlc)
            for r in session.scalars(select(Learner))
        }


def _count_events(device: AppServices) -> int:
    with device.db.session() as session:
        return int(session.scalar(select(func.count()).select_from(AttemptEvent)) or 0)


def test_two_devices_in_one_class_end_with_the_same_events_and_states(hub: LiveHub, devices) -> None:
    a, b = _enrolled(devices, hub, "a"), _enrolled(devices, hub, "b")
    amina = a.learners.create("Amina", "owl")
    omar = b.learners.create("Omar", "fox")
    practise(a, amina.id, "1101111011")
    practise(b, omar.id, "011111")
    assert a.sync.status().answers_waiting == 10

    first = a.sync.sync_now()
    assert (first.pushed, first.pulled, first.answers_waiting) == (10, 0, 0)
    second = b.sync.sync_now()
    assert (second.pushed, second.pulled) == (6, 10)
    third = a.sync.sync_now()
    assert (third.pushed, third.pulled) == (0, 6)
    again = a.sync.sync_now()
    assert (again.pushed, again.pulled) == (0, 0)

    assert _events(a) == _events(b) == _events(hub.services) and len(_events(a)) == 16
    assert _states(a) == _states(b) != {}
    assert {amina.id, omar.id} <= set(_profiles(b)) and _profiles(a) == _profiles(b)
    status = a.sync.status()
    assert status.last_error == "" and status.answers_waiting == 0 and status.last_success is not None
    assert status.text.startswith("Last synced just now · everything sent") and "fail" not in status.text


def test_the_same_learner_on_both_devices_offline_then_syncing(hub: LiveHub, devices) -> None:
    a, b = _enrolled(devices, hub, "a"), _enrolled(devices, hub, "b")
    sara = a.learners.create("Sara", "cat")
    a.sync.sync_now()
    b.sync.sync_now()
    assert b.learners.get(sara.id).display_name == "Sara"
    # Now offline: Sara practises at school (a) and at home (b).
    practise(a, sara.id, "11110111")
    practise(b, sara.id, "0011011")
    for device in (a, b, a):
        device.sync.sync_now()
    assert _events(a) == _events(b) and len(_events(a)) == 15
    assert _states(a) == _states(b)
    with a.db.session() as session:
        attempts = session.scalars(select(SkillStateRow.attempts).where(SkillStateRow.learner_id == sara.id))
        assert sum(attempts) >= 15  # both devices' answers are folded into her state


def test_a_device_clock_days_wrong_still_merges_and_says_so(hub: LiveHub, devices) -> None:
    a, b = _enrolled(devices, hub, "a"), _enrolled(devices, hub, "b")
    lina = a.learners.create("Lina", "owl")
    practise(a, lina.id, "111")
    a.sync.sync_now()
    b.sync.sync_now()
    behind = timedelta(days=3)
    b.sync = SyncService(b.db, b.paths, b.device_id, b.practice.rebuild_learner_state, backoff=FAST,
                         now=lambda: datetime.now(UTC) - behind)
    # B's clock is three days behind: its answers carry client times from "three days ago".
    with b.db.transaction() as session:
        for n in range(4):
            session.add(AttemptEvent(
                id=uuid7(), device_id=b.device_id, device_seq=allocate_seq(session, b.device_id),
                learner_id=lina.id, pack_id="mini", pack_version="1.0.0", item_id="count-1",
                skill_ids=["count-to-10"], response="1", correct=n != 1, hints_used=0, duration_ms=900, seed=n,
                client_time=datetime.now(UTC) - behind + timedelta(seconds=n),
            ))
    b.practice.rebuild_learner_state(lina.id)
    report = b.sync.sync_now()
    assert report.pushed == 4 and report.clock_offset_seconds > 2.9 * 86400
    status = b.sync.status()
    assert status.clock_wrong and "This computer's clock is 3 days behind." in status.text
    assert status.last_error == ""
    a.sync.sync_now()
    assert _events(a) == _events(b) and len(_events(a)) == 7
    assert _states(a) == _states(b)
    assert not a.sync.status().clock_wrong


def test_a_connection_cut_mid_answer_loses_and_doubles_nothing(hub: LiveHub, devices) -> None:
    proxy = CuttingProxy(hub.port, {"/v1/push": 2, "/v1/pull": 1})
    try:
        a = _enrolled(devices, hub, "a", url=proxy.url)
        b = _enrolled(devices, hub, "b")
        yusuf = b.learners.create("Yusuf", "fox")
        practise(b, yusuf.id, "10111")
        b.sync.sync_now()
        hana = a.learners.create("Hana", "cat")
        practise(a, hana.id, "1111011")
        report = a.sync.sync_now()
        assert proxy.cut_done == ["/v1/push", "/v1/push", "/v1/pull"]
        assert (report.pushed, report.pulled) == (7, 5)
        assert _count_events(hub.services) == 12 and len(_events(hub.services)) == 12
        b.sync.sync_now()
        assert _events(a) == _events(b) == _events(hub.services)
        assert _states(a) == _states(b)
    finally:
        proxy.close()


def test_profile_edits_converge_by_hlc_and_a_deletion_propagates(hub: LiveHub, devices) -> None:
    a, b = _enrolled(devices, hub, "a"), _enrolled(devices, hub, "b")
    musa = a.learners.create("Musa", "owl")
    zaid = a.learners.create("Zaid", "fox")
    a.sync.sync_now()
    b.sync.sync_now()
    b.learners.update(musa.id, display_name="Musa B", language="fr")
    a.learners.update(musa.id, display_name="Musa A", pin="1357")  # the later stamp
    b.learners.delete(zaid.id)
    for device in (b, a, b):
        device.sync.sync_now()
    for device in (a, b, hub.services):
        profile = device.learners.get(musa.id)
        assert (profile.display_name, profile.language, profile.has_pin) == ("Musa A", "en", True)
        assert [p.id for p in device.learners.list()] == [musa.id]
    assert _profiles(a) == _profiles(b)
    assert b.learners.verify_pin(musa.id, "1357").ok


def test_status_after_a_failure_keeps_the_success_and_never_says_failed_when_it_worked(
    tmp_path: Path, mini_pack: Path, devices
) -> None:
    hub = LiveHub(tmp_path / "hub", mini_pack)
    a = _enrolled(devices, hub, "a")
    learner = a.learners.create("Ali", "owl")
    practise(a, learner.id, "11")
    a.sync.sync_now()
    practise(a, learner.id, "1")
    hub.close()
    with pytest.raises(SyncError) as caught:
        a.sync.sync_now()
    assert caught.value.code == "unreachable" and caught.value.retryable
    status = a.sync.status()
    assert status.last_success is not None and status.answers_waiting == 1
    assert status.text.startswith("Last synced just now · 1 answer waiting · The class hub could not be reached")
    assert not a.sync.status().text.lower().count("failed")


def _snapshot(device: AppServices) -> tuple[Any, ...]:
    with device.db.session() as session:
        settings = {k: v for k, v in session.execute(select(Setting.key, Setting.value))
                    if not k.startswith("sync.client.last_")}
    return _events(device), _profiles(device), _states(device), settings


def test_usb_bundles_round_trip_twice_without_changing_anything_the_second_time(
    hub: LiveHub, devices, tmp_path: Path
) -> None:
    a, c = _enrolled(devices, hub, "a"), _enrolled(devices, hub, "c")
    rania = a.learners.create("Rania", "owl")
    practise(a, rania.id, "1101")
    a.sync.sync_now()
    # c is a PC without a network from now on: its answers travel on a USB stick.
    idris = c.learners.create("Idris", "fox")
    practise(c, idris.id, "111011")
    stick = tmp_path / "stick"
    bundle = c.sync.export_bundle(stick)
    assert c.sync.status().answers_waiting == 6  # not confirmed until the hub's reply comes back

    imported = hub.services.sync.import_bundle(bundle)
    assert (imported.kind, imported.device_id, imported.events_added) == ("push", c.device_id, 6)
    assert imported.reply_path is not None and imported.reply_path.parent == stick
    hub_after_first = _snapshot(hub.services)
    twice = hub.services.sync.import_bundle(bundle, reply_dir=tmp_path / "reply2")
    assert twice.events_added == 0 and _snapshot(hub.services) == hub_after_first

    reply = c.sync.import_bundle(imported.reply_path)
    assert reply.kind == "reply" and reply.events_added == 4
    assert c.sync.status().answers_waiting == 0
    device_after_first = _snapshot(c)
    c.sync.import_bundle(imported.reply_path)
    c.sync.import_bundle(twice.reply_path)
    assert _snapshot(c) == device_after_first
    a.sync.sync_now()
    assert _events(a) == _events(c) == _events(hub.services) and len(_events(a)) == 10
    assert _states(a) == _states(c)


def _rewrite(src: Path, dst: Path, change: Callable[[str, bytes], bytes]) -> Path:
    with zipfile.ZipFile(src) as old, zipfile.ZipFile(dst, "w") as new:
        for info in old.infolist():
            new.writestr(info.filename, change(info.filename, old.read(info.filename)))
    return dst


def test_a_truncated_or_tampered_bundle_is_refused_and_changes_nothing(
    hub: LiveHub, devices, tmp_path: Path
) -> None:
    c = _enrolled(devices, hub, "c")
    learner = c.learners.create("Nour", "cat")
    practise(c, learner.id, "1111")
    bundle = c.sync.export_bundle(tmp_path / "stick")
    before = _snapshot(hub.services)

    data = bundle.read_bytes()
    truncated = tmp_path / "truncated.sabilsync"
    truncated.write_bytes(data[: len(data) * 2 // 3])

    def cheat(name: str, content: bytes) -> bytes:
        if name.startswith("batches/"):
            batch = json.loads(content)
            batch["events"][0]["correct"] = not batch["events"][0]["correct"]
            return json.dumps(batch).encode()
        return content

    tampered = _rewrite(bundle, tmp_path / "tampered.sabilsync", cheat)
    # Signed by another key claiming to be c: the hub knows c's real key from enrolment.
    mallory = devices("mallory")
    save(mallory.db, server_id=hub_server_id(hub))
    forged = export_push_bundle(mallory.db, c.device_id, mallory.paths.root / "keys" / "k.pem", tmp_path / "forged")
    for bad, code in ((truncated, "bundle_truncated"), (tampered, "bundle_tampered"),
                      (forged, "bundle_wrong_signer")):
        with pytest.raises(SyncError) as caught:
            hub.services.sync.import_bundle(bad, reply_dir=tmp_path / "replies")
        assert caught.value.code == code, caught.value.message
        assert "Nothing was imported." in caught.value.message
        assert _snapshot(hub.services) == before
    assert not (tmp_path / "replies").exists() or list((tmp_path / "replies").iterdir()) == []


def hub_server_id(hub: LiveHub) -> str:
    with hub.services.db.session() as session:
        return session.scalar(select(Setting.value).where(Setting.key == "sync.server_id")) or ""


def test_devices_converge_through_a_district_server_on_sqlite_and_postgresql(server_db: str, devices) -> None:
    from tests.sync.client.devices import LiveDistrictServer

    server = LiveDistrictServer(server_db)
    try:
        a, b = devices("a"), devices("b")
        for device in (a, b):
            device.sync = SyncService(device.db, device.paths, device.device_id,
                                      device.practice.rebuild_learner_state, backoff=FAST)
            device.sync.enroll(server.url, server.code())
        rami = a.learners.create("Rami", "owl")
        practise(a, rami.id, "110111")
        a.sync.sync_now()
        b.sync.sync_now()
        practise(b, rami.id, "0111")
        b.learners.update(rami.id, display_name="Rami K")
        assert (b.sync.sync_now().pushed, a.sync.sync_now().pulled) == (4, 4)
        assert _events(a) == _events(b) and len(_events(a)) == 10
        assert _states(a) == _states(b) != {}
        assert a.learners.get(rami.id).display_name == "Rami K" and _profiles(a) == _profiles(b)
    finally:
        server.close()


def test_what_the_teachers_own_sabil_records_reaches_the_devices(hub: LiveHub, devices) -> None:
    a = _enrolled(devices, hub, "a")
    teacher_learner = hub.services.learners.create("Demo learner", "owl")
    practise(hub.services, teacher_learner.id, "1011")
    report = a.sync.sync_now()
    assert report.pulled == 4 and report.learners_pulled == 1
    assert a.learners.get(teacher_learner.id).display_name == "Demo learner"
    assert _events(a) == _events(hub.services)
    assert {k: v for k, v in _states(a).items() if k[0] == teacher_learner.id} == {
        k: v for k, v in _states(hub.services).items() if k[0] == teacher_learner.id}


def test_a_reply_not_made_by_the_hub_for_this_device_is_refused(hub: LiveHub, devices, tmp_path: Path) -> None:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    from app.sync.bundle import BundleWriter

    a, c = _enrolled(devices, hub, "a"), _enrolled(devices, hub, "c")
    learner = a.learners.create("Badr", "owl")
    practise(a, learner.id, "11")
    a.sync.sync_now()
    genuine_for_a = hub.services.sync.import_bundle(a.sync.export_bundle(tmp_path / "a-stick")).reply_path
    before = _snapshot(c)
    with pytest.raises(SyncError) as caught:
        c.sync.import_bundle(genuine_for_a)
    assert caught.value.code == "bundle_wrong_device"

    # Someone who knows the hub's id and c's id (neither is secret) makes a signed "reply" with a made-up
    # answer: without c's token they cannot bind it to c.
    page = {"events": [], "learners": [], "roster": [], "plans": [], "model_params": [], "cursor": 10**6,
            "more": False}
    with BundleWriter(tmp_path / "fake", "reply", c.device_id, Ed25519PrivateKey.generate()) as writer:
        writer.add_batch(page)
        fake = writer.finish({"server_id": hub_server_id(hub), "stored_through": 10**6, "cursor": 10**6,
                              "reply_auth": "0" * 64})
    with pytest.raises(SyncError) as caught:
        c.sync.import_bundle(fake)
    assert caught.value.code == "bundle_wrong_signer" and "Nothing was imported." in caught.value.message
    assert _snapshot(c) == before
