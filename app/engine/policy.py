"""What to practise next: a few good next skills (agency) and the one item to show now.

Candidates come from the prerequisite graph and the learner's state:
- remediation: after repeated failure on a skill, its weakest prerequisite (the inner fringe);
- continue: skills attempted, not mastered, with every prerequisite mastered;
- new: skills never attempted whose prerequisites are mastered (the outer fringe);
- review: mastered skills whose predicted recall (from the forgetting-aware scheduler, passed as
  ``recall``) fell below ``review_target``; without ``recall``, mastered skills idle for a week.

The learner model is a parameter too: ``item_p_correct`` / ``skill_p_correct``, when given,
replace the BKT predictions everywhere (item scores and the suggestions' predicted_correct).

``choose_item`` scores every candidate item at once with numpy: closeness of the predicted
P(correct) to the 70-85 % band, the suggestion's rank, a bonus for switching skill (interleaving)
and a penalty for items seen recently. The very last item is never shown again while any other
item exists. Remaining ties are broken by the caller's random generator, so a seed reproduces
a session exactly.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Literal

import numpy as np

from app.engine.bkt import BKTParams, predict_correct
from app.engine.graph import SkillGraph, ready_mask, remediation_target
from app.engine.prediction import predict_items
from app.engine.state import LearnerArrays

SuggestionKind = Literal["continue", "new", "review", "remediation"]

# Reason codes; the UI turns each into a translated sentence using reason_args.
IN_PROGRESS = "in_progress"  # args: attempts
PREREQUISITES_MASTERED = "prerequisites_mastered"  # args: prerequisites (comma-separated skill ids)
NO_PREREQUISITES = "no_prerequisites"  # no args
WEAKEST_PREREQUISITE = "weakest_prerequisite"  # args: skill (the one failed), prerequisite
REVIEW_DUE = "review_due"  # args: days (whole days since last practised)
ALREADY_MASTERED = "already_mastered"  # a mastered skill the learner chose to practise; no args
# A locked skill offered as a last resort; args: missing (comma-separated ids of unmastered prerequisites).
CLOSEST_TO_READY = "closest_to_ready"

TARGET_LOW = 0.70
TARGET_HIGH = 0.85
REMEDIATION_AFTER_WRONG = 3  # wrong answers in a row on a skill before its weakest prerequisite is offered
REMEDIATION_ITEMS = 2  # prerequisite items shown before going back to the failed skill
# ... unless the latest prerequisite answer was wrong: then the detour goes on, up to this many
# items, so a prerequisite that really is missing gets relearnt rather than glanced at.
REMEDIATION_MAX_ITEMS = 6
# A skill also counts as failing when this many attempts have not lifted the belief to STUCK_BELIEF:
# lucky guesses break wrong streaks, but not the evidence that the skill is not being learnt.
STUCK_ATTEMPTS = 8
STUCK_BELIEF = 0.5
# After a detour, a prerequisite the learner answered well enough to keep at least this belief is
# not the problem; no further detour to it while the detour is still in recent memory.
CONFIRMED_STRONG = 0.95
REVIEW_AFTER_SECONDS = 7 * 24 * 3600.0

# Item score weights. The band term dominates; the others separate items that are similarly close.
_BAND_WEIGHT = 2.0  # per unit of probability outside the 70-85 % band
_CENTRE_WEIGHT = 0.1  # prefers the middle of the band among items inside it
# By suggestion rank: the best suggestion is preferred, not imposed. Smaller than the switch bonus,
# because "continue" ranks the skill just practised first and would otherwise block interleaving.
_RANK_BONUS = (0.1, 0.05, 0.0)
_SWITCH_BONUS = 0.15  # the item's skill differs from the last item's skill
_SWITCH_BONUS_2 = 0.05  # ... and from the one before it
# Review is scored low: a mastered skill predicts ~0.88, closer to the band than a skill being
# learnt, and would otherwise crowd out new learning whenever several reviews fall due.
_REVIEW_PENALTY = 0.35
# With predicted recall, a review that has only just fallen due waits a little longer while there
# is learning to do: up to this much extra penalty, shrinking to 0 as recall falls a further
# _URGENCY_SPAN below the target (or at once after a failed review). Spaced later, a review
# strengthens memory more and costs fewer steps of new learning.
_FRESH_REVIEW_PENALTY = 0.6
_URGENCY_SPAN = 0.2
_RECENT_PENALTY = 0.6  # divided by how many items ago the item was seen (1 = the one before last)
_RECENT_LOOKBACK = 20
_TIE_TOLERANCE = 1e-9


@dataclass(frozen=True)
class Suggestion:
    """One suggested next skill and why. ``reason_args`` values are skill ids or plain numbers as text."""

    skill_id: str
    kind: SuggestionKind
    reason: str
    reason_args: dict[str, str]
    predicted_correct: float


@dataclass(frozen=True)
class ItemChoice:
    """The item to show, the suggestion it serves, and its own predicted P(correct)."""

    item_index: int
    skill_id: str
    suggestion: Suggestion
    predicted_correct: float


@dataclass(frozen=True)
class _Candidate:
    skill: int
    kind: SuggestionKind
    reason: str
    args: dict[str, str]


def suggest_skills(
    graph: SkillGraph,
    arrays: LearnerArrays,
    params: BKTParams,
    k: int = 3,
    *,
    now: float | None = None,
    practisable: np.ndarray | None = None,
    recall: np.ndarray | None = None,
    review_target: float = 0.9,
    skill_p_correct: np.ndarray | None = None,
) -> list[Suggestion]:
    """Up to ``k`` different skills to practise next, best first, each with a reason.

    The first is the single best step; the others prefer kinds not offered yet, so the learner
    gets a real choice (e.g. continue one skill, start another, review a third). ``now`` (epoch
    seconds) enables week-based review suggestions and gives review reasons their day count.
    ``practisable`` (bool per skill) marks skills that have items; others are not suggested.
    ``recall`` (per skill, probability a mastered skill is still known now) makes every mastered
    skill with recall below ``review_target`` a review candidate, lowest recall first.
    ``skill_p_correct`` (per skill) replaces the BKT prediction shown with each suggestion.
    Never empty while some skill is not mastered and ``k >= 1``.
    """
    if k <= 0:
        return []
    practisable_mask = _practisable_mask(graph, practisable)
    review = _ReviewInputs.make(graph, recall, review_target)
    ranked = _ranked_candidates(graph, arrays, now, practisable_mask, k, review)
    chosen = _diverse_pick(ranked, k)
    skill_pc = _skill_prediction(graph, arrays, params, skill_p_correct)
    return [_to_suggestion(graph, c, skill_pc) for c in chosen]


def choose_item(
    graph: SkillGraph,
    arrays: LearnerArrays,
    params: BKTParams,
    item_skill: np.ndarray,
    item_ids: Sequence[str],
    recent_item_ids: Sequence[str],
    rng: np.random.Generator,
    focus_skill: str | None = None,
    item_difficulty: np.ndarray | None = None,
    *,
    now: float | None = None,
    item_index: Mapping[str, int] | None = None,
    recall: np.ndarray | None = None,
    review_target: float = 0.9,
    item_p_correct: np.ndarray | None = None,
    skill_p_correct: np.ndarray | None = None,
    allowed: np.ndarray | None = None,
) -> ItemChoice:
    """The item to show next.

    ``item_skill[i]`` is the graph index of item i's skill; ``recent_item_ids`` are the items shown
    lately, most recent last. With ``focus_skill`` only that skill is practised, or, when it is
    still locked, its weakest unmastered prerequisite (a remediation suggestion says so); after
    repeated failure on it a couple of prerequisite items are mixed in. ``item_index`` (item id ->
    position) saves rebuilding that lookup for very large packs. ``recall`` / ``review_target``
    drive review as in ``suggest_skills``. ``item_p_correct`` (per item) and ``skill_p_correct``
    (per skill) replace the BKT predictions: an item's P(correct) is ``item_p_correct`` when
    given, else its skill's ``skill_p_correct`` shifted by ``item_difficulty``, else BKT.
    ``allowed`` (bool per skill) restricts the candidates, as a learning plan does
    (``app.engine.plan``); it is ignored when it leaves nothing to practise.
    Raises ValueError for an empty pack, mismatched item arrays or predictions, a skill index
    outside the graph or an unknown focus skill.
    """
    item_skill = np.asarray(item_skill, dtype=np.intp)
    n_items = item_skill.shape[0]
    if n_items == 0:
        raise ValueError("The pack has no items to choose from.")
    if len(item_ids) != n_items:
        raise ValueError(f"item_ids has {len(item_ids)} entries but item_skill has {n_items}.")
    if item_skill.min() < 0 or item_skill.max() >= graph.size:
        raise ValueError(f"item_skill holds a skill index outside 0..{graph.size - 1}.")
    if item_p_correct is not None and np.shape(item_p_correct) != (n_items,):
        raise ValueError(f"item_p_correct must hold one probability per item ({n_items}).")
    practisable = np.bincount(item_skill, minlength=graph.size) > 0
    if allowed is not None:
        restricted = practisable & np.asarray(allowed, dtype=bool)
        practisable = restricted if restricted.any() else practisable
    review = _ReviewInputs.make(graph, recall, review_target)
    skill_pc = _skill_prediction(graph, arrays, params, skill_p_correct)

    if focus_skill is not None:
        if focus_skill not in graph.index:
            raise ValueError(f"Unknown focus skill '{focus_skill}'.")
        candidates = _focus_candidates(graph, arrays, graph.index[focus_skill], practisable, now, review)
    else:
        ranked = _ranked_candidates(graph, arrays, now, practisable, len(_RANK_BONUS), review)
        candidates = _diverse_pick(ranked, len(_RANK_BONUS))

    lookup = _ItemLookup(
        item_ids, item_index, item_skill, graph.size, _skills_to_recognise(graph, candidates)
    )
    recent = list(recent_item_ids)[-_RECENT_LOOKBACK:]
    recent_skills = [lookup.skill_of(item_id) for item_id in recent]
    candidates = _settle_remediation(graph, arrays, candidates, recent_skills)

    last_item = lookup.index_of(recent[-1]) if recent else None
    skill_rank = np.full(graph.size, -1, dtype=np.intp)
    review_skill = np.zeros(graph.size, dtype=bool)
    for rank, candidate in enumerate(candidates):
        skill_rank[candidate.skill] = rank
        review_skill[candidate.skill] = candidate.kind == "review" and focus_skill is None
    pool = np.flatnonzero(skill_rank[item_skill] >= 0)
    pool = pool[pool != last_item] if last_item is not None else pool
    if pool.size == 0:
        # Nothing left in the candidate skills (e.g. a focus skill with a single item): widen to
        # every unlocked skill, then to the whole pack, so the last item is still not repeated.
        lookup = _ItemLookup(item_ids, item_index, item_skill, graph.size, set(range(graph.size)))
        recent_skills = [lookup.skill_of(item_id) for item_id in recent]
        last_item = lookup.index_of(recent[-1]) if recent else None
        everything = np.arange(n_items)
        not_last = everything if last_item is None else everything[everything != last_item]
        unlocked = arrays.mastered | ready_mask(graph, arrays.mastered)
        pool = not_last[unlocked[item_skill[not_last]]]
        if pool.size == 0:
            pool = not_last
        if pool.size == 0:
            pool = everything  # the pack has exactly one item

    if item_p_correct is not None:
        predicted = np.asarray(item_p_correct, dtype=float)[pool]
    elif skill_p_correct is not None:
        predicted = _shift_by_difficulty(skill_pc[item_skill[pool]], item_difficulty, pool)
    else:
        predicted = predict_items(params, arrays.p_known, item_skill, item_difficulty, items=pool)
    scores = _item_scores(pool, predicted, item_skill, skill_rank, recent, recent_skills, lookup)
    scores -= _review_penalty(arrays, review, review_skill)[item_skill[pool]]
    best = np.flatnonzero(scores >= scores.max() - _TIE_TOLERANCE)
    pick = int(best[rng.integers(best.size)]) if best.size > 1 else int(best[0])
    item = int(pool[pick])
    skill = int(item_skill[item])

    suggestion_for = {c.skill: c for c in candidates}
    candidate = suggestion_for.get(skill) or _describe(graph, arrays, skill, now, review)
    return ItemChoice(
        item_index=item,
        skill_id=graph.skill_ids[skill],
        suggestion=_to_suggestion(graph, candidate, skill_pc),
        predicted_correct=float(predicted[pick]),
    )


def _item_scores(
    pool: np.ndarray,
    predicted: np.ndarray,
    item_skill: np.ndarray,
    skill_rank: np.ndarray,
    recent: list[str],
    recent_skills: list[int | None],
    lookup: _ItemLookup,
) -> np.ndarray:
    """Score of every item in ``pool`` (higher is better)."""
    outside = np.maximum(TARGET_LOW - predicted, 0.0) + np.maximum(predicted - TARGET_HIGH, 0.0)
    centre = 0.5 * (TARGET_LOW + TARGET_HIGH)
    scores = -_BAND_WEIGHT * outside - _CENTRE_WEIGHT * np.abs(predicted - centre)

    pool_skill = item_skill[pool]
    rank = skill_rank[pool_skill]
    bonus = np.asarray(_RANK_BONUS + (0.0,), dtype=float)
    scores += bonus[np.clip(rank, 0, len(_RANK_BONUS))]

    # Interleaving only changes the order among candidates; when a single skill is available all
    # its items get the same bonus and nothing changes.
    if recent_skills and recent_skills[-1] is not None:
        scores += _SWITCH_BONUS * (pool_skill != recent_skills[-1])
    if len(recent_skills) >= 2 and recent_skills[-2] is not None:
        scores += _SWITCH_BONUS_2 * (pool_skill != recent_skills[-2])

    # recent[-1] is already excluded; older repeats are discouraged less the longer ago they were.
    penalty: dict[int, float] = {}
    for ago, item_id in enumerate(reversed(recent[:-1]), start=1):
        index = lookup.index_of(item_id)
        if index is not None and index not in penalty:
            penalty[index] = _RECENT_PENALTY / ago
    if penalty:
        indices = np.fromiter(penalty.keys(), dtype=np.intp, count=len(penalty))
        amounts = np.fromiter(penalty.values(), dtype=float, count=len(penalty))
        positions = np.searchsorted(pool, indices)  # pool is sorted ascending
        positions = np.minimum(positions, pool.size - 1)
        hit = pool[positions] == indices
        np.subtract.at(scores, positions[hit], amounts[hit])
    return scores


class _ItemLookup:
    """Item id -> index and skill for the items the policy may need to recognise.

    Built only over the candidate skills' items unless the caller supplies a full index, so a
    20,000-item pack does not pay for a dictionary of every id on every call.
    """

    def __init__(
        self,
        item_ids: Sequence[str],
        item_index: Mapping[str, int] | None,
        item_skill: np.ndarray,
        n_skills: int,
        skills: set[int],
    ) -> None:
        self._item_skill = item_skill
        if item_index is not None:
            self._index: Mapping[str, int] = item_index
        else:
            wanted = np.zeros(n_skills, dtype=bool)
            wanted[list(skills)] = True
            self._index = {item_ids[i]: int(i) for i in np.flatnonzero(wanted[item_skill])}

    def index_of(self, item_id: str) -> int | None:
        index = self._index.get(item_id)
        if index is None:
            return None
        return int(index)

    def skill_of(self, item_id: str) -> int | None:
        index = self.index_of(item_id)
        return None if index is None else int(self._item_skill[index])


def _practisable_mask(graph: SkillGraph, practisable: np.ndarray | None) -> np.ndarray:
    if practisable is None:
        return np.ones(graph.size, dtype=bool)
    return np.asarray(practisable, dtype=bool)


def _ranked_candidates(
    graph: SkillGraph,
    arrays: LearnerArrays,
    now: float | None,
    practisable: np.ndarray,
    per_kind: int,
    review: _ReviewInputs | None = None,
) -> list[_Candidate]:
    """Candidates best first: remediation, continue, new, review; at most ``per_kind`` of each.

    Falls back to the locked skill closest to ready when nothing else is available, so the list
    is only empty when every practisable skill is mastered and none is due for review.
    """
    mastered = arrays.mastered
    ready = ready_mask(graph, mastered) & practisable
    attempted = arrays.attempts > 0
    topo_position = np.empty(graph.size, dtype=np.intp)
    topo_position[graph.topo_order] = np.arange(graph.size)
    ranked: list[_Candidate] = []

    # Remediation: the most-failed skills first; one candidate per prerequisite. Mastered skills
    # count too: failing a prerequisite during a detour means the gap lies further back.
    failing = np.flatnonzero(_stuck_mask(arrays) & attempted)
    failing = failing[np.lexsort((topo_position[failing], -arrays.wrong_streak[failing]))]
    targets: set[int] = set()
    for skill in failing:
        target = remediation_target(graph, int(skill), arrays.p_known, mastered)
        if target is None or target in targets or not practisable[target]:
            continue
        if _prerequisite_beyond_doubt(arrays, int(skill), target, review):
            continue
        targets.add(target)
        ranked.append(
            _Candidate(
                target,
                "remediation",
                WEAKEST_PREREQUISITE,
                {"skill": graph.skill_ids[int(skill)], "prerequisite": graph.skill_ids[target]},
            )
        )
        if len(targets) >= per_kind:
            break

    # Continue: the most recently practised first (pick up where the learner left off).
    in_progress = np.flatnonzero(ready & attempted)
    recency = np.nan_to_num(arrays.last_practised[in_progress], nan=-np.inf)
    in_progress = in_progress[np.lexsort((topo_position[in_progress], -recency))][:per_kind]
    for skill in in_progress:
        ranked.append(
            _Candidate(int(skill), "continue", IN_PROGRESS, {"attempts": str(int(arrays.attempts[skill]))})
        )

    # New: in the pack's teaching order.
    frontier = np.flatnonzero(ready & ~attempted)
    frontier = frontier[np.argsort(topo_position[frontier], kind="stable")][:per_kind]
    for skill in frontier:
        ranked.append(_new_candidate(graph, int(skill)))

    if review is not None and review.recall is not None:
        ranked.extend(
            _recall_review_candidates(graph, arrays, now, practisable, topo_position, per_kind, review)
        )
    elif now is not None:
        ranked.extend(_review_candidates(graph, arrays, now, practisable, topo_position, per_kind))

    if not any(c.kind in ("continue", "new") for c in ranked):
        fallback = _closest_to_ready(graph, arrays, practisable, topo_position)
        if fallback is not None:
            ranked.append(fallback)
    if not ranked and review is not None and review.recall is not None:
        ranked.extend(_review_ahead(arrays, practisable, topo_position, per_kind, review.recall))
    return ranked


def _new_candidate(graph: SkillGraph, skill: int) -> _Candidate:
    reqs = graph.prerequisites_of(skill)
    if reqs.size == 0:
        return _Candidate(skill, "new", NO_PREREQUISITES, {})
    names = ",".join(graph.skill_ids[int(r)] for r in reqs)
    return _Candidate(skill, "new", PREREQUISITES_MASTERED, {"prerequisites": names})


def _review_candidates(
    graph: SkillGraph,
    arrays: LearnerArrays,
    now: float,
    practisable: np.ndarray,
    topo_position: np.ndarray,
    per_kind: int,
) -> list[_Candidate]:
    """Mastered skills untouched for a week, the longest-unpractised first."""
    idle = now - arrays.last_practised
    due = np.flatnonzero(
        arrays.mastered & practisable & (np.nan_to_num(idle, nan=0.0) > REVIEW_AFTER_SECONDS)
    )
    due = due[np.lexsort((topo_position[due], -idle[due]))][:per_kind]
    return [_Candidate(int(s), "review", REVIEW_DUE, {"days": str(int(idle[s] // 86400))}) for s in due]


def _recall_review_candidates(
    graph: SkillGraph,
    arrays: LearnerArrays,
    now: float | None,
    practisable: np.ndarray,
    topo_position: np.ndarray,
    per_kind: int,
    review: _ReviewInputs,
) -> list[_Candidate]:
    """Mastered skills due for review, the most forgotten first.

    Due means the predicted recall is below the target, or the latest answer on the skill was
    wrong: a failed review is retried while the feedback is fresh rather than a day later, when
    the scheduler's shortened interval would next bring it back.
    """
    recall = review.recall
    assert recall is not None
    failed = arrays.wrong_streak > 0
    due = np.flatnonzero(arrays.mastered & practisable & (review.due_mask() | failed))
    due = due[np.lexsort((topo_position[due], recall[due], ~failed[due]))][:per_kind]
    return [_Candidate(int(s), "review", REVIEW_DUE, {"days": _days_since(arrays, int(s), now)}) for s in due]


def _review_ahead(
    arrays: LearnerArrays,
    practisable: np.ndarray,
    topo_position: np.ndarray,
    per_kind: int,
    recall: np.ndarray,
) -> list[_Candidate]:
    """When everything is mastered and nothing is due: the skills closest to being forgotten.

    Practice spaced as far as possible from the last one strengthens memory most, so the time is
    spent on the lowest predicted recall rather than on whatever was practised last.
    """
    pool = np.flatnonzero(arrays.mastered & practisable)
    pool = pool[np.lexsort((topo_position[pool], recall[pool]))][:per_kind]
    return [_Candidate(int(s), "review", ALREADY_MASTERED, {}) for s in pool]


def _days_since(arrays: LearnerArrays, skill: int, now: float | None) -> str:
    """Whole days since ``skill`` was last practised, as text ("0" when unknown)."""
    last = arrays.last_practised[skill]
    if now is None or np.isnan(last):
        return "0"
    return str(max(0, int((now - last) // 86400)))


@dataclass(frozen=True)
class _ReviewInputs:
    """The scheduler's view: predicted recall per skill and the recall below which review is due."""

    recall: np.ndarray | None
    target: float

    @classmethod
    def make(cls, graph: SkillGraph, recall: np.ndarray | None, target: float) -> _ReviewInputs:
        if not 0.0 < target < 1.0:
            raise ValueError(f"review_target must be between 0 and 1, got {target!r}.")
        if recall is None:
            return cls(None, target)
        values = np.asarray(recall, dtype=float)
        if values.shape != (graph.size,):
            raise ValueError(f"recall must hold one probability per skill ({graph.size}).")
        # NaN (no schedule yet) counts as fully recalled: nothing known to review.
        return cls(np.nan_to_num(values, nan=1.0), target)

    def due_mask(self) -> np.ndarray:
        assert self.recall is not None
        return self.recall < self.target


