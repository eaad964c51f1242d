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
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from app.cli_reports import main as report_cli
from app.cli_server import main as server_cli
from app.services.app_services import AppServices
from app.services.sync_state import read_state
from app.storage.database import open_database
from app.storage.models import SkillStateRow
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
def hubs() -> Iterator[list[HeadlessHub]]:
    """Every hub a test starts is killed afterwards if still running, even when the test failed."""
    started: list[HeadlessHub] = []
    yield started
    for hub in started:
        if hub.process.poll() is None:
            hub.process.kill()
            hub.process.wait(10)


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
    hub = _serve(hubs, root, "--no-refit")
    learner_pc.sync.enroll(hub.url, code)
    omar = _practise_to_mastery(learner_pc, "Omar")
    on_pc = _mastery(learner_pc.paths.root, omar)

    assert learner_pc.sync.sync_now().answers_waiting == 0
    hub.stop(signal.SIGKILL)  # a power cut, within the second the hub lets a burst of pushes settle

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
