"""What the adult-side services return (frozen dataclasses; no ORM object leaves a service)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

# -- classes and groups ----------------------------------------------------------------------------


@dataclass(frozen=True)
class GroupView:
    """A group inside a class and its learners (ids, alphabetical by name)."""

    id: str
    class_id: str
    name: str
    learner_ids: tuple[str, ...]


@dataclass(frozen=True)
class ClassView:
    """A class, its learners (ids, alphabetical by name) and its groups (by name)."""

    id: str
    name: str
    learner_ids: tuple[str, ...]
    groups: tuple[GroupView, ...]


# -- roster import ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class RowError:
    """One problem of one roster row. ``code`` is stable (the UI translates it); ``column`` may be ""."""

    code: str
    message: str
    column: str = ""


@dataclass(frozen=True)
class RosterRow:
    """One data row of a roster file as it would be imported.

    ``status``: ``"new"`` (a learner will be created), ``"exists"`` (a learner of that name is
    already in that class: skipped, so importing the same file twice adds nobody) or ``"error"``.
    ``line`` is the row's line number in the file (the header is line 1).
    """

    line: int
    name: str
    class_name: str
    has_pin: bool
    status: str
    errors: tuple[RowError, ...] = ()


@dataclass(frozen=True)
class RosterPreview:
    """What importing a roster would do. ``file_error`` is set when the file cannot be read at all."""

    rows: tuple[RosterRow, ...]
    new_classes: tuple[str, ...]
    file_error: RowError | None = None

    @property
    def error_count(self) -> int:
        """Rows with at least one error (plus one for a file that cannot be read)."""
        return sum(1 for r in self.rows if r.errors) + (1 if self.file_error else 0)

    @property
    def ok(self) -> bool:
        """True when the import can go ahead (no row has an error)."""
        return self.error_count == 0

    @property
    def new_learners(self) -> int:
        """How many learners the import would create."""
        return sum(1 for r in self.rows if r.status == "new")


@dataclass(frozen=True)
class RosterResult:
    """What an import did."""

    learner_ids: tuple[str, ...]
    classes_created: tuple[str, ...]
    skipped: int


# -- learning plans --------------------------------------------------------------------------------


@dataclass(frozen=True)
class PlanTarget:
    """What a plan asks for: ``kind`` ``"skill"`` (that skill), ``"section"`` (a skill and every
    skill it needs first) or ``"pack"`` (the whole pack; ``skill_id`` None)."""

    kind: str
    skill_id: str | None = None


@dataclass(frozen=True)
class PlanView:
    """A learning plan. ``assignee_kind`` is ``"learner"``, ``"group"`` or ``"class"``."""

    id: str
    title: str
    pack_id: str
    targets: tuple[PlanTarget, ...]
    assignee_kind: str
    assignee_id: str
    assignee_name: str
    due_date: date | None
    goal: str
    created_at: datetime
    updated_at: datetime


@dataclass(frozen=True)
class PlanStep:
    """A skill the plan has the learner work on now, and why (``plan_target`` / ``plan_prerequisite``)."""

    skill_id: str
    title: dict[str, str]
    reason: str
    leads_to: tuple[str, ...]


@dataclass(frozen=True)
class PlanProgress:
    """One learner's progress on one plan.

    ``target_skills``: every skill the plan's targets expand to (a section brings its prerequisites),
    in teaching order; ``mastered``: those mastered. ``status``: ``"complete"``, ``"overdue"``
    (due date passed, not complete), ``"blocked"`` (nothing leading to the targets has items) or
    ``"on_track"``. ``next_steps``: what the sequencer will teach next for this plan.
    """

    plan_id: str
    learner_id: str
    learner_name: str
    target_skills: tuple[str, ...]
    mastered: tuple[str, ...]
    status: str
    next_steps: tuple[PlanStep, ...]

    @property
    def fraction(self) -> float:
        """Share of the plan's skills mastered, 0..1 (1 for an empty plan)."""
        return len(self.mastered) / len(self.target_skills) if self.target_skills else 1.0


# -- goals, confidence, the week -------------------------------------------------------------------


@dataclass(frozen=True)
class GoalView:
    """A learner's own goal and how far they are. ``progress`` is 0..1 (mastered share of its skills;
    a goal without skills is 0 until ticked off, then 1)."""

    id: str
    learner_id: str
    text: str
    pack_id: str | None
    skill_ids: tuple[str, ...]
    mastered: tuple[str, ...]
    progress: float
    due_date: date | None
    achieved_at: datetime | None
    created_at: datetime

    @property
    def achieved(self) -> bool:
        """True once the goal was reached."""
        return self.achieved_at is not None


@dataclass(frozen=True)
class ConfidenceView:
    """How sure the learner felt about one answer: 1 guessing, 2 not sure, 3 sure."""

    id: str
    attempt_id: str
    learner_id: str
    rating: int
    correct: bool
    client_time: datetime


@dataclass(frozen=True)
class DayActivity:
    """One day of a week: answers, right answers, minutes on task."""

    day: date
    answered: int
    correct: int
    minutes: float


@dataclass(frozen=True)
class SkillWeek:
    """A skill practised during the week."""

    pack_id: str
    skill_id: str
    title: dict[str, str]
    attempts: int
    correct: int
    mastered_this_week: bool


@dataclass(frozen=True)
class WeekSummary:
    """A learner's week (Monday to Sunday, UTC dates): the "what I learned" and family view data."""

    learner_id: str
    week_start: date
    answered: int
    correct: int
    minutes: float
    days: tuple[DayActivity, ...]
    skills: tuple[SkillWeek, ...]
    goals: tuple[GoalView, ...] = field(default_factory=tuple)

    @property
    def days_active(self) -> int:
        """Days of the week with at least one answer."""
        return sum(1 for d in self.days if d.answered)

    @property
    def mastered(self) -> tuple[SkillWeek, ...]:
        """Skills first mastered this week."""
        return tuple(s for s in self.skills if s.mastered_this_week)


# -- privacy ---------------------------------------------------------------------------------------


@dataclass(frozen=True)
class LearnerExport:
    """A written export: the file, and how many records of each kind it holds."""

    path: Path
    counts: dict[str, int]


@dataclass(frozen=True)
class SharedLearner:
    """A learner on this device and whether their data has gone to the hub."""

    id: str
    display_name: str
    sent_to_hub: bool


@dataclass(frozen=True)
class SharingView:
    """What leaves this device, and where. Nothing does unless an adult enrolled it in a hub.

    ``data_kinds`` names what a sync sends (stable codes: ``profiles``, ``answers``, ``plans``,
    ``goals``, ``confidence``); empty when not enrolled.
    """

    enrolled: bool
    server_url: str
    school_name: str
    class_name: str
    last_success: datetime | None
    data_kinds: tuple[str, ...]
    learners: tuple[SharedLearner, ...]
