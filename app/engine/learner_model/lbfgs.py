"""A small limited-memory BFGS minimiser in numpy (the engine may not depend on scipy).

The learner model's training objective (L2-regularised logistic loss) is smooth and convex, so a
plain L-BFGS with a backtracking Armijo line search converges reliably in a few hundred steps.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np

Objective = Callable[[np.ndarray], tuple[float, np.ndarray]]


def minimize(
    objective: Objective,
    x0: np.ndarray,
    *,
    max_iter: int = 300,
    memory: int = 10,
    tol: float = 1e-6,
) -> np.ndarray:
    """Minimise ``objective`` (returning value and gradient) from ``x0``; returns the argmin.

    Stops when the gradient's infinity norm falls below ``tol`` times max(1, |f|), when a step
    no longer lowers the objective (or three in a row barely do), or after ``max_iter`` iterations.
    """
    x = np.array(x0, dtype=float)
    f, g = objective(x)
    s_hist: list[np.ndarray] = []
    y_hist: list[np.ndarray] = []
    stalled = 0
    for _ in range(max_iter):
        if np.max(np.abs(g)) <= tol * max(1.0, abs(f)):
            break
        direction = -_two_loop(g, s_hist, y_hist)
        slope = float(g @ direction)
        if slope >= 0.0:  # Not a descent direction (curvature pairs went stale): restart.
            s_hist.clear()
            y_hist.clear()
            direction = -g
            slope = float(g @ direction)
        step = 1.0 if s_hist else min(1.0, 1.0 / max(1e-12, float(np.max(np.abs(g)))))
        accepted = False
        for _ in range(30):
            x_new = x + step * direction
            f_new, g_new = objective(x_new)
            if f_new <= f + 1e-4 * step * slope:
                accepted = True
                break
            step *= 0.5
        if not accepted:
            break
        s = x_new - x
        y = g_new - g
        if float(s @ y) > 1e-12:
            s_hist.append(s)
            y_hist.append(y)
            if len(s_hist) > memory:
                s_hist.pop(0)
                y_hist.pop(0)
        # Several consecutive negligible decreases (not one, which a short line-search step can
        # produce far from the optimum) also end the search.
        stalled = stalled + 1 if abs(f - f_new) <= 1e-10 * max(1.0, abs(f)) else 0
        x, f, g = x_new, f_new, g_new
        if stalled >= 3:
            break
    return x


def _two_loop(g: np.ndarray, s_hist: list[np.ndarray], y_hist: list[np.ndarray]) -> np.ndarray:
    """The L-BFGS two-loop recursion: an approximation of H^-1 g from the stored pairs."""
    q = g.copy()
    alphas = []
    rhos = [1.0 / float(y @ s) for s, y in zip(s_hist, y_hist, strict=True)]
    for s, y, rho in zip(reversed(s_hist), reversed(y_hist), reversed(rhos), strict=True):
        alpha = rho * float(s @ q)
        alphas.append(alpha)
        q -= alpha * y
    if s_hist:
        q *= float(s_hist[-1] @ y_hist[-1]) / float(y_hist[-1] @ y_hist[-1])
    for s, y, rho, alpha in zip(s_hist, y_hist, rhos, reversed(alphas), strict=True):
        beta = rho * float(y @ q)
        q += (alpha - beta) * s
    return q
