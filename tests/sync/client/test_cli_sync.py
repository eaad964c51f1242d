"""`sabil sync …` from the command line (in-process through app.cli_sync.main, and one real process)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from app.cli_sync import main
from app.sync.enrolment import enrolment_uri

from .devices import LiveHub, open_device, practise


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, list[str], str]:
    status = main(list(argv))
    out = capsys.readouterr()
    return status, out.out.strip().splitlines(), out.err


def test_enroll_now_status_export_import(hub: LiveHub, tmp_path: Path, mini_pack: Path, capsys) -> None:
    data = tmp_path / "device"
    device = open_device(data, mini_pack)
    learner = device.learners.create("Salma", "owl")
    practise(device, learner.id, "1101")
    device.close()

    status, lines, _ = _run(capsys, "sync", "status", "--data-dir", str(data))
    assert status == 0 and lines == ["This computer is not connected to a class hub yet. 4 answers waiting."]

    status, _, err = _run(capsys, "sync", "enroll", hub.url, "--data-dir", str(data))
    assert status == 2 and "enrolment code" in err
    link = enrolment_uri(hub.url, hub.code())  # what the QR code says
    status, lines, _ = _run(capsys, "sync", "enroll", link, "--name", "Lab PC 4", "--data-dir", str(data))
    assert status == 0 and json.loads(lines[-1])["class_name"] == "5B"

    status, lines, _ = _run(capsys, "sync", "now", "--data-dir", str(data))
    summary = json.loads(lines[-1])
    assert status == 0 and (summary["ok"], summary["pushed"], summary["pulled"]) == (True, 4, 0)

    status, lines, _ = _run(capsys, "sync", "status", "--json", "--data-dir", str(data))
    info = json.loads(lines[-1])
    assert (info["enrolled"], info["answers_waiting"], info["last_error"]) == (True, 0, "")
    assert info["text"].startswith("Last synced just now") and info["last_success"]

    # USB: two more answers travel on a stick to the hub and the reply comes back.
    device = open_device(data, mini_pack)
    practise(device, learner.id, "11")
    device.close()
    status, lines, _ = _run(capsys, "sync", "export", str(tmp_path / "stick"), "--data-dir", str(data))
    bundle = Path(lines[-1])
    assert status == 0 and bundle.exists() and bundle.parent == tmp_path / "stick"
    status, lines, _ = _run(capsys, "sync", "import", str(bundle), "--data-dir", str(hub.services.paths.root))
    imported = json.loads(lines[-1])
    assert status == 0 and (imported["kind"], imported["events_added"]) == ("push", 2)
    status, lines, _ = _run(capsys, "sync", "import", imported["reply_path"], "--data-dir", str(data))
    assert status == 0 and json.loads(lines[-1])["kind"] == "reply"
    status, lines, _ = _run(capsys, "sync", "status", "--json", "--data-dir", str(data))
    assert json.loads(lines[-1])["answers_waiting"] == 0


def test_failures_are_one_sentence_and_a_json_last_line(tmp_path: Path, capsys) -> None:
    data = tmp_path / "lonely"
    status, lines, err = _run(capsys, "sync", "now", "--data-dir", str(data))
    assert status == 1 and json.loads(lines[-1]) == {
        "ok": False, "error": "not_enrolled", "message": "This computer is not connected to a class hub yet.",
        "pushed": 0, "pulled": 0}
    assert err.strip() == "sabil: This computer is not connected to a class hub yet."
    junk = tmp_path / "junk.sabilsync"
    junk.write_bytes(b"not a bundle")
    status, _, err = _run(capsys, "sync", "import", str(junk), "--data-dir", str(data))
    assert status == 1 and "junk.sabilsync is damaged or incomplete" in err and "Traceback" not in err
    status, _, err = _run(capsys, "sync", "enroll", "http://10.1.2.3:8470", "AAAA-BBBB-CCCC", "--data-dir", str(data))
    assert status == 1 and "must use an https address" in err


def test_the_module_runs_as_a_program(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "app.cli_sync", "sync", "status", "--json", "--data-dir", str(tmp_path / "d")],
        capture_output=True, text=True, timeout=120, check=False,
    )
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout.strip().splitlines()[-1])["enrolled"] is False
