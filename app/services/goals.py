"""The learner's own side: goals they set, confidence after an answer, and their week.

Goals are last-writer-wins rows (UUIDv7 id, HLC stamp, tombstone). A goal tied to skills is
reached when every one of them is mastered; its progress and achievement are derived from the
skill states, so they never disagree with the learner model. Confidence ratings are append-only
events keyed by the attempt they rate (one per attempt); attempt events stay untouched.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Sequence
from datetime import date, datetime, time, timedelta, tzinfo
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.services.adult_dto import ConfidenceView, DayActivity, GoalView, SkillWeek, WeekSummary
from app.services.clock import HybridLogicalClock
from app.services.due_dates import check_due_date
from app.services.errors import NotFoundError, ValidationError
from app.services.labels import clean_label
from app.services.lww_rows import stamp, tombstone
from app.services.plan_targets import load_pack_graph
from app.storage.adult_models import ConfidenceRating, LearnerGoal
from app.storage.database import Database
from app.storage.ids import uuid7
from app.storage.models import AttemptEvent, Learner, Skill, SkillStateRow
from app.storage.types import utc_now

GOAL_TEXT_MAX = 120
# 1: I guessed, 2: I was not sure, 3: I was sure.
CONFIDENCE_LEVELS = (1, 2, 3)
EDITABLE_FIELDS = frozenset({"text", "skill_ids", "due_date"})


class GoalService:
    """Goals, confidence ratings and the weekly summary. Every method runs in its own transaction."""

    def __init__(
        self,
        db: Database,
        clock: HybridLogicalClock,
        device_id: str,
        now: Callable[[], datetime] = utc_now,
    ) -> None:
        self._db = db
        self._clock = clock
        self._device_id = device_id
        self._now = now

    # -- goals -----------------------------------------------------------------------------------

    def set_goal(
        self,
        learner_id: str,
        text: str,
        pack_id: str | None = None,
        skill_ids: Sequence[str] = (),
        due_date: date | None = None,
    ) -> GoalView:
        """A new goal in the learner's words, optionally measured by skills of a pack.

        ValidationError ``empty_name``/``name_too_long`` (the text), ``unknown_learner``,
        ``unknown_skill``, ``skills_need_pack``, ``bad_date``; NotFoundError ``unknown_pack``.
        """
        clean = clean_label(text, GOAL_TEXT_MAX)
        due = check_due_date(due_date)
        now = self._now()
        with self._db.transaction() as session:
            _learner(session, learner_id)
            skills = _checked_skills(session, pack_id, skill_ids)
            row = LearnerGoal(
                id=uuid7(),
                learner_id=learner_id,
                text=clean,
                pack_id=pack_id,
                skill_ids=skills,
                due_date=due,
                created_at=now,
                updated_at=now,
                hlc=self._clock.now(),
            )
            session.add(row)
            session.flush()
            return _goal_view(session, row)

    def update_goal(self, goal_id: str, *, learner_id: str | None = None, **fields: Any) -> GoalView:
        """Change some of ``text``, ``skill_ids`` (of the goal's pack) and ``due_date`` (None removes it).

        A learner's own screen passes ``learner_id``: a goal of anyone else is refused
        (ValidationError ``not_your_goal``), so one child cannot change another's goal.
        """
        unknown = set(fields) - EDITABLE_FIELDS
        if unknown:
            raise ValidationError("unknown_field", f"These fields cannot be changed: {', '.join(sorted(unknown))}.")
        with self._db.transaction() as session:
            row = _goal(session, goal_id, learner_id)
            if "text" in fields:
                row.text = clean_label(fields["text"], GOAL_TEXT_MAX)
            if "skill_ids" in fields:
                row.skill_ids = _checked_skills(session, row.pack_id, fields["skill_ids"])
            if "due_date" in fields:
                row.due_date = check_due_date(fields["due_date"])
            stamp(row, self._clock, self._now())
            return _goal_view(session, row)

    def mark_achieved(self, goal_id: str, achieved: bool = True, *, learner_id: str | None = None) -> GoalView:
        """Tick a goal off (or on again). Goals measured by skills are reached by mastering them.
        With ``learner_id``, only that learner's own goal (``not_your_goal`` otherwise)."""
        with self._db.transaction() as session:
            row = _goal(session, goal_id, learner_id)
            row.achieved_at = self._now() if achieved else None
            stamp(row, self._clock, self._now())
            return _goal_view(session, row)

    def delete_goal(self, goal_id: str, *, learner_id: str | None = None) -> None:
        """Remove a goal (a tombstone with a new HLC stamp, so the removal syncs).
        With ``learner_id``, only that learner's own goal (``not_your_goal`` otherwise)."""
        with self._db.transaction() as session:
            tombstone(_goal(session, goal_id, learner_id), self._clock, self._now())

    def goals(self, learner_id: str) -> list[GoalView]:
        """The learner's goals: open ones first (soonest due first), then reached ones."""
        with self._db.session() as session:
            _learner(session, learner_id)
            return _goal_views(session, learner_id)

    # -- confidence ------------------------------------------------------------------------------

    def rate_confidence(self, attempt_id: str, rating: int) -> ConfidenceView:
        """Record how sure the learner felt about an answer (1 guessed, 2 not sure, 3 sure).

        ValidationError ``bad_rating``, ``unknown_attempt``, ``unknown_learner``, ``already_rated``.
        """
        if rating not in CONFIDENCE_LEVELS:
            raise ValidationError("bad_rating", "Confidence is 1 (I guessed), 2 (not sure) or 3 (sure).")
        now = self._now()
        with self._db.transaction() as session:
            attempt = session.get(AttemptEvent, attempt_id)
            if attempt is None:
                raise NotFoundError("unknown_attempt", f"There is no answer with id {attempt_id}.")
            _learner(session, attempt.learner_id)
            if session.scalar(select(ConfidenceRating.id).where(ConfidenceRating.attempt_id == attempt_id)):
                raise ValidationError("already_rated", "This answer already has a confidence rating.")
            row = ConfidenceRating(
                id=uuid7(),
                attempt_id=attempt_id,
                learner_id=attempt.learner_id,
                rating=rating,
                device_id=self._device_id,
                client_time=now,
                created_at=now,
            )
            session.add(row)
            return _confidence_view(row, attempt.correct)

    def confidence(self, learner_id: str, since: datetime | None = None) -> list[ConfidenceView]:
        """The learner's ratings, oldest first (optionally only those made since a time)."""
        query = (
            select(ConfidenceRating, AttemptEvent.correct)
            .join(AttemptEvent, AttemptEvent.id == ConfidenceRating.attempt_id)
            .where(ConfidenceRating.learner_id == learner_id)
            .order_by(ConfidenceRating.client_time, ConfidenceRating.id)
        )
        if since is not None:
            query = query.where(ConfidenceRating.client_time >= since)
        with self._db.session() as session:
            _learner(session, learner_id)
            return [_confidence_view(row, correct) for row, correct in session.execute(query)]

    # -- the week --------------------------------------------------------------------------------

    def week(self, learner_id: str, week_start: date | None = None, tz: tzinfo | None = None) -> WeekSummary:
        """What the learner did in a week (Monday to Sunday in ``tz``, default this computer's zone):
        answers and minutes per day, the skills practised and those first mastered. Without
        ``week_start``, the current week."""
        zone = tz or datetime.now().astimezone().tzinfo
        if week_start is None:
            today = self._now().astimezone(zone).date()
            week_start = today - timedelta(days=today.weekday())
        start = datetime.combine(week_start, time(), zone)
        end = start + timedelta(days=7)
        with self._db.session() as session:
            _learner(session, learner_id)
            events = session.scalars(
                select(AttemptEvent)
                .where(
                    AttemptEvent.learner_id == learner_id,
                    AttemptEvent.client_time >= start,
                    AttemptEvent.client_time < end,
                )
                .order_by(AttemptEvent.client_time, AttemptEvent.id)
            ).all()
            days = {week_start + timedelta(days=i): [0, 0, 0] for i in range(7)}
            per_skill: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0])
            for event in events:
                day = days[event.client_time.astimezone(zone).date()]
                day[0] += 1
                day[1] += int(event.correct)
                day[2] += max(0, event.duration_ms)
                for skill_id in event.skill_ids:
                    tally = per_skill[(event.pack_id, skill_id)]
                    tally[0] += 1
                    tally[1] += int(event.correct)
            mastered_now = _mastered_between(session, learner_id, start, end)
            skills = tuple(
                SkillWeek(
                    pack_id=pack_id,
                    skill_id=skill_id,
                    title=_skill_title(session, pack_id, skill_id),
                    attempts=tally[0],
                    correct=tally[1],
                    mastered_this_week=(pack_id, skill_id) in mastered_now,
                )
                for (pack_id, skill_id), tally in sorted(per_skill.items(), key=lambda kv: (-kv[1][0], kv[0]))
            )
            goals = tuple(_goal_views(session, learner_id))
        return WeekSummary(
            learner_id=learner_id,
            week_start=week_start,
            answered=sum(d[0] for d in days.values()),
            correct=sum(d[1] for d in days.values()),
            minutes=sum(d[2] for d in days.values()) / 60_000,
            days=tuple(DayActivity(day, v[0], v[1], v[2] / 60_000) for day, v in days.items()),
            skills=skills,
            goals=goals,
        )


