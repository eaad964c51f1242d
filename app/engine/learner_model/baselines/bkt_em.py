"""BKT baseline: standard per-skill Bayesian knowledge tracing (4 parameters per skill) fitted by EM.

Every (learner, skill) sequence is one hidden Markov chain (unknown -> known with p_learn, no
forgetting). Baum-Welch runs on all sequences of all skills at once: sequences are sorted by
length so that at step t the still-running ones are a prefix, and each forward/backward step is a
handful of numpy operations over that prefix.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

# Start values and bounds (slip and guess are capped, the usual guard against degenerate fits
# in which "known" comes to mean "answers wrongly").
_START = {"p_init": 0.4, "p_learn": 0.1, "p_slip": 0.1, "p_guess": 0.2}
_MAX_GUESS_SLIP = 0.3
_EPS = 1e-4


@dataclass(frozen=True, eq=False)
class BKTModel:
    """Per-skill probabilities; skills beyond their length use the defaults in ``_START``."""

    p_init: np.ndarray
    p_learn: np.ndarray
    p_slip: np.ndarray
    p_guess: np.ndarray

    def skill(self, skill: int) -> tuple[float, float, float, float]:
        """(init, learn, slip, guess) for ``skill``."""
        if skill < len(self.p_init):
            return (
                float(self.p_init[skill]),
                float(self.p_learn[skill]),
                float(self.p_slip[skill]),
                float(self.p_guess[skill]),
            )
        return _START["p_init"], _START["p_learn"], _START["p_slip"], _START["p_guess"]


def _sequences(
    users: np.ndarray, skills: np.ndarray, correct: np.ndarray
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Padded observations (sequences x steps, longest first), lengths, and each sequence's skill."""
    groups: dict[tuple[int, int], list[int]] = {}
    for key, answer in zip(
        zip(np.asarray(users).tolist(), np.asarray(skills).tolist(), strict=True),
        np.asarray(correct).tolist(),
        strict=True,
    ):
        groups.setdefault(key, []).append(answer)
    keys = sorted(groups, key=lambda k: -len(groups[k]))
    lengths = np.array([len(groups[k]) for k in keys], dtype=np.int64)
    obs = np.zeros((len(keys), int(lengths[0]) if len(keys) else 0))
    for row, key in enumerate(keys):
        obs[row, : lengths[row]] = groups[key]
    return obs, lengths, np.array([k[1] for k in keys], dtype=np.int64)


