"""Remediation: when a skill is failing, a short detour to its weakest prerequisite.

A skill is failing after ``REMEDIATION_AFTER_WRONG`` wrong answers in a row, or after
``STUCK_ATTEMPTS`` attempts that have not lifted the belief to ``STUCK_BELIEF``. The detour is
short (``REMEDIATION_ITEMS``), one item when a right answer keeps the prerequisite confirmed
strong, and longer (up to ``REMEDIATION_MAX_ITEMS``) while the prerequisite is still answered
wrong, so a prerequisite that really is missing gets relearnt but the learner is never trapped.
"""

from __future__ import annotations

import numpy as np

from app.engine.graph import SkillGraph, remediation_target
from app.engine.policy_reasons import WEAKEST_PREREQUISITE, Candidate
from app.engine.policy_review import ReviewInputs
from app.engine.state import LearnerArrays

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


def stuck_mask(arrays: LearnerArrays) -> np.ndarray:
    """Skills failing badly enough to look back at a prerequisite (repeated wrong, or no progress)."""
    no_progress = ~arrays.mastered & (arrays.attempts >= STUCK_ATTEMPTS) & (arrays.p_known < STUCK_BELIEF)
    return (arrays.wrong_streak >= REMEDIATION_AFTER_WRONG) | no_progress


def doubted_mastery(arrays: LearnerArrays) -> np.ndarray:
    """Mastered skills whose belief has since fallen below STUCK_BELIEF (failed again and again).

    Mastery is never withdrawn (the record of having reached it stays), but a skill the learner
    keeps failing after it was declared is not a solid base: the walk back from a failing skill
    goes through it rather than stopping at it, and it is practised as a remediation target
    instead of waiting as a low-priority review.
    """
    return arrays.mastered & (arrays.p_known < STUCK_BELIEF)


def solid_mastery(arrays: LearnerArrays) -> np.ndarray:
    """Mastered skills the learner has not since put in doubt (see ``doubted_mastery``)."""
    return arrays.mastered & ~doubted_mastery(arrays)


def remediation_candidates(
    graph: SkillGraph,
    arrays: LearnerArrays,
    practisable: np.ndarray,
    topo_position: np.ndarray,
    per_kind: int,
    review: ReviewInputs | None,
) -> list[Candidate]:
    """The weakest prerequisites of the failing skills, the most-failed skill first; one per prerequisite.

    Mastered skills count too: failing a prerequisite during a detour means the gap lies further back.
    """
    attempted = arrays.attempts > 0
    failing = np.flatnonzero(stuck_mask(arrays) & attempted)
    failing = failing[np.lexsort((topo_position[failing], -arrays.wrong_streak[failing]))]
    solid = solid_mastery(arrays)
    targets: set[int] = set()
    found: list[Candidate] = []
    for skill in failing:
        target = remediation_target(graph, int(skill), arrays.p_known, solid)
        if target is None or target in targets or not practisable[target]:
            continue
        if prerequisite_beyond_doubt(arrays, int(skill), target, review):
            continue
        targets.add(target)
        found.append(detour_candidate(graph, int(skill), target))
        if len(targets) >= per_kind:
            break
    return found


def detour_candidate(graph: SkillGraph, failed: int, target: int) -> Candidate:
    """A remediation candidate: practise ``target`` because ``failed`` is not going well."""
    args = {"skill": graph.skill_ids[failed], "prerequisite": graph.skill_ids[target]}
    return Candidate(target, "remediation", WEAKEST_PREREQUISITE, args)


def prerequisite_beyond_doubt(
    arrays: LearnerArrays, skill: int, target: int, review: ReviewInputs | None
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


def skills_to_recognise(graph: SkillGraph, candidates: list[Candidate]) -> set[int]:
    """Candidate skills plus the skills whose failure caused a remediation candidate."""
    skills = {c.skill for c in candidates}
    skills.update(graph.index[c.args["skill"]] for c in candidates if c.reason == WEAKEST_PREREQUISITE)
    return skills


def settle_remediation(
    graph: SkillGraph, arrays: LearnerArrays, candidates: list[Candidate], recent_skills: list[int | None]
) -> list[Candidate]:
    """Drop remediation candidates whose short detour is already done.

    A detour is ``REMEDIATION_ITEMS`` prerequisite items since the failed skill was last shown,
    or up to ``REMEDIATION_MAX_ITEMS`` while the latest prerequisite answer is wrong, or a
    single item when it was answered right and the prerequisite is still confirmed strong.
    Once back on the failed skill, a new detour starts only after another
    ``REMEDIATION_AFTER_WRONG`` items of it, and only if the last detour left doubt about the
    prerequisite, so failure alternates practice and a short review instead of trapping the
    learner on a prerequisite they have just shown they know.
    """
    kept: list[Candidate] = []
    for candidate in candidates:
        if candidate.kind == "remediation" and candidate.reason == WEAKEST_PREREQUISITE:
            failed = graph.index[candidate.args["skill"]]
            confirmed = bool(arrays.p_known[candidate.skill] >= CONFIRMED_STRONG)
            failing = bool(arrays.wrong_streak[candidate.skill] > 0)
            if detour_done(candidate.skill, failed, recent_skills, confirmed, failing):
                continue
        kept.append(candidate)
    return kept


def detour_done(
    target: int, failed: int, recent_skills: list[int | None], confirmed: bool, failing: bool = False
) -> bool:
    """Whether the detour to ``target`` for ``failed`` is over, judging by the recent skills shown."""
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
