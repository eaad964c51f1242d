"""Practice sessions: choose the next item, show hints, record answers durably, summarise.

The durability rule: ``submit`` allocates this device's next sequence number, inserts the attempt
event and updates the skill state (with its FSRS review state) in ONE transaction, and returns only after it committed — so
an answer the learner saw acknowledged is on disk (WAL, synchronous=FULL) even if the power goes
the next instant.
"""

from __future__ import annotations

import secrets
import threading
import time
from datetime import UTC, datetime
from pathlib import Path

import numpy as np
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.content_packs.answer_check import check_answer
from app.content_packs.limits import MAX_RESPONSE_LENGTH
from app.content_packs.rendered import RenderedItem
from app.content_packs.templates import render_item
from app.engine.graph import ready_mask
from app.engine.learner_model.model import skill_mastery_one
from app.engine.learner_model.model import update as update_model
from app.engine.learner_model.state import LearnerState
from app.engine.policy import Suggestion, choose_item, suggest_skills
from app.engine.review import DEFAULT_TARGET, ReviewState, recall_probability, review_after_attempt
from app.engine.state import LearnerArrays, SkillState, apply_attempt
from app.services.device import allocate_seq
from app.services.dto import (
    Feedback,
    PresentedItem,
    SessionSummary,
    SkillProgress,
    SkillView,
    SuggestionView,
)
from app.services.errors import NotFoundError, ValidationError
from app.services.learner_model_runtime import (
    CALIBRATED_SOURCES,
    ModelRuntime,
    learner_model_key,
    learner_model_state,
    load_model_params,
    params_path,
    predictions,
)
from app.services.learner_state import (
    load_reviews,
    load_states,
    rebuild_pack_states,
    row_review,
    row_to_state,
    write_state,
)
from app.services.media_store import MediaStore
from app.services.pack_runtime import PackRuntime, RuntimeCache
from app.services.plan_scope import PlanScope, load_plan_scope, plan_focus_for, with_plan_reason
from app.services.practice_session import PracticeSession, ShownItem, SkillTally
from app.storage.database import Database
from app.storage.ids import uuid7
from app.storage.models import AttemptEvent, Learner, Media, Pack, PackMedia, Setting, SkillStateRow

# Template seeds fit comfortably in SQLite's signed 64-bit INTEGER.
SEED_BITS = 48
# A mastered skill whose FSRS recall probability falls below this comes back for review.
REVIEW_TARGET = DEFAULT_TARGET


def reviews_by_index(runtime: PackRuntime, reviews: dict[str, ReviewState]) -> list[ReviewState | None]:
    """Review states laid out by the graph's skill index (None for skills not under review)."""
    return [reviews.get(skill_id) for skill_id in runtime.graph.skill_ids]


