"""Parameters survive a JSON round trip; malformed parameters are rejected with ValueError."""

import copy
import json

import numpy as np
import pytest

from app.engine.learner_model.params import LearnerModelParams


def test_json_round_trip_is_exact(small_params: LearnerModelParams) -> None:
    data = json.loads(json.dumps(small_params.to_dict()))
    again = LearnerModelParams.from_dict(data)
    assert again.skill_ids == small_params.skill_ids and again.item_ids == small_params.item_ids
    for name in ("item_skill", "weights", "skill_bias", "skill_weights", "item_bias", "item_prior"):
        np.testing.assert_array_equal(getattr(again, name), getattr(small_params, name))
    assert again.intercept == small_params.intercept
    assert (again.skill_decay, again.fast_decay, again.total_decay) == (
        small_params.skill_decay,
        small_params.fast_decay,
        small_params.total_decay,
    )


def _mutations() -> list[tuple[str, object]]:
    def drop(key: str):
        return lambda d: d.pop(key)

    def setter(path: tuple, value: object):
        def apply(d: dict) -> None:
            target = d
            for key in path[:-1]:
                target = target[key]
            target[path[-1]] = value

        return apply

    return [
        ("missing weights", drop("weights")),
        ("unknown key", setter(("surprise",), 1)),
        ("wrong format", setter(("format",), "something-else")),
        ("future version", setter(("version",), 99)),
        ("other features", setter(("dense_features",), ["skill_attempts"])),
        ("short weights", setter(("weights",), [0.0])),
        ("text weight", setter(("intercept",), "1.0")),
        ("boolean weight", setter(("intercept",), True)),
        ("infinite bias", setter(("skills", "s0", "bias"), float("inf"))),
        ("item of unknown skill", setter(("items", "a", "skill"), "nope")),
        ("item missing prior", lambda d: d["items"]["a"].pop("prior")),
        ("decay out of range", setter(("decays", "skill"), 1.5)),
        ("skills not an object", setter(("skills",), [])),
    ]


@pytest.mark.parametrize(("label", "mutate"), _mutations(), ids=[m[0] for m in _mutations()])
def test_malformed_params_are_rejected(small_params: LearnerModelParams, label: str, mutate) -> None:
    data = copy.deepcopy(small_params.to_dict())
    mutate(data)
    with pytest.raises(ValueError, match="learner model"):
        LearnerModelParams.from_dict(data)


def test_not_an_object_is_rejected() -> None:
    with pytest.raises(ValueError):
        LearnerModelParams.from_dict([])  # type: ignore[arg-type]


def test_inconsistent_arrays_are_rejected(small_params: LearnerModelParams) -> None:
    with pytest.raises(ValueError, match="item_skill"):
        LearnerModelParams.default(["s"], ["a", "b"], [0, 3])
    with pytest.raises(ValueError, match="unique"):
        LearnerModelParams.default(["s", "s"], ["a"], [0])