def _learner(session: Session, learner_id: str) -> Learner:
    row = session.get(Learner, learner_id)
    if row is None or row.deleted_at is not None:
        raise ValidationError("unknown_learner", f"There is no learner with id {learner_id}.")
    return row


def _goal(session: Session, goal_id: str, owner: str | None = None) -> LearnerGoal:
    """A live goal; with ``owner``, only when it is that learner's (a learner acts on their own goals only)."""
    row = session.get(LearnerGoal, goal_id)
    if row is None or row.deleted_at is not None:
        raise NotFoundError("unknown_goal", f"There is no goal with id {goal_id}.")
    if owner is not None and row.learner_id != owner:
        raise ValidationError("not_your_goal", "A learner can only change their own goals.")
    return row


def _checked_skills(session: Session, pack_id: str | None, skill_ids: Sequence[str]) -> list[str]:
    """The goal's skills, in the order given, without repeats; each must be a current skill of the pack."""
    wanted = list(dict.fromkeys(skill_ids))
    if not wanted:
        return []
    if pack_id is None:
        raise ValidationError("skills_need_pack", "A goal measured by skills names their pack.")
    graph = load_pack_graph(session, pack_id).graph
    for skill_id in wanted:
        if skill_id not in graph.index:
            raise ValidationError("unknown_skill", f"The pack has no skill {skill_id!r}.")
    return wanted


