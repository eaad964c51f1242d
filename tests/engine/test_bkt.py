"""Bayesian knowledge tracing maths against values worked out by hand."""

from __future__ import annotations

import numpy as np
import pytest

from app.engine.bkt import BKTParams, posterior, predict_correct, transition, update

DEFAULT = BKTParams.default()  # init 0.2, learn 0.15, slip 0.1, guess 0.2, forget 0


def test_defaults_are_the_contracted_values() -> None:
    assert DEFAULT == BKTParams(p_init=0.2, p_learn=0.15, p_slip=0.1, p_guess=0.2, p_forget=0.0)


def test_predict_correct_by_hand() -> None:
    # 0.5 * 0.9 + 0.5 * 0.2
    assert predict_correct(DEFAULT, 0.5) == pytest.approx(0.55)
    assert predict_correct(DEFAULT, 0.0) == pytest.approx(DEFAULT.p_guess)
    assert predict_correct(DEFAULT, 1.0) == pytest.approx(1.0 - DEFAULT.p_slip)


def test_posterior_after_correct_by_hand() -> None:
    # 0.2*0.9 / (0.2*0.9 + 0.8*0.2) = 0.18 / 0.34 = 9/17
    assert posterior(DEFAULT, 0.2, True) == pytest.approx(9 / 17)


def test_posterior_after_wrong_by_hand() -> None:
    # 0.2*0.1 / (0.2*0.1 + 0.8*0.8) = 0.02 / 0.66 = 1/33
    assert posterior(DEFAULT, 0.2, False) == pytest.approx(1 / 33)


def test_update_adds_learning_after_bayes() -> None:
    # 9/17 + (8/17) * 0.15 = 10.2 / 17 = 0.6
    assert update(DEFAULT, 0.2, True) == pytest.approx(0.6)
    # 1/33 + (32/33) * 0.15 = 5.8 / 33
    assert update(DEFAULT, 0.2, False) == pytest.approx(5.8 / 33)


def test_update_with_forgetting_by_hand() -> None:
    params = BKTParams(p_forget=0.1)
    # posterior(0.5, correct) = 0.45 / 0.55 = 9/11; then 9/11 * 0.9 + 2/11 * 0.15 = 8.4 / 11
    assert update(params, 0.5, True) == pytest.approx(8.4 / 11)
    assert transition(params, 1.0) == pytest.approx(0.9)
    assert transition(params, 0.0) == pytest.approx(0.15)


@pytest.mark.parametrize("p", [0.01, 0.2, 0.5, 0.8, 0.99])
def test_correct_raises_and_wrong_lowers_the_posterior(p: float) -> None:
    assert posterior(DEFAULT, p, True) > p
    assert posterior(DEFAULT, p, False) < p
    assert update(DEFAULT, p, True) > update(DEFAULT, p, False)
    # Without forgetting, a correct answer never lowers the belief.
    assert update(DEFAULT, p, True) >= p


def test_update_is_monotone_in_the_prior() -> None:
    priors = np.linspace(0.0, 1.0, 101)
    for correct in (True, False):
        after = update(DEFAULT, priors, correct)
        assert np.all(np.diff(after) > 0)
        assert np.all((after >= 0.0) & (after <= 1.0))


def test_vectorised_matches_scalar() -> None:
    priors = np.array([0.05, 0.2, 0.5, 0.9])
    outcomes = np.array([True, False, True, False])
    vector = update(DEFAULT, priors, outcomes)
    scalar = [update(DEFAULT, float(p), bool(c)) for p, c in zip(priors, outcomes, strict=True)]
    np.testing.assert_allclose(vector, scalar)
    np.testing.assert_allclose(
        predict_correct(DEFAULT, priors), [predict_correct(DEFAULT, float(p)) for p in priors]
    )
    np.testing.assert_allclose(
        update(DEFAULT, priors, True), [update(DEFAULT, float(p), True) for p in priors]
    )


def test_scalar_in_gives_python_float_out() -> None:
    assert isinstance(update(DEFAULT, 0.3, True), float)


def test_impossible_observation_keeps_the_belief() -> None:
    params = BKTParams(p_init=0.0, p_learn=0.0, p_guess=0.0)
    assert posterior(params, 0.0, True) == 0.0
    np.testing.assert_array_equal(posterior(params, np.array([0.0, 0.5]), True), [0.0, 1.0])


@pytest.mark.parametrize(
    "kwargs", [{"p_init": -0.1}, {"p_learn": 1.5}, {"p_slip": 0.5, "p_guess": 0.5}, {"p_forget": 2.0}]
)
def test_invalid_parameters_are_rejected(kwargs: dict[str, float]) -> None:
    with pytest.raises(ValueError):
        BKTParams(**kwargs)


def test_from_dict_round_trip_and_unknown_keys() -> None:
    params = BKTParams(p_init=0.3, p_learn=0.1, p_slip=0.05, p_guess=0.25, p_forget=0.01)
    assert BKTParams.from_dict(params.to_dict()) == params
    assert BKTParams.from_dict(None) == DEFAULT
    assert BKTParams.from_dict({"p_learn": 0.3}).p_learn == 0.3
    with pytest.raises(ValueError, match="p_lern"):
        BKTParams.from_dict({"p_lern": 0.3})
