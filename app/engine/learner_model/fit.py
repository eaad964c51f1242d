"""Fitting the learner model: features of every past answer, then L2-regularised logistic regression.

The design matrix is never built densely: item and skill one-hots are index arrays, so the
gradient of 17,000 item biases is one ``np.bincount``. The objective is convex and minimised by
the numpy L-BFGS in :mod:`app.engine.learner_model.lbfgs`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from app.engine.learner_model import lbfgs
from app.engine.learner_model.features import DENSE_FEATURES, SKILL_FEATURES, row_features
from app.engine.learner_model.params import (
    DEFAULT_FAST_DECAY,
    DEFAULT_SKILL_DECAY,
    DEFAULT_TOTAL_DECAY,
    LearnerModelParams,
)
from app.engine.learner_model.state import LearnerState


@dataclass(frozen=True)
class FitOptions:
    """Regularisation (in pseudo-observations) and feature choices for ``fit``.

    ``l2_item`` shrinks item biases towards their skill; ``l2_skill`` shrinks skill biases and
    per-skill weights towards the shared ones; ``l2_dense`` the shared weights. ``dense_features``
    names the shared features used (the others are fixed at 0); ``skill_terms`` switches the
    per-skill weights on or off and ``skill_features`` chooses which of them are used. ``l2_prior`` regularises the item priors the ability features are
    measured against (a separate, item-and-skill-only fit).
    """

    l2_item: float = 1.0
    l2_skill: float = 1.0
    l2_dense: float = 1.0
    l2_prior: float = 3.0
    dense_features: tuple[str, ...] = DENSE_FEATURES
    skill_terms: bool = True
    skill_features: tuple[str, ...] = SKILL_FEATURES
    skill_decay: float = DEFAULT_SKILL_DECAY
    fast_decay: float = DEFAULT_FAST_DECAY
    total_decay: float = DEFAULT_TOTAL_DECAY
    max_iter: int = 200


@dataclass(frozen=True, eq=False)
class Design:
    """Features of every answer, computed from the same learner's earlier answers only."""

    dense: np.ndarray
    per_skill: np.ndarray
    items: np.ndarray
    skills: np.ndarray
    correct: np.ndarray


def build_design(
    users: np.ndarray,
    items: np.ndarray,
    skills: np.ndarray,
    correct: np.ndarray,
    timestamps: np.ndarray | None,
    n_skills: int,
    options: FitOptions,
    item_expected: np.ndarray,
) -> Design:
    """Replay every learner's answers in order, recording the features seen before each one."""
    n = len(users)
    dense = np.empty((n, len(DENSE_FEATURES)))
    per_skill = np.empty((n, len(SKILL_FEATURES)))
    states: dict[int, LearnerState] = {}
    stamps = np.zeros(n) if timestamps is None else np.asarray(timestamps, dtype=float)
    users_list = np.asarray(users).tolist()
    skills_list = np.asarray(skills).tolist()
    correct_list = np.asarray(correct).tolist()
    expected_list = np.asarray(item_expected, dtype=float)[np.asarray(items, dtype=np.int64)].tolist()
    stamps_list = stamps.tolist()
    for row in range(n):
        user = users_list[row]
        state = states.get(user)
        if state is None:
            state = LearnerState.empty(n_skills, options.skill_decay, options.fast_decay, options.total_decay)
            states[user] = state
        skill = skills_list[row]
        d, p = row_features(state, skill, stamps_list[row])
        dense[row] = d
        per_skill[row] = p
        state.record(skill, correct_list[row] == 1, stamps_list[row], expected_list[row])
    return Design(
        dense=dense,
        per_skill=per_skill,
        items=np.asarray(items, dtype=np.int64),
        skills=np.asarray(skills, dtype=np.int64),
        correct=np.asarray(correct, dtype=float),
    )


