"""A district server (`sabil serve` on the embedded PostgreSQL, a real process) killed in the middle of a
relay, then unreachable, then back: the hub loses nothing, backs off, and the retry stores each answer
once. Also `sabil sync now` / `sabil sync status --json` on a hub, and the background sync relaying."""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, func, select
from sqlalchemy.orm import Session

from app.cli_server import main as server_cli
from app.cli_sync import main as sync_cli
from app.services.sync_dto import SyncError
from app.services.sync_scheduler import BackgroundSync
from app.storage.models import AttemptEvent
from app.sync.client import Backoff
from app.sync.enrolment import create_enrolment_code, ensure_school_and_class
from tests.sync.client.devices import build_mini_pack, practise
from tests.sync.relay.tiers import KillingProxy, enrolled_device, open_hub
from tests.sync.server.serve_process import ServeProcess, free_port


@pytest.fixture(scope="module")
def mini_pack(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_mini_pack(tmp_path_factory.mktemp("packs"))


@pytest.fixture
def served_district(tmp_path: Path, postgres_url: str) -> Iterator[ServeProcess]:
    serve = ServeProcess(tmp_path / "district", postgres_url, free_port())
    serve.start()
    yield serve
    serve.stop()


def _code(url: str) -> str:
    engine = create_engine(url)
    try:
        with Session(engine) as session, session.begin():
            return create_enrolment_code(session, ensure_school_and_class(session, "District school", "6A"))
    finally:
        engine.dispose()


def _district_events(url: str) -> tuple[int, int]:
    """(events stored, distinct event ids) in the district's database."""
    engine = create_engine(url)
    try:
        with Session(engine) as session:
            return (int(session.scalar(select(func.count()).select_from(AttemptEvent)) or 0),
                    int(session.scalar(select(func.count(func.distinct(AttemptEvent.id)))) or 0))
    finally:
        engine.dispose()


def test_district_killed_mid_relay_then_back_stores_each_answer_once(
    served_district: ServeProcess, postgres_url: str, tmp_path: Path, mini_pack: Path
) -> None:
    proxy = KillingProxy(served_district.port, "/v1/relay", served_district.kill)
    hub, hub_class = open_hub(tmp_path / "hub", mini_pack)
    pc = enrolled_device(tmp_path / "pc", mini_pack, hub_class)
    try:
        hub.sync.enroll(proxy.url, _code(postgres_url))
        learner = pc.learners.create("Nour", "owl")
        practise(pc, learner.id, "1101101")
        pc.sync.sync_now()

        with pytest.raises(SyncError) as failed:
            hub.sync.sync_now()
        assert proxy.killed.is_set() and failed.value.retryable
        assert _district_events(postgres_url) == (0, 0)  # killed before it committed anything
        status = hub.sync.status()
        assert status.answers_waiting == 7 and status.relayed_through == 0
        assert "The district server could not be reached; Sabil will try again." in status.text

        # While it is down the background sync backs off instead of knocking every interval.
        background = BackgroundSync(hub.sync, interval=300.0, backoff=Backoff(attempts=10**6, base=30.0, cap=900.0))
        assert background.run_once() is None and background.failures == 1
        assert background.next_delay() <= 30.0
        practise(pc, learner.id, "11")
        pc.sync.sync_now()

        served_district.start()
        report = background.run_once()
        assert report is not None and background.failures == 0
        assert (report.pushed, report.answers_waiting) == (9, 0)
        assert _district_events(postgres_url) == (9, 9)
        assert hub.sync.sync_now().pushed == 0 and _district_events(postgres_url) == (9, 9)
        assert hub.sync.status().text.startswith("Sent to the district just now · everything sent")
    finally:
        proxy.close()
        pc.close()
        hub.close()


def test_sync_now_and_status_on_a_hub_from_the_command_line(
    served_district: ServeProcess, postgres_url: str, tmp_path: Path, mini_pack: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    hub, hub_class = open_hub(tmp_path / "hub", mini_pack)
    pc = enrolled_device(tmp_path / "pc", mini_pack, hub_class)
    try:
        learner = pc.learners.create("Adam", "fox")
        practise(pc, learner.id, "10111")
        pc.sync.sync_now()
    finally:
        pc.close()
        hub.close()
    data_dir = str(tmp_path / "hub")
    # The district's operator makes the code with `sabil hub init --db …` (the code is the last line).
    assert server_cli(["hub", "init", "--school", "District school", "--class", "6A", "--db", postgres_url,
                       "--data-dir", str(tmp_path / "district")]) == 0
    code = capsys.readouterr().out.strip().splitlines()[-1]
    assert sync_cli(["sync", "enroll", served_district.url, code, "--data-dir", data_dir]) == 0
    assert capsys.readouterr().out.startswith(f"This class hub now relays its school's answers to {served_district.url}")
    assert sync_cli(["sync", "status", "--json", "--data-dir", data_dir]) == 0
    before = json.loads(capsys.readouterr().out.strip().splitlines()[-1])
    assert before["relaying"] is True and before["answers_waiting"] == 5

    assert sync_cli(["sync", "now", "--data-dir", data_dir]) == 0
    lines = capsys.readouterr().out.strip().splitlines()
    assert lines[0] == "Relayed 5 answer(s) of the school to the district server, received 0; 0 waiting."
    summary = json.loads(lines[-1])
    assert (summary["ok"], summary["pushed"], summary["pulled"], summary["relaying"]) == (True, 5, 0, True)
    assert _district_events(postgres_url) == (5, 5)

    assert sync_cli(["sync", "status", "--json", "--data-dir", data_dir]) == 0
    after = json.loads(capsys.readouterr().out.strip().splitlines()[-1])
    assert after["answers_waiting"] == 0 and after["relayed_through"] == summary["relayed_through"] > 0
    assert after["text"].startswith("Sent to the district just now")


def test_a_hub_run_headless_by_sabil_serve_relays_by_itself(
    served_district: ServeProcess, postgres_url: str, tmp_path: Path, mini_pack: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """A school server in a cupboard runs `sabil serve` on the hub's folder, not the app: it relays too."""
    hub, hub_class = open_hub(tmp_path / "hub", mini_pack)
    pc = enrolled_device(tmp_path / "pc", mini_pack, hub_class)
    try:
        learner = pc.learners.create("Adam", "fox")
        practise(pc, learner.id, "1011")
        pc.sync.sync_now()
    finally:
        pc.close()
        hub.close()
    data_dir = tmp_path / "hub"
    assert sync_cli(["sync", "enroll", served_district.url, _code(postgres_url), "--data-dir", str(data_dir)]) == 0
    capsys.readouterr()
    assert _district_events(postgres_url) == (0, 0)

    headless = ServeProcess(data_dir, None, free_port())
    headless.start()
    try:
        deadline = time.monotonic() + 60
        while _district_events(postgres_url) != (4, 4):
            assert time.monotonic() < deadline, "the headless hub did not relay"
            time.sleep(0.2)
    finally:
        headless.stop()
    output = headless.process.stdout.read().decode() if headless.process and headless.process.stdout else ""
    assert f"Relaying this school's answers to the district server at {served_district.url}." in output


def test_sabil_serve_on_a_folder_never_enrolled_upstream_does_not_relay(tmp_path: Path, mini_pack: Path) -> None:
    from app.cli_server import start_upstream_relay
    from app.config import Paths

    hub, _ = open_hub(tmp_path / "hub", mini_pack)
    hub.close()
    assert start_upstream_relay(Paths(tmp_path / "hub")) is None
    assert start_upstream_relay(Paths(tmp_path / "empty")) is None
