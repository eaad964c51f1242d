"""Mastery decisions: calibrated probability with minimum evidence, and the pack rules."""

from __future__ import annotations

import pytest

from app.engine.mastery import MasteryRule, is_mastered


def test_default_rule_is_probability_095_after_three_attempts() -> None:
    rule = MasteryRule.default()
    assert (rule.kind, rule.threshold, rule.min_attempts) == ("probability", 0.95, 3)
    assert MasteryRule.from_dict(None) == rule
    assert MasteryRule.from_dict({}) == rule


def test_probability_rule_needs_threshold_and_evidence() -> None:
    rule = MasteryRule.default()
    assert is_mastered(rule, 0.96, 3, [True, True, True])
    assert not is_mastered(rule, 0.94, 10, [True] * 10)
    # A high belief from too little evidence is not mastery.
    assert not is_mastered(rule, 0.99, 2, [True, True])
    assert is_mastered(rule, 0.95, 3, [False, True, True])


def test_probability_rule_with_custom_threshold() -> None:
    rule = MasteryRule.from_dict({"kind": "probability", "threshold": 0.9, "min_attempts": 5})
    assert not is_mastered(rule, 0.92, 4, [True] * 4)
    assert is_mastered(rule, 0.92, 5, [True] * 5)


def test_m_of_n_counts_only_the_last_n() -> None:
    rule = MasteryRule.from_dict({"kind": "m_of_n", "m": 4, "n": 5})
    assert is_mastered(rule, 0.1, 5, [True, True, False, True, True])
    assert not is_mastered(rule, 0.99, 5, [True, False, False, True, True])
    # Old successes outside the window do not count.
    assert not is_mastered(rule, 0.99, 8, [True, True, True, True, False, False, True, True])
    assert is_mastered(rule, 0.0, 4, [True, True, True, True])


def test_n_in_a_row_needs_n_consecutive_latest() -> None:
    rule = MasteryRule.from_dict({"kind": "n_in_a_row", "n": 3})
    assert is_mastered(rule, 0.0, 3, [True, True, True])
    assert is_mastered(rule, 0.0, 5, [False, False, True, True, True])
    assert not is_mastered(rule, 1.0, 4, [True, True, True, False])
    assert not is_mastered(rule, 1.0, 2, [True, True])


def test_to_dict_round_trips() -> None:
    for data in ({"kind": "m_of_n", "m": 3, "n": 4}, {"kind": "n_in_a_row", "n": 5}):
        assert MasteryRule.from_dict(data).to_dict() == data
    rule = MasteryRule(threshold=0.9, min_attempts=4)
    assert MasteryRule.from_dict(rule.to_dict()) == rule


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"kind": "streak", "n": 3}, "Unknown mastery rule kind"),
        ({"kind": "m_of_n", "m": 4}, "needs the field 'n'"),
        ({"kind": "m_of_n", "m": 6, "n": 5}, "m <= n"),
        ({"kind": "n_in_a_row", "n": 0}, "1 <= n"),
        ({"kind": "n_in_a_row", "n": 2.5}, "whole number"),
        ({"kind": "n_in_a_row", "n": "five"}, "must be a number"),
        ({"kind": "n_in_a_row", "n": True}, "must be a number"),
        ({"kind": "probability", "threshold": 1.5}, "threshold"),
        ({"kind": "n_in_a_row", "n": 3, "m": 1, "colour": "red"}, "colour"),
    ],
)
def test_bad_rules_are_rejected_with_a_clear_message(data: dict[str, object], message: str) -> None:
    with pytest.raises(ValueError, match=message):
        MasteryRule.from_dict(data)


def test_known_from_correct_inverts_guess_and_slip() -> None:
    from app.engine.mastery import known_from_correct

    # P(correct) = P(known)(1 - slip) + (1 - P(known)) guess, solved by hand for guess 0.2, slip 0.1:
    assert known_from_correct(0.865, 0.2, 0.1) == pytest.approx(0.95)
    assert known_from_correct(0.55, 0.2, 0.1) == pytest.approx(0.5)
    assert known_from_correct(0.1, 0.2, 0.1) == 0.0  # below chance: clipped, not negative
    assert known_from_correct(0.99, 0.2, 0.1) == 1.0
    with pytest.raises(ValueError, match="guess"):
        known_from_correct(0.5, 0.6, 0.5)
