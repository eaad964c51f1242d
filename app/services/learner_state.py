"""A learner's skill states: the stored rows <-> the engine's SkillState and ReviewState, and
rebuilding both from events."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import delete, select
from sqlalchemy.orm import InstrumentedAttribute, Session

from app.engine.learner_model.model import skill_mastery_one
from app.engine.learner_model.model import update as update_model
from app.engine.learner_model.params import LearnerModelParams
from app.engine.learner_model.state import LearnerState
from app.engine.review import ReviewState, initial_review_state, review_after_attempt
from app.engine.state import SkillState, apply_attempt
from app.services.pack_runtime import PackRuntime
from app.storage.models import AttemptEvent, SkillStateRow
from app.storage.types import utc_now


def row_to_state(row: SkillStateRow) -> SkillState:
    """The engine's view of a stored row."""
    return SkillState(
        p_known=row.p_known,
        attempts=row.attempts,
        correct=row.correct,
        streak=row.streak,
        wrong_streak=row.wrong_streak,
        recent=tuple(ch == "1" for ch in row.recent),
        mastered=row.mastered,
        last_practised=row.last_practised,
    )


def row_review(row: SkillStateRow) -> ReviewState | None:
    """The FSRS review state of a stored row; None while the skill is not mastered.

    A row mastered before review states were stored (schema 0001) is taken as mastered at
    ``mastered_at`` (else its last practice), so it still comes back for review.
    """
    if not row.mastered:
        return None
    if row.review is not None:
        return ReviewState.from_dict(row.review)
    when = row.mastered_at.timestamp() if row.mastered_at is not None else row.last_practised
    return initial_review_state(when or 0.0)


def write_state(
    row: SkillStateRow,
    state: SkillState,
    mastered_at: datetime | None,
    review: ReviewState | None = None,
) -> None:
    """Copy a SkillState and its review state into a row (``mastered_at`` is set once, when mastery
    is first reached)."""
    row.p_known = float(state.p_known)
    row.attempts = state.attempts
    row.correct = state.correct
    row.streak = state.streak
    row.wrong_streak = state.wrong_streak
    row.recent = "".join("1" if r else "0" for r in state.recent)
    if state.mastered and not row.mastered:
        row.mastered_at = mastered_at
    row.mastered = state.mastered
    row.last_practised = state.last_practised
    row.review = None if review is None else review.to_dict()
    row.updated_at = utc_now()


def load_states(session: Session, learner_id: str, pack_id: str) -> dict[str, SkillState]:
    """Every stored state of a learner in a pack, by skill id."""
    rows = session.scalars(
        select(SkillStateRow).where(SkillStateRow.learner_id == learner_id, SkillStateRow.pack_id == pack_id)
    )
    return {row.skill_id: row_to_state(row) for row in rows}


def load_reviews(session: Session, learner_id: str, pack_id: str) -> dict[str, ReviewState]:
    """The review state of every mastered skill of a learner in a pack, by skill id."""
    rows = session.scalars(
        select(SkillStateRow).where(
            SkillStateRow.learner_id == learner_id,
            SkillStateRow.pack_id == pack_id,
            SkillStateRow.mastered.is_(True),
        )
    )
    found = {row.skill_id: row_review(row) for row in rows}
    return {skill_id: review for skill_id, review in found.items() if review is not None}


def event_order() -> tuple[InstrumentedAttribute[datetime], InstrumentedAttribute[str]]:
    """The order events are folded in: client time, then id (UUIDv7, so creation order on one device)."""
    return (AttemptEvent.client_time, AttemptEvent.id)


def rebuild_pack_states(
    session: Session, learner_id: str, runtime: PackRuntime, model: LearnerModelParams | None = None
) -> dict[str, SkillState]:
    """Replace a learner's stored states in one pack with a replay of their events; returns the states.

    The fold is ``engine.state.apply_attempt`` in event order — exactly what ``engine.state.replay``
    does — done step by step here so that ``mastered_at`` (the time mastery was first reached) is
    recovered too, and each skill's FSRS review state is folded with ``review_after_attempt``, the
    same rule the live answers use. Skills no longer in the pack are skipped, as replay skips them.
    With ``model`` (fitted learner model parameters, aligned to the pack) the learner model is folded
    along and decides mastery, exactly as ``PracticeService.submit`` does with fitted parameters.
    """
    events = session.execute(
        select(
            AttemptEvent.item_id,
            AttemptEvent.skill_ids,
            AttemptEvent.correct,
            AttemptEvent.client_time,
            AttemptEvent.hints_used,
        )
        .where(AttemptEvent.learner_id == learner_id, AttemptEvent.pack_id == runtime.pack_id)
        .order_by(*event_order())
    ).all()
    states: dict[str, SkillState] = {}
    mastered_at: dict[str, datetime] = {}
    reviews: dict[str, ReviewState | None] = {}
    model_state = LearnerState.new(model) if model is not None else None
    for item_id, skill_ids, correct, client_time, hints_used in events:
        stamp = client_time.timestamp()
        folded = False  # as in submit: the model decides only for answers it could fold in
        if model_state is not None:
            item = runtime.item_index.get(item_id)
            model_skill = runtime.graph.index.get(skill_ids[0]) if skill_ids else None
            if item is not None and model_skill is not None:
                update_model(model, model_state, item, model_skill, bool(correct), stamp)
                folded = True
        for skill_id in skill_ids:
            if skill_id not in runtime.graph.index:
                continue
            model_p = None
            if folded:
                model_p = skill_mastery_one(model, model_state, runtime.graph.index[skill_id], stamp)
            before = states.get(skill_id) or SkillState.initial(runtime.params)
            after = apply_attempt(
                before, bool(correct), stamp, runtime.params, runtime.rule(skill_id), model_p
            )
            if after.mastered and not before.mastered:
                mastered_at[skill_id] = client_time
            reviews[skill_id] = review_after_attempt(
                reviews.get(skill_id),
                before.mastered,
                after.mastered,
                bool(correct),
                client_time.timestamp(),
                int(hints_used or 0),
            )
            states[skill_id] = after
    session.execute(
        delete(SkillStateRow).where(
            SkillStateRow.learner_id == learner_id, SkillStateRow.pack_id == runtime.pack_id
        )
    )
    session.flush()
    for skill_id, state in states.items():
        row = SkillStateRow(learner_id=learner_id, pack_id=runtime.pack_id, skill_id=skill_id, mastered=False)
        write_state(row, state, mastered_at.get(skill_id), reviews.get(skill_id))
        session.add(row)
    return states
