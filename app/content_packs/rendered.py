"""A rendered item — what a learner sees for one seed — and the key its answers are checked against."""

from __future__ import annotations

from dataclasses import dataclass
from fractions import Fraction


@dataclass(frozen=True)
class AnswerKey:
    """What counts as right for one rendered item.

    numeric: ``value`` (exact), ``tolerance`` (absolute, exact) and ``answer_form``.
    choices: ``correct`` — indices into the *shown* (shuffled) choices, sorted.
    short_text: ``accepted`` — normalised texts (see ``answer_check.normalize_text``).
    expression: ``accepted`` — the rendered answer expression; ``variables`` — the letters a learner may use.
    """

    type: str
    value: Fraction | None = None
    tolerance: Fraction = Fraction(0)
    answer_form: str = "any"
    correct: tuple[int, ...] = ()
    accepted: tuple[str, ...] = ()
    choice_count: int = 0
    variables: tuple[str, ...] = ()


@dataclass(frozen=True)
class RenderedItem:
    """An item with its parameters drawn for ``seed``: every text final, choices in shown order."""

    item_id: str
    skill_id: str
    type: str
    seed: int
    prompt: str
    choices: tuple[str, ...]
    hints: tuple[str, ...]
    solution: str
    answer: AnswerKey
    correct_display: str
    media: tuple[str, ...] = ()
    params: tuple[tuple[str, str], ...] = ()
