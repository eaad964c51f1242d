"""One learner's progress in a pack: mastered skills week by week, time on task, the skills being
forgotten and what blocks the next skills."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import numpy as np
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.services.reports.dto import (
    CELL_STATES,
    FADING,
    BlockedSkill,
    BlockingSkill,
    ConfidenceLevel,
    FadingSkill,
    LearnerProgress,
    ReportLearner,
    ReportSkill,
    WeekProgress,
)
from app.services.reports.pack_skills import PackSkills
from app.services.reports.scope import pack_title, report_skills
from app.services.reports.skill_status import FADING_RECALL, REVIEW_TARGET, state_counts
from app.services.reports.state_matrix import StateMatrix, load_state_matrix
from app.storage.adult_models import ConfidenceRating
from app.storage.models import AttemptEvent

# An item left on screen while the learner walked away is not time on task: one answer counts
# for at most this long.
MAX_ITEM_SECONDS = 300.0
# A pause longer than this between two answers starts a new session.
SESSION_GAP_SECONDS = 30 * 60.0
# A mastered skill whose recall falls below the review target within this many days (or already
# has, but not yet below FADING_RECALL) "will need a review soon".
FADING_SOON_DAYS = 7.0
SECONDS_PER_DAY = 86_400.0


def build_learner_progress(
    session: Session, pack: PackSkills, learner: ReportLearner, now: datetime
) -> LearnerProgress:
    """The progress report of ``learner`` in ``pack`` at ``now``."""
    skills = report_skills(pack)
    column = {skill.skill_id: j for j, skill in enumerate(skills)}
    stamp = now.timestamp()
    matrix = load_state_matrix(session, pack.pack_id, [learner.id], column, stamp)
    events = session.execute(
        select(AttemptEvent.client_time, AttemptEvent.correct, AttemptEvent.duration_ms)
        .where(AttemptEvent.learner_id == learner.id, AttemptEvent.pack_id == pack.pack_id)
        .order_by(AttemptEvent.client_time, AttemptEvent.id)
    ).all()
    times = np.fromiter((e[0].timestamp() for e in events), dtype=float, count=len(events))
    correct = np.fromiter((bool(e[1]) for e in events), dtype=bool, count=len(events))
    seconds = np.minimum(
        np.fromiter((e[2] or 0 for e in events), dtype=float, count=len(events)) / 1000.0, MAX_ITEM_SECONDS
    )
    mastered_times = sorted(m.timestamp() for m in matrix.mastered_at[0] if m is not None)
    fading, soon = _forgetting(skills, matrix, stamp)
    blocked = _frontier(skills, column, matrix)
    return LearnerProgress(
        learner=learner,
        pack_id=pack.pack_id,
        pack_title=pack_title(session, pack.pack_id),
        generated_at=now,
        weeks=_weeks(times, correct, seconds, mastered_times, now),
        attempts=int(times.size),
        correct=int(correct.sum()),
        time_on_task_minutes=float(seconds.sum() / 60.0),
        sessions=count_sessions(times),
        active_days=len({datetime.fromtimestamp(t, UTC).date() for t in times}),
        first_active=datetime.fromtimestamp(float(times[0]), UTC) if times.size else None,
        last_active=datetime.fromtimestamp(float(times[-1]), UTC) if times.size else None,
        skills=len(skills),
        state_counts=state_counts(matrix.codes, axis=1)[0],
        forgetting=fading,
        fading_soon=soon,
        blocked=tuple(b for b in blocked if b.blocked_by),
        ready=tuple(b for b in blocked if not b.blocked_by),
        confidence=_confidence(session, pack.pack_id, learner.id),
    )


def _confidence(session: Session, pack_id: str, learner_id: str) -> tuple[ConfidenceLevel, ...]:
    """Rated answers per confidence level, with how many were right (one aggregate query)."""
    rows = session.execute(
        select(ConfidenceRating.rating, func.count(), func.count().filter(AttemptEvent.correct.is_(True)))
        .join(AttemptEvent, AttemptEvent.id == ConfidenceRating.attempt_id)
        .where(ConfidenceRating.learner_id == learner_id, AttemptEvent.pack_id == pack_id)
        .group_by(ConfidenceRating.rating)
        .order_by(ConfidenceRating.rating)
    ).all()
    return tuple(ConfidenceLevel(rating=int(r), answers=int(n), correct=int(right)) for r, n, right in rows)


def count_sessions(times: np.ndarray) -> int:
    """Runs of answers (epoch seconds, in order) with no pause longer than SESSION_GAP_SECONDS."""
    if times.size == 0:
        return 0
    return 1 + int(np.count_nonzero(np.diff(times) > SESSION_GAP_SECONDS))


def week_start(day: date) -> date:
    """The Monday of ``day``'s week."""
    return day - timedelta(days=day.weekday())


