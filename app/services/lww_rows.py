"""Stamping last-writer-wins rows (classes, groups, memberships, plans, goals) on every change."""

from __future__ import annotations

from datetime import datetime
from typing import Protocol

from app.services.clock import HybridLogicalClock


class StampedRow(Protocol):
    """A row that is one LWW register: one HLC stamp, an update time and a tombstone for the whole row."""

    hlc: str
    updated_at: datetime
    deleted_at: datetime | None


def stamp(row: StampedRow, clock: HybridLogicalClock, now: datetime) -> None:
    """Give a changed row a new HLC stamp, never below the one it has (even if the clock stepped back)."""
    clock.observe(row.hlc)
    row.hlc = clock.now()
    row.updated_at = now


def tombstone(row: StampedRow, clock: HybridLogicalClock, now: datetime) -> None:
    """Mark a row deleted: the row stays, so the deletion itself can sync."""
    row.deleted_at = now
    stamp(row, clock, now)
