"""A hub run headless (`sabil serve` on the hub's data folder, a real process on loopback) keeps its
learners' skill states current after pushes, as the hub in the app does: a learner PC pushes answers
that master a skill, and `sabil report mastery` on the hub's folder shows what the PC shows. A crash
between a push and its rebuild is healed at the next start.
"""

from __future__ import annotations

import json
import shutil
import signal
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select
from sqlalchemy.exc import OperationalError

from app.cli_reports import main as report_cli
from app.cli_server import main as server_cli
from app.services.app_services import AppServices
from app.services.rebuild_worker import RebuildWorker
from app.services.sync_state import read_state
from app.storage.database import Database, open_database
from app.storage.models import SkillStateRow
from app.sync.protocol import Event, PushRequest, PushResponse
from tests.cli.test_serve_refit import STOPPED, HeadlessHub
from tests.sync.client.devices import practise

MATHS_PACK = "org.sabil.numbers-and-operations"
REBUILT_AT_START = "Rebuilt the skill states of 1 learner(s) whose answers arrived before the last stop."


@dataclass(frozen=True)
class Folders:
    """Closed data folders with the bundled packs, copied (never opened in place) by the tests."""

    hub: Path
    learner_pc: Path


@pytest.fixture(scope="module")
def folders(tmp_path_factory: pytest.TempPathFactory) -> Folders:
    root = tmp_path_factory.mktemp("serve-rebuild")
    AppServices.open(root / "hub").close()
    AppServices.open(root / "pc").close()  # its own device id: a copy of the hub's would be the hub
    return Folders(root / "hub", root / "pc")


@pytest.fixture
def learner_pc(folders: Folders, tmp_path: Path) -> Iterator[AppServices]:
    services = AppServices.open(shutil.copytree(folders.learner_pc, tmp_path / "pc"), install_bundled=False)
    yield services
    services.close()


def _serve(hubs: list[HeadlessHub], root: Path, *extra: str) -> HeadlessHub:
    hub = HeadlessHub(root, *extra)
    hubs.append(hub)
    hub.wait_serving()
    return hub


def _hub_with_class(folders: Folders, root: Path, capsys: pytest.CaptureFixture[str]) -> str:
    """A copy of the hub folder with a class; its enrolment code."""
    shutil.copytree(folders.hub, root)
    assert server_cli(["hub", "init", "--school", "Al Noor", "--class", "5B", "--data-dir", str(root)]) == 0
    return capsys.readouterr().out.strip().splitlines()[-1]


def _practise_to_mastery(pc: AppServices, name: str) -> str:
    """A learner on the PC answers right until a skill of the maths pack is mastered; their id."""
    learner = pc.learners.create(name, "cat")
    for _ in range(6):
        practise(pc, learner.id, "11111")
        if "mastered" in {row["state"] for row in _mastery(pc.paths.root, learner.id)}:
            return learner.id
    raise AssertionError("thirty right answers mastered no skill")


def _mastery(root: Path, learner_id: str) -> list[dict[str, Any]]:
    """`sabil report mastery --format json` on ``root``: the learner's rows (generated_at aside)."""
    output = root.parent / f"mastery-{root.name}.json"
    assert report_cli(["report", "mastery", "--format", "json", "--pack", MATHS_PACK, "--learners", learner_id,
                       "--data-dir", str(root), "-o", str(output)]) == 0
    return json.loads(output.read_text(encoding="utf-8"))["rows"]


def _mastered(rows: list[dict[str, Any]]) -> set[str]:
    return {row["skill_id"] for row in rows if row["state"] == "mastered"}


def _hub_states(root: Path, learner_id: str) -> tuple[list[str], int]:
    """(learners noted for a rebuild, the learner's skill-state rows) in the hub's database."""
    db = open_database(root / "sabil.sqlite3")
    try:
        with db.session() as session:
            rows = session.scalars(select(SkillStateRow).where(SkillStateRow.learner_id == learner_id)).all()
            return read_state(session).rebuild_pending, len(rows)
    finally:
        db.close()


