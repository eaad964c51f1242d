"""Item id -> index and skill, for the items the policy needs to recognise among the recent ones."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import numpy as np


class ItemLookup:
    """Item id -> index and skill for the items the policy may need to recognise.

    Built only over the given skills' items unless the caller supplies a full index, so a
    20,000-item pack does not pay for a dictionary of every id on every call.
    """

    def __init__(
        self,
        item_ids: Sequence[str],
        item_index: Mapping[str, int] | None,
        item_skill: np.ndarray,
        n_skills: int,
        skills: set[int],
    ) -> None:
        self._item_skill = item_skill
        if item_index is not None:
            self._index: Mapping[str, int] = item_index
        else:
            wanted = np.zeros(n_skills, dtype=bool)
            wanted[list(skills)] = True
            self._index = {item_ids[i]: int(i) for i in np.flatnonzero(wanted[item_skill])}

    def index_of(self, item_id: str) -> int | None:
        """The item's position in the pack, or None when it is not recognised."""
        index = self._index.get(item_id)
        if index is None:
            return None
        return int(index)

    def skill_of(self, item_id: str) -> int | None:
        """The graph index of the item's skill, or None when the item is not recognised."""
        index = self.index_of(item_id)
        return None if index is None else int(self._item_skill[index])