def fit(
    users: np.ndarray, skills: np.ndarray, correct: np.ndarray, n_skills: int, iterations: int = 25
) -> BKTModel:
    """Baum-Welch on all skills' sequences at once."""
    obs, lengths, seq_skill = _sequences(users, skills, correct)
    n_seq, steps = obs.shape
    active = np.array([int(np.sum(lengths > t)) for t in range(steps)])
    init = np.full(n_skills, _START["p_init"])
    learn = np.full(n_skills, _START["p_learn"])
    slip = np.full(n_skills, _START["p_slip"])
    guess = np.full(n_skills, _START["p_guess"])
    for _ in range(iterations):
        pi, pl, ps, pg = init[seq_skill], learn[seq_skill], slip[seq_skill], guess[seq_skill]
        # Emission probabilities of each observation under "known" and "unknown".
        e_known = np.where(obs == 1, 1.0 - ps[:, None], ps[:, None])
        e_unknown = np.where(obs == 1, pg[:, None], 1.0 - pg[:, None])
        alpha = np.zeros((n_seq, steps))  # scaled P(known | obs up to t)
        scale = np.ones((n_seq, steps))
        prior_known = pi.copy()
        for t in range(steps):
            m = active[t]
            k = prior_known[:m] * e_known[:m, t]
            u = (1.0 - prior_known[:m]) * e_unknown[:m, t]
            total = k + u
            scale[:m, t] = total
            alpha[:m, t] = k / total
            prior_known[:m] = alpha[:m, t] + (1.0 - alpha[:m, t]) * pl[:m]
        # Backward pass, scaled by the same normalisers.
        beta_k = np.ones((n_seq, steps))
        beta_u = np.ones((n_seq, steps))
        for t in range(steps - 2, -1, -1):
            m = active[t + 1]
            nk = e_known[:m, t + 1] * beta_k[:m, t + 1] / scale[:m, t + 1]
            nu = e_unknown[:m, t + 1] * beta_u[:m, t + 1] / scale[:m, t + 1]
            beta_k[:m, t] = nk
            beta_u[:m, t] = pl[:m] * nk + (1.0 - pl[:m]) * nu
        valid = np.arange(steps)[None, :] < lengths[:, None]
        g_known = alpha * beta_k
        g_unknown = (1.0 - alpha) * beta_u
        norm = g_known + g_unknown
        g_known = np.where(valid, g_known / np.where(norm > 0, norm, 1.0), 0.0)
        g_unknown = np.where(valid, 1.0 - g_known, 0.0)
        # Expected unknown -> known transitions between t and t+1.
        xi = np.zeros((n_seq, steps))
        nk_next = np.zeros((n_seq, steps))
        nk_next[:, :-1] = e_known[:, 1:] * beta_k[:, 1:] / scale[:, 1:]
        xi[:, :-1] = (1.0 - alpha[:, :-1]) * pl[:, None] * nk_next[:, :-1]
        has_next = np.arange(steps)[None, :] < (lengths[:, None] - 1)
        xi = np.where(has_next, xi, 0.0)

        def per_skill(values: np.ndarray) -> np.ndarray:
            return np.bincount(seq_skill, weights=values, minlength=n_skills)

        count = np.bincount(seq_skill, minlength=n_skills)
        seen = count > 0
        init = np.where(seen, per_skill(g_known[:, 0]) / np.maximum(count, 1), init)
        unknown_before = per_skill(np.where(has_next, g_unknown, 0.0).sum(axis=1))
        learn = np.where(
            unknown_before > 0, per_skill(xi.sum(axis=1)) / np.maximum(unknown_before, 1e-12), learn
        )
        known_mass = per_skill(g_known.sum(axis=1))
        unknown_mass = per_skill(g_unknown.sum(axis=1))
        slip = np.where(
            known_mass > 0,
            per_skill((g_known * (1.0 - obs) * valid).sum(axis=1)) / np.maximum(known_mass, 1e-12),
            slip,
        )
        guess = np.where(
            unknown_mass > 0,
            per_skill((g_unknown * obs * valid).sum(axis=1)) / np.maximum(unknown_mass, 1e-12),
            guess,
        )
        init = np.clip(init, _EPS, 1.0 - _EPS)
        learn = np.clip(learn, _EPS, 1.0 - _EPS)
        slip = np.clip(slip, _EPS, _MAX_GUESS_SLIP)
        guess = np.clip(guess, _EPS, _MAX_GUESS_SLIP)
    return BKTModel(init, learn, slip, guess)


def predict_in_order(
    model: BKTModel, users: np.ndarray, skills: np.ndarray, correct: np.ndarray
) -> np.ndarray:
    """P(correct) of every answer from the same learner's earlier answers on that skill."""
    belief: dict[tuple[int, int], float] = {}
    out = np.empty(len(users))
    for row, (user, skill, answer) in enumerate(
        zip(
            np.asarray(users).tolist(), np.asarray(skills).tolist(), np.asarray(correct).tolist(), strict=True
        )
    ):
        init, learn, slip, guess = model.skill(skill)
        known = belief.get((user, skill), init)
        p = known * (1.0 - slip) + (1.0 - known) * guess
        out[row] = p
        posterior = known * (slip if answer == 0 else 1.0 - slip) / (p if answer == 1 else 1.0 - p)
        belief[(user, skill)] = posterior + (1.0 - posterior) * learn
    return out