def _skill_prediction(
    graph: SkillGraph, arrays: LearnerArrays, params: BKTParams, skill_p_correct: np.ndarray | None
) -> np.ndarray:
    """P(correct) per skill: the caller's learner model when given, else BKT."""
    if skill_p_correct is None:
        return np.asarray(predict_correct(params, np.asarray(arrays.p_known, dtype=float)), dtype=float)
    values = np.asarray(skill_p_correct, dtype=float)
    if values.shape != (graph.size,):
        raise ValueError(f"skill_p_correct must hold one probability per skill ({graph.size}).")
    return values


def _review_penalty(arrays: LearnerArrays, review: _ReviewInputs, review_skill: np.ndarray) -> np.ndarray:
    """Score penalty per skill for review suggestions (0 for other skills)."""
    penalty = _REVIEW_PENALTY * review_skill.astype(float)
    if review.recall is not None:
        floor = review.target - _URGENCY_SPAN
        freshness = np.clip((review.recall - floor) / _URGENCY_SPAN, 0.0, 1.0)
        freshness[arrays.wrong_streak > 0] = 0.0
        penalty += _FRESH_REVIEW_PENALTY * freshness * review_skill
    return penalty


def _shift_by_difficulty(
    predicted: np.ndarray, item_difficulty: np.ndarray | None, pool: np.ndarray
) -> np.ndarray:
    """Skill-level predictions for the ``pool`` items moved on the logit scale by their difficulty."""
    if item_difficulty is None:
        return predicted
    clipped = np.clip(predicted, 1e-6, 1.0 - 1e-6)
    logit = np.log(clipped) - np.log1p(-clipped) - np.asarray(item_difficulty, dtype=float)[pool]
    return 1.0 / (1.0 + np.exp(-logit))


