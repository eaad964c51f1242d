"""What every simulated policy offers the runner: choose an item, then observe the answer."""

from __future__ import annotations

from typing import Protocol


class SimPolicy(Protocol):
    """A tutoring policy under simulation; it sees answers, never the hidden truth."""

    name: str

    def choose(self, t: float) -> int:
        """The index of the item to show at simulated time ``t`` (seconds)."""
        ...

    def observe(self, item: int, correct: bool, t: float) -> list[int]:
        """Fold in the answer; returns the skills this answer made the policy declare mastered."""
        ...
