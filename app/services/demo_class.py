"""A realistic class for demos, screenshots, tests and benchmarks: learners with a semester of answers.

Nothing here is invented by hand. Each learner is the engine's simulated learner
(``engine.simulation.learner.SimulatedLearner``: hidden knowledge gated by prerequisites,
guesses, slips and forgetting) on the installed pack's real prerequisite graph and items, taught by
Sabil's real sequencer (``engine.simulation.sabil.SabilPolicy``). Learners differ as a class does:
how fast they learn, how often they come, how readily they ask for hints; a few hold a
misconception on one skill that practice alone does not fix.

Their answers are stored as ordinary attempt events (device sequence numbers allocated in the same
transaction, as ``PracticeService.submit`` does) and their skill states are then rebuilt from those
events by ``PracticeService.rebuild_learner_state``, the same projection every device computes.
Responses are real: right answers and typical wrong answers that the pack's checker marks so.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING, Any

import numpy as np
from sqlalchemy import insert, update

from app.engine.simulation.learner import SimulatedLearner
from app.engine.simulation.sabil import SabilPolicy
from app.engine.simulation.world import World
from app.services.demo_answers import AnswerMaker
from app.services.errors import NotFoundError
from app.services.pack_runtime import PackRuntime, load_runtime
from app.storage.ids import uuid7
from app.storage.models import AttemptEvent, Device, Pack

if TYPE_CHECKING:
    from app.services.app_services import AppServices

NAMES = (
    "Amina", "Omar", "Lucía", "Yusuf", "Fatima", "Mateo", "Chloé", "Kwame", "Layla", "Hassan",
    "Sofía", "Ibrahim", "Nour", "Diego", "Aïcha", "Tariq", "Valentina", "Samir", "Zainab", "Pablo",
    "Mariam", "Idris", "Camille", "Youssef", "Salma", "Hugo", "Khadija", "Adam", "Inès", "Bilal",
)
LANGUAGES = ("en", "ar", "fr", "es")
SCHOOL_DAYS = 5  # Monday to Friday
MISCONCEPTION_SHARE = 0.2  # learners with one skill practice alone does not teach them
MISCONCEPTION_P_LEARN = 0.01
HINT_WHEN_LOST = (2.0, 4.0)  # Beta(a, b): how readily a learner who does not know takes hints
ANSWER_SECONDS = {True: 12.0, False: 20.0}  # median time to answer, right / wrong
HINT_SECONDS = 8.0
PAUSE_SECONDS = 4.0  # reading feedback before the next item


@dataclass(frozen=True)
class DemoClass:
    """What was generated: the learners (in creation order), the pack and the semester."""

    pack_id: str
    learner_ids: tuple[str, ...]
    attempts: int
    start: datetime
    end: datetime


@dataclass(frozen=True)
class _Learner:
    """The hidden traits of one demo learner."""

    world: World
    attendance: float
    hint_readiness: float
    session_items: int


def generate_demo_class(
    services: AppServices,
    pack_id: str,
    *,
    learners: int = 30,
    attempts_per_learner: int = 400,
    weeks: int = 18,
    seed: int = 0,
    end: datetime | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> DemoClass:
    """Create ``learners`` learners who practised ``pack_id`` for ``weeks`` school weeks ending at
    ``end`` (default now), about ``attempts_per_learner`` answers each, and rebuild their states.

    Reproducible from ``seed`` (learner ids and event ids are fresh UUIDs each time).
    ``progress(done, total)`` is called after each learner. ``NotFoundError`` for an unknown pack.
    """
    if learners < 1 or attempts_per_learner < 1 or weeks < 1:
        raise ValueError("A demo class needs at least one learner, one answer and one week.")
    end = (end or datetime.now(UTC)).astimezone(UTC)
    start = end - timedelta(weeks=weeks)
    with services.db.session() as session:
        if session.get(Pack, pack_id) is None:
            raise NotFoundError("unknown_pack", f"No pack {pack_id} is installed.")
        runtime = load_runtime(session, pack_id)
    class_rng = np.random.default_rng([seed, 0xC1A55])
    base_learn = class_rng.uniform(0.15, 0.35, size=runtime.graph.size)
    answers = AnswerMaker(runtime)
    days = school_days(start, end)
    avatars = services.learners.avatars()
    ids: list[str] = []
    total = 0
    for k in range(learners):
        rng = np.random.default_rng([seed, k])
        name = NAMES[k % len(NAMES)] + ("" if k < len(NAMES) else f" {k // len(NAMES) + 1}")
        profile = services.learners.create(
            name, avatars[k % len(avatars)], language=LANGUAGES[int(rng.integers(len(LANGUAGES)))]
        )
        traits = _traits(runtime, base_learn, rng, attempts_per_learner, len(days))
        rows = _semester(runtime, answers, traits, profile.id, start, end, days, rng)
        store_attempts(services, runtime, rows)
        services.practice.rebuild_learner_state(profile.id)
        ids.append(profile.id)
        total += len(rows)
        if progress is not None:
            progress(k + 1, learners)
    return DemoClass(pack_id=pack_id, learner_ids=tuple(ids), attempts=total, start=start, end=end)


def school_days(start: datetime, end: datetime) -> list[datetime]:
    """Midnight (UTC) of every Monday-to-Friday after ``start``'s day and up to ``end``'s day."""
    day = start.replace(hour=0, minute=0, second=0, microsecond=0) + timedelta(days=1)
    found = []
    while day < end:
        if day.weekday() < SCHOOL_DAYS:
            found.append(day)
        day += timedelta(days=1)
    return found


def _traits(
    runtime: PackRuntime, base_learn: np.ndarray, rng: np.random.Generator, attempts: int, days: int
) -> _Learner:
    """A learner's pace, attendance, hint habit and (for some) one misconception."""
    p_learn = np.clip(base_learn * rng.lognormal(0.0, 0.45), 0.03, 0.6)
    if rng.random() < MISCONCEPTION_SHARE:
        # A skill with prerequisites, so the learner can reach it and then gets stuck there.
        reachable = [i for i in range(runtime.graph.size) if runtime.graph.prerequisites_of(i).size]
        if reachable:
            p_learn[reachable[int(rng.integers(min(len(reachable), 8)))]] = MISCONCEPTION_P_LEARN
    world = World(runtime.graph, runtime.item_skill, runtime.item_difficulty, tuple(runtime.item_ids), p_learn)
    attendance = float(rng.uniform(0.6, 0.98))
    sessions = max(1.0, days * attendance)
    return _Learner(
        world=world,
        attendance=attendance,
        hint_readiness=float(rng.beta(*HINT_WHEN_LOST)),
        session_items=max(1, round(attempts / sessions)),
    )


