"""The learner model's fitted parameters, their defaults and their JSON form.

Parameters travel inside packs and by sync, so ``from_dict`` trusts nothing: any missing,
unknown, mis-shaped or non-finite content raises ``ValueError`` with a one-line reason.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from app.engine.learner_model.features import DENSE_FEATURES, SKILL_FEATURES

FORMAT = "sabil-learner-model"
VERSION = 1

# Feature decays: how much one earlier answer still counts after each newer one.
DEFAULT_SKILL_DECAY = 0.8
DEFAULT_FAST_DECAY = 0.4
DEFAULT_TOTAL_DECAY = 0.95

# Defaults when nothing was fitted: set by hand from what each feature means, in logits, so a
# new install behaves sensibly until `sabil model fit` learns from a school's own answers. They
# are deliberately not fitted on the ASSISTments files (those are for evaluation only), and not on
# the simulator either: its weights come out large and offsetting on collinear features
# (benchmarks/fit_default_weights.py shows them). A new learner starts at about 65 % on a typical item;
# each success on a skill counts more than an attempt; recent correctness on the skill and overall
# carry most of the signal; time and other skills since the last practice lower the odds (a week
# away costs about half a logit).
_DEFAULT_INTERCEPT = -0.57  # with the recency features at their starting 1/2: about 65 % for a new learner
_DEFAULT_PRIOR = 0.6  # item prior logit: about 65 % correct
_DEFAULT_WEIGHTS = {
    "skill_attempts": 0.1,
    "skill_successes": 0.2,
    "skill_recent": 1.0,
    "skill_latest": 0.5,
    "total_recent": 0.8,
    "skill_lag": -0.05,
    "skill_gap_hours": -0.1,
    "irt_ability": 0.5,
}
# No per-skill deviations by default (successes, failures, recent correctness, IRT ability, run).
_DEFAULT_SKILL_WEIGHTS = (0.0, 0.0, 0.0, 0.0, 0.0)


@dataclass(frozen=True, eq=False)
class LearnerModelParams:
    """Weights of the logistic learner model (see docs/engine.md, "The learner model").

    logit P(correct | item i of skill s) = intercept + weights . dense(s) + skill_bias[s]
    + skill_weights[s] . per_skill(s) + item_bias[i]; item_bias > 0 means an easier item.
    ``item_skill[i]`` is the index of item i's skill in ``skill_ids``. ``item_prior[i]`` is the
    logit of P(correct) on item i for an average learner (item difficulty alone, as in IRT): the
    ability features measure a learner's surprise against it.
    """

    skill_ids: tuple[str, ...]
    item_ids: tuple[str, ...]
    item_skill: np.ndarray
    intercept: float
    weights: np.ndarray
    skill_bias: np.ndarray
    skill_weights: np.ndarray
    item_bias: np.ndarray
    item_prior: np.ndarray
    skill_decay: float = DEFAULT_SKILL_DECAY
    fast_decay: float = DEFAULT_FAST_DECAY
    total_decay: float = DEFAULT_TOTAL_DECAY
    typical_item_bias: np.ndarray = field(init=False, repr=False)
    item_expected: np.ndarray = field(init=False, repr=False)

    def __post_init__(self) -> None:
        n_skills, n_items = len(self.skill_ids), len(self.item_ids)
        _check(len(set(self.skill_ids)) == n_skills, "skill ids must be unique")
        _check(len(set(self.item_ids)) == n_items, "item ids must be unique")
        _check(self.item_skill.shape == (n_items,), "item_skill must have one entry per item")
        _check(self.weights.shape == (len(DENSE_FEATURES),), "weights do not match the features")
        _check(self.skill_bias.shape == (n_skills,), "skill_bias must have one entry per skill")
        _check(
            self.skill_weights.shape == (n_skills, len(SKILL_FEATURES)),
            "skill_weights must be skills x per-skill features",
        )
        _check(self.item_bias.shape == (n_items,), "item_bias must have one entry per item")
        _check(self.item_prior.shape == (n_items,), "item_prior must have one entry per item")
        if n_items:
            _check(
                int(self.item_skill.min()) >= 0 and int(self.item_skill.max()) < n_skills,
                "item_skill refers to a skill that does not exist",
            )
        for name in ("weights", "skill_bias", "skill_weights", "item_bias", "item_prior"):
            _check(bool(np.all(np.isfinite(getattr(self, name)))), f"{name} must be finite numbers")
        _check(math.isfinite(self.intercept), "intercept must be a finite number")
        for name in ("skill_decay", "fast_decay", "total_decay"):
            value = getattr(self, name)
            _check(0.0 <= value < 1.0, f"{name} must be in [0, 1)")
        # A "typical item" of a skill has the skill's mean item bias (0 for a skill without items).
        totals = np.bincount(self.item_skill, weights=self.item_bias, minlength=n_skills)
        counts = np.bincount(self.item_skill, minlength=n_skills)
        typical = np.divide(totals, counts, out=np.zeros(n_skills), where=counts > 0)
        object.__setattr__(self, "typical_item_bias", typical)
        object.__setattr__(self, "item_expected", 1.0 / (1.0 + np.exp(-self.item_prior)))

    @property
    def n_skills(self) -> int:
        """Number of skills the parameters cover."""
        return len(self.skill_ids)

    @property
    def n_items(self) -> int:
        """Number of items the parameters cover."""
        return len(self.item_ids)

    @classmethod
    def default(
        cls, skill_ids: Sequence[str], item_ids: Sequence[str], item_skill: Sequence[int] | np.ndarray
    ) -> LearnerModelParams:
        """Sane parameters when nothing was fitted: every item a typical item of its skill."""
        weights = np.array([_DEFAULT_WEIGHTS.get(name, 0.0) for name in DENSE_FEATURES])
        return cls(
            skill_ids=tuple(str(s) for s in skill_ids),
            item_ids=tuple(str(i) for i in item_ids),
            item_skill=np.asarray(item_skill, dtype=np.int64).reshape(-1),
            intercept=_DEFAULT_INTERCEPT,
            weights=weights,
            skill_bias=np.zeros(len(skill_ids)),
            skill_weights=np.tile(np.array(_DEFAULT_SKILL_WEIGHTS), (len(skill_ids), 1)),
            item_bias=np.zeros(len(item_ids)),
            item_prior=np.full(len(item_ids), _DEFAULT_PRIOR),
        )

    def aligned(
        self, skill_ids: Sequence[str], item_ids: Sequence[str], item_skill: Sequence[int] | np.ndarray
    ) -> LearnerModelParams:
        """The same model re-indexed to another id space (e.g. a pack's).

        Skills and items the parameters know keep their fitted values; unknown items fall back
        to their skill (item bias 0), unknown skills to the shared weights (skill terms 0).
        """
        skill_pos = {s: k for k, s in enumerate(self.skill_ids)}
        item_pos = {i: k for k, i in enumerate(self.item_ids)}
        skills = [str(s) for s in skill_ids]
        items = [str(i) for i in item_ids]
        skill_bias = np.zeros(len(skills))
        skill_weights = np.zeros((len(skills), len(SKILL_FEATURES)))
        for k, s in enumerate(skills):
            if s in skill_pos:
                skill_bias[k] = self.skill_bias[skill_pos[s]]
                skill_weights[k] = self.skill_weights[skill_pos[s]]
        item_bias = np.array([self.item_bias[item_pos[i]] if i in item_pos else 0.0 for i in items])
        # An unknown item's prior is its skill's typical prior (the global mean for unknown skills).
        skill_prior = np.bincount(self.item_skill, weights=self.item_prior, minlength=self.n_skills)
        skill_count = np.bincount(self.item_skill, minlength=self.n_skills)
        global_prior = float(self.item_prior.mean()) if self.n_items else _DEFAULT_PRIOR
        new_skill = np.asarray(item_skill, dtype=np.int64).reshape(-1)
        item_prior = np.empty(len(items))
        for k, i in enumerate(items):
            if i in item_pos:
                item_prior[k] = self.item_prior[item_pos[i]]
                continue
            old = skill_pos.get(skills[new_skill[k]]) if new_skill[k] < len(skills) else None
            if old is not None and skill_count[old] > 0:
                item_prior[k] = skill_prior[old] / skill_count[old]
            else:
                item_prior[k] = global_prior
        return LearnerModelParams(
            skill_ids=tuple(skills),
            item_ids=tuple(items),
            item_skill=np.asarray(item_skill, dtype=np.int64).reshape(-1),
            intercept=self.intercept,
            weights=self.weights.copy(),
            skill_bias=skill_bias,
            skill_weights=skill_weights,
            item_bias=item_bias.reshape(-1),
            item_prior=item_prior,
            skill_decay=self.skill_decay,
            fast_decay=self.fast_decay,
            total_decay=self.total_decay,
        )

    def to_dict(self) -> dict[str, Any]:
        """A JSON-safe, versioned description; ``from_dict(to_dict())`` gives equal parameters."""
        return {
            "format": FORMAT,
            "version": VERSION,
            "dense_features": list(DENSE_FEATURES),
            "skill_features": list(SKILL_FEATURES),
            "decays": {"skill": self.skill_decay, "fast": self.fast_decay, "total": self.total_decay},
            "intercept": float(self.intercept),
            "weights": [float(w) for w in self.weights],
            "skills": {
                s: {"bias": float(self.skill_bias[k]), "weights": [float(w) for w in self.skill_weights[k]]}
                for k, s in enumerate(self.skill_ids)
            },
            "items": {
                i: {
                    "skill": self.skill_ids[int(self.item_skill[k])],
                    "bias": float(self.item_bias[k]),
                    "prior": float(self.item_prior[k]),
                }
                for k, i in enumerate(self.item_ids)
            },
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> LearnerModelParams:
        """Parameters from ``to_dict`` output; raises ValueError on anything malformed."""
        _check(isinstance(data, Mapping), "learner model parameters must be a JSON object")
        expected = {
            "format",
            "version",
            "dense_features",
            "skill_features",
            "decays",
            "intercept",
            "weights",
            "skills",
            "items",
        }
        unknown = set(data) - expected
        _check(not unknown, f"unknown learner model key(s): {', '.join(sorted(map(str, unknown)))}")
        missing = expected - set(data)
        _check(not missing, f"missing learner model key(s): {', '.join(sorted(missing))}")
        _check(data["format"] == FORMAT, f"not learner model parameters (format {data['format']!r})")
        _check(data["version"] == VERSION, f"unsupported learner model version {data['version']!r}")
        _check(list(data["dense_features"]) == list(DENSE_FEATURES), "the features do not match this engine")
        _check(
            list(data["skill_features"]) == list(SKILL_FEATURES),
            "the skill features do not match this engine",
        )
        decays = data["decays"]
        _check(
            isinstance(decays, Mapping) and set(decays) == {"skill", "fast", "total"},
            "decays must give skill, fast and total",
        )
        skills = data["skills"]
        items = data["items"]
        _check(isinstance(skills, Mapping) and isinstance(items, Mapping), "skills and items must be objects")
        skill_ids = tuple(str(s) for s in skills)
        skill_pos = {s: k for k, s in enumerate(skill_ids)}
        skill_bias = np.array(
            [
                _number(v.get("bias") if isinstance(v, Mapping) else None, "skill bias")
                for v in skills.values()
            ],
            dtype=float,
        )
        skill_weights = np.array(
            [_numbers(v.get("weights"), "skill weights", len(SKILL_FEATURES)) for v in skills.values()],
            dtype=float,
        ).reshape(len(skill_ids), len(SKILL_FEATURES))
        item_skill = []
        item_bias = []
        item_prior = []
        for item, value in items.items():
            _check(isinstance(value, Mapping), f"item {item!r} must be an object")
            _check(value.get("skill") in skill_pos, f"item {item!r} refers to an unknown skill")
            item_skill.append(skill_pos[value["skill"]])
            item_bias.append(_number(value.get("bias"), "item bias"))
            item_prior.append(_number(value.get("prior"), "item prior"))
            _check(set(value) == {"skill", "bias", "prior"}, f"item {item!r} has unknown keys")
        return cls(
            skill_ids=skill_ids,
            item_ids=tuple(str(i) for i in items),
            item_skill=np.array(item_skill, dtype=np.int64),
            intercept=_number(data["intercept"], "intercept"),
            weights=np.array(_numbers(data["weights"], "weights", len(DENSE_FEATURES))),
            skill_bias=skill_bias,
            skill_weights=skill_weights,
            item_bias=np.array(item_bias, dtype=float),
            item_prior=np.array(item_prior, dtype=float),
            skill_decay=_number(decays["skill"], "skill decay"),
            fast_decay=_number(decays["fast"], "fast decay"),
            total_decay=_number(decays["total"], "total decay"),
        )


def _check(condition: bool, message: str) -> None:
    if not condition:
        raise ValueError(f"Invalid learner model parameters: {message}.")


def _number(value: Any, what: str) -> float:
    _check(isinstance(value, int | float) and not isinstance(value, bool), f"{what} must be a number")
    _check(math.isfinite(float(value)), f"{what} must be finite")
    return float(value)


def _numbers(value: Any, what: str, length: int) -> list[float]:
    _check(isinstance(value, list) and len(value) == length, f"{what} must be a list of {length} numbers")
    return [_number(v, what) for v in value]
