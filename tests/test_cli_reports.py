"""`sabil report …`: mastery as CSV/JSON (one row per learner × skill), help needed, difficult items."""

from __future__ import annotations

import csv
import io
import json
from datetime import UTC, datetime
from pathlib import Path

import pytest

from app.cli_reports import main
from app.services.app_services import AppServices
from app.services.demo_class import DemoClass, generate_demo_class

PACK = "org.sabil.numbers-and-operations"


@pytest.fixture(scope="module")
def data_dir(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, DemoClass]:
    root = tmp_path_factory.mktemp("cli-reports") / "data"
    services = AppServices.open(root)
    try:
        demo = generate_demo_class(
            services, PACK, learners=4, attempts_per_learner=80, weeks=4, seed=11,
            end=datetime.now(UTC),
        )
    finally:
        services.close()
    return root, demo


def test_mastery_csv_has_one_row_per_learner_and_skill(
    data_dir: tuple[Path, DemoClass], capsys: pytest.CaptureFixture[str]
) -> None:
    root, demo = data_dir
    assert main(["report", "mastery", "--format", "csv", "--data-dir", str(root)]) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    learners = {row["learner_id"] for row in rows}
    skills = {row["skill_id"] for row in rows}
    assert learners == set(demo.learner_ids)
    assert len(rows) == len(learners) * len(skills) == 4 * 38
    assert all(0.0 <= float(row["p_known"]) <= 1.0 for row in rows)
    practised = [row for row in rows if row["state"] != "not_started"]
    assert practised and all(datetime.fromisoformat(row["last_practised"]) <= datetime.now(UTC) for row in practised)


def test_mastery_json_to_a_file_and_a_learner_filter(
    data_dir: tuple[Path, DemoClass], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root, demo = data_dir
    out = tmp_path / "mastery.json"
    chosen = demo.learner_ids[:2]
    code = main(["report", "mastery", "--format", "json", "-o", str(out), "--learners", ",".join(chosen),
                 "--data-dir", str(root)])
    assert code == 0 and capsys.readouterr().out.strip() == str(out)
    document = json.loads(out.read_text(encoding="utf-8"))
    assert document["pack_id"] == PACK
    assert {row["learner_id"] for row in document["rows"]} == set(chosen)
    assert {"p_known", "state", "last_practised", "recall", "attempts"} <= set(document["rows"][0])
    # The two thresholds a reader needs to interpret "recall" and "fading".
    assert 0 < document["fading_recall"] < document["review_target"] < 1
    fading = [row for row in document["rows"] if row["state"] == "fading"]
    assert all(row["recall"] is not None and row["recall"] < document["fading_recall"] for row in fading)


def test_help_needed_json(data_dir: tuple[Path, DemoClass], capsys: pytest.CaptureFixture[str]) -> None:
    root, demo = data_dir
    assert main(["report", "help-needed", "--json", "--data-dir", str(root)]) == 0
    document = json.loads(capsys.readouterr().out)
    assert document["pack_id"] == PACK
    assert {learner["id"] for learner in document["learners"]} == set(demo.learner_ids)
    for case in document["cases"]:
        assert case["reasons"] and case["learner"]["id"] in demo.learner_ids
        assert all({"item_id", "prompt", "response", "correct_answer"} <= set(m) for m in case["missed"])


def test_difficult_items_and_learner_report(data_dir: tuple[Path, DemoClass], capsys: pytest.CaptureFixture[str]) -> None:
    root, demo = data_dir
    assert main(["report", "difficult-items", "--limit", "3", "--data-dir", str(root)]) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert 0 < len(rows) <= 3
    assert main(["report", "learner", demo.learner_ids[0], "--json", "--data-dir", str(root)]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["learner"]["id"] == demo.learner_ids[0]
    assert report["attempts"] == sum(week["attempts"] for week in report["weeks"]) > 0


def test_errors_are_one_line(data_dir: tuple[Path, DemoClass], capsys: pytest.CaptureFixture[str]) -> None:
    root, _demo = data_dir
    assert main(["report", "mastery", "--learners", "nobody", "--data-dir", str(root)]) == 2
    assert capsys.readouterr().err.strip() == "sabil: There is no learner with id nobody."
    assert main(["report", "help-needed", "--pack", "org.nope", "--data-dir", str(root)]) == 2
    assert "No pack org.nope is installed" in capsys.readouterr().err