def _goal_views(session: Session, learner_id: str) -> list[GoalView]:
    rows = session.scalars(
        select(LearnerGoal).where(LearnerGoal.learner_id == learner_id, LearnerGoal.deleted_at.is_(None))
    ).all()
    views = [_goal_view(session, row) for row in rows]
    return sorted(views, key=lambda g: (g.achieved, g.due_date or date.max, g.created_at, g.id))


def _goal_view(session: Session, row: LearnerGoal) -> GoalView:
    """The goal with its progress; a skill goal is achieved when its last skill was mastered."""
    mastered: list[str] = []
    achieved_at = row.achieved_at
    if row.skill_ids and row.pack_id is not None:
        states = {
            s.skill_id: s
            for s in session.scalars(
                select(SkillStateRow).where(
                    SkillStateRow.learner_id == row.learner_id,
                    SkillStateRow.pack_id == row.pack_id,
                    SkillStateRow.skill_id.in_(row.skill_ids),
                )
            )
        }
        mastered = [sid for sid in row.skill_ids if sid in states and states[sid].mastered]
        progress = len(mastered) / len(row.skill_ids)
        if len(mastered) == len(row.skill_ids) and achieved_at is None:
            times = [states[sid].mastered_at for sid in mastered]
            achieved_at = max((t for t in times if t is not None), default=row.updated_at)
    else:
        progress = 1.0 if achieved_at is not None else 0.0
    return GoalView(
        id=row.id,
        learner_id=row.learner_id,
        text=row.text,
        pack_id=row.pack_id,
        skill_ids=tuple(row.skill_ids),
        mastered=tuple(mastered),
        progress=progress,
        due_date=row.due_date,
        achieved_at=achieved_at,
        created_at=row.created_at,
    )


def _confidence_view(row: ConfidenceRating, correct: bool) -> ConfidenceView:
    return ConfidenceView(
        id=row.id,
        attempt_id=row.attempt_id,
        learner_id=row.learner_id,
        rating=row.rating,
        correct=bool(correct),
        client_time=row.client_time,
    )


def _mastered_between(session: Session, learner_id: str, start: datetime, end: datetime) -> set[tuple[str, str]]:
    rows = session.execute(
        select(SkillStateRow.pack_id, SkillStateRow.skill_id).where(
            SkillStateRow.learner_id == learner_id,
            SkillStateRow.mastered_at >= start,
            SkillStateRow.mastered_at < end,
        )
    ).all()
    return {(r.pack_id, r.skill_id) for r in rows}


def _skill_title(session: Session, pack_id: str, skill_id: str) -> dict[str, str]:
    row = session.get(Skill, (pack_id, skill_id))
    return dict(row.title) if row is not None else {}
