""""Help needed": learners stuck on a skill now, why we think so, and the items they missed.

Kolibri flags a learner after 4 wrong answers; Sabil also reads the learner model: a skill that many
answers have not moved (the sequencer's own "not being learnt" test) and hints taken on every item
count too, and each case names the prerequisite most likely to be the cause.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta
from typing import Any

import numpy as np
from sqlalchemy import Row, func, select, tuple_
from sqlalchemy.orm import Session

from app.engine.policy import REMEDIATION_AFTER_WRONG, STUCK_ATTEMPTS, STUCK_BELIEF
from app.services.pack_runtime import PackRuntime
from app.services.reports.answer_text import ShownItems, correct_text, response_text
from app.services.reports.dto import (
    CELL_STATES,
    FADING,
    BlockingSkill,
    HelpCase,
    HelpNeeded,
    MissedItem,
    ReportLearner,
    ReportSkill,
)
from app.services.reports.pack_skills import PackSkills
from app.services.reports.scope import pack_title, report_skills
from app.services.reports.state_matrix import StateMatrix, load_state_matrix
from app.storage.adult_models import ConfidenceRating
from app.storage.models import AttemptEvent

HELP_WINDOW = 8  # the latest answers on a skill that are looked at
HELP_WRONG = 4  # wrong answers among them that mean "stuck" (Kolibri's rule)
HELP_WRONG_STREAK = REMEDIATION_AFTER_WRONG
HELP_HINTED = 3  # hints on each of this many latest answers
ACTIVE_DAYS = 28  # a skill not touched for longer is not "stuck now"
MAX_MISSED = 5

REPEATED_FAILURE = "repeated_failure"
HINTS_EVERY_ITEM = "hints_every_item"
NO_PROGRESS = "no_progress"


def build_help_needed(
    session: Session, runtime: PackRuntime, learners: Sequence[ReportLearner], now: datetime
) -> HelpNeeded:
    """Every stuck (learner, skill) pair among ``learners`` in the pack, the most stuck first."""
    skills = report_skills(PackSkills.of(runtime))
    column = {skill.skill_id: j for j, skill in enumerate(skills)}
    learner_ids = [learner.id for learner in learners]
    matrix = load_state_matrix(session, runtime.pack_id, learner_ids, column, now.timestamp())
    # Only a started, unmastered skill can be stuck: those pairs alone are read back.
    rows, columns = np.nonzero((matrix.attempts > 0) & ~matrix.mastered)
    pairs = [(learner_ids[i], skills[j].skill_id) for i, j in zip(rows.tolist(), columns.tolist(), strict=True)]
    recent = _recent_answers(session, runtime.pack_id, pairs, now - timedelta(days=ACTIVE_DAYS))
    shown = ShownItems(runtime)
    ratings = _ratings(session, [a.id for answers in recent.values() for a in answers if not a.correct])
    row_of = {learner_id: i for i, learner_id in enumerate(learner_ids)}
    cases: list[HelpCase] = []
    for (learner_id, skill_id), answers in recent.items():
        j = column.get(skill_id)
        i = row_of[learner_id]
        if j is None or matrix.mastered[i, j]:
            continue
        wrong = [a for a in answers if not a.correct]
        reasons = []
        if len(wrong) >= HELP_WRONG or matrix.wrong_streak[i, j] >= HELP_WRONG_STREAK:
            reasons.append(REPEATED_FAILURE)
        latest = answers[:HELP_HINTED]
        if len(latest) == HELP_HINTED and all(a.hints_used > 0 for a in latest):
            reasons.append(HINTS_EVERY_ITEM)
        if matrix.attempts[i, j] >= STUCK_ATTEMPTS and matrix.p_known[i, j] < STUCK_BELIEF:
            reasons.append(NO_PROGRESS)
        if not reasons:
            continue
        cases.append(
            HelpCase(
                learner=learners[i],
                skill_id=skill_id,
                skill_title=skills[j].title,
                reasons=tuple(reasons),
                p_known=float(matrix.p_known[i, j]),
                attempts=int(matrix.attempts[i, j]),
                recent_attempts=len(answers),
                recent_wrong=len(wrong),
                recent_hinted=sum(1 for a in answers if a.hints_used > 0),
                wrong_streak=int(matrix.wrong_streak[i, j]),
                last_attempt=answers[0].client_time,
                weak_prerequisite=weak_prerequisite(skills, column, matrix, i, j),
                missed=tuple(_missed(shown, a, ratings.get(a.id)) for a in wrong[:MAX_MISSED]),
            )
        )
    cases.sort(key=lambda c: (-len(c.reasons), -c.recent_wrong, -c.last_attempt.timestamp(), c.learner.display_name))
    return HelpNeeded(
        pack_id=runtime.pack_id,
        pack_title=pack_title(session, runtime.pack_id),
        generated_at=now,
        learners=tuple(learners),
        cases=tuple(cases),
    )


def weak_prerequisite(
    skills: Sequence[ReportSkill], column: dict[str, int], matrix: StateMatrix, i: int, j: int
) -> BlockingSkill | None:
    """The direct prerequisite of skill ``j`` most likely behind learner ``i``'s trouble: among
    those not mastered or fading, the lowest estimate (recall, for a fading one)."""
    best: tuple[float, int] | None = None
    for p in (column[s] for s in skills[j].prerequisites if s in column):
        state = CELL_STATES[matrix.codes[i, p]]
        if matrix.mastered[i, p] and state != FADING:
            continue
        strength = float(matrix.recall[i, p]) if state == FADING else float(matrix.p_known[i, p])
        if best is None or strength < best[0]:
            best = (strength, p)
    if best is None:
        return None
    p = best[1]
    recall = matrix.recall[i, p]
    return BlockingSkill(
        skill_id=skills[p].skill_id,
        title=skills[p].title,
        state=CELL_STATES[matrix.codes[i, p]],
        p_known=float(matrix.p_known[i, p]),
        recall=None if np.isnan(recall) else float(recall),
    )


def _recent_answers(
    session: Session, pack_id: str, pairs: Sequence[tuple[str, str]], since: datetime
) -> dict[tuple[str, str], list[Row[Any]]]:
    """The latest HELP_WINDOW answers since ``since`` of each (learner id, skill id) pair, newest first.

    One query: SQLite numbers each pair's answers with a window function, so only the rows needed
    come back to Python.
    """
    if not pairs:
        return {}
    skill = func.json_extract(AttemptEvent.skill_ids, "$[0]")
    ranked = (
        select(
            AttemptEvent.id,
            AttemptEvent.learner_id,
            skill.label("skill_id"),
            AttemptEvent.item_id,
            AttemptEvent.correct,
            AttemptEvent.hints_used,
            AttemptEvent.response,
            AttemptEvent.seed,
            AttemptEvent.client_time,
            func.row_number()
            .over(
                partition_by=(AttemptEvent.learner_id, skill),
                order_by=(AttemptEvent.client_time.desc(), AttemptEvent.id.desc()),
            )
            .label("rank"),
        )
        .where(
            AttemptEvent.pack_id == pack_id,
            AttemptEvent.learner_id.in_(sorted({learner for learner, _skill in pairs})),
            AttemptEvent.client_time >= since,
            tuple_(AttemptEvent.learner_id, skill).in_(list(pairs)),
        )
        .subquery()
    )
    rows = session.execute(
        select(ranked).where(ranked.c.rank <= HELP_WINDOW).order_by(ranked.c.learner_id, ranked.c.skill_id, ranked.c.rank)
    ).all()
    found: dict[tuple[str, str], list[Row[Any]]] = {}
    for row in rows:
        found.setdefault((row.learner_id, row.skill_id), []).append(row)
    return found


def _ratings(session: Session, attempt_ids: Sequence[str]) -> dict[str, int]:
    """The learner's confidence rating of each of these answers, where one was given."""
    if not attempt_ids:
        return {}
    rows = session.execute(
        select(ConfidenceRating.attempt_id, ConfidenceRating.rating).where(
            ConfidenceRating.attempt_id.in_(list(attempt_ids))
        )
    ).all()
    return {attempt_id: int(rating) for attempt_id, rating in rows}


def _missed(shown: ShownItems, answer: Row[Any], confidence: int | None) -> MissedItem:
    rendered = shown.rendered(answer.item_id, answer.seed)
    return MissedItem(
        item_id=answer.item_id,
        prompt=rendered.prompt if rendered is not None else "",
        response=response_text(rendered, answer.response),
        correct_answer=correct_text(rendered),
        hints_used=int(answer.hints_used or 0),
        answered_at=answer.client_time,
        confidence=confidence,
    )
