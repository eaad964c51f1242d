"""Test helper: the right (or a wrong but readable) response for the item a session shows."""

from __future__ import annotations

from app.content_packs.answer_check import check_answer
from app.content_packs.rendered import RenderedItem
from app.services.practice import PracticeService


def shown_item(practice: PracticeService, session_id: str) -> RenderedItem:
    """The rendered item on screen (the service deliberately never hands answers to the UI)."""
    shown = practice._session(session_id).shown  # noqa: SLF001 - tests peek at the answer key
    assert shown is not None
    return shown.rendered


def _first_with_status(rendered: RenderedItem, candidates: list[str], status: str) -> str:
    for candidate in candidates:
        if check_answer(rendered, candidate).status == status:
            return candidate
    raise AssertionError(f"no {status} response found for {rendered.item_id}: tried {candidates}")


def right_response(rendered: RenderedItem) -> str:
    """A response the pack's own checker accepts as correct."""
    key = rendered.answer
    candidates = [",".join(str(i) for i in key.correct)] if key.correct else []
    if key.value is not None:
        candidates += [str(key.value), f"{float(key.value):.6f}".rstrip("0").rstrip(".")]
    candidates += list(key.accepted) + [rendered.correct_display.replace("$", "").strip()]
    return _first_with_status(rendered, candidates, "correct")


def wrong_response(rendered: RenderedItem) -> str:
    """A readable response the pack's own checker marks incorrect."""
    key = rendered.answer
    candidates = [str(i) for i in range(key.choice_count) if i not in key.correct]
    if key.value is not None:
        candidates += [str(key.value + 1), str(key.value + 7)]
    candidates += ["987654", "zzzz"]
    return _first_with_status(rendered, candidates, "incorrect")
