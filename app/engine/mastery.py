"""When a skill counts as mastered.

The default is a calibrated decision: the probability that the skill is known must reach a
threshold, and only after a minimum of evidence so two lucky guesses cannot unlock the next skill.
That probability comes from the learner model (``known_from_correct`` of its P(correct) on a
typical item of the skill), or from BKT where no learner model runs. Packs may instead ask for the rules teachers know ("4 of the last 5",
"5 in a row"); those are honoured exactly as written.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Literal

MasteryKind = Literal["probability", "m_of_n", "n_in_a_row"]

# The longest outcome window a rule may look at; apply_attempt keeps at least this many outcomes
# when a rule needs more than the usual ten.
MAX_WINDOW = 50


@dataclass(frozen=True)
class MasteryRule:
    """How mastery of one skill is decided.

    ``probability``: p_known >= ``threshold`` after at least ``min_attempts`` attempts.
    ``m_of_n``: at least ``m`` of the last ``n`` answers correct.
    ``n_in_a_row``: the last ``n`` answers all correct.
    """

    kind: MasteryKind = "probability"
    m: int = 0
    n: int = 0
    threshold: float = 0.95
    min_attempts: int = 3

    def __post_init__(self) -> None:
        if self.kind == "probability":
            if not 0.0 < self.threshold <= 1.0:
                raise ValueError(f"Mastery threshold must be in (0, 1], got {self.threshold!r}.")
            if self.min_attempts < 0:
                raise ValueError(f"Mastery min_attempts must not be negative, got {self.min_attempts!r}.")
        elif self.kind == "m_of_n":
            if not 1 <= self.m <= self.n <= MAX_WINDOW:
                raise ValueError(
                    f"Mastery rule m_of_n needs 1 <= m <= n <= {MAX_WINDOW}, got m={self.m}, n={self.n}."
                )
        elif self.kind == "n_in_a_row":
            if not 1 <= self.n <= MAX_WINDOW:
                raise ValueError(f"Mastery rule n_in_a_row needs 1 <= n <= {MAX_WINDOW}, got n={self.n}.")
        else:
            raise ValueError(
                f"Unknown mastery rule kind {self.kind!r}; use probability, m_of_n or n_in_a_row."
            )

    @classmethod
    def default(cls) -> MasteryRule:
        """The calibrated probability rule: p_known >= 0.95 after at least 3 attempts."""
        return cls()

    @classmethod
    def from_dict(cls, data: Mapping[str, Any] | None) -> MasteryRule:
        """The rule a pack's skill asks for (``{"kind": "m_of_n", "m": 4, "n": 5}``), or the default for None.

        Raises ValueError naming the problem for an unknown kind, unknown keys or bad numbers.
        """
        if not data:
            return cls()
        allowed = {"kind", "m", "n", "threshold", "min_attempts"}
        unknown = set(data) - allowed
        if unknown:
            raise ValueError(f"Unknown mastery rule field(s): {', '.join(sorted(unknown))}.")
        kind = data.get("kind", "probability")
        if kind == "probability":
            return cls(
                kind="probability",
                threshold=_number(data, "threshold", kind, float, 0.95),
                min_attempts=_number(data, "min_attempts", kind, int, 3),
            )
        if kind == "m_of_n":
            return cls(kind="m_of_n", m=_number(data, "m", kind, int), n=_number(data, "n", kind, int))
        if kind == "n_in_a_row":
            return cls(kind="n_in_a_row", n=_number(data, "n", kind, int))
        raise ValueError(f"Unknown mastery rule kind {kind!r}; use probability, m_of_n or n_in_a_row.")

    def to_dict(self) -> dict[str, Any]:
        """The rule as a pack would write it (the inverse of ``from_dict``)."""
        if self.kind == "m_of_n":
            return {"kind": "m_of_n", "m": self.m, "n": self.n}
        if self.kind == "n_in_a_row":
            return {"kind": "n_in_a_row", "n": self.n}
        return {"kind": "probability", "threshold": self.threshold, "min_attempts": self.min_attempts}

    @property
    def window(self) -> int:
        """How many recent outcomes the rule looks at (0 for the probability rule)."""
        return self.n if self.kind in ("m_of_n", "n_in_a_row") else 0


def _number(data: Mapping[str, Any], key: str, kind: str, convert: type, default: Any = None) -> Any:
    """Read one numeric field of a rule, with errors that name the rule and the field."""
    if key not in data:
        if default is None:
            raise ValueError(f"Mastery rule {kind} needs the field {key!r}.")
        return default
    value = data[key]
    # bool is an int subclass; "n = true" in a pack is a mistake, not the number 1.
    if isinstance(value, bool):
        raise ValueError(f"Mastery rule {kind} field {key!r} must be a number, got {value!r}.")
    try:
        number = convert(value)
    except (TypeError, ValueError):
        raise ValueError(f"Mastery rule {kind} field {key!r} must be a number, got {value!r}.") from None
    if convert is int and number != value and not (isinstance(value, str) and str(number) == value.strip()):
        raise ValueError(f"Mastery rule {kind} field {key!r} must be a whole number, got {value!r}.")
    return number


def known_from_correct(p_correct: float, guess: float, slip: float) -> float:
    """P(the skill is known) from P(correct on a typical item of it).

    A learner who knows the skill still slips (``slip``) and one who does not may guess
    (``guess``), so P(correct) = P(known) (1 - slip) + (1 - P(known)) guess; solved for P(known)
    and clipped to [0, 1]. The learner model's P(correct) is calibrated on real answers, so this
    is the calibrated probability the mastery threshold is compared with.
    """
    span = 1.0 - slip - guess
    if span <= 0.0:
        raise ValueError(f"guess + slip must be below 1, got guess={guess!r}, slip={slip!r}.")
    return min(1.0, max(0.0, (p_correct - guess) / span))


def is_mastered(rule: MasteryRule, p_known: float, attempts: int, recent: Sequence[bool]) -> bool:
    """Whether the evidence meets ``rule``. ``recent`` holds the latest outcomes, oldest first."""
    if rule.kind == "probability":
        return attempts >= rule.min_attempts and p_known >= rule.threshold
    window = list(recent)[-rule.n :]
    if rule.kind == "n_in_a_row":
        return len(window) == rule.n and all(window)
    return sum(1 for outcome in window if outcome) >= rule.m
