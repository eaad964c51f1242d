"""The class hub run by ``services.hub``: a real server on the teacher's own data directory, a learner
PC enrolling and syncing through ``services.sync``, and the teacher's reports covering its learner."""

from __future__ import annotations

import socket
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from sqlalchemy import delete, select

from app.services.app_services import AppServices
from app.services.hub_runner import HubError, lan_address
from app.services.sync_dto import SyncError
from app.services.sync_state import read_state, write_fields
from app.storage.models import AttemptEvent, SkillStateRow
from tests.sync.client.devices import build_mini_pack, open_device, practise


@pytest.fixture(scope="module")
def mini_pack(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_mini_pack(tmp_path_factory.mktemp("packs"))


@pytest.fixture
def teacher(tmp_path: Path, mini_pack: Path) -> Iterator[AppServices]:
    services = open_device(tmp_path / "teacher", mini_pack)
    yield services
    services.close()  # also stops the hub


@pytest.fixture
def learner_pc(tmp_path: Path, mini_pack: Path) -> Iterator[AppServices]:
    services = open_device(tmp_path / "learner-pc", mini_pack)
    yield services
    services.close()


def _states(services: AppServices, learner_id: str) -> dict[tuple[str, str], tuple[Any, ...]]:
    with services.db.session() as session:
        return {
            (r.pack_id, r.skill_id): (r.p_known, r.attempts, r.correct, r.streak, r.recent, r.mastered)
            for r in session.scalars(select(SkillStateRow).where(SkillStateRow.learner_id == learner_id))
        }


def _event_ids(services: AppServices) -> set[str]:
    with services.db.session() as session:
        return set(session.scalars(select(AttemptEvent.id)))


def test_a_learner_pc_enrols_syncs_and_appears_in_the_teachers_reports(
    teacher: AppServices, learner_pc: AppServices
) -> None:
    address = teacher.hub.start(host="127.0.0.1", port=0)
    assert teacher.hub.running and address.url == f"http://127.0.0.1:{address.port}" and not address.tls
    klass = teacher.hub.create_class("Al Noor", "5B")
    assert (klass.school_name, klass.class_name, klass.url) == ("Al Noor", "5B", address.url)
    assert klass.qr_svg.startswith("<?xml") or "<svg" in klass.qr_svg
    assert teacher.hub.current_class() == ("Al Noor", "5B")

    amina = learner_pc.learners.create("Amina", "cat")
    answered = practise(learner_pc, amina.id, "1101101")
    info = learner_pc.sync.enroll(address.url, klass.code, device_name="Lab PC 3")
    assert (info.school_name, info.class_name) == ("Al Noor", "5B")
    assert teacher.hub.enrolled_devices() == 1

    report = learner_pc.sync.sync_now()
    assert report.pushed == len(answered) == 7 and report.answers_waiting == 0
    assert set(answered) <= _event_ids(teacher)

    assert teacher.hub.wait_rebuilt(60)
    with teacher.db.session() as session:
        assert read_state(session).rebuild_pending == []
    # The hub replayed the learner exactly as the learner's own PC built them while practising.
    assert _states(teacher, amina.id) == _states(learner_pc, amina.id) != {}
    grid = teacher.reports.mastery_grid(learner_ids=[amina.id])
    assert [row.id for row in grid.learners] == [amina.id]
    progress = teacher.reports.learner_progress(amina.id)
    assert sum(week.attempts for week in progress.weeks) == 7

    # More practice reaches the hub's states too, and the teacher's own learners reach the PC.
    more = practise(learner_pc, amina.id, "000")
    omar = teacher.learners.create("Omar", "fox")
    practise(teacher, omar.id, "11")
    second = learner_pc.sync.sync_now()
    assert second.pushed == len(more) == 3 and second.pulled == 2
    assert teacher.hub.wait_rebuilt(60)
    assert _states(teacher, amina.id) == _states(learner_pc, amina.id)
    assert _states(learner_pc, omar.id) == _states(teacher, omar.id) != {}


def test_stopping_the_hub_closes_the_port_and_a_sync_then_says_unreachable(
    teacher: AppServices, learner_pc: AppServices
) -> None:
    address = teacher.hub.start(host="127.0.0.1", port=0)
    code = teacher.hub.create_class("Al Noor", "5B").code
    learner_pc.sync.enroll(address.url, code)
    teacher.hub.stop()
    assert not teacher.hub.running and teacher.hub.address is None
    with pytest.raises(httpx.ConnectError):
        httpx.get(f"{address.url}/v1/status", timeout=2)
    with pytest.raises(SyncError) as failure:
        learner_pc.sync.sync_now()
    assert failure.value.retryable
    # Started again, the same enrolment works: the hub's identity lives in its database.
    again = teacher.hub.start(host="127.0.0.1", port=address.port)
    assert again.server_id == address.server_id
    assert learner_pc.sync.sync_now().answers_waiting == 0


def test_off_loopback_the_hub_serves_tls_and_the_code_pins_its_certificate(
    teacher: AppServices, learner_pc: AppServices
) -> None:
    address = teacher.hub.start(host="0.0.0.0", port=0, advertise=False)
    assert address.tls and address.url == f"https://{lan_address()}:{address.port}"
    assert (teacher.paths.root / "sync-tls" / "cert.pem").is_file()
    klass = teacher.hub.create_class("Al Noor", "5B")
    assert klass.code.endswith("@" + address.fingerprint) and len(address.fingerprint) == 16
    with pytest.raises(httpx.HTTPError):
        httpx.get(f"http://127.0.0.1:{address.port}/v1/status", timeout=2)  # no plain HTTP
    learner_pc.sync.enroll(f"https://127.0.0.1:{address.port}", klass.code)
    kid = learner_pc.learners.create("Yusuf", "owl")
    practise(learner_pc, kid.id, "10")
    assert learner_pc.sync.sync_now().pushed == 2
    assert teacher.hub.wait_rebuilt(60)
    assert _states(teacher, kid.id) == _states(learner_pc, kid.id) != {}


def test_a_port_in_use_and_a_code_before_starting_are_explained(teacher: AppServices) -> None:
    with pytest.raises(HubError) as early:
        teacher.hub.create_class("Al Noor", "5B")
    assert early.value.code == "not_running"
    taken = socket.socket()
    taken.bind(("127.0.0.1", 0))
    taken.listen(1)
    try:
        with pytest.raises(HubError) as busy:
            teacher.hub.start(host="127.0.0.1", port=taken.getsockname()[1])
        assert busy.value.code == "port_in_use" and not teacher.hub.running
    finally:
        taken.close()
    teacher.hub.start(host="127.0.0.1", port=0)
    with pytest.raises(HubError) as empty:
        teacher.hub.create_class("  ", "5B")
    assert empty.value.code == "invalid_name"


def test_learners_noted_before_a_crash_are_rebuilt_when_the_hub_starts(
    teacher: AppServices, learner_pc: AppServices
) -> None:
    address = teacher.hub.start(host="127.0.0.1", port=0)
    learner_pc.sync.enroll(address.url, teacher.hub.create_class("Al Noor", "5B").code)
    kid = learner_pc.learners.create("Lina", "cat")
    practise(learner_pc, kid.id, "111")
    learner_pc.sync.sync_now()
    assert teacher.hub.wait_rebuilt(60)
    teacher.hub.stop()
    # As if the app had died after the push committed and before the rebuild: states lost, note kept.
    with teacher.db.transaction() as session:
        session.execute(delete(SkillStateRow).where(SkillStateRow.learner_id == kid.id))
        write_fields(session, rebuild_pending=[kid.id])
    assert _states(teacher, kid.id) == {}
    teacher.hub.start(host="127.0.0.1", port=0)
    assert teacher.hub.wait_rebuilt(60)
    assert _states(teacher, kid.id) == _states(learner_pc, kid.id) != {}


def test_the_hub_is_found_on_the_lan_with_its_school_and_leaves_when_stopped(teacher: AppServices) -> None:
    from app.sync.discovery import browse

    address = teacher.hub.start(host="127.0.0.1", port=0, advertise=True)
    assert address.advertised
    teacher.hub.create_class("Al Noor", "5B")  # the first class names the school in the advert

    def ours() -> list[Any]:
        return [hub for hub in browse(3.0) if hub.url == address.url]

    found = ours()
    assert [(hub.school, hub.server_id) for hub in found] == [("Al Noor", address.server_id)]
    teacher.hub.stop()
    assert ours() == []


def test_learner_model_parameters_fitted_on_the_hub_reach_the_learner_pc(
    teacher: AppServices, learner_pc: AppServices
) -> None:
    """The hub shares its fitted parameters (models/<pack id>.json); a synced PC stores them once and
    practises on them (source "fitted", so mastery is decided on the model)."""
    import json

    from app.services.learner_model_runtime import load_model_params

    address = teacher.hub.start(host="127.0.0.1", port=0)
    klass = teacher.hub.create_class("Al Noor", "5B")
    with learner_pc.db.session() as session:
        runtime = learner_pc.practice._runtime(session, "org.sabil.test.mini")
    params = load_model_params(runtime, None)[0].to_dict()
    params["intercept"] = 0.42
    models = teacher.paths.root / "models"
    models.mkdir(exist_ok=True)
    (models / "org.sabil.test.mini.json").write_text(json.dumps(params), encoding="utf-8")
    (models / "notes.json").write_text('{"not": "parameters"}', encoding="utf-8")  # never offered

    learner_pc.sync.enroll(address.url, klass.code, device_name="Lab PC 3")
    first = learner_pc.sync.sync_now()
    assert first.models_received == ("org.sabil.test.mini",)
    stored = learner_pc.paths.root / "models" / "org.sabil.test.mini.json"
    assert json.loads(stored.read_text(encoding="utf-8"))["intercept"] == 0.42
    assert not (learner_pc.paths.root / "models" / "notes.json").exists()
    assert learner_pc.sync.sync_now().models_received == ()  # unchanged: not fetched again

    amina = learner_pc.learners.create("Amina", "cat")
    session_id = learner_pc.practice.start_session(amina.id)
    practice = learner_pc.practice._session(session_id)
    assert practice.model_decides_mastery and practice.model_params.intercept == 0.42

    with httpx.Client(base_url=address.url) as anonymous:
        assert anonymous.get("/v1/models").status_code == 401
