"""The learner model's evidence: cross-validation on the training file, then the test evaluation.

    .venv/bin/python benchmarks/bench_model.py cv        # model choice: 5-fold CV by learner on train
    .venv/bin/python benchmarks/bench_model.py evaluate  # Sabil vs IRT/PFA/BKT on the test split

Data: ../shared/data/kt/assistments09/{train,test}.tsv (override with --train/--test). The test
file is only read by ``evaluate``; every choice is made by ``cv`` on the training file alone.
"""

from __future__ import annotations

import argparse
import json
import time
from dataclasses import replace
from pathlib import Path

import numpy as np

from app.engine.learner_model import metrics
from app.engine.learner_model.features import DENSE_FEATURES
from app.engine.learner_model.fit import FitOptions
from app.services.kt_data import AnswerLog, read_answers
from app.services.model_evaluation import evaluate, fit_log, predict_log

DATA = Path(__file__).resolve().parents[2] / "shared" / "data" / "kt" / "assistments09"

COUNTS = ("skill_attempts", "skill_successes", "total_attempts", "total_successes")
RECENCY = (
    "skill_recent",
    "skill_latest",
    "total_recent",
    "skill_last",
    "skill_lag",
    "skill_gap_hours",
    "total_gap_hours",
    "skill_streak",
)
ABILITY = ("ability", "ability_recent", "skill_ability")
IRT_ABILITY = ("irt_ability", "skill_irt_ability")

COUNT_TERMS = ("skill_successes", "skill_failures")

CANDIDATES: dict[str, FitOptions] = {
    "Best-LR-like (items, skills, log counts)": FitOptions(dense_features=COUNTS, skill_features=COUNT_TERMS),
    "+ recency, runs, lag": FitOptions(dense_features=COUNTS + RECENCY, skill_features=COUNT_TERMS),
    "+ surprise ability": FitOptions(dense_features=COUNTS + RECENCY + ABILITY, skill_features=COUNT_TERMS),
    "+ online IRT ability": FitOptions(dense_features=DENSE_FEATURES, skill_features=COUNT_TERMS),
    "+ per-skill weights on recency, ability, run (final)": FitOptions(),
}
L2_GRID = (0.5, 1.0, 3.0)


def _subset(log: AnswerLog, mask: np.ndarray) -> AnswerLog:
    return AnswerLog(
        log.users[mask], log.items[mask], log.skills[mask], log.correct[mask], log.timestamps[mask]
    )


def cross_validate(train: Path, folds: int = 5) -> list[dict[str, object]]:
    """Pooled out-of-fold AUC / RMSE / log-loss per candidate, folds by learner."""
    log, codebook = read_answers(train)
    fold = np.random.default_rng(0).integers(0, folds, size=len(codebook.users.ids))[log.users]
    candidates = dict(CANDIDATES)
    for l2 in L2_GRID:
        if l2 != FitOptions().l2_item:
            candidates[f"final, l2_item = l2_skill = {l2:g}"] = replace(
                FitOptions(), l2_item=l2, l2_skill=l2
            )
    rows = []
    for name, options in candidates.items():
        predicted = np.empty(len(log))
        started = time.perf_counter()
        for k in range(folds):
            held = fold == k
            params = fit_log(_subset(log, ~held), codebook, options)
            predicted[held] = predict_log(params, _subset(log, held))
        rows.append(
            {
                "candidate": name,
                "auc": round(metrics.auc(log.correct, predicted), 4),
                "rmse": round(metrics.rmse(log.correct, predicted), 4),
                "logloss": round(metrics.logloss(log.correct, predicted), 4),
                "seconds": round(time.perf_counter() - started, 1),
            }
        )
        print(json.dumps(rows[-1]), flush=True)
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("mode", choices=("cv", "evaluate"))
    parser.add_argument("--train", type=Path, default=DATA / "train.tsv")
    parser.add_argument("--test", type=Path, default=DATA / "test.tsv")
    parser.add_argument("--folds", type=int, default=5)
    args = parser.parse_args()
    if args.mode == "cv":
        cross_validate(args.train, args.folds)
    else:
        print(json.dumps(evaluate(args.train, args.test)))


if __name__ == "__main__":
    main()