def fit_design(
    design: Design,
    n_items: int,
    n_skills: int,
    options: FitOptions,
) -> tuple[float, np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """Regularised logistic regression; returns intercept, weights, skill bias, skill weights, item bias."""
    n_dense = len(DENSE_FEATURES)
    n_per = design.per_skill.shape[1]
    mask = np.array([name in options.dense_features for name in DENSE_FEATURES], dtype=float)
    unknown = set(options.dense_features) - set(DENSE_FEATURES)
    if unknown:
        raise ValueError(f"Unknown learner model feature(s): {', '.join(sorted(unknown))}.")
    # Only the chosen columns enter the products: unused features cost nothing.
    active = np.flatnonzero(mask)
    # Centred columns decouple the weights from the intercept, which L-BFGS needs to converge fast.
    centre = design.dense[:, active].mean(axis=0) if len(design.dense) else np.zeros(len(active))
    dense = design.dense[:, active] - centre
    use_skill_terms = options.skill_terms
    per_skill = design.per_skill
    if per_skill.shape[1] == len(SKILL_FEATURES):
        unknown_skill = set(options.skill_features) - set(SKILL_FEATURES)
        if unknown_skill:
            raise ValueError(f"Unknown per-skill feature(s): {', '.join(sorted(unknown_skill))}.")
        per_skill = per_skill * np.array(
            [name in options.skill_features for name in SKILL_FEATURES], dtype=float
        )
    y = design.correct
    items = design.items
    skills = design.skills
    # Parameter layout: [intercept | active weights | skill bias | skill weights (row-major) | item bias].
    n_active = len(active)
    o_w, o_sb = 1, 1 + n_active
    o_sw = o_sb + n_skills
    o_ib = o_sw + n_skills * n_per
    size = o_ib + n_items
    penalty = np.zeros(size)
    penalty[o_w:o_sb] = options.l2_dense
    penalty[o_sb:o_ib] = options.l2_skill
    penalty[o_ib:] = options.l2_item

    def objective(x: np.ndarray) -> tuple[float, np.ndarray]:
        sw = x[o_sw:o_ib].reshape(n_skills, n_per)
        logit = x[0] + x[o_sb:o_sw][skills] + x[o_ib:][items]
        if n_active:
            logit += dense @ x[o_w:o_sb]
        if use_skill_terms:
            logit += np.einsum("ij,ij->i", per_skill, sw[skills])
        # log(1 + e^z) - y z, computed stably.
        loss = float(np.sum(np.logaddexp(0.0, logit) - y * logit)) + 0.5 * float(penalty @ (x * x))
        r = 1.0 / (1.0 + np.exp(-logit)) - y
        grad = penalty * x
        grad[0] += r.sum()
        if n_active:
            grad[o_w:o_sb] += dense.T @ r
        grad[o_sb:o_sw] += np.bincount(skills, weights=r, minlength=n_skills)
        if use_skill_terms:
            for k in range(n_per):
                grad[o_sw + k : o_ib : n_per] += np.bincount(
                    skills, weights=r * per_skill[:, k], minlength=n_skills
                )
        grad[o_ib:] += np.bincount(items, weights=r, minlength=n_items)
        return loss, grad

    # Diagonal preconditioning: optimise z = x * sqrt(curvature), the curvature of each
    # coordinate being about n/4 per answer it touches plus its penalty. Item biases seen 1,000
    # times and 1 time then move at the same pace.
    curvature = penalty.copy()
    curvature[0] += 0.25 * len(y)
    if n_active:
        curvature[o_w:o_sb] += 0.25 * np.einsum("ij,ij->j", dense, dense)
    curvature[o_sb:o_sw] += 0.25 * np.bincount(skills, minlength=n_skills)
    if use_skill_terms:
        for k in range(n_per):
            curvature[o_sw + k : o_ib : n_per] += 0.25 * np.bincount(
                skills, weights=per_skill[:, k] ** 2, minlength=n_skills
            )
    curvature[o_ib:] += 0.25 * np.bincount(items, minlength=n_items)
    scale = 1.0 / np.sqrt(np.maximum(curvature, 1e-6))

    def scaled(z: np.ndarray) -> tuple[float, np.ndarray]:
        value, grad = objective(z * scale)
        return value, grad * scale

    x0 = np.zeros(size)
    mean = float(np.clip(y.mean(), 1e-3, 1 - 1e-3)) if len(y) else 0.5
    x0[0] = np.log(mean / (1.0 - mean))
    x = lbfgs.minimize(scaled, x0 / scale, max_iter=options.max_iter) * scale
    if n_active:
        x[0] -= float(centre @ x[o_w:o_sb])
    weights = np.zeros(n_dense)
    weights[active] = x[o_w:o_sb]
    return (
        float(x[0]),
        weights,
        x[o_sb:o_sw].copy(),
        x[o_sw:o_ib].reshape(n_skills, n_per).copy(),
        x[o_ib:].copy(),
    )


def fit(
    users: np.ndarray,
    items: np.ndarray,
    skills: np.ndarray,
    correct: np.ndarray,
    timestamps: np.ndarray | None,
    *,
    item_skill: np.ndarray | None = None,
    skill_ids: Sequence[str] | None = None,
    item_ids: Sequence[str] | None = None,
    options: FitOptions | None = None,
) -> LearnerModelParams:
    """Fit the learner model on integer-coded answers (each learner's rows in answer order).

    ``item_skill`` (one skill index per item) fixes the id spaces: items and skills without any
    answer keep bias 0, i.e. fall back to their skill and to the shared weights. Without it, items
    0..max(items) take the skill of their first answer (skill 0 for an item never answered).
    """
    options = options or FitOptions()
    if item_skill is None:
        codes = np.asarray(items, dtype=np.int64)
        first = np.unique(codes, return_index=True)
        item_skill = np.zeros(int(codes.max(initial=-1)) + 1, dtype=np.int64)
        item_skill[first[0]] = np.asarray(skills, dtype=np.int64)[first[1]]
    item_skill = np.asarray(item_skill, dtype=np.int64)
    n_items = len(item_skill)
    n_skills = len(skill_ids) if skill_ids is not None else int(item_skill.max(initial=-1)) + 1
    n_skills = max(n_skills, int(np.max(skills, initial=-1)) + 1)
    item_prior = _item_priors(items, skills, correct, item_skill, n_skills, options)
    design = build_design(
        users, items, skills, correct, timestamps, n_skills, options, 1.0 / (1.0 + np.exp(-item_prior))
    )
    intercept, weights, skill_bias, skill_weights, item_bias = fit_design(design, n_items, n_skills, options)
    return LearnerModelParams(
        skill_ids=tuple(skill_ids) if skill_ids is not None else tuple(str(k) for k in range(n_skills)),
        item_ids=tuple(item_ids) if item_ids is not None else tuple(str(k) for k in range(n_items)),
        item_skill=item_skill,
        intercept=intercept,
        weights=weights,
        skill_bias=skill_bias,
        skill_weights=skill_weights,
        item_bias=item_bias,
        item_prior=item_prior,
        skill_decay=options.skill_decay,
        fast_decay=options.fast_decay,
        total_decay=options.total_decay,
    )


def _item_priors(
    items: np.ndarray,
    skills: np.ndarray,
    correct: np.ndarray,
    item_skill: np.ndarray,
    n_skills: int,
    options: FitOptions,
) -> np.ndarray:
    """IRT-style item prior logits (item and skill biases only), against which the ability
    features measure a learner's surprise. A short L-BFGS run is enough: only their ordering and
    rough scale matter, and the main fit adapts its weights to them."""
    items = np.asarray(items, dtype=np.int64)
    skills = np.asarray(skills, dtype=np.int64)
    y = np.asarray(correct, dtype=float)
    prior_options = FitOptions(
        l2_item=options.l2_prior,
        l2_skill=options.l2_prior,
        dense_features=(),
        skill_terms=False,
        max_iter=100,
    )
    empty = np.zeros((len(y), len(DENSE_FEATURES)))
    design = Design(empty, np.zeros((len(y), len(SKILL_FEATURES))), items, skills, y)
    intercept, _, skill_bias, _, item_bias = fit_design(design, len(item_skill), n_skills, prior_options)
    return intercept + skill_bias[item_skill] + item_bias
