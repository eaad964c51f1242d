"""AUC, RMSE and log-loss against values computed by hand."""

import math

import numpy as np
import pytest

from app.engine.learner_model.metrics import auc, logloss, rmse


def test_auc_counts_pairs_and_half_credits_ties() -> None:
    y = np.array([1, 0, 1, 0])
    p = np.array([0.9, 0.4, 0.4, 0.1])
    # Pairs (pos, neg): (0.9,0.4)=1, (0.9,0.1)=1, (0.4,0.4)=0.5, (0.4,0.1)=1 -> 3.5 / 4.
    assert auc(y, p) == pytest.approx(0.875)


def test_auc_perfect_inverted_and_undefined() -> None:
    y = np.array([0, 0, 1, 1])
    assert auc(y, np.array([0.1, 0.2, 0.3, 0.4])) == 1.0
    assert auc(y, np.array([0.4, 0.3, 0.2, 0.1])) == 0.0
    assert auc(y, np.full(4, 0.5)) == 0.5
    assert math.isnan(auc(np.ones(3), np.array([0.1, 0.2, 0.3])))


def test_rmse_and_logloss_by_hand() -> None:
    y = np.array([1, 0])
    p = np.array([0.8, 0.4])
    assert rmse(y, p) == pytest.approx(math.sqrt((0.04 + 0.16) / 2))
    assert logloss(y, p) == pytest.approx(-(math.log(0.8) + math.log(0.6)) / 2)
    # A certain, wrong prediction is clipped rather than infinite.
    assert math.isfinite(logloss(np.array([1]), np.array([0.0])))
