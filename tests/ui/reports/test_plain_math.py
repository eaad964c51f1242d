"""Prompts in report tables: LaTeX between dollars becomes plain symbols."""

from __future__ import annotations

import pytest

from app.ui.reports.plain_math import plain_text


@pytest.mark.parametrize(
    ("latex", "plain"),
    [
        ("What is $49 + 63$?", "What is 49 + 63?"),
        (r"What is $\frac{3}{4}$ of 12?", "What is 3/4 of 12?"),
        (r"$34 - \square = 12$", "34 - □ = 12"),
        (r"$6 \times 7$ and $42 \div 6$", "6 × 7 and 42 ÷ 6"),
        (r"$\frac{\frac{1}{2}}{3}$", "1/2/3"),
        (r"$x^2 \leq 10^{3}$", "x² ≤ 10³"),
        ("No maths here, 10 $ left", "No maths here, 10 $ left"),
        ("", ""),
    ],
)
def test_plain_text(latex: str, plain: str) -> None:
    assert plain_text(latex) == plain
