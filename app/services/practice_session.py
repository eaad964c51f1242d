"""The in-memory state of one practice session (nothing here needs to survive a crash:
every answer is already committed as an event before feedback is shown)."""

from __future__ import annotations

import time
from collections import deque
from dataclasses import dataclass, field

import numpy as np

from app.content_packs.rendered import RenderedItem
from app.engine.learner_model.params import LearnerModelParams
from app.engine.learner_model.state import LearnerState
from app.engine.policy import ItemChoice
from app.engine.review import ReviewState
from app.engine.state import LearnerArrays
from app.services.pack_runtime import PackRuntime

RECENT_ITEMS = 20


@dataclass
class ShownItem:
    """The item on screen: its rendering (and seed), why it was chosen and how many hints were shown."""

    rendered: RenderedItem
    choice: ItemChoice
    hints_shown: int = 0


@dataclass
class SkillTally:
    """One skill's movement during the session."""

    p_known_before: float
    p_known_after: float
    attempts: int = 0
    correct: int = 0


@dataclass
class PracticeSession:
    """A learner practising one pack, from start_session until it is dropped."""

    id: str
    learner_id: str
    language: str
    runtime: PackRuntime
    arrays: LearnerArrays
    rng: np.random.Generator
    # FSRS review state per skill index of runtime.graph (None: not mastered, so not under review).
    reviews: list[ReviewState | None] = field(default_factory=list)
    # The learner model for item predictions: the pack's parameters and this learner's state
    # (replayed from events at the start, then updated after each committed answer).
    model_params: LearnerModelParams | None = None
    model_state: LearnerState | None = None
    # Parameters fitted on real answers are calibrated, so mastery is decided on the model; the
    # hand-set defaults are not, so mastery then stays with BKT (docs/engine.md, "Mastery").
    model_decides_mastery: bool = False
    focus_skill: str | None = None
    started: float = field(default_factory=time.monotonic)
    recent_items: deque[str] = field(default_factory=lambda: deque(maxlen=RECENT_ITEMS))
    shown: ShownItem | None = None
    position: int = 0
    answered: int = 0
    correct: int = 0
    hints_used: int = 0
    skills: dict[str, SkillTally] = field(default_factory=dict)
    newly_mastered: list[str] = field(default_factory=list)