@pytest.mark.slow  # starts `sabil serve`
def test_a_push_to_a_headless_hub_updates_its_mastery_report(
    folders: Folders, learner_pc: AppServices, tmp_path: Path, hubs: list[HeadlessHub],
    capsys: pytest.CaptureFixture[str],
) -> None:
    root = tmp_path / "hub"
    code = _hub_with_class(folders, root, capsys)
    hub = _serve(hubs, root)
    learner_pc.sync.enroll(hub.url, code)
    amina = _practise_to_mastery(learner_pc, "Amina")
    on_pc = _mastery(learner_pc.paths.root, amina)

    report = learner_pc.sync.sync_now()

    assert report.pushed > 0 and report.answers_waiting == 0
    # While the hub still runs (SQLite lets a reader in beside it), its report catches up by itself.
    deadline = time.monotonic() + 10
    on_hub = _mastery(root, amina)
    while on_hub != on_pc and time.monotonic() < deadline:
        time.sleep(0.2)
        on_hub = _mastery(root, amina)
    assert on_hub == on_pc and _mastered(on_hub)
    assert _hub_states(root, amina)[0] == []
    assert hub.stop() == 0
    assert hub.lines[-1] == STOPPED
    assert "Rebuilding learners' skill states after every push, as the hub in the app does." in hub.lines
    assert _mastery(root, amina) == on_pc


@pytest.mark.slow  # starts `sabil serve`
def test_a_crash_between_a_push_and_its_rebuild_is_healed_at_the_next_start(
    folders: Folders, learner_pc: AppServices, tmp_path: Path, hubs: list[HeadlessHub],
    capsys: pytest.CaptureFixture[str],
) -> None:
    root = tmp_path / "hub"
    code = _hub_with_class(folders, root, capsys)
    # Pushes must pause 60 s before a rebuild here, so the power cut surely falls between the push and its
    # rebuild even on a machine that stalls for seconds.
    hub = _serve(hubs, root, "--no-refit", "--rebuild-after", "60")
    learner_pc.sync.enroll(hub.url, code)
    omar = _practise_to_mastery(learner_pc, "Omar")
    on_pc = _mastery(learner_pc.paths.root, omar)

    assert learner_pc.sync.sync_now().answers_waiting == 0
    hub.stop(signal.SIGKILL)  # a power cut while the hub lets a burst of pushes settle

    # The answers and the note were committed together; the states were never built.
    assert _hub_states(root, omar) == ([omar], 0)
    assert _mastered(_mastery(root, omar)) == set()

    again = _serve(hubs, root, "--no-refit")
    again.wait_for(REBUILT_AT_START)
    again.stop(signal.SIGKILL)  # no clean stop: the start alone rebuilt them

    assert "1 learner(s) had answers arrive before the last stop without their skill states rebuilt; " \
           "rebuilding them now." in again.lines
    assert _hub_states(root, omar)[0] == []
    assert _mastery(root, omar) == on_pc and _mastered(on_pc)