def _closest_to_ready(
    graph: SkillGraph, arrays: LearnerArrays, practisable: np.ndarray, topo_position: np.ndarray
) -> _Candidate | None:
    """The unmastered skill whose prerequisites are nearest to done; least mastered on ties."""
    unmastered = ~arrays.mastered
    pool = np.flatnonzero(unmastered & practisable)
    if pool.size == 0:
        pool = np.flatnonzero(unmastered)
    if pool.size == 0:
        return None
    n_reqs = graph.prereq[pool].sum(axis=1)
    n_done = (graph.prereq[pool] & arrays.mastered[np.newaxis, :]).sum(axis=1)
    done_fraction = np.where(n_reqs > 0, n_done / np.maximum(n_reqs, 1), 1.0)
    order = np.lexsort((topo_position[pool], arrays.p_known[pool], -done_fraction))
    skill = int(pool[order[0]])
    missing = [graph.skill_ids[int(r)] for r in graph.prerequisites_of(skill) if not arrays.mastered[r]]
    kind: SuggestionKind = "continue" if arrays.attempts[skill] > 0 else "new"
    return _Candidate(skill, kind, CLOSEST_TO_READY, {"missing": ",".join(missing)})


def _diverse_pick(ranked: list[_Candidate], k: int) -> list[_Candidate]:
    """The best candidate, then the best of each kind not yet offered, then the rest by rank."""
    chosen: list[_Candidate] = []
    seen_skills: set[int] = set()

    def take(candidate: _Candidate) -> None:
        chosen.append(candidate)
        seen_skills.add(candidate.skill)

    for candidate in ranked:
        if len(chosen) >= k:
            return chosen
        if candidate.skill in seen_skills:
            continue
        if not chosen or all(c.kind != candidate.kind for c in chosen):
            take(candidate)
    for candidate in ranked:
        if len(chosen) >= k:
            break
        if candidate.skill not in seen_skills:
            take(candidate)
    return chosen


