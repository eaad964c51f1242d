"""The sync protocol's wire format (version 1): pydantic models shared by server and client.

Every model refuses unknown fields and bounds every string and list, so a malformed or hostile
request is a 422 before anything touches the database. docs/sync-protocol.md is the prose version.
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime
from typing import Annotated, Any, Literal

from pydantic import (
    AfterValidator,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    StringConstraints,
    ValidationInfo,
    field_validator,
    model_validator,
)

PROTOCOL_VERSION = 1
MAX_BODY_BYTES = 4 * 1024 * 1024
MAX_EVENTS_PER_PUSH = 1000
MAX_LEARNERS_PER_PUSH = 1000
MAX_PULL_LIMIT = 1000
DEFAULT_PULL_LIMIT = 500
MAX_ROSTER = 5000
MAX_RECORDS_PER_PUSH = 1000
MAX_PLAN_TARGETS = 2000
MAX_GOAL_SKILLS = 500
INT32_MAX = 2**31 - 1
INT63_MAX = 2**63 - 1

# Canonical lower-case UUID text: ids are compared as strings, so "ABC…" and "abc…" must not both exist.
UUID_PATTERN = r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"
# Empty for a profile never stamped (made before stamps existed): it loses to any stamped write.
HLC_PATTERN = r"^([0-9]{15}-[0-9]{6}-[0-9A-Za-z-]{1,57})?$"
BASE64_PATTERN = r"^[A-Za-z0-9+/_-]*={0,2}$"


# NUL and lone surrogates are valid in a JSON string but not in PostgreSQL text (nor encodable as
# UTF-8): refusing them here keeps them from becoming a server error at insert time.
_UNSTORABLE = re.compile("[\x00\ud800-\udfff]")


def _storable(value: str) -> str:
    if _UNSTORABLE.search(value):
        raise ValueError("text must not contain NUL characters or unpaired surrogates")
    return value


def _aware_utc(value: datetime) -> datetime:
    # A time without an offset is ambiguous (local? UTC?); refusing it keeps every stored time honest.
    if value.tzinfo is None or value.utcoffset() is None:
        raise ValueError("a time needs an offset, e.g. 2026-11-23T01:02:03Z")
    return value.astimezone(UTC)


_ISO_DATE = re.compile(r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$")


def _iso_date(value: Any) -> Any:
    # Only "YYYY-MM-DD": pydantic alone would also take a number or a date-time, which a client
    # sending one has a bug we would rather hear about than guess at.
    if isinstance(value, datetime):
        raise ValueError("a date is YYYY-MM-DD, without a time")
    if isinstance(value, date):
        return value
    if not isinstance(value, str) or not _ISO_DATE.match(value):
        raise ValueError("a date is written YYYY-MM-DD")
    return value


Id = Annotated[str, StringConstraints(min_length=36, max_length=36, pattern=UUID_PATTERN)]
IsoDate = Annotated[date, BeforeValidator(_iso_date)]
AwareTime = Annotated[datetime, AfterValidator(_aware_utc)]
Base64Text = Annotated[str, StringConstraints(max_length=512, pattern=BASE64_PATTERN)]
Text = Annotated[str, AfterValidator(_storable)]
SkillId = Annotated[Text, StringConstraints(min_length=1, max_length=100)]


class WireModel(BaseModel):
    """Base of every wire model: unknown fields are errors, never silently dropped.

    Numbers and booleans are strict (``"yes"`` is not true, ``"5"`` is not 5): a client that sends
    the wrong type has a bug, and guessing would store something it did not mean.
    """

    model_config = ConfigDict(extra="forbid")


class Event(WireModel):
    """One attempt event exactly as recorded on its device (immutable)."""

    id: Id
    device_id: Id
    device_seq: int = Field(strict=True, ge=1, le=INT32_MAX)
    learner_id: Id
    pack_id: Text = Field(min_length=1, max_length=200)
    pack_version: Text = Field(max_length=50)
    item_id: Text = Field(min_length=1, max_length=100)
    skill_ids: list[SkillId] = Field(max_length=32)
    response: Text = Field(max_length=2000)
    correct: bool = Field(strict=True)
    hints_used: int = Field(strict=True, ge=0, le=1000)
    duration_ms: int = Field(strict=True, ge=0, le=INT32_MAX)
    seed: int = Field(strict=True, ge=0, le=INT63_MAX)
    client_time: AwareTime


class LearnerProfile(WireModel):
    """A learner's profile: one last-writer-wins register, ordered by ``hlc``; ``deleted_at`` = tombstone."""

    id: Id
    display_name: Text = Field(min_length=1, max_length=100)
    avatar: Text = Field(min_length=1, max_length=64)
    language: Text = Field(min_length=1, max_length=16)
    text_size: Text = Field(min_length=1, max_length=16)
    pin_hash: Base64Text | None = None
    pin_salt: Base64Text | None = None
    pin_params: Text | None = Field(default=None, max_length=100)
    created_at: AwareTime
    updated_at: AwareTime
    deleted_at: AwareTime | None = None
    hlc: Text = Field(max_length=80, pattern=HLC_PATTERN)


