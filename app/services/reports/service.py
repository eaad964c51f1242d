"""The reports a teacher or parent reads, as one service (``services.reports``).

Every call reads in its own short session: a few SQL queries (stored skill states, aggregates and
window functions over attempt events) and numpy, never a Python loop over every attempt. Reports
take an optional list of learner ids so a class or group plugs in; without it they cover every
learner on the device. ``now`` is for tests and printed reports; it defaults to the clock.
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from datetime import UTC, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.services.errors import ValidationError
from app.services.pack_runtime import PackRuntime, RuntimeCache
from app.services.reports.difficult_items import build_difficult_items
from app.services.reports.dto import (
    DifficultItems,
    HelpNeeded,
    LearnerProgress,
    MasteryGrid,
    PackUse,
)
from app.services.reports.help_needed import build_help_needed
from app.services.reports.learner_progress import build_learner_progress
from app.services.reports.mastery_grid import build_mastery_grid
from app.services.reports.pack_skills import PackSkills, load_pack_skills
from app.services.reports.scope import packs_in_use, resolve_learners, resolve_pack
from app.storage.database import Database
from app.storage.models import Pack


class ReportService:
    """Class and learner reports computed from the learner model's stored states and the events."""

    def __init__(self, db: Database) -> None:
        self._db = db
        self._runtimes = RuntimeCache()
        self._skill_sets: dict[str, PackSkills] = {}
        self._lock = threading.Lock()

    def packs(self, learner_ids: Sequence[str] | None = None) -> list[PackUse]:
        """The packs these learners (default: everyone) have answered in, most answered first."""
        with self._db.session() as session:
            learners = resolve_learners(session, learner_ids)
            return packs_in_use(session, [learner.id for learner in learners])

    def mastery_grid(
        self,
        pack_id: str | None = None,
        learner_ids: Sequence[str] | None = None,
        now: datetime | None = None,
    ) -> MasteryGrid:
        """The class × skill heatmap (rows alphabetical, columns in teaching order; see
        ``mastery_grid.sorted_grid`` to reorder). Without ``pack_id``: the pack the learners use most."""
        with self._db.session() as session:
            learners = resolve_learners(session, learner_ids)
            skills = self._skills(session, resolve_pack(session, [x.id for x in learners], pack_id))
            return build_mastery_grid(session, skills, learners, _now(now))

    def learner_progress(
        self, learner_id: str, pack_id: str | None = None, now: datetime | None = None
    ) -> LearnerProgress:
        """One learner's progress: weeks, time on task, skills being forgotten, what blocks them."""
        with self._db.session() as session:
            learners = resolve_learners(session, [learner_id])
            skills = self._skills(session, resolve_pack(session, [learner_id], pack_id))
            return build_learner_progress(session, skills, learners[0], _now(now))

    def help_needed(
        self,
        pack_id: str | None = None,
        learner_ids: Sequence[str] | None = None,
        now: datetime | None = None,
    ) -> HelpNeeded:
        """Learners stuck on a skill now, the most stuck first, with the items they missed."""
        with self._db.session() as session:
            learners = resolve_learners(session, learner_ids)
            runtime = self._runtime(session, resolve_pack(session, [x.id for x in learners], pack_id))
            return build_help_needed(session, runtime, learners, _now(now))

    def difficult_items(
        self,
        pack_id: str | None = None,
        learner_ids: Sequence[str] | None = None,
        limit: int = 20,
        now: datetime | None = None,
    ) -> DifficultItems:
        """The ``limit`` items with the lowest success, with the wrong answers most often given."""
        if limit < 0:
            raise ValidationError("bad_limit", "The number of items must be 0 or more.")
        with self._db.session() as session:
            learners = resolve_learners(session, learner_ids)
            runtime = self._runtime(session, resolve_pack(session, [x.id for x in learners], pack_id))
            return build_difficult_items(session, runtime, learners, _now(now), limit)

    def _skills(self, session: Session, pack_id: str) -> PackSkills:
        """The pack's skills and graph (from the runtime when it is loaded already), cached per version."""
        digest = session.scalar(select(Pack.manifest_sha256).where(Pack.id == pack_id))
        runtime = self._runtimes.peek(pack_id)
        with self._lock:
            cached = self._skill_sets.get(pack_id)
        if runtime is not None and runtime.digest == digest:
            return PackSkills.of(runtime)
        if cached is not None and cached.digest == digest:
            return cached
        skills = load_pack_skills(session, pack_id)
        with self._lock:
            self._skill_sets[pack_id] = skills
        return skills

    def _runtime(self, session: Session, pack_id: str) -> PackRuntime:
        """The pack's graph and items, cached until a new version of the pack is installed."""
        return self._runtimes.get(session, pack_id)


def _now(now: datetime | None) -> datetime:
    if now is None:
        return datetime.now(UTC)
    if now.tzinfo is None:
        raise ValueError("now must be timezone-aware")
    return now.astimezone(UTC)
