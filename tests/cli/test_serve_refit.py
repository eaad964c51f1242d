"""A hub run headless (`sabil serve` on the hub's data folder, a real process on loopback) refits the
learner model by itself, as the hub in the app does, and devices fetch what it kept.

Two simulated classes on the bundled maths pack are made once: one big enough for the default
policy (30 learners, about 2,150 answers), one far too small. Each test serves a copy.
"""

from __future__ import annotations

import hashlib
import json
import os
import queue
import shutil
import signal
import subprocess
import sys
import threading
import time
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import select

from app.cli_server import main as server_cli
from app.cli_server import refit_sentence
from app.config import Paths
from app.engine.learner_model.params import LearnerModelParams
from app.services import model_refit
from app.services.app_services import AppServices
from app.services.demo_class import generate_demo_class
from app.services.model_refit import RefitOutcome, RefitPolicy, answers_at_last_refit, refit_key
from app.services.refit_worker import THREAD_NAME, RefitWorker
from app.storage.database import open_database
from app.storage.models import Setting
from app.sync.client import SyncClient
from app.sync.device_key import public_key_text
from app.sync.protocol import EnrollRequest
from tests.sync.server.serve_process import free_port

MATHS_PACK = "org.sabil.numbers-and-operations"
CLASS_END = datetime(2026, 6, 26, 15, 0, tzinfo=UTC)
DEVICE_ID = "0193f1c0-0000-7000-8000-0000000000e1"
STOPPED = "Sabil sync server stopped."


@dataclass(frozen=True)
class Classes:
    """Closed data folders, copied (never served) by the tests."""

    big: Path
    big_answers: int
    small: Path
    small_answers: int


@pytest.fixture(scope="module")
def classes(tmp_path_factory: pytest.TempPathFactory, worker_id: str) -> Classes:
    if worker_id == "master":  # no xdist: this process is the only one that needs them
        return _build_classes(tmp_path_factory.mktemp("serve-refit"))
    # Under xdist every worker running a test of this module would simulate both classes again: the
    # first builds them into the run's shared temporary folder, the others wait and share them.
    shared = tmp_path_factory.getbasetemp().parent / "serve-refit-classes"
    done = shared / "classes.json"
    try:
        shared.mkdir()
    except FileExistsError:
        deadline = time.monotonic() + 300
        while not done.exists():
            assert time.monotonic() < deadline, "another xdist worker did not finish building the classes"
            time.sleep(0.2)
        built = json.loads(done.read_text(encoding="utf-8"))
        return Classes(Path(built["big"]), built["big_answers"], Path(built["small"]), built["small_answers"])
    classes = _build_classes(shared)
    temporary = shared / "classes.json.tmp"
    temporary.write_text(json.dumps({"big": str(classes.big), "big_answers": classes.big_answers,
                                     "small": str(classes.small), "small_answers": classes.small_answers}))
    temporary.replace(done)
    return classes


def _build_classes(folder: Path) -> Classes:
    AppServices.open(folder / "base").close()  # the bundled packs, installed once for every class
    small = _simulate(folder / "base", folder / "small", learners=3, attempts=6, seed=11)
    # Which learners are held out hangs on their ids, fresh UUIDs at each simulation; on a class this
    # size about one split in five holds out learners the defaults happen to predict better, and the
    # refit is rightly not kept. These tests need one that is: simulate again until the refit keeps.
    for seed in range(11, 16):
        big = folder / f"big-{seed}"
        answers = _simulate(folder / "base", big, learners=30, attempts=80, seed=seed)
        if _refit_is_kept(big, folder / "probe"):
            assert answers >= RefitPolicy().min_answers > small  # due by default, and not
            return Classes(big, answers, folder / "small", small)
    raise AssertionError("no simulated class of 30 learners gave a refit that was kept")


def _simulate(base: Path, root: Path, *, learners: int, attempts: int, seed: int) -> int:
    shutil.copytree(base, root)
    services = AppServices.open(root)
    try:
        return generate_demo_class(
            services, MATHS_PACK, learners=learners, attempts_per_learner=attempts, seed=seed, end=CLASS_END
        ).attempts
    finally:
        services.close()


def _refit_is_kept(root: Path, scratch: Path) -> bool:
    """Whether the hub's first refit on this folder keeps its candidate (fits are deterministic)."""
    shutil.copytree(root, scratch)
    db = open_database(scratch / "sabil.sqlite3")
    try:
        return model_refit.refit_if_due(db, Paths(scratch), MATHS_PACK, now=CLASS_END).kept
    finally:
        db.close()
        shutil.rmtree(scratch)