class RosterEntry(WireModel):
    """A learner of the device's class."""

    learner_id: Id
    class_id: Id


class ClassBody(WireModel):
    """``kind: "class"``: a class of learners (``classes`` table)."""

    name: Text = Field(min_length=1, max_length=100)
    created_at: AwareTime
    updated_at: AwareTime


class GroupBody(WireModel):
    """``kind: "group"``: a group inside a class (``class_groups``)."""

    class_id: Id
    name: Text = Field(min_length=1, max_length=100)
    created_at: AwareTime
    updated_at: AwareTime


class ClassMemberBody(WireModel):
    """``kind: "class_member"``: a learner in a class; one register per (class, learner)."""

    class_id: Id
    learner_id: Id
    created_at: AwareTime
    updated_at: AwareTime


class GroupMemberBody(WireModel):
    """``kind: "group_member"``: a learner in a group; one register per (group, learner)."""

    group_id: Id
    learner_id: Id
    created_at: AwareTime
    updated_at: AwareTime


class PlanTargetWire(WireModel):
    """One target of a plan: a skill, a section (a skill and all it needs first) or the whole pack."""

    kind: Literal["skill", "section", "pack"]
    skill_id: SkillId | None = None

    @model_validator(mode="after")
    def _skill_named_unless_pack(self) -> PlanTargetWire:
        if (self.kind == "pack") != (self.skill_id is None):
            raise ValueError("a skill or section target names a skill_id; a pack target names none")
        return self


class PlanBody(WireModel):
    """``kind: "plan"``: skills of one pack assigned to a learner, a group or a class."""

    title: Text = Field(min_length=1, max_length=200)
    pack_id: Text = Field(min_length=1, max_length=200)
    targets: list[PlanTargetWire] = Field(min_length=1, max_length=MAX_PLAN_TARGETS)
    assignee_kind: Literal["learner", "group", "class"]
    assignee_id: Id
    due_date: IsoDate | None = None
    goal: Text = Field(default="", max_length=2000)
    created_at: AwareTime
    updated_at: AwareTime


class GoalBody(WireModel):
    """``kind: "goal"``: a goal a learner set, optionally measured by skills of a pack."""

    learner_id: Id
    text: Text = Field(min_length=1, max_length=200)
    pack_id: Text | None = Field(default=None, min_length=1, max_length=200)
    skill_ids: list[SkillId] = Field(default_factory=list, max_length=MAX_GOAL_SKILLS)
    due_date: IsoDate | None = None
    achieved_at: AwareTime | None = None
    created_at: AwareTime
    updated_at: AwareTime


class ConfidenceBody(WireModel):
    """``kind: "confidence"``: how sure the learner felt about one answer (immutable, one per attempt)."""

    attempt_id: Id
    learner_id: Id
    rating: int = Field(strict=True, ge=1, le=3)
    device_id: Id
    client_time: AwareTime
    created_at: AwareTime


RecordKind = Literal["class", "group", "class_member", "group_member", "plan", "goal", "confidence"]
RecordBody = ClassBody | GroupBody | ClassMemberBody | GroupMemberBody | PlanBody | GoalBody | ConfidenceBody

# Each kind's body model; also the order a batch or page is applied in: what a record names comes first.
RECORD_BODIES: dict[str, type[WireModel]] = {
    "class": ClassBody,
    "group": GroupBody,
    "class_member": ClassMemberBody,
    "group_member": GroupMemberBody,
    "plan": PlanBody,
    "goal": GoalBody,
    "confidence": ConfidenceBody,
}
RECORD_KINDS: tuple[str, ...] = tuple(RECORD_BODIES)


