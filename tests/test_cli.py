"""The `sabil` command's contracts: other issues and lab scripts rely on them."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from app import __version__
from app.cli import main


def run_cli(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "app", *args],
        capture_output=True,
        text=True,
        timeout=300,
        env={**os.environ, **(env or {})},
    )


def test_version_prints_the_version() -> None:
    result = run_cli("--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"sabil {__version__}"


def test_learner_add_and_list_json(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["learner", "add", "Amina", "--data-dir", str(tmp_path)]) == 0
    assert main(["--data-dir", str(tmp_path), "learner", "add", "Youssef", "--language", "ar"]) == 0
    capsys.readouterr()
    assert main(["learner", "list", "--json", "--data-dir", str(tmp_path)]) == 0
    learners = json.loads(capsys.readouterr().out)
    assert sorted(p["display_name"] for p in learners) == ["Amina", "Youssef"]
    assert {p["language"] for p in learners} == {"en", "ar"}
    assert len({p["avatar"] for p in learners}) == 2, "each new learner gets a free avatar"


def test_learner_add_rejects_an_empty_name(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["learner", "add", "   ", "--data-dir", str(tmp_path)]) == 2
    assert "not added" in capsys.readouterr().err
    assert main(["learner", "list", "--json", "--data-dir", str(tmp_path)]) == 0
    assert json.loads(capsys.readouterr().out) == []


def test_pack_list_shows_the_bundled_pack(tmp_path: Path) -> None:
    result = run_cli("pack", "list", "--json", "--data-dir", str(tmp_path))
    assert result.returncode == 0, result.stderr
    packs = json.loads(result.stdout)
    numbers = [p for p in packs if p["id"] == "org.sabil.numbers-and-operations"]
    assert len(numbers) == 1
    assert numbers[0]["title"] == "Numbers and operations"
    assert numbers[0]["skills"] >= 25 and numbers[0]["items"] >= 400
    assert numbers[0]["version"]


def test_sabil_home_chooses_the_data_dir(tmp_path: Path) -> None:
    home = tmp_path / "lab-share"
    result = run_cli("learner", "add", "Lina", env={"SABIL_HOME": str(home)})
    assert result.returncode == 0, result.stderr
    assert (home / "sabil.sqlite3").exists()


@pytest.mark.skipif(hasattr(os, "geteuid") and os.geteuid() == 0, reason="root can write anywhere")
def test_unwritable_data_dir_is_explained(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0o500)
    assert main(["learner", "list", "--data-dir", str(locked / "sabil")]) == 2
    err = capsys.readouterr().err
    assert "cannot write" in err and "--data-dir" in err


def test_data_dir_that_is_a_file_is_explained(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # Works as root too: nobody can create a folder inside a regular file.
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    assert main(["learner", "list", "--data-dir", str(blocker / "sabil")]) == 2
    err = capsys.readouterr().err
    assert "cannot write" in err and "--data-dir" in err
    assert blocker.read_text() == "x"
