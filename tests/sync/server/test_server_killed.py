"""The server killed (SIGKILL) in the middle of pushes loses nothing and doubles nothing after retry."""

from __future__ import annotations

import argparse
import random
import threading
import time
from pathlib import Path

import httpx
import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app import cli_server
from app.storage.models import AttemptEvent
from app.storage.sync_models import SyncChange, SyncDevice
from app.sync.server.database import open_server_engine
from tests.sync.server.helpers import Device, public_key_b64
from tests.sync.server.serve_process import ServeProcess, free_port

TOTAL = 6000
BATCH = 1000


def _hub_code(data_dir: Path, db_url: str, capsys: pytest.CaptureFixture[str]) -> str:
    parser = argparse.ArgumentParser()
    cli_server.add_commands(parser.add_subparsers(dest="command"))
    args = parser.parse_args(["hub", "init", "--school", "S", "--class", "C", "--data-dir", str(data_dir),
                              "--db", db_url])
    assert cli_server.HANDLERS[("hub", "init")](args) == 0
    return capsys.readouterr().out.strip().splitlines()[-1]


class Pusher:
    """A client that pushes from the server's stored_through, retrying whatever fails."""

    def __init__(self, url: str, device: Device, learner: dict, events: list[dict]) -> None:
        self.url, self.device, self.learner, self.events = url, device, learner, events
        self.stored_through = 0
        self.failures = 0
        self.stop = threading.Event()

    def push_once(self) -> None:
        batch = self.events[self.stored_through:self.stored_through + BATCH]
        body = {"device_id": self.device.device_id, "events": batch, "learners": [self.learner]}
        answer = httpx.post(f"{self.url}/v1/push", json=body, headers=self.device.auth, timeout=30)
        assert answer.status_code == 200, answer.text
        self.stored_through = answer.json()["stored_through"]

    def run(self) -> None:
        while not self.stop.is_set() and self.stored_through < TOTAL:
            try:
                self.push_once()
            except httpx.HTTPError:
                self.failures += 1
                return  # the server is gone: the test restarts it and a new run resumes


@pytest.mark.slow
def test_kill_during_pushes_then_retry_stores_each_event_exactly_once(server_db: str, tmp_path: Path,
                                                                      capsys) -> None:
    code = _hub_code(tmp_path, server_db, capsys)
    server = ServeProcess(tmp_path, server_db, free_port())
    server.start()
    enrolled = httpx.post(f"{server.url}/v1/enroll", json={"code": code, "device_id": "0193f1c0-0000-7000-8000-0000000000d1",
                                                           "device_public_key": public_key_b64()}).json()
    device = Device(None, enrolled["device_id"], enrolled["token"], enrolled["school_id"], enrolled["class_id"])  # type: ignore[arg-type]
    learner = device.profile()
    pusher = Pusher(server.url, device, learner, device.events(learner["id"], TOTAL))
    rng = random.Random(5)
    kills = 0
    try:
        while pusher.stored_through < TOTAL and kills < 4:
            thread = threading.Thread(target=pusher.run)
            thread.start()
            # Somewhere inside a batch's request or commit, early enough that an idle machine with the
            # fast HTTP parser has not pushed everything yet.
            time.sleep(rng.uniform(0.02, 0.25))
            if thread.is_alive():
                server.kill()
                kills += 1
            thread.join(60)
            server.start()
            # What the server holds now is what it says it holds: the client resumes from there.
            status = httpx.get(f"{server.url}/v1/status", headers=device.auth).json()
            pusher.stored_through = status["device"]["stored_through"]
        pusher.run()
        assert pusher.stored_through == TOTAL
        # A retry of the last batch (its answer "lost") changes nothing.
        pusher.stored_through = TOTAL - BATCH
        pusher.push_once()
        assert pusher.stored_through == TOTAL
    finally:
        server.stop()
    assert kills >= 1

    engine = open_server_engine(server_db)
    try:
        with Session(engine) as session:
            rows = session.execute(select(AttemptEvent.id, AttemptEvent.device_seq)).all()
            assert len(rows) == TOTAL
            assert sorted(seq for _, seq in rows) == list(range(1, TOTAL + 1))
            assert {row.id for row in rows} == {e["id"] for e in pusher.events}
            event_changes = session.scalar(select(func.count()).select_from(SyncChange).where(SyncChange.kind == "event"))
            distinct = session.scalar(select(func.count(func.distinct(SyncChange.ref_id))).where(SyncChange.kind == "event"))
            assert event_changes == distinct == TOTAL
            assert session.get(SyncDevice, device.device_id).stored_through == TOTAL
    finally:
        engine.dispose()
