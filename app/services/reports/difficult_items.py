"""Difficult items: the items the class answers right least often, with the wrong answers most
often given, and whether the item or the skill is the problem."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import numpy as np
from sqlalchemy import Row, func, select
from sqlalchemy.orm import Session

from app.services.pack_runtime import PackRuntime
from app.services.reports.answer_text import CHOICE_TYPES, ShownItems, correct_text, response_text
from app.services.reports.dto import DifficultItem, DifficultItems, ReportLearner, WrongAnswer
from app.services.reports.pack_skills import PackSkills
from app.services.reports.scope import pack_title, report_skills
from app.services.reports.state_matrix import load_state_matrix
from app.storage.models import AttemptEvent

MIN_ITEM_ATTEMPTS = 5  # fewer answers say too little about an item
MIN_ITEM_LEARNERS = 2  # one learner's trouble is a "help needed" case, not a difficult item
TOP_WRONG_ANSWERS = 3
# Re-rendering an item to read a choice answer costs about a millisecond; for a choice item with
# more wrong answers than this, the latest ones are read (``DifficultItem.wrong_counted`` says so).
MAX_WRONG_RENDERED = 80


def build_difficult_items(
    session: Session,
    runtime: PackRuntime,
    learners: Sequence[ReportLearner],
    now: datetime,
    limit: int = 20,
) -> DifficultItems:
    """The ``limit`` items with the lowest success among ``learners`` (ties: more answers first)."""
    learner_ids = [learner.id for learner in learners]
    items: list[DifficultItem] = []
    if learner_ids and limit > 0:
        stats = _item_stats(session, runtime, learner_ids)
        skill_rate = _skill_success(stats)
        eligible = [s for s in stats if s.attempts >= MIN_ITEM_ATTEMPTS and s.learners >= MIN_ITEM_LEARNERS]
        eligible.sort(key=lambda s: (s.correct / s.attempts, -s.attempts, s.item_id))
        top = eligible[:limit]
        if top:
            items = _details(session, runtime, learners, top, skill_rate, now)
    return DifficultItems(
        pack_id=runtime.pack_id,
        pack_title=pack_title(session, runtime.pack_id),
        generated_at=now,
        learners=tuple(learners),
        items=tuple(items),
    )


@dataclass(frozen=True)
class _ItemStats:
    item_id: str
    skill_id: str
    attempts: int
    correct: int
    hinted: int
    learners: int


def _item_stats(session: Session, runtime: PackRuntime, learner_ids: Sequence[str]) -> list[_ItemStats]:
    """Answers, right answers, hinted answers and learners per current item (one aggregate query;
    the skill comes from the pack, so no JSON is read per answer)."""
    rows = session.execute(
        select(
            AttemptEvent.item_id,
            func.count(),
            func.count().filter(AttemptEvent.correct.is_(True)),
            func.count().filter(AttemptEvent.hints_used > 0),
            func.count(func.distinct(AttemptEvent.learner_id)),
        )
        .where(AttemptEvent.pack_id == runtime.pack_id, AttemptEvent.learner_id.in_(list(learner_ids)))
        .group_by(AttemptEvent.item_id)
    ).all()
    skill_ids = runtime.graph.skill_ids
    return [
        _ItemStats(item_id, skill_ids[int(runtime.item_skill[runtime.item_index[item_id]])], n, right, hinted, who)
        for item_id, n, right, hinted, who in rows
        if item_id in runtime.item_index
    ]


def _skill_success(stats: Sequence[_ItemStats]) -> dict[str, float]:
    attempts: Counter[str] = Counter()
    correct: Counter[str] = Counter()
    for s in stats:
        attempts[s.skill_id] += s.attempts
        correct[s.skill_id] += s.correct
    return {skill: correct[skill] / attempts[skill] for skill in attempts if attempts[skill]}


def _details(
    session: Session,
    runtime: PackRuntime,
    learners: Sequence[ReportLearner],
    top: Sequence[_ItemStats],
    skill_rate: dict[str, float],
    now: datetime,
) -> list[DifficultItem]:
    """Wrong answers, time and the class's mastery of the skill for each of the top items."""
    wanted = [s.item_id for s in top]
    answers = session.execute(
        select(
            AttemptEvent.item_id,
            AttemptEvent.learner_id,
            AttemptEvent.correct,
            AttemptEvent.response,
            AttemptEvent.seed,
            AttemptEvent.duration_ms,
        )
        .where(
            AttemptEvent.pack_id == runtime.pack_id,
            AttemptEvent.item_id.in_(wanted),
            AttemptEvent.learner_id.in_([learner.id for learner in learners]),
        )
        .order_by(AttemptEvent.client_time.desc(), AttemptEvent.id.desc())
    ).all()
    by_item: dict[str, list[Row[Any]]] = defaultdict(list)
    for answer in answers:
        by_item[answer.item_id].append(answer)
    skills = report_skills(PackSkills.of(runtime))
    column = {skill.skill_id: j for j, skill in enumerate(skills)}
    row_of = {learner.id: i for i, learner in enumerate(learners)}
    matrix = load_state_matrix(session, runtime.pack_id, list(row_of), column, now.timestamp())
    shown = ShownItems(runtime)
    found = []
    for stat in top:
        rows = by_item[stat.item_id]
        wrong = [r for r in rows if not r.correct]
        item = runtime.item(runtime.item_index[stat.item_id])
        is_choice = item.type in CHOICE_TYPES
        counted = wrong[:MAX_WRONG_RENDERED] if is_choice else wrong
        texts: Counter[str] = Counter()
        who: dict[str, set[str]] = defaultdict(set)
        for r in counted:
            rendered = shown.rendered(r.item_id, r.seed) if is_choice else None
            text = response_text(rendered, r.response)
            texts[text] += 1
            who[text].add(r.learner_id)
        example = shown.rendered(stat.item_id, (wrong or rows)[0].seed)
        answered_by = {r.learner_id for r in rows}
        j = column.get(item.skill_id)
        mastered = [bool(matrix.mastered[row_of[x], j]) for x in answered_by] if j is not None else []
        found.append(
            DifficultItem(
                item_id=stat.item_id,
                skill_id=item.skill_id,
                skill_title=dict(runtime.titles.get(item.skill_id, {})),
                prompt=example.prompt if example is not None else "",
                templated=shown.templated(stat.item_id),
                correct_answer=correct_text(example),
                attempts=int(stat.attempts),
                learners=int(stat.learners),
                success_rate=stat.correct / stat.attempts,
                skill_success_rate=skill_rate.get(stat.skill_id, 0.0),
                skill_mastered_share=float(np.mean(mastered)) if mastered else 0.0,
                hint_rate=stat.hinted / stat.attempts,
                median_seconds=float(np.median([r.duration_ms for r in rows])) / 1000.0 if rows else 0.0,
                wrong_answers=tuple(
                    WrongAnswer(response=text, count=count, learners=len(who[text]))
                    for text, count in sorted(texts.items(), key=lambda kv: (-kv[1], kv[0]))[:TOP_WRONG_ANSWERS]
                ),
                wrong_counted=len(counted),
                wrong_total=len(wrong),
            )
        )
    return found