def _focus_candidates(
    graph: SkillGraph,
    arrays: LearnerArrays,
    skill: int,
    practisable: np.ndarray,
    now: float | None,
    review: _ReviewInputs | None = None,
) -> list[_Candidate]:
    """Candidates when the learner chose a skill: that skill, or the way back to it."""
    mastered = arrays.mastered
    locked = not mastered[skill] and not ready_mask(graph, mastered)[skill]
    if locked:
        target = remediation_target(graph, skill, arrays.p_known, mastered, unmastered_only=True)
        if target is not None:
            args = {"skill": graph.skill_ids[skill], "prerequisite": graph.skill_ids[target]}
            return [_Candidate(target, "remediation", WEAKEST_PREREQUISITE, args)]
    candidates = [_describe(graph, arrays, skill, now, review)]
    if _stuck_mask(arrays)[skill]:
        target = remediation_target(graph, skill, arrays.p_known, mastered)
        if target is not None and practisable[target]:
            args = {"skill": graph.skill_ids[skill], "prerequisite": graph.skill_ids[target]}
            candidates.insert(0, _Candidate(target, "remediation", WEAKEST_PREREQUISITE, args))
    return candidates


def _describe(
    graph: SkillGraph,
    arrays: LearnerArrays,
    skill: int,
    now: float | None,
    review: _ReviewInputs | None = None,
) -> _Candidate:
    """Why practising ``skill`` makes sense, whatever its state."""
    if arrays.mastered[skill] and review is not None and review.recall is not None:
        if review.due_mask()[skill]:
            return _Candidate(skill, "review", REVIEW_DUE, {"days": _days_since(arrays, skill, now)})
        return _Candidate(skill, "review", ALREADY_MASTERED, {})
    if arrays.mastered[skill]:
        last = arrays.last_practised[skill]
        if now is not None and not np.isnan(last) and now - last > REVIEW_AFTER_SECONDS:
            return _Candidate(skill, "review", REVIEW_DUE, {"days": str(int((now - last) // 86400))})
        return _Candidate(skill, "review", ALREADY_MASTERED, {})
    if not ready_mask(graph, arrays.mastered)[skill]:
        missing = [graph.skill_ids[int(r)] for r in graph.prerequisites_of(skill) if not arrays.mastered[r]]
        kind: SuggestionKind = "continue" if arrays.attempts[skill] > 0 else "new"
        return _Candidate(skill, kind, CLOSEST_TO_READY, {"missing": ",".join(missing)})
    if arrays.attempts[skill] > 0:
        return _Candidate(skill, "continue", IN_PROGRESS, {"attempts": str(int(arrays.attempts[skill]))})
    return _new_candidate(graph, skill)


def _prerequisite_beyond_doubt(
    arrays: LearnerArrays, skill: int, target: int, review: _ReviewInputs | None
) -> bool:
    """Whether early failure on ``skill`` is just learning, not a missing ``target``.

    Only with the scheduler's recall: while the failed skill has had fewer than STUCK_ATTEMPTS
    attempts and its prerequisite is both confirmed strong and predicted well remembered, a few
    wrong answers are what learning a new skill looks like; a detour would tell nothing new. The
    no-progress rule still sends the learner back if the failures go on.
    """
    if review is None or review.recall is None or arrays.attempts[skill] >= STUCK_ATTEMPTS:
        return False
    strong = arrays.p_known[target] >= CONFIRMED_STRONG
    return bool(strong and arrays.mastered[target] and review.recall[target] >= review.target)


def _stuck_mask(arrays: LearnerArrays) -> np.ndarray:
    """Skills failing badly enough to look back at a prerequisite (repeated wrong, or no progress)."""
    no_progress = ~arrays.mastered & (arrays.attempts >= STUCK_ATTEMPTS) & (arrays.p_known < STUCK_BELIEF)
    return (arrays.wrong_streak >= REMEDIATION_AFTER_WRONG) | no_progress


def _skills_to_recognise(graph: SkillGraph, candidates: list[_Candidate]) -> set[int]:
    """Candidate skills plus the skills whose failure caused a remediation candidate."""
    skills = {c.skill for c in candidates}
    skills.update(graph.index[c.args["skill"]] for c in candidates if c.reason == WEAKEST_PREREQUISITE)
    return skills


def _settle_remediation(
    graph: SkillGraph, arrays: LearnerArrays, candidates: list[_Candidate], recent_skills: list[int | None]
) -> list[_Candidate]:
    """Drop remediation candidates whose short detour is already done.

    A detour is ``REMEDIATION_ITEMS`` prerequisite items since the failed skill was last shown,
    or up to ``REMEDIATION_MAX_ITEMS`` while the latest prerequisite answer is wrong, or a
    single item when it was answered right and the prerequisite is still confirmed strong.
    Once back on the failed skill, a new detour starts only after another
    ``REMEDIATION_AFTER_WRONG`` items of it, and only if the last detour left doubt about the
    prerequisite, so failure alternates practice and a short review instead of trapping the
    learner on a prerequisite they have just shown they know.
    """
    kept: list[_Candidate] = []
    for candidate in candidates:
        if candidate.kind == "remediation" and candidate.reason == WEAKEST_PREREQUISITE:
            failed = graph.index[candidate.args["skill"]]
            confirmed = bool(arrays.p_known[candidate.skill] >= CONFIRMED_STRONG)
            failing = bool(arrays.wrong_streak[candidate.skill] > 0)
            if _detour_done(candidate.skill, failed, recent_skills, confirmed, failing):
                continue
        kept.append(candidate)
    return kept


def _detour_done(
    target: int, failed: int, recent_skills: list[int | None], confirmed: bool, failing: bool = False
) -> bool:
    last_target = max((i for i, s in enumerate(recent_skills) if s == target), default=None)
    last_failed = max((i for i, s in enumerate(recent_skills) if s == failed), default=None)
    if last_target is None:
        return False
    if last_failed is None:
        return sum(1 for s in recent_skills if s == target) >= REMEDIATION_ITEMS
    if last_target > last_failed:
        shown = sum(1 for s in recent_skills[last_failed + 1 :] if s == target)
        if failing:
            return shown >= REMEDIATION_MAX_ITEMS
        # One right answer that keeps the prerequisite confirmed strong settles the doubt.
        return shown >= (1 if confirmed else REMEDIATION_ITEMS)
    since = sum(1 for s in recent_skills[last_target + 1 :] if s == failed)
    return since < REMEDIATION_AFTER_WRONG or confirmed


def _to_suggestion(graph: SkillGraph, c: _Candidate, skill_pc: np.ndarray) -> Suggestion:
    return Suggestion(
        skill_id=graph.skill_ids[c.skill],
        kind=c.kind,
        reason=c.reason,
        reason_args=dict(c.args),
        predicted_correct=float(skill_pc[c.skill]),
    )
