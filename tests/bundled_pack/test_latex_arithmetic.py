"""The test helper that reads the pack's LaTeX arithmetic must itself be right, or it proves nothing."""

from __future__ import annotations

from fractions import Fraction

import pytest

from .latex_arithmetic import NotArithmetic, relation_holds, sign_between, value_of


@pytest.mark.parametrize(
    ("latex", "expected"),
    [
        ("3 + 4", Fraction(7)),
        ("12 - 5 - 3", Fraction(4)),
        (r"6 \times 7", Fraction(42)),
        (r"56 \div 8", Fraction(7)),
        (r"2 + 3 \times 4", Fraction(14)),
        (r"\frac{3}{4}", Fraction(3, 4)),
        (r"\frac{1}{2} + \frac{1}{3}", Fraction(5, 6)),
        (r"\frac{ 6 }{ 8 } - \frac{1}{8}", Fraction(5, 8)),
        (r"2\frac{1}{4}", Fraction(9, 4)),
        ("0.5 + 0.25", Fraction(3, 4)),
        ("1 - 0.07", Fraction(93, 100)),
    ],
)
def test_value_of(latex: str, expected: Fraction) -> None:
    assert value_of(latex) == expected


def test_box_is_the_unknown() -> None:
    assert relation_holds(r"7 + \square = 12", Fraction(5))
    assert not relation_holds(r"7 + \square = 12", Fraction(6))
    assert relation_holds(r"\frac{2}{3} = \frac{\square}{12}", Fraction(8))
    assert relation_holds(r"\frac{3}{4} = \frac{9}{\square}", Fraction(12))


def test_relations_and_signs() -> None:
    assert relation_holds("45 > 38")
    assert not relation_holds("38 > 45")
    assert relation_holds(r"\frac{1}{2} = \frac{3}{6}")
    assert sign_between(Fraction(1), Fraction(2)) == "<"
    assert sign_between(Fraction(2), Fraction(2)) == "="


@pytest.mark.parametrize("latex", ["3 + ", r"\frac{1}{0}", "x + 1", r"\square + 1"])
def test_rejects_what_it_cannot_read(latex: str) -> None:
    with pytest.raises(NotArithmetic):
        value_of(latex)
