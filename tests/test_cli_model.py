"""`sabil model evaluate|fit`: the contracts other checks rely on (JSON last line, one-line errors)."""

from __future__ import annotations

import json
import random
import subprocess
import sys
from pathlib import Path

import pytest

HEADER = "user_id\titem_id\ttimestamp\tcorrect\tskill_id\n"


def write_log(path: Path, users: range, seed: int) -> Path:
    """Learners whose chance of success grows with practice, on items of varying difficulty."""
    rng = random.Random(seed)
    lines = [HEADER]
    for user in users:
        ability = rng.gauss(0, 1)
        practice = {skill: 0 for skill in range(4)}
        for step in range(30):
            skill = rng.randrange(4)
            item = skill * 10 + rng.randrange(10)
            logit = ability + 0.4 * practice[skill] - (item % 10) / 5
            correct = int(rng.random() < 1 / (1 + 2.718281828 ** -logit))
            practice[skill] += 1
            lines.append(f"{user}\t{item}\t{step}\t{correct}\t{skill}\n")
    path.write_text("".join(lines))
    return path


def sabil(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "app", *args], capture_output=True, text=True, timeout=300)


def test_evaluate_prints_the_contracted_json_as_its_last_line(tmp_path: Path) -> None:
    train = write_log(tmp_path / "train.tsv", range(0, 60), seed=1)
    test = write_log(tmp_path / "test.tsv", range(100, 130), seed=2)
    result = sabil("model", "evaluate", "--train", str(train), "--test", str(test))
    assert result.returncode == 0, result.stderr
    figures = json.loads(result.stdout.strip().splitlines()[-1])
    keys = {"auc", "rmse", "logloss", "n", "fit_seconds", "predict_us_per_response"}
    assert keys <= set(figures)
    assert figures["n"] == 30 * 30
    assert set(figures["baselines"]) == {"irt", "pfa", "bkt"}
    for name in ("irt", "pfa", "bkt"):
        assert keys <= set(figures["baselines"][name])
    assert 0.5 < figures["auc"] <= 1.0, "practice and item difficulty are learnable here"


def test_fit_writes_parameters_the_app_can_load(tmp_path: Path) -> None:
    from app.engine.learner_model.params import LearnerModelParams

    train = write_log(tmp_path / "train.tsv", range(0, 40), seed=3)
    out = tmp_path / "params.json"
    result = sabil("model", "fit", "--train", str(train), "-o", str(out))
    assert result.returncode == 0, result.stderr
    params = LearnerModelParams.from_dict(json.loads(out.read_text()))
    assert params is not None


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        ("user_id\titem_id\tcorrect\n1\t2\t1\n", "missing column"),
        (HEADER + "1\t2\t0\t2\t3\n", "0 or 1"),
        ("", "empty"),
    ],
)
def test_bad_input_is_one_line_and_a_non_zero_exit(tmp_path: Path, content: str, expected: str) -> None:
    bad = tmp_path / "bad.tsv"
    bad.write_text(content)
    for args in (("evaluate", "--train", str(bad), "--test", str(bad)), ("fit", "--train", str(bad), "-o", "x.json")):
        result = sabil("model", *args)
        assert result.returncode != 0
        lines = result.stderr.strip().splitlines()
        assert len(lines) == 1 and expected in lines[0], result.stderr


def test_simulate_prints_a_table_then_the_contracted_json() -> None:
    result = sabil("model", "simulate", "--learners", "6", "--skills", "5", "--graph", "chain", "--seed", "3")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.strip().splitlines()
    assert any(line.startswith("fixed_order") for line in lines[:-1]), "a table comes first"
    figures = json.loads(lines[-1])
    assert set(figures) == {"sabil", "fixed_order", "lowest_mastery", "random", "zpdes"}
    for policy in figures.values():
        assert {"median_steps_to_mastery", "mastery_after_budget", "false_mastery_rate", "over_practice",
                "retention"} <= set(policy)


@pytest.mark.parametrize(
    ("args", "expected"),
    [(("--graph", "star"), "Unknown graph"), (("--policies", "sabil,nope"), "Unknown policy"),
     (("--learners", "0"), "learners")],
)
def test_simulate_bad_input_is_one_line(args: tuple[str, ...], expected: str) -> None:
    result = sabil("model", "simulate", *args)
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and expected in lines[0], result.stderr


def test_export_writes_the_answer_log_format_and_refuses_an_unknown_pack(tmp_path: Path) -> None:
    data = str(tmp_path / "data")
    out = tmp_path / "answers.tsv"
    result = sabil("model", "export", "--pack", "org.sabil.numbers-and-operations", "-o", str(out), "--data-dir", data)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout.strip().splitlines()[-1])["answers"] == 0
    assert out.read_text().splitlines() == [HEADER.strip()]
    refused = sabil("model", "export", "--pack", "org.example.none", "-o", str(out), "--data-dir", data)
    assert refused.returncode == 2
    assert len(refused.stderr.strip().splitlines()) == 1 and "org.example.none" in refused.stderr
