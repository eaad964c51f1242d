"""Test helper: the right (or a wrong but readable) response for the item a session shows."""

from __future__ import annotations

from app.content_packs.rendered import RenderedItem
from app.services.practice import PracticeService


def shown_item(practice: PracticeService, session_id: str) -> RenderedItem:
    """The rendered item on screen (the service deliberately never hands answers to the UI)."""
    shown = practice._session(session_id).shown  # noqa: SLF001 - tests peek at the answer key
    assert shown is not None
    return shown.rendered


def right_response(rendered: RenderedItem) -> str:
    """A response the checker accepts as correct."""
    if rendered.type in ("single_choice", "multiple_choice"):
        return ",".join(str(i) for i in rendered.answer.correct)
    return rendered.correct_display


def wrong_response(rendered: RenderedItem) -> str:
    """A readable response that is not correct."""
    if rendered.type in ("single_choice", "multiple_choice"):
        wrong = [i for i in range(len(rendered.choices)) if i not in rendered.answer.correct]
        return str(wrong[0])
    if rendered.type == "numeric":
        return "987654"
    return "zzzz"
