"""The numpy L-BFGS finds the minimum of smooth convex functions."""

import numpy as np

from app.engine.learner_model.lbfgs import minimize


def test_minimises_an_ill_conditioned_quadratic() -> None:
    scales = np.array([1.0, 10.0, 100.0, 1000.0])
    target = np.array([1.0, -2.0, 3.0, -4.0])

    def objective(x: np.ndarray) -> tuple[float, np.ndarray]:
        d = x - target
        return 0.5 * float(scales @ (d * d)), scales * d

    x = minimize(objective, np.zeros(4), max_iter=200, tol=1e-10)
    np.testing.assert_allclose(x, target, atol=1e-4)


def test_minimises_a_logistic_loss() -> None:
    rng = np.random.default_rng(3)
    features = rng.normal(size=(2000, 3))
    true = np.array([1.0, -0.5, 2.0])
    y = (rng.random(2000) < 1 / (1 + np.exp(-features @ true))).astype(float)

    def objective(w: np.ndarray) -> tuple[float, np.ndarray]:
        z = features @ w
        r = 1 / (1 + np.exp(-z)) - y
        return float(np.sum(np.logaddexp(0, z) - y * z)), features.T @ r

    w = minimize(objective, np.zeros(3), tol=1e-9)
    np.testing.assert_allclose(w, true, atol=0.25)
