"""What the policy says about a suggestion: its kind, its reason code and the reason's arguments.

The UI turns each reason code into a translated sentence ("Why this?") using ``reason_args``;
the engine only ever produces codes and plain values (skill ids, whole numbers as text).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

import numpy as np

from app.engine.graph import SkillGraph

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
class Candidate:
    """A candidate skill (graph index) with its kind and reason, before predictions are attached."""

    skill: int
    kind: SuggestionKind
    reason: str
    args: dict[str, str]


def new_candidate(graph: SkillGraph, skill: int) -> Candidate:
    """A never-tried skill, with the prerequisites that unlocked it (or none) as its reason."""
    reqs = graph.prerequisites_of(skill)
    if reqs.size == 0:
        return Candidate(skill, "new", NO_PREREQUISITES, {})
    names = ",".join(graph.skill_ids[int(r)] for r in reqs)
    return Candidate(skill, "new", PREREQUISITES_MASTERED, {"prerequisites": names})


def to_suggestion(graph: SkillGraph, c: Candidate, skill_pc: np.ndarray) -> Suggestion:
    """The public ``Suggestion`` for candidate ``c``, with its skill's predicted P(correct)."""
    return Suggestion(
        skill_id=graph.skill_ids[c.skill],
        kind=c.kind,
        reason=c.reason,
        reason_args=dict(c.args),
        predicted_correct=float(skill_pc[c.skill]),
    )
