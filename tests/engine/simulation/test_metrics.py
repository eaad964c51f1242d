"""The five figures on hand-made trajectories."""

from __future__ import annotations

import pytest

from app.engine.simulation.metrics import (
    Trajectory,
    false_mastery_rate,
    figures,
    mastery_after_budget,
    median_steps_to_mastery,
    over_practice,
    retention,
)


def _three() -> list[Trajectory]:
    return [
        Trajectory(
            budget=100,
            steps_to_mastery=40,
            declarations=[True, True, False],
            useless_steps=10,
            steps=100,
            known_share_at_budget=1.0,
            retention=0.8,
        ),
        Trajectory(
            budget=100,
            steps_to_mastery=60,
            declarations=[True],
            useless_steps=30,
            steps=100,
            known_share_at_budget=0.5,
            retention=0.6,
        ),
        Trajectory(
            budget=100,
            steps_to_mastery=None,
            declarations=[],
            useless_steps=0,
            steps=100,
            known_share_at_budget=0.0,
            retention=0.1,
        ),
    ]


def test_median_counts_capped_learners_at_the_cap_and_reports_them() -> None:
    assert median_steps_to_mastery(_three()) == (60.0, 1)
    two = _three()[:2]
    assert median_steps_to_mastery(two) == (50.0, 0)


def test_false_mastery_is_pooled_over_declarations() -> None:
    assert false_mastery_rate(_three()) == pytest.approx(1 / 4)
    assert false_mastery_rate([Trajectory(budget=5)]) == 0.0


def test_over_practice_is_pooled_over_steps() -> None:
    assert over_practice(_three()) == pytest.approx(40 / 300)


def test_mastery_after_budget_and_retention_are_means_over_learners() -> None:
    assert mastery_after_budget(_three()) == pytest.approx(0.5)
    assert retention(_three()) == pytest.approx(0.5)


def test_figures_and_their_json_form() -> None:
    fig = figures(_three())
    assert fig.to_dict() == {
        "median_steps_to_mastery": 60.0,
        "capped_learners": 1,
        "mastery_after_budget": 0.5,
        "false_mastery_rate": 0.25,
        "over_practice": 0.1333,
        "retention": 0.5,
    }
