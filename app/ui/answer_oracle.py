"""Right and wrong answers for the item on screen, for the smoke test and the screenshot tour.

The learner never sees this: it lets automated runs drive the practice page like a child would,
typing an answer that the pack's own checker accepts (or rejects) rather than a guess.
"""

from __future__ import annotations

from fractions import Fraction

from app.content_packs.answer_check import check_answer
from app.content_packs.rendered import RenderedItem


def shown_item(services: object, session_id: str) -> RenderedItem:
    """The rendered item (with its answer key) that the practice service has on screen for a session."""
    # PracticeService keeps the shown rendering in its session; there is no public accessor because
    # nothing but automated runs should ever look at the key before answering.
    practice_session = services.practice._session(session_id)  # noqa: SLF001
    if practice_session.shown is None:
        raise LookupError("no item on screen")
    return practice_session.shown.rendered


def _decimal(value: Fraction) -> str:
    text = f"{float(value):.6f}".rstrip("0").rstrip(".")
    return text or "0"


def right_response(rendered: RenderedItem) -> str:
    """A response the pack's checker marks correct."""
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
    for candidate in candidates:
        if check_answer(rendered, candidate).status == "correct":
            return candidate
    raise LookupError(f"no correct response found for item {rendered.item_id}")


def wrong_response(rendered: RenderedItem) -> str:
    """A readable response the pack's checker marks incorrect."""
    key = rendered.answer
    candidates: list[str] = []
    if key.type in ("single_choice", "multiple_choice"):
        candidates += [str(i) for i in range(key.choice_count) if i not in key.correct]
        candidates.append(",".join(str(i) for i in range(key.choice_count)))
    elif key.type == "numeric" and key.value is not None:
        candidates += [str(key.value + 1), str(key.value + 7), str(key.value * 3 + 2)]
    else:
        candidates += ["banana", "zzz"]
    for candidate in candidates:
        if check_answer(rendered, candidate).status == "incorrect":
            return candidate
    raise LookupError(f"no wrong response found for item {rendered.item_id}")