class HeadlessHub:
    """``python -m app.cli_server serve`` (what `sabil serve` runs) on a data folder; its output is
    read line by line as it comes, so a test can act at a given moment of the run."""

    def __init__(self, data_dir: Path, *extra: str) -> None:
        self.data_dir = data_dir
        self.url = f"http://127.0.0.1:{free_port()}"
        command = [sys.executable, "-m", "app.cli_server", "serve", "--port", self.url.rsplit(":", 1)[1],
                   "--data-dir", str(data_dir), *extra]
        self.process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
                                        env={**os.environ, "PYTHONUNBUFFERED": "1"})
        self.lines: list[str] = []
        self._new: queue.Queue[str | None] = queue.Queue()
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()

    def _read(self) -> None:
        assert self.process.stdout is not None
        for line in self.process.stdout:
            self._new.put(line.rstrip("\n"))
        self._new.put(None)

    def wait_for(self, start: str, timeout: float = 30.0) -> str:
        """The first line (from now on, or already read) beginning with ``start``."""
        for line in self.lines:
            if line.startswith(start):
                return line
        deadline = time.monotonic() + timeout
        while (left := deadline - time.monotonic()) > 0:
            try:
                line = self._new.get(timeout=left)
            except queue.Empty:
                break
            if line is None:
                raise AssertionError(f"sabil serve exited ({self.process.wait()}) before {start!r}: {self.lines}")
            self.lines.append(line)
            if line.startswith(start):
                return line
        raise AssertionError(f"no line {start!r} in {timeout} s: {self.lines}")

    def wait_serving(self, timeout: float = 30.0) -> None:
        """Until ``GET /v1/status`` answers."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            assert self.process.poll() is None, f"sabil serve exited: {self.lines}"
            try:
                SyncClient(self.url, None).status()
                return
            except Exception:
                time.sleep(0.1)
        raise AssertionError(f"sabil serve did not answer in {timeout} s: {self.lines}")

    def stop(self, sig: signal.Signals = signal.SIGTERM, timeout: float = 30.0) -> int:
        """Send ``sig`` (a service manager's stop, or Ctrl+C) and wait; the exit status."""
        if self.process.poll() is None:
            self.process.send_signal(sig)
        try:
            status = self.process.wait(timeout)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait(10)
            raise
        self._reader.join(10)
        while (line := self._drain()) is not None:
            self.lines.append(line)
        return status

    def _drain(self) -> str | None:
        try:
            return self._new.get_nowait()
        except queue.Empty:
            return None


def _serve(hubs: list[HeadlessHub], data_dir: Path, *extra: str) -> HeadlessHub:
    hub = HeadlessHub(data_dir, *extra)
    hubs.append(hub)
    return hub


def _copy(source: Path, target: Path) -> Path:
    shutil.copytree(source, target)
    return target


def _model_file(root: Path) -> Path:
    return root / "models" / f"{MATHS_PACK}.json"


def _refit_note(root: Path) -> dict[str, object] | None:
    db = open_database(root / "sabil.sqlite3")
    try:
        with db.session() as session:
            text = session.scalar(select(Setting.value).where(Setting.key == refit_key(MATHS_PACK)))
    finally:
        db.close()
    return json.loads(text) if text is not None else None


@pytest.mark.slow  # starts `sabil serve`
def test_a_headless_hub_refits_and_a_device_fetches_the_new_parameters(
    classes: Classes, tmp_path: Path, hubs: list[HeadlessHub], capsys: pytest.CaptureFixture[str]
) -> None:
    root = _copy(classes.big, tmp_path / "hub")
    assert server_cli(["hub", "init", "--school", "Al Noor", "--class", "5B", "--data-dir", str(root)]) == 0
    code = capsys.readouterr().out.strip().splitlines()[-1]
    assert not _model_file(root).exists()

    hub = _serve(hubs, root)
    kept = hub.wait_for(f"Kept the refitted learner model of {MATHS_PACK}")
    hub.wait_serving()
    device = SyncClient(hub.url, None)
    device.enroll(EnrollRequest(code=code, device_id=DEVICE_ID,
                                device_public_key=public_key_text(Ed25519PrivateKey.generate())))
    offered = {model.pack_id: model for model in device.models().models}
    document = device.model(MATHS_PACK)

    assert hub.stop(signal.SIGINT) == 0  # Ctrl+C at the terminal
    assert hub.lines[-1] == STOPPED
    on_disk = _model_file(root).read_bytes()
    assert set(offered) == {MATHS_PACK}  # the packs nobody practised are not refitted
    assert offered[MATHS_PACK].sha256 == document.sha256 == hashlib.sha256(on_disk).hexdigest()
    assert document.body == json.loads(on_disk)
    params = LearnerModelParams.from_dict(document.body)
    assert params.n_items > 0 and params.n_skills > 0
    assert "better than the default parameters" in kept  # fitted on the class: it beat the defaults
    assert hub.wait_for(f"Refitting the learner model of {MATHS_PACK} on {classes.big_answers} answers "
                        "from 30 learners.")
    note = _refit_note(root)
    assert note is not None and note["status"] == "kept" and note["answers"] == classes.big_answers
    assert "app.services.model_refit: learner model refit for " + MATHS_PACK + ": kept" in (
        root / "logs" / "sabil.log").read_text(encoding="utf-8")


@pytest.mark.slow  # starts `sabil serve`
def test_a_stop_during_the_fit_leaves_the_model_file_whole(
    classes: Classes, tmp_path: Path, hubs: list[HeadlessHub]
) -> None:
    root = _copy(classes.big, tmp_path / "hub")
    # What a refit killed mid-write (a power cut) left behind: never served, swept at the next start.
    leftover = root / "models" / f".{MATHS_PACK}.json.4242-1{model_refit.PARTIAL_SUFFIX}"
    leftover.parent.mkdir()
    leftover.write_text('{"version": 1, "ski', encoding="utf-8")
    an_hour_ago = time.time() - 3600
    os.utime(leftover, (an_hour_ago, an_hour_ago))

    hub = _serve(hubs, root)
    hub.wait_for(f"Refitting the learner model of {MATHS_PACK}")
    assert hub.stop(signal.SIGTERM) == 0  # a service manager's stop, in the middle of the fit

    assert hub.lines[-1] == STOPPED
    # The fit in progress was let finish: the file is whole, and remembered as kept.
    assert sorted(p.name for p in (root / "models").iterdir()) == [_model_file(root).name]
    assert LearnerModelParams.from_dict(json.loads(_model_file(root).read_bytes())).n_skills > 0
    note = _refit_note(root)
    assert note is not None and note["status"] == "kept"
    assert any(line.startswith(f"Kept the refitted learner model of {MATHS_PACK}") for line in hub.lines)


@pytest.mark.slow  # starts `sabil serve`
def test_a_headless_hub_with_too_few_answers_writes_no_model(
    classes: Classes, tmp_path: Path, hubs: list[HeadlessHub]
) -> None:
    root = _copy(classes.small, tmp_path / "hub")

    hub = _serve(hubs, root)
    line = hub.wait_for(f"The learner model of {MATHS_PACK} is not due a refit")
    hub.wait_serving()
    assert hub.stop() == 0

    assert line.endswith(f": {classes.small_answers} answers, fewer than {RefitPolicy().min_answers}.")
    assert not (root / "models").exists() or not any((root / "models").iterdir())
    assert _refit_note(root) is None  # a check that was not due is not remembered
    assert not any(line.startswith("Refitting the learner model of") for line in hub.lines)


@pytest.mark.slow  # starts `sabil serve`
def test_no_refit_leaves_a_due_model_alone(classes: Classes, tmp_path: Path, hubs: list[HeadlessHub]) -> None:
    root = _copy(classes.big, tmp_path / "hub")

    hub = _serve(hubs, root, "--no-refit")
    hub.wait_serving()
    assert hub.stop() == 0

    assert hub.lines[-1] == STOPPED
    assert not any("learner model" in line for line in hub.lines)
    assert not _model_file(root).exists() and _refit_note(root) is None


def test_a_stop_that_times_out_leaves_the_fit_to_finish_and_a_restart_refits_on_its_own(
    classes: Classes, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The worker the in-app hub and `sabil serve` share: a fit longer than the stop's patience is not
    cut short (it finishes whole on its thread), and the next start is not swallowed by that stop."""
    root = _copy(classes.big, tmp_path / "hub")
    release, fitting = threading.Event(), threading.Event()
    real_fit = model_refit.fit_log

    def slow_fit(*args: object, **kwargs: object) -> LearnerModelParams:
        fitting.set()
        assert release.wait(20)
        return real_fit(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(model_refit, "fit_log", slow_fit)
    outcomes: list[RefitOutcome] = []
    db = open_database(root / "sabil.sqlite3")
    worker = RefitWorker(db, Paths(root), on_outcome=outcomes.append)
    try:
        worker.start()
        assert fitting.wait(20)
        assert worker.stop(timeout=0.2) is False and not worker.running
        [finishing] = [t for t in threading.enumerate() if t.name == THREAD_NAME]
        release.set()
        finishing.join(20)
        assert not finishing.is_alive()
        assert [o.status for o in outcomes if o.pack_id == MATHS_PACK] == ["kept"]
        assert LearnerModelParams.from_dict(json.loads(_model_file(root).read_bytes())).n_skills > 0

        worker.start()  # a new run: its first check happens at once
        deadline = time.monotonic() + 20
        while len([o for o in outcomes if o.pack_id == MATHS_PACK]) < 2 and time.monotonic() < deadline:
            time.sleep(0.02)
        again = [o for o in outcomes if o.pack_id == MATHS_PACK][1]
        assert again.status == "not_due" and again.reason.startswith("0 new answers")
        assert answers_at_last_refit(db, MATHS_PACK) == classes.big_answers
    finally:
        release.set()
        worker.stop()
        db.close()
    assert not any(t.name == THREAD_NAME and t.is_alive() for t in threading.enumerate())


def test_the_terminal_says_which_parameters_a_rejected_refit_lost_to() -> None:
    rejected = RefitOutcome(MATHS_PACK, "rejected", "not better on held-out learners", 2400, 30,
                            candidate_logloss=0.61234, current_logloss=0.60001, current_source="fitted")

    assert refit_sentence(rejected) == (
        f"Did not keep the refitted learner model of {MATHS_PACK}: the parameters fitted before predict "
        "held-out learners as well or better (log-loss 0.6123 against 0.6000)."
    )