def _semester(
    runtime: PackRuntime,
    answers: AnswerMaker,
    traits: _Learner,
    learner_id: str,
    start: datetime,
    end: datetime,
    days: list[datetime],
    rng: np.random.Generator,
) -> list[dict[str, Any]]:
    """The learner's answers, session by session, on the school days they attended."""
    truth = SimulatedLearner(traits.world, rng)
    policy = SabilPolicy(traits.world, np.random.default_rng(rng.integers(2**63)))
    rows: list[dict[str, Any]] = []
    for day in days:
        if rng.random() < traits.attendance:
            t = (day - start).total_seconds() + float(rng.uniform(8, 14)) * 3600.0
            count = max(1, round(rng.normal(traits.session_items, traits.session_items * 0.25)))
            for _ in range(count):
                if start + timedelta(seconds=t) >= end:
                    break
                t = _answer_one(runtime, answers, traits, truth, policy, learner_id, start, t, rng, rows)
    return rows


def _answer_one(
    runtime: PackRuntime,
    answers: AnswerMaker,
    traits: _Learner,
    truth: SimulatedLearner,
    policy: SabilPolicy,
    learner_id: str,
    start: datetime,
    t: float,
    rng: np.random.Generator,
    rows: list[dict[str, Any]],
) -> float:
    """One item chosen by the engine and answered by the simulated learner; returns the next time."""
    item = int(policy.choose(t))
    skill = int(runtime.item_skill[item])
    lost = float(truth.recall(t)[skill]) < 0.5
    correct = truth.answer(item, t)
    policy.observe(item, correct, t)
    seed = answers.seed_for(item, rng)
    shown = answers.shown(item, seed)
    hints = 0
    if lost and shown.rendered.hints and rng.random() < traits.hint_readiness:
        hints = int(rng.integers(1, len(shown.rendered.hints) + 1))
    seconds = float(rng.lognormal(np.log(ANSWER_SECONDS[correct]), 0.5)) + hints * HINT_SECONDS
    rows.append(
        {
            "learner_id": learner_id,
            "item_id": runtime.item_ids[item],
            "skill_ids": [runtime.graph.skill_ids[skill]],
            "response": answers.answer(item, seed, correct, rng),
            "correct": correct,
            "hints_used": hints,
            "duration_ms": int(seconds * 1000),
            "seed": seed,
            "client_time": start + timedelta(seconds=t),
        }
    )
    return t + seconds + PAUSE_SECONDS


def store_attempts(services: AppServices, runtime: PackRuntime, rows: list[dict[str, Any]]) -> None:
    """Insert attempt events in one transaction, with a block of this device's sequence numbers.

    Each row holds ``learner_id``, ``item_id``, ``skill_ids``, ``response``, ``correct``,
    ``hints_used``, ``duration_ms``, ``seed`` and an aware ``client_time``; the id, device, sequence
    number and pack version are filled in here. The caller rebuilds the learners' states after.
    """
    if not rows:
        return
    with services.db.transaction() as session:
        last = session.execute(
            update(Device)
            .where(Device.id == services.device_id)
            .values(last_seq=Device.last_seq + len(rows))
            .returning(Device.last_seq)
        ).scalar_one()
        first = int(last) - len(rows) + 1
        for offset, row in enumerate(rows):
            row.update(
                id=uuid7(),
                device_id=services.device_id,
                device_seq=first + offset,
                pack_id=runtime.pack_id,
                pack_version=runtime.version,
                created_at=row["client_time"],
            )
        session.execute(insert(AttemptEvent), rows)