def test_several_workers_are_refused_on_a_hubs_own_data_folder(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert server_cli(["serve", "--workers", "2", "--data-dir", str(tmp_path / "hub")]) == 2

    error = capsys.readouterr().err
    assert error.startswith("sabil: A hub's own data folder is served by one worker") and "--db" in error


# -- the worker both hubs share, in this process ------------------------------------------------


class _Replays:
    """Stands in for ``PracticeService.rebuild_learner_state`` (the replay is covered above): when
    each learner was rebuilt."""

    def __init__(self) -> None:
        self.calls: list[tuple[str, float]] = []

    def __call__(self, learner_id: str) -> int:
        self.calls.append((learner_id, time.monotonic()))
        return 1

    @property
    def learners(self) -> list[str]:
        return [learner for learner, _at in self.calls]


def _push(learner_ids: list[str]) -> tuple[PushRequest, PushResponse]:
    device = str(uuid.uuid4())
    events = [
        Event(id=str(uuid.uuid4()), device_id=device, device_seq=seq, learner_id=learner, pack_id=MATHS_PACK,
              pack_version="1.0.0", item_id="i1", skill_ids=["s1"], response="4", correct=True, hints_used=0,
              duration_ms=1500, seed=seq, client_time=datetime.now(UTC))
        for seq, learner in enumerate(learner_ids, start=1)
    ]
    return (PushRequest(device_id=device, events=events, learners=[], records=[]),
            PushResponse(stored_through=len(events), accepted=len(events), duplicates=0, learners_applied=0))


def _note(db: Database, worker: RebuildWorker, learner_ids: list[str]) -> None:
    batch, answer = _push(learner_ids)
    with db.transaction() as session:
        worker.note_ingest(session, batch, answer)


@pytest.fixture
def database(tmp_path: Path) -> Iterator[Database]:
    db = open_database(tmp_path / "hub.sqlite3")
    yield db
    db.close()


def test_a_burst_of_pushes_is_rebuilt_once_after_it_settles(database: Database) -> None:
    replays, passes = _Replays(), []
    worker = RebuildWorker(database, replays, on_pass=passes.append, settle=0.6)
    worker.start()
    try:
        deadline = time.monotonic() + 5
        while not passes and time.monotonic() < deadline:
            time.sleep(0.01)
        assert passes == [0]  # the start's pass: nothing was noted before
        a, b = str(uuid.uuid4()), str(uuid.uuid4())
        for learners in ([a], [a, b]):  # one device's batches back to back
            _note(database, worker, learners)
            time.sleep(0.1)
        _note(database, worker, [b])
        last_note = time.monotonic()
        assert sorted(worker.pending()) == sorted([a, b]) and replays.calls == []
        while len(passes) < 2 and time.monotonic() < deadline:
            time.sleep(0.01)
    finally:
        assert worker.stop()
    assert sorted(replays.learners) == sorted([a, b])  # once each, not once per batch
    assert min(at for _learner, at in replays.calls) >= last_note + 0.5
    assert passes[1] == 2 and worker.pending() == []


def test_wait_rebuilt_skips_the_pause_and_a_rolled_back_push_notes_nothing(database: Database) -> None:
    replays = _Replays()
    worker = RebuildWorker(database, replays, settle=30.0, max_delay=60.0)
    worker.start()
    try:
        kept, lost = str(uuid.uuid4()), str(uuid.uuid4())
        _note(database, worker, [kept])
        with pytest.raises(RuntimeError), database.transaction() as session:
            worker.note_ingest(session, *_push([lost]))
            raise RuntimeError("the push failed after the hook ran")
        started = time.monotonic()
        assert worker.wait_rebuilt(10)
        assert time.monotonic() - started < 5  # not the 30 s pause
    finally:
        assert worker.stop()
    assert replays.learners == [kept] and worker.pending() == []


def test_stop_rebuilds_what_is_noted_and_a_failed_pass_keeps_the_note(database: Database) -> None:
    noted = str(uuid.uuid4())
    worker = RebuildWorker(database, _Replays(), settle=30.0, max_delay=60.0)
    worker.start()
    _note(database, worker, [noted])
    assert worker.stop(10) and worker.pending() == []  # the last pass did not wait for the pause

    def busy(_learner_id: str) -> int:
        raise OperationalError("UPDATE skill_states", {}, Exception("database is locked"))

    failing = RebuildWorker(database, busy, settle=0.0, retry=30.0)
    failing.start()
    _note(database, failing, [noted])
    assert not failing.wait_rebuilt(1)
    assert failing.stop(10)  # the retry's pause ends at the stop
    assert failing.pending() == [noted]  # for the next start
