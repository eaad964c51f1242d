"""`sabil learner export|delete` and `sabil roster import` (app/cli_privacy.py)."""

from __future__ import annotations

import argparse
import json
import zipfile
from pathlib import Path

import pytest

from app import cli_privacy
from app.services.app_services import AppServices


def run(argv: list[str]) -> int:
    """Parse and run like `sabil` does once the lead wires these commands into app/cli.py."""
    parser = argparse.ArgumentParser(prog="sabil")
    commands = parser.add_subparsers(dest="command")
    learner = commands.add_parser("learner").add_subparsers(dest="learner_command", required=True)
    cli_privacy.add_learner_commands(learner)
    cli_privacy.add_commands(commands)
    args = parser.parse_args(argv)
    return cli_privacy.HANDLERS[(args.command, getattr(args, f"{args.command}_command"))](args)


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "data"
    AppServices.open(folder, install_bundled=False).close()
    return folder


def roster(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "roster.csv"
    path.write_text(text, encoding="utf-8")
    return path


def test_roster_dry_run_then_import(data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = roster(tmp_path, "name,class,pin\nAmira,Grade 4,1234\nZaid,Grade 4,\n")
    assert run(["roster", "import", str(path), "--dry-run", "--data-dir", str(data_dir)]) == 0
    out = capsys.readouterr().out
    assert "line 2: Amira [Grade 4] new" in out and "Would add 2 learner(s) and 1 class(es)." in out
    services = AppServices.open(data_dir, install_bundled=False)
    assert services.learners.list() == []
    services.close()

    assert run(["roster", "import", str(path), "--json", "--data-dir", str(data_dir)]) == 0
    document = json.loads(capsys.readouterr().out)
    assert document["ok"] and document["imported"] == 2 and document["new_classes"] == ["Grade 4"]
    services = AppServices.open(data_dir, install_bundled=False)
    assert sorted(p.display_name for p in services.learners.list()) == ["Amira", "Zaid"]
    services.close()


def test_roster_with_errors_imports_nothing(data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = roster(tmp_path, "name,class,pin\nAmira,Grade 4,12\nZaid,,\nLina,Grade 4,\n")
    assert run(["roster", "import", str(path), "--data-dir", str(data_dir)]) == 1
    err = capsys.readouterr().err
    assert "line 2: Amira [Grade 4] error: A PIN is 4 to 8 digits." in err
    assert "line 3: Zaid [-] error: Every learner needs a class." in err
    assert "2 problem(s); nothing was imported." in err
    services = AppServices.open(data_dir, install_bundled=False)
    assert services.learners.list() == []
    services.close()


def test_learner_export_and_delete(data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    services = AppServices.open(data_dir, install_bundled=False)
    learner = services.learners.create("Amira", "owl")
    services.goals.set_goal(learner.id, "Read every day")
    services.close()

    out = tmp_path / "amira.zip"
    assert run(["learner", "export", learner.id, "-o", str(out), "--data-dir", str(data_dir)]) == 0
    printed = json.loads(capsys.readouterr().out)
    assert printed["path"] == str(out) and printed["counts"]["goals"] == 1
    with zipfile.ZipFile(out) as archive:
        assert json.loads(archive.read("learner.json"))["profile"]["display_name"] == "Amira"

    assert run(["learner", "delete", learner.id, "--data-dir", str(data_dir)]) == 0
    assert "Deleted Amira" in capsys.readouterr().out
    services = AppServices.open(data_dir, install_bundled=False)
    assert services.learners.list() == []
    services.close()

    assert run(["learner", "delete", learner.id, "--data-dir", str(data_dir)]) == 2
    assert "There is no learner" in capsys.readouterr().err
    assert run(["learner", "export", learner.id, "-o", str(tmp_path / "x.json"), "--data-dir", str(data_dir)]) == 2


def test_export_to_a_wrong_file_name_is_one_sentence(data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    services = AppServices.open(data_dir, install_bundled=False)
    learner = services.learners.create("Amira", "owl")
    services.close()
    assert run(["learner", "export", learner.id, "-o", str(tmp_path / "a.txt"), "--data-dir", str(data_dir)]) == 2
    assert capsys.readouterr().err.strip() == "sabil: The export file name must end in .json or .zip."