class SharedRecord(WireModel):
    """An adult-side row that travels by sync: classes, groups, memberships, plans, goals, ratings.

    Every kind but ``confidence`` is one last-writer-wins register like a learner profile: the
    whole row is replaced by a received one whose ``hlc`` is strictly greater, and ``deleted_at``
    set is its tombstone. A ``confidence`` rating is immutable (``hlc`` empty, never deleted): it is
    stored once, by id, and never changed.
    """

    kind: RecordKind
    id: Id
    hlc: Text = Field(max_length=80, pattern=HLC_PATTERN)
    deleted_at: AwareTime | None = None
    body: RecordBody

    @field_validator("body", mode="before")
    @classmethod
    def _body_of_kind(cls, value: Any, info: ValidationInfo) -> Any:
        # The kind says which body to expect, so errors name that body's fields (not all seven).
        model = RECORD_BODIES.get(str(info.data.get("kind")))
        if model is not None and isinstance(value, dict):
            return model.model_validate(value)
        return value

    @model_validator(mode="after")
    def _consistent(self) -> SharedRecord:
        if not isinstance(self.body, RECORD_BODIES[self.kind]):
            raise ValueError(f"the body is not a {self.kind} body")
        if self.kind == "confidence":
            if self.deleted_at is not None:
                raise ValueError("a confidence rating is never deleted")
        elif not self.hlc:
            raise ValueError(f"a {self.kind} record needs a clock stamp (hlc)")
        return self


class SharedDocument(WireModel):
    """A plan or a set of fitted model parameters for a pack (reserved; lists are empty for now)."""

    pack_id: Text = Field(min_length=1, max_length=200)
    version: Text = Field(max_length=50)
    body: dict[str, Any]


class ModelInfo(WireModel):
    """Fitted learner-model parameters the server shares for one pack (``GET /v1/models``)."""

    pack_id: Text = Field(min_length=1, max_length=200)
    sha256: Text = Field(min_length=64, max_length=64)
    size: int = Field(ge=0)


class ModelList(WireModel):
    """``GET /v1/models``: every pack with parameters fitted on the school's pooled answers."""

    models: list[ModelInfo]


class ModelDocument(WireModel):
    """``GET /v1/models/{pack_id}``: the parameters, as `sabil model fit` wrote them, and their sha256."""

    pack_id: Text = Field(min_length=1, max_length=200)
    sha256: Text = Field(min_length=64, max_length=64)
    body: dict[str, Any]


class EnrollRequest(WireModel):
    """``POST /v1/enroll``."""

    code: Text = Field(min_length=1, max_length=64)
    device_id: Id
    device_name: Text = Field(default="", max_length=200)
    device_public_key: Text = Field(min_length=1, max_length=100)


class EnrollResponse(WireModel):
    """The token (shown once, stored hashed on the server) and where the device now belongs."""

    token: str
    device_id: Id
    school_id: Id
    school_name: str
    class_id: Id
    class_name: str
    server_id: Id
    stored_through: int


class PushRequest(WireModel):
    """``POST /v1/push``: this device's events in ``device_seq`` order, and profiles it changed."""

    device_id: Id
    events: list[Event] = Field(default_factory=list, max_length=MAX_EVENTS_PER_PUSH)
    learners: list[LearnerProfile] = Field(default_factory=list, max_length=MAX_LEARNERS_PER_PUSH)
    records: list[SharedRecord] = Field(default_factory=list, max_length=MAX_RECORDS_PER_PUSH)


class PushResponse(WireModel):
    """What the server holds after the push."""

    stored_through: int
    accepted: int
    duplicates: int
    learners_applied: int


class PullResponse(WireModel):
    """``GET /v1/pull``: one page of the school's changes made on other devices."""

    events: list[Event]
    learners: list[LearnerProfile]
    roster: list[RosterEntry]
    # Reserved since version 1 and always empty: plans travel in ``records``, parameters by /v1/models.
    plans: list[SharedDocument]
    model_params: list[SharedDocument]
    cursor: int
    more: bool
    # Classes, groups, memberships, plans, goals and ratings, in the order to apply them. Older
    # servers do not send it, so it defaults to empty.
    records: list[SharedRecord] = Field(default_factory=list)


class DeviceStatus(WireModel):
    """The calling device as the server sees it."""

    device_id: Id
    school_id: Id
    class_id: Id
    stored_through: int


class StatusResponse(WireModel):
    """``GET /v1/status``."""

    server_id: Id
    protocol_version: int
    server_time: datetime
    device: DeviceStatus | None = None


class ErrorResponse(WireModel):
    """The body of every error answer."""

    error: str
    message: str
    details: list[dict[str, Any]] | None = None


class RelayRequest(PushRequest):
    """``POST /v1/relay``: a class hub passes its school's changes up to a district server.

    Like a push, but the events may come from several origin devices (each keeps its own
    ``device_id`` and ``device_seq``); ``device_id`` is the relaying hub's. See docs/sync-protocol.md,
    "Relay: a hub above and below".
    """


class RelayResponse(WireModel):
    """What the district stored of a relay page (a page sent again is all ``duplicates``)."""

    accepted: int
    duplicates: int
    learners_applied: int
    records_applied: int = 0
