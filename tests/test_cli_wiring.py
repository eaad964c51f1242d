"""The command modules (serve/hub, sync, report) are reachable through the one `sabil` entry point."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from app.cli import main


def test_hub_sync_and_report_commands_run_through_main(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = str(tmp_path / "hub")
    assert main(["hub", "init", "--school", "Al Noor", "--class", "5B", "--data-dir", data]) == 0
    code = capsys.readouterr().out.strip().splitlines()[-1]
    assert re.fullmatch(r"[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}(@\S+)?", code), code

    assert main(["sync", "status", "--json", "--data-dir", data]) == 0
    status = json.loads(capsys.readouterr().out.strip().splitlines()[-1])
    assert status["enrolled"] is False and status["answers_waiting"] == 0

    assert main(["report", "mastery", "--format", "json", "--data-dir", data]) == 0
    assert json.loads(capsys.readouterr().out)["rows"] == []


def test_privacy_and_roster_commands_run_through_main(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = str(tmp_path / "d")
    roster = tmp_path / "class.csv"
    roster.write_text("name,class,pin\nSara,5B,\nOmar,5B,1234\n", encoding="utf-8")
    assert main(["roster", "import", str(roster), "--data-dir", data]) == 0
    capsys.readouterr()
    assert main(["learner", "list", "--json", "--data-dir", data]) == 0
    learners = {p["display_name"]: p["id"] for p in json.loads(capsys.readouterr().out)}
    assert set(learners) == {"Sara", "Omar"}
    out = tmp_path / "omar.json"
    assert main(["learner", "export", learners["Omar"], "-o", str(out), "--data-dir", data]) == 0
    assert json.loads(out.read_text(encoding="utf-8"))
    assert main(["learner", "delete", learners["Omar"], "--data-dir", data]) == 0
    capsys.readouterr()
    assert main(["learner", "list", "--json", "--data-dir", data]) == 0
    assert [p["display_name"] for p in json.loads(capsys.readouterr().out)] == ["Sara"]


def test_a_module_command_error_is_one_line_and_non_zero(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status = main(["sync", "import", str(tmp_path / "missing.sabilsync"), "--data-dir", str(tmp_path / "d")])
    err = capsys.readouterr().err.strip()
    assert status != 0 and len(err.splitlines()) == 1 and "missing.sabilsync" in err
