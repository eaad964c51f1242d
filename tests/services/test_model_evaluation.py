"""Reading answer logs (one-line errors) and the end-to-end evaluate / fit_to_file services."""

import json
from pathlib import Path

import numpy as np
import pytest

from app.engine.learner_model.params import LearnerModelParams
from app.services.kt_data import ModelInputError, read_answers
from app.services.model_evaluation import evaluate, fit_to_file

HEADER = "user_id\titem_id\ttimestamp\tcorrect\tskill_id\n"


def _write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def _synthetic_log(path: Path, learners: range, seed: int) -> Path:
    """Answers whose correctness depends on item difficulty and practice, like real data."""
    rng = np.random.default_rng(seed)
    easiness = np.linspace(-1.5, 1.5, 24)
    lines = [HEADER.rstrip("\n") + "\textra"]
    for user in learners:
        ability = rng.normal()
        practice = np.zeros(4)
        for _ in range(25):
            item = int(rng.integers(24))
            skill = item % 4
            p = 1 / (1 + np.exp(-(easiness[item] + ability + 0.3 * practice[skill] - 0.5)))
            correct = int(rng.random() < p)
            practice[skill] += 1
            lines.append(f"u{user}\tq{item}\t0\t{correct}\tk{skill}\tignored")
    return _write(path, "\n".join(lines) + "\n")


def test_reads_and_codes_a_log(tmp_path: Path) -> None:
    path = _write(
        tmp_path / "a.tsv",
        "skill_id\tcorrect\tuser_id\titem_id\ttimestamp\n"
        "s1\t1\tu1\ti1\t0\ns2\t0\tu1\ti2\t10.5\ns1\t1\tu2\ti1\t0\n",
    )
    log, codebook = read_answers(path)
    assert log.users.tolist() == [0, 0, 1]
    assert log.items.tolist() == [0, 1, 0]
    assert log.skills.tolist() == [0, 1, 0]
    assert log.correct.tolist() == [1, 0, 1]
    assert log.timestamps.tolist() == [0.0, 10.5, 0.0]
    assert codebook.items.ids == ["i1", "i2"] and codebook.item_skill_array().tolist() == [0, 1]


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        ("", "the file is empty"),
        ("user_id\titem_id\tcorrect\tskill_id\nu\ti\t1\ts\n", ":1: missing column(s) timestamp"),
        (HEADER, "no answers after the header"),
        (HEADER + "u\ti\t0\t2\ts\n", ":2: correct must be 0 or 1, got '2'"),
        (HEADER + "u\ti\t0\t1\ts\nu\ti\tsoon\t1\ts\n", ":3: timestamp must be a number, got 'soon'"),
        (HEADER + "u\ti\t0\t1\n", ":2: expected 5 columns, found 4"),
        (HEADER + "u\t\t0\t1\ts\n", ":2: item_id is empty"),
        (HEADER + "u\ti\tnan\t1\ts\n", ":2: timestamp must be finite"),
    ],
)
def test_bad_input_gets_a_one_line_error_naming_file_and_line(
    tmp_path: Path, content: str, expected: str
) -> None:
    path = _write(tmp_path / "bad.tsv", content)
    with pytest.raises(ModelInputError) as caught:
        read_answers(path)
    message = str(caught.value)
    assert expected in message
    assert message.startswith(str(path))
    assert "\n" not in message


def test_missing_file_is_a_one_line_error(tmp_path: Path) -> None:
    with pytest.raises(ModelInputError, match="cannot be read"):
        read_answers(tmp_path / "absent.tsv")


def test_evaluate_end_to_end_on_a_small_synthetic_split(tmp_path: Path) -> None:
    train = _synthetic_log(tmp_path / "train.tsv", range(0, 120), seed=1)
    test = _synthetic_log(tmp_path / "test.tsv", range(1000, 1040), seed=2)
    # An item and a skill that only the test file has must still be predicted.
    with test.open("a", encoding="utf-8") as handle:
        handle.write("u1000\tnew_item\t0\t1\tnew_skill\tx\n")
    result = evaluate(train, test)
    keys = {"auc", "rmse", "logloss", "n", "fit_seconds", "predict_us_per_response"}
    assert keys <= set(result) and set(result["baselines"]) == {"irt", "pfa", "bkt"}
    for figures in [result, *result["baselines"].values()]:
        assert keys <= set(figures)
        assert figures["n"] == 40 * 25 + 1
        assert 0.0 <= figures["rmse"] <= 1.0 and figures["logloss"] > 0
    # The data carry real signal (item difficulty, ability): models must find it.
    assert result["auc"] > 0.65
    assert result["baselines"]["irt"]["auc"] > 0.65
    json.dumps(result)  # JSON-safe


def test_fit_to_file_writes_loadable_params(tmp_path: Path) -> None:
    train = _synthetic_log(tmp_path / "train.tsv", range(0, 60), seed=3)
    summary = fit_to_file(train, tmp_path / "out" / "params.json")
    assert summary["n"] == 60 * 25 and summary["skills"] == 4
    params = LearnerModelParams.from_dict(json.loads((tmp_path / "out" / "params.json").read_text()))
    assert set(params.skill_ids) == {"k0", "k1", "k2", "k3"} and params.n_items == summary["items"]
