"""The answers a simulated learner types, for the demo class: right ones, and wrong ones shaped
like real mistakes, each confirmed by the item's own checker.

Real classes give the same few wrong answers again and again (a favourite distractor, an answer off
by one, a place-value slip), which is what the "difficult items" report must surface. Wrong answers
are therefore drawn from a short list ordered from most to least common, not uniformly.
"""

from __future__ import annotations

import zlib
from dataclasses import dataclass, field

import numpy as np

from app.content_packs.answer_check import check_answer
from app.content_packs.answer_oracle import right_response, wrong_response
from app.content_packs.rendered import RenderedItem
from app.content_packs.templates import render_item
from app.services.pack_runtime import PackRuntime

SEEDS_PER_ITEM = 3  # template seeds per item: few enough to cache renders, enough to vary the numbers
# How often the 1st, 2nd, 3rd ... most common wrong answer is given (renormalised to what exists).
WRONG_WEIGHTS = np.array([0.55, 0.25, 0.12, 0.05, 0.03])


@dataclass(frozen=True)
class ShownAnswers:
    """One rendering of an item and the answers a learner gives to it."""

    rendered: RenderedItem
    right: str
    wrong: tuple[str, ...]  # most common first; every one checks as incorrect


@dataclass
class AnswerMaker:
    """Renders the pack's items (cached per seed) and produces answers to them."""

    runtime: PackRuntime
    _cache: dict[tuple[int, int], ShownAnswers] = field(default_factory=dict)

    def seed_for(self, item: int, rng: np.random.Generator) -> int:
        """One of the item's few template seeds."""
        return zlib.crc32(f"{self.runtime.item_ids[item]}#{int(rng.integers(SEEDS_PER_ITEM))}".encode())

    def shown(self, item: int, seed: int) -> ShownAnswers:
        """The item rendered with ``seed`` and its right and wrong answers."""
        key = (item, seed)
        found = self._cache.get(key)
        if found is None:
            rendered = render_item(self.runtime.item(item), seed)
            found = ShownAnswers(rendered, right_response(rendered), _wrong_answers(rendered))
            self._cache[key] = found
        return found

    def answer(self, item: int, seed: int, correct: bool, rng: np.random.Generator) -> str:
        """A response to the item as rendered with ``seed`` that the checker marks ``correct``."""
        shown = self.shown(item, seed)
        if correct:
            return shown.right
        weights = WRONG_WEIGHTS[: len(shown.wrong)]
        return shown.wrong[int(rng.choice(len(weights), p=weights / weights.sum()))]


def _wrong_answers(rendered: RenderedItem) -> tuple[str, ...]:
    """Plausible wrong answers, most common first, each checked incorrect by the real checker."""
    key = rendered.answer
    candidates: list[str] = []
    if key.type in ("single_choice", "multiple_choice"):
        # The favourite distractor is a property of its text, so it stays the favourite whatever
        # order the seed shuffled the choices into.
        wrong = [i for i in range(len(rendered.choices)) if i not in key.correct]
        wrong.sort(key=lambda i: zlib.crc32(f"{rendered.item_id}:{rendered.choices[i]}".encode()))
        candidates = [str(i) for i in wrong]
    elif key.type == "numeric" and key.value is not None:
        v = key.value
        candidates = [str(v + 1), str(v - 1), str(v * 10), str(v + 10), str(v * 2)]
    found = tuple(dict.fromkeys(c for c in candidates if check_answer(rendered, c).status == "incorrect"))
    return found or (wrong_response(rendered),)
