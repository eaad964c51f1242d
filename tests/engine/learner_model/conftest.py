"""Small hand-made learner model parameters shared by the tests."""

import numpy as np
import pytest

from app.engine.learner_model.features import DENSE_FEATURES, SKILL_FEATURES
from app.engine.learner_model.params import LearnerModelParams


def weights_for(**named: float) -> np.ndarray:
    """A dense weight vector with the named features set and the others 0."""
    return np.array([named.get(name, 0.0) for name in DENSE_FEATURES])


def skill_weights_for(*rows: list[float]) -> np.ndarray:
    """Per-skill weight rows, padded with zeros for the per-skill features not named."""
    out = np.zeros((len(rows), len(SKILL_FEATURES)))
    for k, row in enumerate(rows):
        out[k, : len(row)] = row
    return out


@pytest.fixture
def small_params() -> LearnerModelParams:
    """Two skills; items a, b on skill s0 and c on skill s1; every item prior 50 %."""
    return LearnerModelParams(
        skill_ids=("s0", "s1"),
        item_ids=("a", "b", "c"),
        item_skill=np.array([0, 0, 1]),
        intercept=0.2,
        weights=weights_for(skill_successes=0.5, skill_last=0.3),
        skill_bias=np.array([0.1, -0.1]),
        skill_weights=skill_weights_for([0.2, -0.4], [0.0, 0.0]),
        item_bias=np.array([0.0, 0.5, -0.3]),
        item_prior=np.zeros(3),
    )
