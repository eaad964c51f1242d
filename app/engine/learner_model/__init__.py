"""Sabil's learner model: a logistic model over an O(1) summary of each learner's history.

Public API (see docs/engine.md, "The learner model"): ``LearnerModelParams`` (fitted or default
weights, JSON round trip), ``LearnerState`` (one learner), ``update`` / ``predict`` /
``predict_one`` / ``skill_mastery`` / ``skill_mastery_one`` (online use), ``fit`` with ``FitOptions`` (offline fitting),
``metrics`` and the ``baselines`` package (IRT, PFA, BKT).
"""

from app.engine.learner_model.fit import FitOptions, fit
from app.engine.learner_model.model import (
    new_state,
    predict,
    predict_one,
    skill_mastery,
    skill_mastery_one,
    update,
)
from app.engine.learner_model.params import LearnerModelParams
from app.engine.learner_model.state import LearnerState

__all__ = [
    "FitOptions",
    "LearnerModelParams",
    "LearnerState",
    "fit",
    "new_state",
    "predict",
    "predict_one",
    "skill_mastery",
    "skill_mastery_one",
    "update",
]
