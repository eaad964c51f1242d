"""What a learner saw and answered, as text a teacher can read.

Attempt events keep the template seed, so the item is re-rendered exactly as it was shown: the
prompt with its numbers, and for choice items the shuffled order, which turns a stored answer like
``"2"`` (the third choice shown) back into the choice's text.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from app.content_packs.rendered import RenderedItem
from app.content_packs.templates import render_item
from app.services.pack_runtime import PackRuntime

CHOICE_TYPES = ("single_choice", "multiple_choice")
CHOICE_JOINER = " + "  # a multiple-choice answer naming several choices


@dataclass
class ShownItems:
    """Renders items of one pack by (item id, seed), each once per report."""

    runtime: PackRuntime
    _cache: dict[tuple[str, int], RenderedItem | None] = field(default_factory=dict)

    def rendered(self, item_id: str, seed: int) -> RenderedItem | None:
        """The item as shown with ``seed``; None for an item no longer in the pack."""
        key = (item_id, int(seed))
        if key not in self._cache:
            index = self.runtime.item_index.get(item_id)
            self._cache[key] = None if index is None else render_item(self.runtime.item(index), int(seed))
        return self._cache[key]

    def templated(self, item_id: str) -> bool:
        """Whether the item draws random parameters (its prompt differs between learners)."""
        index = self.runtime.item_index.get(item_id)
        return index is not None and bool(self.runtime.item(index).params)


def response_text(rendered: RenderedItem | None, response: str) -> str:
    """The learner's answer as text: choice indices become the texts of the choices shown."""
    text = response.strip()
    if rendered is None or rendered.type not in CHOICE_TYPES:
        return text
    picked = []
    for part in text.split(","):
        part = part.strip()
        if part.isdigit() and int(part) < len(rendered.choices):
            picked.append(rendered.choices[int(part)])
        elif part:
            picked.append(part)
    return CHOICE_JOINER.join(picked)


def correct_text(rendered: RenderedItem | None) -> str:
    """The right answer as the feedback showed it."""
    return "" if rendered is None else rendered.correct_display
