"""A whole run: same learners for every policy, determinism, errors, the table, and Sabil's lead."""

from __future__ import annotations

import json

import pytest

from app.engine.simulation import POLICIES, format_table, run_simulation
from app.engine.simulation.run import STEPS_PER_SESSION, step_time

DAY = 86_400.0


def test_time_advances_per_step_and_per_session_with_weekends() -> None:
    assert step_time(0) == 0.0
    assert step_time(1) == 30.0
    assert step_time(STEPS_PER_SESSION) == DAY
    assert step_time(5 * STEPS_PER_SESSION) == 7 * DAY  # five daily sessions, then a weekend


def test_deterministic_per_seed() -> None:
    a = run_simulation(3, 4, "tree", 7, budget=60)
    b = run_simulation(3, 4, "tree", 7, budget=60)
    c = run_simulation(3, 4, "tree", 8, budget=60)
    assert a.to_dict() == b.to_dict()
    assert a.to_dict() != c.to_dict()
    assert list(a.figures) == list(POLICIES)


def test_policies_meet_the_same_learners() -> None:
    # The same learner alone or among others gets the same figures: learners are seeded by index.
    alone = run_simulation(2, 4, "chain", 3, budget=50, policies=["fixed_order"])
    again = run_simulation(2, 4, "chain", 3, budget=50, policies=["random", "fixed_order"])
    assert alone.figures["fixed_order"] == again.figures["fixed_order"]


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"graph": "ring"}, "Unknown graph"),
        ({"learners": 0}, "learners must be"),
        ({"skills": -2}, "skills must be"),
        ({"seed": -1}, "seed must be"),
        ({"budget": 0}, "budget must be"),
        ({"policies": ["sabil", "greedy"]}, "Unknown policy 'greedy'"),
    ],
)
def test_bad_input_is_one_line_value_error(kwargs: dict, message: str) -> None:
    args = {"learners": 2, "skills": 3, "graph": "chain", "seed": 1} | kwargs
    policies = args.pop("policies", None)
    budget = args.pop("budget", None)
    with pytest.raises(ValueError, match=message) as caught:
        run_simulation(**args, budget=budget, policies=policies)
    assert "\n" not in str(caught.value)


def test_table_lists_every_policy_and_json_round_trips() -> None:
    result = run_simulation(2, 3, "layered", 1, budget=40)
    table = format_table(result)
    for name in POLICIES:
        assert name in table
    assert "steps to mastery" in table and "retention" in table
    figures = json.loads(result.to_json())
    assert set(figures) == set(POLICIES)
    assert set(figures["sabil"]) >= {
        "median_steps_to_mastery",
        "mastery_after_budget",
        "false_mastery_rate",
        "over_practice",
        "retention",
    }


def test_sabil_reaches_mastery_in_fewer_steps_than_fixed_order() -> None:
    result = run_simulation(16, 6, "chain", 11, policies=["sabil", "fixed_order"])
    sabil, fixed = result.figures["sabil"], result.figures["fixed_order"]
    assert sabil.median_steps_to_mastery < 0.9 * fixed.median_steps_to_mastery
    assert sabil.false_mastery_rate <= 0.05
    assert sabil.retention >= fixed.retention
