"""The learner model in the app: its parameters for a pack, and a learner's state rebuilt from events.

Parameters: ``<data dir>/models/<pack id>.json`` (written by ``sabil model fit -o``) when present
and valid, re-indexed to the pack's current skills and items (items the fit never saw fall back to
their skill); otherwise ``LearnerModelParams.default`` for the pack. A file that is not valid
parameters is ignored (the defaults are used) so a bad download never stops practice.

State: never stored. It is a replay of the learner's attempt events in the pack, in the same order
as ``rebuild_pack_states`` (client time, then id), so the same events give the same state on every
device and after every engine upgrade; ``sabil model rebuild`` needs nothing extra for it.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import numpy as np
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.engine.learner_model.model import predict, skill_mastery, update
from app.engine.learner_model.params import LearnerModelParams
from app.engine.learner_model.state import LearnerState
from app.services.learner_state import event_order
from app.services.pack_runtime import PackRuntime
from app.storage.models import AttemptEvent


def learner_model_key(pack_id: str) -> str:
    """The settings key holding the learner-model parameters a pack shipped (written at install)."""
    return f"learner_model.{pack_id}"


def params_path(models_dir: Path, pack_id: str) -> Path:
    """Where fitted parameters for a pack are looked for."""
    return models_dir / f"{pack_id}.json"


def load_model_params(
    runtime: PackRuntime, models_dir: Path | None, shipped: str | None = None
) -> tuple[LearnerModelParams, str]:
    """The learner model parameters for a pack and where they came from.

    In order: ``"fitted"`` — this school's own ``<models dir>/<pack id>.json`` (``sabil model fit``);
    ``"pack"`` — the parameters the pack shipped (``shipped``, the JSON text stored at install);
    ``"default"`` — the hand-set defaults. Unreadable parameters are skipped, never fatal.
    """
    skill_ids = runtime.graph.skill_ids
    candidates: list[tuple[str, str]] = []
    if models_dir is not None:
        path = params_path(models_dir, runtime.pack_id)
        if path.is_file():
            try:
                candidates.append(("fitted", path.read_text(encoding="utf-8")))
            except (OSError, UnicodeDecodeError):
                pass  # unreadable: try the next source
    if shipped is not None:
        candidates.append(("pack", shipped))
    for source, text in candidates:
        try:
            params = LearnerModelParams.from_dict(json.loads(text))
        except (ValueError, TypeError, KeyError):
            continue  # not parameters: practise on the next source
        return params.aligned(skill_ids, runtime.item_ids, runtime.item_skill), source
    return LearnerModelParams.default(skill_ids, runtime.item_ids, runtime.item_skill), "default"


CALIBRATED_SOURCES = ("fitted", "pack")  # fitted on real answers: mastery is decided on the model


@dataclass
class ModelRuntime:
    """A pack's learner model parameters with the pack digest they were aligned to."""

    params: LearnerModelParams
    source: str
    digest: str


def replay_model(
    params: LearnerModelParams, runtime: PackRuntime, events: list[tuple[str, list[str], bool, datetime]]
) -> LearnerState:
    """The learner model state after ``(item_id, skill_ids, correct, client_time)`` events in order.

    Events on items no longer in the pack are skipped, as ``rebuild_pack_states`` skips skills
    no longer in the pack.
    """
    state = LearnerState.new(params)
    for item_id, skill_ids, correct, client_time in events:
        item = runtime.item_index.get(item_id)
        if item is None:
            continue
        skill = runtime.graph.index.get(skill_ids[0]) if skill_ids else None
        if skill is None:
            continue
        update(params, state, item, skill, bool(correct), client_time.timestamp())
    return state


def learner_model_state(
    session: Session, learner_id: str, runtime: PackRuntime, params: LearnerModelParams
) -> LearnerState:
    """Rebuild a learner's model state in a pack from their stored events."""
    events = session.execute(
        select(AttemptEvent.item_id, AttemptEvent.skill_ids, AttemptEvent.correct, AttemptEvent.client_time)
        .where(AttemptEvent.learner_id == learner_id, AttemptEvent.pack_id == runtime.pack_id)
        .order_by(*event_order())
    ).all()
    return replay_model(params, runtime, [tuple(row) for row in events])


def predictions(params: LearnerModelParams, state: LearnerState, now: float) -> tuple[np.ndarray, np.ndarray]:
    """P(correct) for every item of the pack and for a typical item of every skill, at ``now``."""
    items = predict(params, state, np.arange(params.n_items), now)
    skills = skill_mastery(params, state, now)
    return items, skills
