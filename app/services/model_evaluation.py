"""Fitting and evaluating the learner model on answer logs (``sabil model evaluate`` / ``fit``).

``evaluate`` fits Sabil's model and the IRT, PFA and BKT baselines on the training file, then
predicts every answer of every test learner from that learner's earlier answers only (predict,
then update) and reports AUC, RMSE, log-loss, fitting time and prediction time per answer.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np

from app.engine.learner_model import metrics
from app.engine.learner_model.baselines import bkt_em, irt, pfa
from app.engine.learner_model.fit import FitOptions, fit
from app.engine.learner_model.model import new_state, predict_one, update
from app.engine.learner_model.params import LearnerModelParams
from app.engine.learner_model.state import LearnerState
from app.services.kt_data import AnswerLog, Codebook, read_answers


def evaluate(train: Path, test: Path, options: FitOptions | None = None) -> dict[str, Any]:
    """Fit on ``train``, predict ``test`` in order; the issue's JSON object (see module doc)."""
    train_log, codebook = read_answers(Path(train))
    test_log, codebook = read_answers(Path(test), codebook)
    # Codes cover train and test, so unseen test items and skills exist in the id space with no
    # training answers: their biases stay 0 and they fall back to the skill / shared weights.
    item_skill = codebook.item_skill_array()
    n_skills = len(codebook.skills.ids)

    started = time.perf_counter()
    params = fit_log(train_log, codebook, options)
    fit_seconds = time.perf_counter() - started
    started = time.perf_counter()
    predicted = predict_log(params, test_log)
    per_response = (time.perf_counter() - started) / len(test_log)
    result = _figures(test_log.correct, predicted, fit_seconds, per_response)

    baselines: dict[str, Any] = {}
    runs: dict[str, tuple[Callable[[], Any], Callable[[Any], np.ndarray]]] = {
        "irt": (
            lambda: irt.fit(train_log.items, train_log.skills, train_log.correct, item_skill, n_skills),
            lambda m: irt.predict_in_order(m, test_log.users, test_log.items, test_log.correct),
        ),
        "pfa": (
            lambda: pfa.fit(train_log.users, train_log.skills, train_log.correct, n_skills),
            lambda m: pfa.predict_in_order(m, test_log.users, test_log.skills, test_log.correct),
        ),
        "bkt": (
            lambda: bkt_em.fit(train_log.users, train_log.skills, train_log.correct, n_skills),
            lambda m: bkt_em.predict_in_order(m, test_log.users, test_log.skills, test_log.correct),
        ),
    }
    for name, (fit_baseline, predict_baseline) in runs.items():
        started = time.perf_counter()
        model = fit_baseline()
        seconds = time.perf_counter() - started
        started = time.perf_counter()
        predicted = predict_baseline(model)
        baselines[name] = _figures(
            test_log.correct, predicted, seconds, (time.perf_counter() - started) / len(test_log)
        )
    result["baselines"] = baselines
    return result


def fit_log(log: AnswerLog, codebook: Codebook, options: FitOptions | None = None) -> LearnerModelParams:
    """Sabil's model fitted on one coded answer log, with the codebook's ids."""
    return fit(
        log.users,
        log.items,
        log.skills,
        log.correct,
        log.timestamps,
        item_skill=codebook.item_skill_array(),
        skill_ids=codebook.skills.ids,
        item_ids=codebook.items.ids,
        options=options,
    )


def predict_log(params: LearnerModelParams, log: AnswerLog) -> np.ndarray:
    """Each answer's P(correct) from the same learner's earlier answers only (predict, then update)."""
    states: dict[int, LearnerState] = {}
    out = np.empty(len(log))
    rows = zip(
        log.users.tolist(),
        log.items.tolist(),
        log.skills.tolist(),
        log.correct.tolist(),
        log.timestamps.tolist(),
        strict=True,
    )
    for row, (user, item, skill, answer, stamp) in enumerate(rows):
        state = states.get(user)
        if state is None:
            state = states[user] = new_state(params)
        out[row] = predict_one(params, state, item, skill, stamp)
        update(params, state, item, skill, answer == 1, stamp)
    return out


def fit_to_file(train: Path, out: Path, options: FitOptions | None = None) -> dict[str, Any]:
    """Fit on ``train`` and write the parameters as JSON to ``out``; returns a short summary."""
    log, codebook = read_answers(Path(train))
    started = time.perf_counter()
    params = fit_log(log, codebook, options)
    seconds = time.perf_counter() - started
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_name(out.name + ".tmp")
    tmp.write_text(json.dumps(params.to_dict(), separators=(",", ":")), encoding="utf-8")
    tmp.replace(out)  # Never leave a half-written parameters file behind.
    return {
        "out": str(out),
        "n": len(log),
        "learners": len(codebook.users.ids),
        "items": params.n_items,
        "skills": params.n_skills,
        "fit_seconds": round(seconds, 3),
    }


def _figures(
    correct: np.ndarray, predicted: np.ndarray, fit_seconds: float, per_response: float
) -> dict[str, Any]:
    return {
        "auc": round(metrics.auc(correct, predicted), 4),
        "rmse": round(metrics.rmse(correct, predicted), 4),
        "logloss": round(metrics.logloss(correct, predicted), 4),
        "n": int(len(correct)),
        "fit_seconds": round(fit_seconds, 3),
        "predict_us_per_response": round(per_response * 1e6, 2),
    }