def _weeks(
    times: np.ndarray, correct: np.ndarray, seconds: np.ndarray, mastered_times: list[float], now: datetime
) -> tuple[WeekProgress, ...]:
    """One entry per week from the first answer's week to ``now``'s week (quiet weeks included,
    so a chart's time axis is honest)."""
    if times.size == 0:
        return ()
    first = week_start(datetime.fromtimestamp(float(times[0]), UTC).date())
    last = week_start(max(now, datetime.fromtimestamp(float(times[-1]), UTC)).date())
    starts = [first + timedelta(weeks=k) for k in range((last - first).days // 7 + 1)]
    edges = np.array([datetime(d.year, d.month, d.day, tzinfo=UTC).timestamp() for d in starts] + [np.inf])
    week_of = np.searchsorted(edges, times, side="right") - 1
    n = len(starts)
    attempts = np.bincount(week_of, minlength=n)
    right = np.bincount(week_of, weights=correct.astype(float), minlength=n)
    minutes = np.bincount(week_of, weights=seconds, minlength=n) / 60.0
    mastered_week = np.searchsorted(edges, np.array(mastered_times), side="right") - 1
    newly = np.bincount(mastered_week[mastered_week >= 0], minlength=n)[:n] if mastered_week.size else np.zeros(n)
    before_first = int(np.count_nonzero(mastered_week < 0)) if mastered_week.size else 0
    total = before_first + np.cumsum(newly)
    return tuple(
        WeekProgress(
            week_start=starts[k],
            attempts=int(attempts[k]),
            correct=int(right[k]),
            minutes=float(minutes[k]),
            newly_mastered=int(newly[k]),
            mastered_total=int(total[k]),
        )
        for k in range(n)
    )


def _forgetting(
    skills: tuple[ReportSkill, ...], matrix: StateMatrix, now: float
) -> tuple[tuple[FadingSkill, ...], tuple[FadingSkill, ...]]:
    """Mastered skills being forgotten now (recall below FADING_RECALL: the heatmap's fading squares),
    and those due for review (recall below the review target) or due within FADING_SOON_DAYS;
    lowest recall / soonest due first."""
    fading: list[FadingSkill] = []
    soon: list[FadingSkill] = []
    for j, skill in enumerate(skills):
        if not matrix.mastered[0, j]:
            continue
        recall = float(matrix.recall[0, j])
        due = float(matrix.due[0, j])
        if np.isnan(due):
            due = now  # no stored schedule: treat as due now (old rows before review states)
        entry = FadingSkill(
            skill_id=skill.skill_id,
            title=skill.title,
            recall=recall,
            days_since_review=_days_since_review(matrix, j, now),
            due=datetime.fromtimestamp(due, UTC),
            mastered_at=matrix.mastered_at[0, j],
        )
        if recall < FADING_RECALL:
            fading.append(entry)
        elif recall < REVIEW_TARGET or due <= now + FADING_SOON_DAYS * SECONDS_PER_DAY:
            soon.append(entry)
    fading.sort(key=lambda f: (f.recall, f.skill_id))
    soon.sort(key=lambda f: (f.due, f.skill_id))
    return tuple(fading), tuple(soon)


def _days_since_review(matrix: StateMatrix, j: int, now: float) -> float:
    last = matrix.last_practised[0, j]
    return 0.0 if np.isnan(last) else max(0.0, (now - float(last)) / SECONDS_PER_DAY)


def _frontier(
    skills: tuple[ReportSkill, ...], column: dict[str, int], matrix: StateMatrix
) -> list[BlockedSkill]:
    """Unmastered skills the learner has started or could start next, with what blocks each: the
    direct prerequisites not mastered, or mastered but fading (forgotten prerequisites stop new
    learning just as missing ones do). Most blockers first, then teaching order."""
    mastered = matrix.mastered[0]
    found: list[BlockedSkill] = []
    for j, skill in enumerate(skills):
        if mastered[j]:
            continue
        prereqs = [column[p] for p in skill.prerequisites if p in column]
        started = matrix.attempts[0, j] > 0
        reachable = not prereqs or any(mastered[p] for p in prereqs)
        if not (started or reachable):
            continue
        blockers = tuple(
            BlockingSkill(
                skill_id=skills[p].skill_id,
                title=skills[p].title,
                state=CELL_STATES[matrix.codes[0, p]],
                p_known=float(matrix.p_known[0, p]),
                recall=None if np.isnan(matrix.recall[0, p]) else float(matrix.recall[0, p]),
            )
            for p in prereqs
            if not mastered[p] or CELL_STATES[matrix.codes[0, p]] == FADING
        )
        found.append(
            BlockedSkill(
                skill_id=skill.skill_id,
                title=skill.title,
                state=CELL_STATES[matrix.codes[0, j]],
                p_known=float(matrix.p_known[0, j]),
                attempts=int(matrix.attempts[0, j]),
                blocked_by=tuple(sorted(blockers, key=lambda b: b.p_known)),
            )
        )
    found.sort(key=lambda b: (-len(b.blocked_by), skills[column[b.skill_id]].position))
    return found
