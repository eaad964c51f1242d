"""The kill test: SIGKILL a process answering items at random moments, then prove nothing was lost.

Every answer acknowledged to the learner must be stored; device_seq must have no gap or duplicate;
skill states must equal a replay of the events; the database must pass integrity_check.
"""

from __future__ import annotations

import os
import random
import re
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from sqlalchemy import select

from app.content_packs.builder import build_pack
from app.engine.state import replay
from app.services.learner_state import row_to_state
from app.services.pack_runtime import load_runtime
from app.storage.database import open_database
from app.storage.models import AttemptEvent, Device, SkillStateRow

WORKER = Path(__file__).resolve().parent / "answer_as_fast_as_possible.py"
MINI_SOURCE = Path(__file__).resolve().parent.parent / "fixtures" / "packs" / "mini"
ACK = re.compile(r"^ACK ([0-9a-f-]{36})$")
ROUNDS = 6

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs POSIX SIGKILL"),
]


def _run_and_kill(
    data_dir: Path, pack: Path, rng: random.Random, wait_for_ready: bool
) -> tuple[set[str], bool]:
    """Start the worker, SIGKILL it at a random moment; return the ACKed ids and whether it got READY."""
    proc = subprocess.Popen(
        [sys.executable, str(WORKER), str(data_dir), str(pack)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )
    lines: list[str] = []
    ready = threading.Event()
    answering = threading.Event()

    def read() -> None:
        assert proc.stdout is not None
        for line in proc.stdout:
            lines.append(line)
            if line.startswith("READY"):
                ready.set()
            elif line.startswith("ACK "):
                answering.set()

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    if wait_for_ready:
        # The random moment is counted from the first acknowledged answer, not from READY: on a loaded
        # machine a worker may not answer within 0.2 s of READY, and a round without answers proves little.
        if not (ready.wait(timeout=60) and answering.wait(timeout=60)):
            proc.kill()
            raise AssertionError(f"worker never answered: {proc.stderr.read() if proc.stderr else ''}")
        time.sleep(rng.uniform(0.2, 1.2))
    else:
        time.sleep(rng.uniform(0.0, 1.5))  # anywhere in start-up: migration, pack import, first answers
    assert proc.poll() is None, f"worker died by itself: {proc.stderr.read() if proc.stderr else ''}"
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=30)
    reader.join(timeout=30)
    acked = {m.group(1) for line in lines if (m := ACK.match(line.rstrip("\n")))}
    return acked, ready.is_set()


def test_nothing_acknowledged_is_lost_when_killed(tmp_path: Path) -> None:
    pack = build_pack(MINI_SOURCE, tmp_path / "mini.sabilpack")
    data_dir = tmp_path / "data"
    rng = random.Random()
    acked: set[str] = set()
    rounds_with_answers = 0
    for round_number in range(ROUNDS):
        got, _ = _run_and_kill(data_dir, pack, rng, wait_for_ready=round_number not in (0, 3))
        acked |= got
        rounds_with_answers += bool(got)
    assert rounds_with_answers >= ROUNDS - 2, "the worker barely answered anything; the test proves little"

    db_file = data_dir / "sabil.sqlite3"
    raw = sqlite3.connect(db_file)
    try:
        assert raw.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    finally:
        raw.close()

    db = open_database(db_file)
    try:
        with db.session() as session:
            events = list(session.scalars(select(AttemptEvent)))
            stored = {e.id for e in events}
            missing = acked - stored
            assert not missing, f"{len(missing)} acknowledged answers were lost"

            device = session.scalars(select(Device)).one()
            seqs = sorted(e.device_seq for e in events if e.device_id == device.id)
            assert seqs == list(range(1, len(seqs) + 1)), "device_seq has a gap or a duplicate"
            assert device.last_seq == len(seqs) == len(events)

            runtime = load_runtime(session, "org.sabil.test.mini")
            for learner_id in {e.learner_id for e in events}:
                mine = sorted(
                    (e for e in events if e.learner_id == learner_id), key=lambda e: (e.client_time, e.id)
                )
                replayed = replay(
                    runtime.graph,
                    [(e.skill_ids[0], e.correct, e.client_time.timestamp()) for e in mine],
                    runtime.params,
                    runtime.rules,
                )
                rows = session.scalars(select(SkillStateRow).where(SkillStateRow.learner_id == learner_id))
                stored_states = {r.skill_id: row_to_state(r) for r in rows}
                practised = {k: v for k, v in replayed.items() if v.attempts > 0}
                assert stored_states == practised
    finally:
        db.close()
