"""Prediction quality: AUC (rank based, ties share their average rank), RMSE and log-loss."""

from __future__ import annotations

import numpy as np

# Log-loss clips probabilities so one confident mistake cannot make it infinite.
_CLIP = 1e-7


def auc(correct: np.ndarray, predicted: np.ndarray) -> float:
    """Area under the ROC curve by the Mann-Whitney statistic; NaN when one class is absent."""
    y = np.asarray(correct, dtype=float)
    p = np.asarray(predicted, dtype=float)
    n_pos = float(y.sum())
    n_neg = float(len(y) - n_pos)
    if n_pos == 0 or n_neg == 0:
        return float("nan")
    order = np.argsort(p, kind="mergesort")
    sorted_p = p[order]
    ranks = np.empty(len(p), dtype=float)
    # Tied predictions get the mean of the ranks they span, so ties count one half.
    starts = np.flatnonzero(np.r_[True, sorted_p[1:] != sorted_p[:-1]])
    ends = np.r_[starts[1:], len(p)]
    mean_rank = (starts + ends + 1) / 2.0
    ranks[order] = np.repeat(mean_rank, ends - starts)
    return float((ranks[y == 1].sum() - n_pos * (n_pos + 1) / 2.0) / (n_pos * n_neg))


def rmse(correct: np.ndarray, predicted: np.ndarray) -> float:
    """Root mean squared error between outcomes and probabilities."""
    diff = np.asarray(correct, dtype=float) - np.asarray(predicted, dtype=float)
    return float(np.sqrt(np.mean(diff * diff)))


def logloss(correct: np.ndarray, predicted: np.ndarray) -> float:
    """Mean negative log-likelihood (natural log) of the outcomes."""
    y = np.asarray(correct, dtype=float)
    p = np.clip(np.asarray(predicted, dtype=float), _CLIP, 1.0 - _CLIP)
    return float(-np.mean(y * np.log(p) + (1.0 - y) * np.log1p(-p)))
