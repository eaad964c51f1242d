"""The reports' plain frozen data: what the teacher screens, the CSV export and the CLI read.

Every report names the pack it is about, when it was computed (``generated_at``, UTC) and the
learners it covers, so a printed or exported copy says what it shows. Skill titles are the pack's
title tables (language code -> text); the screen picks the language.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

# A learner × skill cell of the class heatmap is in exactly one of these states (see skill_status.py).
MASTERED = "mastered"
FADING = "fading"  # mastered, but FSRS recall has fallen below skill_status.FADING_RECALL: being forgotten
IN_PROGRESS = "in_progress"
STRUGGLING = "struggling"
NOT_STARTED = "not_started"
CELL_STATES = (MASTERED, FADING, IN_PROGRESS, STRUGGLING, NOT_STARTED)


@dataclass(frozen=True)
class ReportLearner:
    """A learner a report covers."""

    id: str
    display_name: str


@dataclass(frozen=True)
class ReportSkill:
    """A skill of the report's pack, in the pack's teaching (topological) order."""

    skill_id: str
    title: dict[str, str]
    prerequisites: tuple[str, ...]
    position: int  # index in the pack's topological order


@dataclass(frozen=True)
class PackUse:
    """A pack the learners in scope practise, for choosing which pack a report shows."""

    pack_id: str
    title: dict[str, str]
    learners: int  # learners in scope with at least one answer in the pack
    attempts: int


@dataclass(frozen=True)
class MasteryCell:
    """One learner on one skill, from their skill state (the learner model's projection).

    ``p_known``: the mastery estimate (0 when not started). ``recall``: FSRS probability of
    recalling the skill now, for mastered skills only (None otherwise).
    """

    state: str
    p_known: float
    attempts: int
    recall: float | None
    last_practised: datetime | None
    mastered_at: datetime | None


@dataclass(frozen=True)
class MasteryGrid:
    """The class × skill heatmap: ``cells[row][column]`` is ``learners[row]`` on ``skills[column]``.

    ``learner_counts[row]`` and ``skill_counts[column]`` count cells per state (every state in
    ``CELL_STATES`` is a key), for sorting and for the margins of the heatmap.
    """

    pack_id: str
    pack_title: dict[str, str]
    generated_at: datetime
    review_target: float
    learners: tuple[ReportLearner, ...]
    skills: tuple[ReportSkill, ...]
    cells: tuple[tuple[MasteryCell, ...], ...]
    learner_counts: tuple[dict[str, int], ...]
    skill_counts: tuple[dict[str, int], ...]
    fading_recall: float = 0.75  # a mastered cell below this recall is fading (skill_status.FADING_RECALL)

    def cell(self, learner_id: str, skill_id: str) -> MasteryCell:
        """The cell of one learner and skill (KeyError when either is not in the grid)."""
        rows = {learner.id: i for i, learner in enumerate(self.learners)}
        columns = {skill.skill_id: j for j, skill in enumerate(self.skills)}
        return self.cells[rows[learner_id]][columns[skill_id]]


@dataclass(frozen=True)
class WeekProgress:
    """One week (Monday to Sunday, UTC) of a learner's work in the pack."""

    week_start: date
    attempts: int
    correct: int
    minutes: float  # time on task
    newly_mastered: int
    mastered_total: int  # skills mastered by the end of the week


@dataclass(frozen=True)
class FadingSkill:
    """A mastered skill the learner is forgetting (or will have forgotten by ``due``)."""

    skill_id: str
    title: dict[str, str]
    recall: float
    days_since_review: float
    due: datetime  # when FSRS recall falls below the review target (in the past when due or fading)
    mastered_at: datetime | None


@dataclass(frozen=True)
class BlockingSkill:
    """A prerequisite that stands in the way: not mastered, or mastered but fading."""

    skill_id: str
    title: dict[str, str]
    state: str
    p_known: float
    recall: float | None


@dataclass(frozen=True)
class BlockedSkill:
    """A skill at the learner's frontier and the prerequisites that block it.

    The frontier is every unmastered skill the learner has started, or could start next because at
    least one of its prerequisites is mastered. ``blocked_by`` is empty for a skill that is ready.
    """

    skill_id: str
    title: dict[str, str]
    state: str
    p_known: float
    attempts: int
    blocked_by: tuple[BlockingSkill, ...]


@dataclass(frozen=True)
class ConfidenceLevel:
    """The learner's answers rated at one confidence level, and how many of them were right.

    ``rating``: 1 guessing, 2 not sure, 3 sure (``adult_models.ConfidenceRating``). Sure answers that
    are wrong point at a misconception rather than a gap.
    """

    rating: int
    answers: int
    correct: int


@dataclass(frozen=True)
class LearnerProgress:
    """One learner in one pack: progress over time, time on task, forgetting and blockers."""

    learner: ReportLearner
    pack_id: str
    pack_title: dict[str, str]
    generated_at: datetime
    weeks: tuple[WeekProgress, ...]  # every week from the first answer to ``generated_at``
    attempts: int
    correct: int
    time_on_task_minutes: float
    sessions: int  # runs of answers with no gap over SESSION_GAP (30 minutes)
    active_days: int
    first_active: datetime | None
    last_active: datetime | None
    skills: int
    state_counts: dict[str, int]  # every CELL_STATES key
    forgetting: tuple[FadingSkill, ...]  # fading now, lowest recall first
    fading_soon: tuple[FadingSkill, ...]  # mastered, recall falls below the target within a week
    blocked: tuple[BlockedSkill, ...]  # frontier skills with blockers, most blockers first
    ready: tuple[BlockedSkill, ...]  # frontier skills with nothing in the way
    confidence: tuple[ConfidenceLevel, ...] = ()  # levels the learner used, lowest first (ratings are optional)


@dataclass(frozen=True)
class MissedItem:
    """An item a stuck learner got wrong, as it was shown to them."""

    item_id: str
    prompt: str
    response: str  # what the learner answered, as text (a choice's text, not its index)
    correct_answer: str
    hints_used: int
    answered_at: datetime
    confidence: int | None = None  # the learner's own rating of this answer, when they gave one


@dataclass(frozen=True)
class HelpCase:
    """A learner stuck on a skill, why we think so, and the items they missed.

    ``reasons`` holds one or more of ``"repeated_failure"`` (at least HELP_WRONG wrong in the last
    HELP_WINDOW answers, or HELP_WRONG_STREAK wrong in a row), ``"hints_every_item"`` (hints on
    each of the last HELP_HINTED answers) and ``"no_progress"`` (STUCK_ATTEMPTS answers without
    the estimate reaching STUCK_BELIEF). ``weak_prerequisite`` is the direct prerequisite most
    likely to be the cause (unmastered or fading, lowest estimate), or None.
    """

    learner: ReportLearner
    skill_id: str
    skill_title: dict[str, str]
    reasons: tuple[str, ...]
    p_known: float
    attempts: int
    recent_attempts: int
    recent_wrong: int
    recent_hinted: int
    wrong_streak: int
    last_attempt: datetime
    weak_prerequisite: BlockingSkill | None
    missed: tuple[MissedItem, ...]


@dataclass(frozen=True)
class HelpNeeded:
    """Every learner in scope who is stuck now, the most stuck first."""

    pack_id: str
    pack_title: dict[str, str]
    generated_at: datetime
    learners: tuple[ReportLearner, ...]
    cases: tuple[HelpCase, ...]


@dataclass(frozen=True)
class WrongAnswer:
    """A wrong answer to an item and how often the class gave it."""

    response: str
    count: int
    learners: int


@dataclass(frozen=True)
class DifficultItem:
    """An item the class finds hard, with the wrong answers most often given.

    ``skill_success_rate`` is the class's success on every item of the same skill: an item far
    below it points at the item (or a misconception it exposes), not at the skill.
    ``skill_mastered_share`` is the share of learners who answered it and have mastered its skill.
    """

    item_id: str
    skill_id: str
    skill_title: dict[str, str]
    prompt: str
    templated: bool  # the prompt is one example: the numbers change from learner to learner
    correct_answer: str
    attempts: int
    learners: int
    success_rate: float
    skill_success_rate: float
    skill_mastered_share: float
    hint_rate: float
    median_seconds: float
    wrong_answers: tuple[WrongAnswer, ...] = field(default_factory=tuple)
    # How many wrong answers ``wrong_answers`` was counted from: all of them, except for choice items
    # with very many, where the latest MAX_WRONG_RENDERED are re-rendered to read their choices.
    wrong_counted: int = 0
    wrong_total: int = 0


@dataclass(frozen=True)
class DifficultItems:
    """The items with the lowest success across the class (at least MIN_ITEM_ATTEMPTS answers)."""

    pack_id: str
    pack_title: dict[str, str]
    generated_at: datetime
    learners: tuple[ReportLearner, ...]
    items: tuple[DifficultItem, ...]
