"""Learners × skills arrays of stored skill states, read in one query, for every report.

Skill states are the learner model's projection of the attempt events (rebuilt deterministically
from them), so a report reads a few thousand rows rather than folding a hundred thousand events.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime

import numpy as np
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.services.reports.skill_status import classify, recall_now
from app.storage.models import SkillStateRow


@dataclass
class StateMatrix:
    """Arrays of shape (learners, skills); rows follow ``learner_ids``, columns ``skill_column``.

    Cells without a stored state are "not started": ``p_known`` 0, ``attempts`` 0, ``recall`` NaN.
    ``codes`` are indices into ``dto.CELL_STATES``.
    """

    p_known: np.ndarray
    attempts: np.ndarray
    wrong_streak: np.ndarray
    mastered: np.ndarray
    recall: np.ndarray
    last_practised: np.ndarray  # epoch seconds, NaN = never
    mastered_at: np.ndarray  # object: datetime | None
    due: np.ndarray  # epoch seconds when FSRS recall falls below the target; NaN when not mastered
    codes: np.ndarray


def load_state_matrix(
    session: Session,
    pack_id: str,
    learner_ids: Sequence[str],
    skill_column: Mapping[str, int],
    now: float,
) -> StateMatrix:
    """Every stored state of these learners in the pack, laid out by ``skill_column``.

    States of skills no longer in the pack (retired) are left out.
    """
    shape = (len(learner_ids), len(skill_column))
    p_known = np.zeros(shape)
    attempts = np.zeros(shape, dtype=np.int64)
    wrong_streak = np.zeros(shape, dtype=np.int64)
    mastered = np.zeros(shape, dtype=bool)
    last_practised = np.full(shape, np.nan)
    mastered_at = np.full(shape, None, dtype=object)
    due = np.full(shape, np.nan)
    recall = np.full(shape, np.nan)
    if shape[0] and shape[1]:
        row_of = {learner_id: i for i, learner_id in enumerate(learner_ids)}
        rows = session.execute(
            select(
                SkillStateRow.learner_id,
                SkillStateRow.skill_id,
                SkillStateRow.p_known,
                SkillStateRow.attempts,
                SkillStateRow.wrong_streak,
                SkillStateRow.mastered,
                SkillStateRow.mastered_at,
                SkillStateRow.last_practised,
                func.json_extract(SkillStateRow.review, "$.stability"),
                func.json_extract(SkillStateRow.review, "$.last_review"),
                func.json_extract(SkillStateRow.review, "$.due"),
            ).where(SkillStateRow.pack_id == pack_id, SkillStateRow.learner_id.in_(list(row_of)))
        ).all()
        kept = [(row_of[r[0]], skill_column[r[1]], r) for r in rows if r[1] in skill_column]
        if kept:
            i = np.fromiter((k[0] for k in kept), dtype=np.intp, count=len(kept))
            j = np.fromiter((k[1] for k in kept), dtype=np.intp, count=len(kept))
            p_known[i, j] = [k[2][2] for k in kept]
            attempts[i, j] = [k[2][3] for k in kept]
            wrong_streak[i, j] = [k[2][4] for k in kept]
            is_mastered = np.array([bool(k[2][5]) for k in kept])
            mastered[i, j] = is_mastered
            last_practised[i, j] = [np.nan if k[2][7] is None else k[2][7] for k in kept]
            when_mastered: list[datetime | None] = [k[2][6] for k in kept]
            mastered_at[i, j] = when_mastered
            m = np.flatnonzero(is_mastered)
            if m.size:
                chosen = [kept[x][2] for x in m]
                recall[i[m], j[m]] = recall_now(
                    [r[8] for r in chosen],
                    [r[9] for r in chosen],
                    [r[6].timestamp() if r[6] is not None else r[7] for r in chosen],
                    [True] * len(chosen),
                    now,
                )
                due[i[m], j[m]] = [np.nan if r[10] is None else float(r[10]) for r in chosen]
    codes = classify(mastered, attempts, wrong_streak, p_known, recall)
    return StateMatrix(p_known, attempts, wrong_streak, mastered, recall, last_practised, mastered_at, due, codes)
