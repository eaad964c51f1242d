"""The class × skill heatmap: every learner's state on every skill, with counts for sorting.

A cell is mastered, fading (mastered but being forgotten: FSRS recall below ``FADING_RECALL``),
in progress, struggling (what the sequencer treats as failing) or not started — the learner model's
view, not a count of right answers.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import replace
from datetime import UTC, datetime

from sqlalchemy.orm import Session

from app.services.reports.dto import CELL_STATES, MasteryCell, MasteryGrid, ReportLearner
from app.services.reports.pack_skills import PackSkills
from app.services.reports.scope import pack_title, report_skills
from app.services.reports.skill_status import FADING_RECALL, REVIEW_TARGET, state_counts
from app.services.reports.state_matrix import load_state_matrix

LEARNER_SORTS = ("name",) + CELL_STATES
SKILL_SORTS = ("order",) + CELL_STATES


def build_mastery_grid(
    session: Session, pack: PackSkills, learners: Sequence[ReportLearner], now: datetime
) -> MasteryGrid:
    """The heatmap of ``learners`` (rows, in the given order) × the pack's skills (teaching order)."""
    skills = report_skills(pack)
    column = {skill.skill_id: j for j, skill in enumerate(skills)}
    matrix = load_state_matrix(session, pack.pack_id, [learner.id for learner in learners], column, now.timestamp())
    # Plain lists, not numpy element access: 6,000 cells are built in a few milliseconds.
    codes = matrix.codes.tolist()
    p_known = matrix.p_known.tolist()
    attempts = matrix.attempts.tolist()
    recall = [[None if math.isnan(r) else r for r in row] for row in matrix.recall.tolist()]
    last = [[None if math.isnan(t) else datetime.fromtimestamp(t, UTC) for t in row] for row in matrix.last_practised.tolist()]
    mastered_at = matrix.mastered_at.tolist()
    cells = tuple(
        tuple(
            MasteryCell(
                state=CELL_STATES[codes[i][j]],
                p_known=p_known[i][j],
                attempts=attempts[i][j],
                recall=recall[i][j],
                last_practised=last[i][j],
                mastered_at=mastered_at[i][j],
            )
            for j in range(len(skills))
        )
        for i in range(len(learners))
    )
    return MasteryGrid(
        pack_id=pack.pack_id,
        pack_title=pack_title(session, pack.pack_id),
        generated_at=now,
        review_target=REVIEW_TARGET,
        learners=tuple(learners),
        skills=skills,
        cells=cells,
        learner_counts=tuple(state_counts(matrix.codes, axis=1)),
        skill_counts=tuple(state_counts(matrix.codes, axis=0)),
        fading_recall=FADING_RECALL,
    )


def sorted_grid(
    grid: MasteryGrid,
    learners_by: str = "name",
    skills_by: str = "order",
    descending: bool = True,
) -> MasteryGrid:
    """The same grid with rows and columns reordered (a new grid; ``grid`` is unchanged).

    ``learners_by``: ``"name"`` (alphabetical) or a state (e.g. ``"struggling"``: the learners with
    the most struggling skills first when ``descending``). ``skills_by``: ``"order"`` (the pack's
    teaching order) or a state (e.g. ``"fading"``: the skills most of the class is forgetting).
    Ties keep the name / teaching order, so the sort is stable. ``descending`` applies to state
    counts only. ValueError for an unknown key.
    """
    if learners_by not in LEARNER_SORTS:
        raise ValueError(f"Sort learners by one of {', '.join(LEARNER_SORTS)}, not {learners_by!r}.")
    if skills_by not in SKILL_SORTS:
        raise ValueError(f"Sort skills by one of {', '.join(SKILL_SORTS)}, not {skills_by!r}.")
    rows = list(range(len(grid.learners)))
    if learners_by == "name":
        rows.sort(key=lambda i: (grid.learners[i].display_name.casefold(), grid.learners[i].id))
    else:
        sign = -1 if descending else 1
        rows.sort(
            key=lambda i: (sign * grid.learner_counts[i][learners_by], grid.learners[i].display_name.casefold())
        )
    columns = list(range(len(grid.skills)))
    if skills_by == "order":
        columns.sort(key=lambda j: grid.skills[j].position)
    else:
        sign = -1 if descending else 1
        columns.sort(key=lambda j: (sign * grid.skill_counts[j][skills_by], grid.skills[j].position))
    return replace(
        grid,
        learners=tuple(grid.learners[i] for i in rows),
        skills=tuple(grid.skills[j] for j in columns),
        cells=tuple(tuple(grid.cells[i][j] for j in columns) for i in rows),
        learner_counts=tuple(grid.learner_counts[i] for i in rows),
        skill_counts=tuple(grid.skill_counts[j] for j in columns),
    )