class PracticeService:
    """Use cases of practising. Sessions live in memory; everything a learner earned is in the DB."""

    def __init__(
        self, db: Database, device_id: str, media_root: Path, models_dir: Path | None = None
    ) -> None:
        """``models_dir`` holds fitted learner model parameters, one ``<pack id>.json`` per pack."""
        self._db = db
        self._models_dir = models_dir
        self._models: dict[str, ModelRuntime] = {}
        self._media = MediaStore(media_root)
        self._device_id = device_id
        self._sessions: dict[str, PracticeSession] = {}
        # Each session's learning plans (None: no plan), loaded at its start.
        self._plans: dict[str, PlanScope | None] = {}
        self._runtimes = RuntimeCache()
        self._lock = threading.Lock()

    # -- the learner's map -----------------------------------------------------------------------

    def skill_map(self, learner_id: str, pack_id: str | None = None) -> list[SkillView]:
        """Every current skill of the pack with the learner's status, in topological order."""
        with self._db.session() as session:
            self._learner(session, learner_id)
            runtime = self._runtime(session, self._pack_for(session, learner_id, pack_id))
            arrays = LearnerArrays.from_states(
                runtime.graph, load_states(session, learner_id, runtime.pack_id), runtime.params
            )
        graph = runtime.graph
        ready = ready_mask(graph, arrays.mastered)
        views = []
        for index in graph.topo_order:
            i = int(index)
            skill_id = graph.skill_ids[i]
            if arrays.mastered[i]:
                status = "mastered"
            elif arrays.attempts[i] > 0:
                status = "in_progress"
            elif ready[i]:
                status = "ready"
            else:
                status = "locked"
            views.append(
                SkillView(
                    skill_id=skill_id,
                    title=dict(runtime.titles[skill_id]),
                    status=status,
                    p_known=float(arrays.p_known[i]),
                    attempts=int(arrays.attempts[i]),
                    prerequisites=runtime.prerequisites[skill_id],
                    pack_id=runtime.pack_id,
                )
            )
        return views

    def suggestions(self, learner_id: str, k: int = 3, pack_id: str | None = None) -> list[SuggestionView]:
        """Up to ``k`` good next skills, best first, each with a reason code (agency for the learner)."""
        with self._db.session() as session:
            learner = self._learner(session, learner_id)
            runtime = self._runtime(session, self._pack_for(session, learner_id, pack_id))
            arrays = LearnerArrays.from_states(
                runtime.graph, load_states(session, learner_id, runtime.pack_id), runtime.params
            )
            reviews = reviews_by_index(runtime, load_reviews(session, learner_id, runtime.pack_id))
            model = self._model(session, runtime)
            model_state = learner_model_state(session, learner_id, runtime, model.params)
            plan = load_plan_scope(session, learner_id, runtime)
        now = time.time()
        _items, skill_p = predictions(model.params, model_state, now)
        focus = plan_focus_for(plan, runtime, arrays)
        found = suggest_skills(
            runtime.graph,
            arrays,
            runtime.params,
            k,
            now=now,
            practisable=runtime.practisable if focus is None else runtime.practisable & focus.allowed,
            recall=recall_probability(reviews, now),
            review_target=REVIEW_TARGET,
            skill_p_correct=skill_p,
        )
        found = [with_plan_reason(plan, runtime, focus, s) for s in found]
        return [self._suggestion_view(runtime, s, learner.language) for s in found]

    def session_suggestions(self, session_id: str, k: int = 3) -> list[SuggestionView]:
        """Up to ``k`` good next skills for a running session, from its in-memory state (no query).

        The first is the engine's best step, which a plain ``next_item`` follows; the others are the
        learner's alternatives (``next_item(session_id, focus_skill=...)``).
        """
        practice = self._session(session_id)
        runtime = practice.runtime
        now = time.time()
        _items, skill_p = self._predictions(practice, now)
        plan = self._plans.get(session_id)
        focus = plan_focus_for(plan, runtime, practice.arrays)
        found = suggest_skills(
            runtime.graph,
            practice.arrays,
            runtime.params,
            k,
            now=now,
            practisable=runtime.practisable if focus is None else runtime.practisable & focus.allowed,
            recall=recall_probability(practice.reviews, now),
            review_target=REVIEW_TARGET,
            skill_p_correct=skill_p,
        )
        found = [with_plan_reason(plan, runtime, focus, s) for s in found]
        return [self._suggestion_view(runtime, s, practice.language) for s in found]

    def current_pack(self, learner_id: str) -> str:
        """The pack a learner practises by default: the one of their latest answer, else the first installed."""
        with self._db.session() as session:
            self._learner(session, learner_id)
            return self._pack_for(session, learner_id, None)

    # -- a session -------------------------------------------------------------------------------

    def start_session(
        self, learner_id: str, focus_skill: str | None = None, pack_id: str | None = None
    ) -> str:
        """Begin practising; returns the session id. ``focus_skill`` keeps the session on one skill."""
        with self._db.session() as session:
            learner = self._learner(session, learner_id)
            runtime = self._runtime(session, self._pack_for(session, learner_id, pack_id))
            states = load_states(session, learner_id, runtime.pack_id)
            reviews = load_reviews(session, learner_id, runtime.pack_id)
            model = self._model(session, runtime)
            model_state = learner_model_state(session, learner_id, runtime, model.params)
            plan = load_plan_scope(session, learner_id, runtime)
        if focus_skill is not None and focus_skill not in runtime.graph.index:
            raise ValidationError("unknown_skill", f"The pack has no skill {focus_skill!r}.")
        if not runtime.item_ids:
            raise ValidationError("empty_pack", "This pack has no items to practise.")
        practice = PracticeSession(
            id=uuid7(),
            learner_id=learner_id,
            language=learner.language,
            runtime=runtime,
            arrays=LearnerArrays.from_states(runtime.graph, states, runtime.params),
            rng=np.random.default_rng(secrets.randbits(64)),
            reviews=reviews_by_index(runtime, reviews),
            model_params=model.params,
            model_state=model_state,
            model_decides_mastery=model.source in CALIBRATED_SOURCES,
            focus_skill=focus_skill,
        )
        with self._lock:
            self._sessions[practice.id] = practice
            self._plans[practice.id] = plan
        return practice.id

    def next_item(self, session_id: str, focus_skill: str | None = None) -> PresentedItem:
        """Choose and render the next item (an item shown but not answered counts as skipped).

        ``focus_skill`` makes this one item serve that skill (a next step the learner picked from
        the suggestions); the session's own focus, if any, applies otherwise.
        """
        practice = self._session(session_id)
        runtime = practice.runtime
        if focus_skill is not None and focus_skill not in runtime.graph.index:
            raise ValidationError("unknown_skill", f"The pack has no skill {focus_skill!r}.")
        now = time.time()
        item_p, skill_p = self._predictions(practice, now)
        plan = self._plans.get(session_id)
        focus = plan_focus_for(plan, runtime, practice.arrays)
        # A skill the learner chose is theirs to practise: the plan only restricts the engine's own picks.
        chosen = focus_skill or practice.focus_skill
        choice = choose_item(
            runtime.graph,
            practice.arrays,
            runtime.params,
            runtime.item_skill,
            runtime.item_ids,
            list(practice.recent_items),
            practice.rng,
            focus_skill=focus_skill or practice.focus_skill,
            item_difficulty=runtime.item_difficulty,
            now=now,
            item_index=runtime.item_index,
            recall=recall_probability(practice.reviews, now),
            review_target=REVIEW_TARGET,
            item_p_correct=item_p,
            skill_p_correct=skill_p,
            allowed=focus.allowed if focus is not None and chosen is None else None,
        )
        suggestion = with_plan_reason(plan, runtime, focus, choice.suggestion)
        item = runtime.item(choice.item_index)
        rendered = render_item(item, secrets.randbits(SEED_BITS))
        practice.shown = ShownItem(rendered=rendered, choice=choice)
        practice.recent_items.append(item.id)
        practice.position += 1
        reason_args = self._titled_args(runtime, suggestion.reason_args, practice.language)
        media = self._media_paths(runtime.pack_id, rendered.media)
        return PresentedItem(
            session_id=session_id,
            item_id=item.id,
            skill_id=item.skill_id,
            skill_title=dict(runtime.titles[item.skill_id]),
            type=rendered.type,
            prompt=rendered.prompt,
            choices=rendered.choices,
            hint_count=len(rendered.hints),
            hints_shown=0,
            reason=suggestion.reason,
            reason_args=reason_args,
            position=practice.position,
            media=tuple(media.values()),
            media_names=tuple(media),
        )

    def hint(self, session_id: str) -> str | None:
        """The next hint for the item on screen, or None when every hint has been shown."""
        practice = self._session(session_id)
        shown = self._shown(practice)
        if shown.hints_shown >= len(shown.rendered.hints):
            return None
        text = shown.rendered.hints[shown.hints_shown]
        shown.hints_shown += 1
        practice.hints_used += 1
        return text

    def submit(self, session_id: str, response: str, duration_ms: int) -> Feedback:
        """Check an answer; if readable, record it durably and update the learner's skill state.

        An unreadable answer (e.g. letters for a number) records nothing and the item stays on
        screen so the learner can try again.
        """
        practice = self._session(session_id)
        shown = self._shown(practice)
        runtime = practice.runtime
        rendered = shown.rendered
        skill_id = rendered.skill_id
        skill_index = runtime.graph.index[skill_id]
        p_before = float(practice.arrays.p_known[skill_index])
        if len(response) > MAX_RESPONSE_LENGTH:
            result_status, result_reason = "unreadable", "too_long"
        else:
            result = check_answer(rendered, response)
            result_status, result_reason = result.status, result.reason
        if result_status == "unreadable":
            return Feedback(
                status="unreadable",
                reason=result_reason,
                correct_answer="",
                solution="",
                event_id=None,
                skill_id=skill_id,
                p_known_before=p_before,
                p_known_after=p_before,
                mastered_now=False,
            )
        correct = result_status == "correct"
        client_time = datetime.now(UTC)
        event_id = uuid7()
        with self._db.transaction() as session:
            seq = allocate_seq(session, self._device_id)
            session.add(
                AttemptEvent(
                    id=event_id,
                    device_id=self._device_id,
                    device_seq=seq,
                    learner_id=practice.learner_id,
                    pack_id=runtime.pack_id,
                    pack_version=runtime.version,
                    item_id=rendered.item_id,
                    skill_ids=[skill_id],
                    response=response,
                    correct=correct,
                    hints_used=shown.hints_shown,
                    duration_ms=max(0, int(duration_ms)),
                    seed=rendered.seed,
                    client_time=client_time,
                    created_at=client_time,
                )
            )
            # The model folds the answer into a copy: memory changes only once the answer is committed.
            model_after = self._model_after(practice, rendered.item_id, skill_index, correct, client_time)
            model_p = (
                skill_mastery_one(practice.model_params, model_after, skill_index, client_time.timestamp())
                if practice.model_decides_mastery and model_after is not None
                else None
            )
            before, after, review = self._apply(
                session, practice.learner_id, runtime, skill_id, correct, client_time, shown.hints_shown, model_p
            )
        # Committed: only now does anything in memory change.
        practice.arrays.set_state(skill_index, after)
        practice.reviews[skill_index] = review
        if model_after is not None:
            practice.model_state = model_after
        practice.shown = None
        practice.answered += 1
        practice.correct += int(correct)
        tally = practice.skills.setdefault(
            skill_id, SkillTally(p_known_before=before.p_known, p_known_after=0.0)
        )
        tally.p_known_after = after.p_known
        tally.attempts += 1
        tally.correct += int(correct)
        mastered_now = after.mastered and not before.mastered
        if mastered_now:
            practice.newly_mastered.append(skill_id)
        return Feedback(
            status=result_status,
            reason=result_reason,
            correct_answer=rendered.correct_display,
            solution=rendered.solution,
            event_id=event_id,
            skill_id=skill_id,
            p_known_before=before.p_known,
            p_known_after=after.p_known,
            mastered_now=mastered_now,
            correct_choices=tuple(rendered.answer.correct) if rendered.choices else (),
        )

    def summary(self, session_id: str) -> SessionSummary:
        """What the session achieved so far (it can be asked at any time)."""
        practice = self._session(session_id)
        skills = tuple(
            SkillProgress(
                skill_id=skill_id,
                title=dict(practice.runtime.titles.get(skill_id, {})),
                p_known_before=t.p_known_before,
                p_known_after=t.p_known_after,
                attempts=t.attempts,
                correct=t.correct,
            )
            for skill_id, t in practice.skills.items()
        )
        return SessionSummary(
            session_id=session_id,
            learner_id=practice.learner_id,
            answered=practice.answered,
            correct=practice.correct,
            hints_used=practice.hints_used,
            duration_seconds=time.monotonic() - practice.started,
            skills=skills,
            newly_mastered=tuple(practice.newly_mastered),
        )

    def end_session(self, session_id: str) -> SessionSummary:
        """The summary, and the session is forgotten."""
        result = self.summary(session_id)
        with self._lock:
            self._sessions.pop(session_id, None)
            self._plans.pop(session_id, None)
        return result

    # -- rebuilding ------------------------------------------------------------------------------

    def rebuild_learner_state(self, learner_id: str) -> int:
        """Recompute the learner's skill states from their events in every installed pack.

        Used after an engine upgrade or after sync brought events from other devices. Returns how
        many packs were rebuilt.
        """
        with self._db.transaction() as session:
            if session.get(Learner, learner_id) is None:
                raise ValidationError("unknown_learner", f"There is no learner with id {learner_id}.")
            pack_ids = list(session.scalars(select(Pack.id).order_by(Pack.id)))
            for pack_id in pack_ids:
                runtime = self._runtime(session, pack_id)
                model = self._model(session, runtime)
                rebuild_pack_states(
                    session, learner_id, runtime, model.params if model.source in CALIBRATED_SOURCES else None
                )
        return len(pack_ids)

    # -- helpers ---------------------------------------------------------------------------------

    def _apply(
        self,
        session: Session,
        learner_id: str,
        runtime: PackRuntime,
        skill_id: str,
        correct: bool,
        when: datetime,
        hints_used: int,
        model_p_correct: float | None = None,
    ) -> tuple[SkillState, SkillState, ReviewState | None]:
        """Fold one answer into the stored state and review state (read inside the write
        transaction: authoritative). The same folds as ``rebuild_pack_states``, so replay agrees.
        ``model_p_correct``: the learner model's P(correct) on a typical item of the skill after
        this answer, when the model decides mastery."""
        row = session.get(SkillStateRow, (learner_id, runtime.pack_id, skill_id))
        if row is None:
            row = SkillStateRow(
                learner_id=learner_id, pack_id=runtime.pack_id, skill_id=skill_id, mastered=False
            )
            session.add(row)
            before, review_before = SkillState.initial(runtime.params), None
        else:
            before, review_before = row_to_state(row), row_review(row)
        stamp = when.timestamp()
        after = apply_attempt(before, correct, stamp, runtime.params, runtime.rule(skill_id), model_p_correct)
        review = review_after_attempt(
            review_before, before.mastered, after.mastered, correct, stamp, hints_used
        )
        write_state(row, after, when, review)
        return before, after, review

    def shown_rendering(self, session_id: str) -> RenderedItem:
        """The item on screen with its answer key, for automated runs (smoke test, screenshot tour,
        benchmarks) that must answer like a child who knows the answer. The learner's UI never calls it."""
        return self._shown(self._session(session_id)).rendered

    def _session(self, session_id: str) -> PracticeSession:
        with self._lock:
            found = self._sessions.get(session_id)
        if found is None:
            raise NotFoundError("unknown_session", "This practice session has ended.")
        return found

    @staticmethod
    def _shown(practice: PracticeSession) -> ShownItem:
        if practice.shown is None:
            raise ValidationError("no_item", "There is no item on screen; ask for the next item first.")
        return practice.shown

    @staticmethod
    def _learner(session: Session, learner_id: str) -> Learner:
        row = session.get(Learner, learner_id)
        if row is None or row.deleted_at is not None:
            raise ValidationError("unknown_learner", f"There is no learner with id {learner_id}.")
        return row

    @staticmethod
    def _pack_for(session: Session, learner_id: str, pack_id: str | None) -> str:
        if pack_id is not None:
            if session.get(Pack, pack_id) is None:
                raise NotFoundError("unknown_pack", f"No pack {pack_id} is installed.")
            return pack_id
        latest = session.scalar(
            select(AttemptEvent.pack_id)
            .join(Pack, Pack.id == AttemptEvent.pack_id)
            .where(AttemptEvent.learner_id == learner_id)
            .order_by(AttemptEvent.client_time.desc(), AttemptEvent.id.desc())
            .limit(1)
        )
        if latest is not None:
            return latest
        first = session.scalar(select(Pack.id).order_by(Pack.installed_at, Pack.id).limit(1))
        if first is None:
            raise NotFoundError("no_packs", "No content pack is installed yet.")
        return first

    def _runtime(self, session: Session, pack_id: str) -> PackRuntime:
        """The cached runtime of a pack, reloaded when a new version was installed."""
        return self._runtimes.get(session, pack_id)

    def _model(self, session: Session, runtime: PackRuntime) -> ModelRuntime:
        """The learner model parameters of a pack, reloaded when the pack or the params file changed."""
        path = params_path(self._models_dir, runtime.pack_id) if self._models_dir is not None else None
        stamp = f"{runtime.digest}:{path.stat().st_mtime_ns if path is not None and path.is_file() else 0}"
        with self._lock:
            cached = self._models.get(runtime.pack_id)
        if cached is not None and cached.digest == stamp:
            return cached
        shipped = session.scalar(select(Setting.value).where(Setting.key == learner_model_key(runtime.pack_id)))
        params, source = load_model_params(runtime, self._models_dir, shipped)
        model = ModelRuntime(params=params, source=source, digest=stamp)
        with self._lock:
            self._models[runtime.pack_id] = model
        return model

    @staticmethod
    def _model_after(
        practice: PracticeSession, item_id: str, skill_index: int, correct: bool, when: datetime
    ) -> LearnerState | None:
        """The session's learner model state with this answer folded in (a copy), or None without a model."""
        item_index = practice.runtime.item_index.get(item_id)
        if practice.model_params is None or practice.model_state is None or item_index is None:
            return None
        after = practice.model_state.copy()
        update_model(practice.model_params, after, item_index, skill_index, correct, when.timestamp())
        return after

    @staticmethod
    def _predictions(practice: PracticeSession, now: float) -> tuple[np.ndarray | None, np.ndarray | None]:
        """The learner model's P(correct) per item and per skill for a session (None without a model)."""
        if practice.model_params is None or practice.model_state is None:
            return None, None
        return predictions(practice.model_params, practice.model_state, now)

    def _media_paths(self, pack_id: str, names: tuple[str, ...]) -> dict[str, str]:
        """The stored file of each of an item's media names, in the item's order (missing ones left out)."""
        if not names:
            return {}
        with self._db.session() as session:
            rows = session.execute(
                select(PackMedia.path, Media.sha256, Media.extension)
                .join(Media, Media.sha256 == PackMedia.sha256)
                .where(PackMedia.pack_id == pack_id, PackMedia.path.in_(names))
            ).all()
        found = {r.path: str(self._media.path_for(r.sha256, r.extension)) for r in rows}
        return {name: found[name] for name in names if name in found}

    def _suggestion_view(self, runtime: PackRuntime, suggestion: Suggestion, language: str) -> SuggestionView:
        return SuggestionView(
            skill_id=suggestion.skill_id,
            title=dict(runtime.titles[suggestion.skill_id]),
            kind=suggestion.kind,
            reason=suggestion.reason,
            reason_args=self._titled_args(runtime, suggestion.reason_args, language),
            predicted_correct=float(suggestion.predicted_correct),
        )

    @staticmethod
    def _titled_args(runtime: PackRuntime, args: dict[str, str], language: str) -> dict[str, str]:
        """Reason arguments plus ``<key>_title`` for every argument naming skills (comma-separated ids),
        the titles joined with the learner's language's comma (Arabic writes "،")."""
        result = dict(args)
        joiner = "، " if language == "ar" else ", "
        for key, value in args.items():
            ids = [part.strip() for part in str(value).split(",") if part.strip()]
            if ids and all(i in runtime.graph.index for i in ids):
                result[f"{key}_title"] = joiner.join(runtime.title(i, language) for i in ids)
        return result
