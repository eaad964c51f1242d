"""Responses that a rendered item's own checker marks right (or readably wrong).

For automated runs that must answer like a child who knows (or doesn't know) the answer: the smoke
test, the screenshot tour, benchmarks and tests. Deriving them through ``check_answer`` keeps them
honest: a response is returned only if the real checker gives it the wanted status.
"""

from __future__ import annotations

from fractions import Fraction

from app.content_packs.answer_check import check_answer
from app.content_packs.rendered import RenderedItem


def _decimal(value: Fraction) -> str:
    text = f"{float(value):.6f}".rstrip("0").rstrip(".")
    return text or "0"


def _first_with_status(rendered: RenderedItem, candidates: list[str], status: str) -> str:
    for candidate in candidates:
        if check_answer(rendered, candidate).status == status:
            return candidate
    raise LookupError(f"no {status} response found for item {rendered.item_id}: tried {candidates}")


def right_response(rendered: RenderedItem) -> str:
    """A response the item's checker marks correct."""
    key = rendered.answer
    candidates: list[str] = []
    if key.type in ("single_choice", "multiple_choice"):
        candidates.append(",".join(str(i) for i in key.correct))
    elif key.type == "numeric" and key.value is not None:
        candidates += [str(key.value), _decimal(key.value)]
        if key.value.denominator != 1 and abs(key.value) > 1:
            whole = int(key.value)
            rest = abs(key.value - whole)
            candidates.append(f"{whole} {rest.numerator}/{rest.denominator}")
    else:
        candidates += list(key.accepted)
    candidates.append(rendered.correct_display.replace("$", "").strip())
    return _first_with_status(rendered, candidates, "correct")


def wrong_response(rendered: RenderedItem) -> str:
    """A readable response the item's checker marks incorrect."""
    key = rendered.answer
    candidates: list[str] = []
    if key.type in ("single_choice", "multiple_choice"):
        candidates += [str(i) for i in range(key.choice_count) if i not in key.correct]
        candidates.append(",".join(str(i) for i in range(key.choice_count)))
    elif key.type == "numeric" and key.value is not None:
        candidates += [str(key.value + 1), str(key.value + 7), str(key.value * 3 + 2)]
    else:
        candidates += ["banana", "zzz", "987654"]
    return _first_with_status(rendered, candidates, "incorrect")
