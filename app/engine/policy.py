"""What to practise next: a few good next skills (agency) and the one item to show now.

This module composes the parts and is the public API the services use:
- ``app.engine.policy_candidates``: candidate skills (remediation, continue, new, review) and a
  diverse pick of two or three of them;
- ``app.engine.policy_remediation``: when a skill is failing, the detour to its weakest prerequisite;
- ``app.engine.policy_review``: which mastered skills are due (predicted recall below
  ``review_target``, else idle for a week) and how much their items are held back;
- ``app.engine.policy_scoring``: the item scores (70-85 % band, rank, interleaving, repeats);
  remediation targets are scored by need (the band only picks among their own items);
- ``app.engine.policy_confirmation``: a skill almost surely learnt whose mastery would unlock
  nothing yet waits for its confirming answers while other learning is on offer;
- ``app.engine.policy_reasons``: the suggestion kinds and reason codes shown as "Why this?".

The learner model is a parameter too: ``item_p_correct`` / ``skill_p_correct``, when given,
replace the BKT predictions everywhere (item scores and the suggestions' predicted_correct).
The very last item is never shown again while any other item exists. Remaining ties are broken
by the caller's random generator, so a seed reproduces a session exactly.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import numpy as np

from app.engine.bkt import BKTParams
from app.engine.graph import SkillGraph, ready_mask
from app.engine.policy_candidates import (
    describe,
    diverse_pick,
    focus_candidates,
    practisable_mask,
    ranked_candidates,
)
from app.engine.policy_confirmation import waiting_penalty
from app.engine.policy_item_lookup import ItemLookup
from app.engine.policy_reasons import (
    ALREADY_MASTERED,
    CLOSEST_TO_READY,
    IN_PROGRESS,
    NO_PREREQUISITES,
    PREREQUISITES_MASTERED,
    REVIEW_DUE,
    WEAKEST_PREREQUISITE,
    ItemChoice,
    Suggestion,
    SuggestionKind,
    to_suggestion,
)
from app.engine.policy_remediation import (
    CONFIRMED_STRONG,
    REMEDIATION_AFTER_WRONG,
    REMEDIATION_ITEMS,
    REMEDIATION_MAX_ITEMS,
    STUCK_ATTEMPTS,
    STUCK_BELIEF,
    settle_remediation,
    skills_to_recognise,
)
from app.engine.policy_review import REVIEW_AFTER_SECONDS, ReviewInputs, review_penalty
from app.engine.policy_scoring import (
    RANK_BONUS,
    RECENT_LOOKBACK,
    TARGET_HIGH,
    TARGET_LOW,
    TIE_TOLERANCE,
    item_scores,
    pool_predictions,
    skill_prediction,
)
from app.engine.state import LearnerArrays

__all__ = [
    "ALREADY_MASTERED",
    "CLOSEST_TO_READY",
    "CONFIRMED_STRONG",
    "IN_PROGRESS",
    "NO_PREREQUISITES",
    "PREREQUISITES_MASTERED",
    "REMEDIATION_AFTER_WRONG",
    "REMEDIATION_ITEMS",
    "REMEDIATION_MAX_ITEMS",
    "REVIEW_AFTER_SECONDS",
    "REVIEW_DUE",
    "STUCK_ATTEMPTS",
    "STUCK_BELIEF",
    "TARGET_HIGH",
    "TARGET_LOW",
    "WEAKEST_PREREQUISITE",
    "ItemChoice",
    "Suggestion",
    "SuggestionKind",
    "choose_item",
    "suggest_skills",
]


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
    practisable_skills = practisable_mask(graph, practisable)
    review = ReviewInputs.make(graph, recall, review_target)
    ranked = ranked_candidates(graph, arrays, now, practisable_skills, k, review)
    chosen = diverse_pick(ranked, k)
    skill_pc = skill_prediction(graph, arrays, params, skill_p_correct)
    return [to_suggestion(graph, c, skill_pc) for c in chosen]


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
    review = ReviewInputs.make(graph, recall, review_target)
    skill_pc = skill_prediction(graph, arrays, params, skill_p_correct)

    if focus_skill is not None:
        if focus_skill not in graph.index:
            raise ValueError(f"Unknown focus skill '{focus_skill}'.")
        candidates = focus_candidates(graph, arrays, graph.index[focus_skill], practisable, now, review)
    else:
        ranked = ranked_candidates(graph, arrays, now, practisable, len(RANK_BONUS), review)
        candidates = diverse_pick(ranked, len(RANK_BONUS))

    lookup = ItemLookup(item_ids, item_index, item_skill, graph.size, skills_to_recognise(graph, candidates))
    recent = list(recent_item_ids)[-RECENT_LOOKBACK:]
    recent_skills = [lookup.skill_of(item_id) for item_id in recent]
    candidates = settle_remediation(graph, arrays, candidates, recent_skills)

    last_item = lookup.index_of(recent[-1]) if recent else None
    skill_rank = np.full(graph.size, -1, dtype=np.intp)
    review_skill = np.zeros(graph.size, dtype=bool)
    remediation_skill = np.zeros(graph.size, dtype=bool)
    for rank, candidate in enumerate(candidates):
        skill_rank[candidate.skill] = rank
        review_skill[candidate.skill] = candidate.kind == "review" and focus_skill is None
        remediation_skill[candidate.skill] = candidate.kind == "remediation"
    pool = np.flatnonzero(skill_rank[item_skill] >= 0)
    pool = pool[pool != last_item] if last_item is not None else pool
    if pool.size == 0:
        # Nothing left in the candidate skills (e.g. a focus skill with a single item): widen to
        # every unlocked skill, then to the whole pack, so the last item is still not repeated.
        lookup = ItemLookup(item_ids, item_index, item_skill, graph.size, set(range(graph.size)))
        recent_skills = [lookup.skill_of(item_id) for item_id in recent]
        last_item = lookup.index_of(recent[-1]) if recent else None
        pool = _widened_pool(graph, arrays, item_skill, last_item)

    predicted = pool_predictions(
        pool, item_skill, arrays, params, skill_pc, item_difficulty, item_p_correct, skill_p_correct
    )
    scores = item_scores(
        pool, predicted, item_skill, skill_rank, recent, recent_skills, lookup, remediation_skill
    )
    scores -= review_penalty(arrays, review, review_skill)[item_skill[pool]]
    if focus_skill is None:  # a skill the learner chose is practised, confirmation or not
        scores -= waiting_penalty(graph, arrays, item_skill[pool], review_skill | (skill_rank < 0))
    best = np.flatnonzero(scores >= scores.max() - TIE_TOLERANCE)
    pick = int(best[rng.integers(best.size)]) if best.size > 1 else int(best[0])
    item = int(pool[pick])
    skill = int(item_skill[item])

    suggestion_for = {c.skill: c for c in candidates}
    candidate = suggestion_for.get(skill) or describe(graph, arrays, skill, now, review)
    return ItemChoice(
        item_index=item,
        skill_id=graph.skill_ids[skill],
        suggestion=to_suggestion(graph, candidate, skill_pc),
        predicted_correct=float(predicted[pick]),
    )


def _widened_pool(
    graph: SkillGraph, arrays: LearnerArrays, item_skill: np.ndarray, last_item: int | None
) -> np.ndarray:
    """Every item of an unlocked skill but the last one; else any item but the last; else the only item."""
    everything = np.arange(item_skill.shape[0])
    not_last = everything if last_item is None else everything[everything != last_item]
    unlocked = arrays.mastered | ready_mask(graph, arrays.mastered)
    pool = not_last[unlocked[item_skill[not_last]]]
    if pool.size == 0:
        pool = not_last
    if pool.size == 0:
        pool = everything  # the pack has exactly one item
    return pool
