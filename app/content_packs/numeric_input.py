"""Reading a learner's typed number: integers, decimals, fractions and mixed numbers, exactly."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from fractions import Fraction

from .limits import MAX_NUMBER_DIGITS, MAX_RESPONSE_LENGTH
from .numerals import normalize_numeric_input

_INTEGER = re.compile(r"([+-]?)(\d+)")
_DECIMAL = re.compile(r"([+-]?)(\d+\.\d*|\.\d+)")
_FRACTION = re.compile(r"([+-]?)(\d+)/(\d+)")
_MIXED = re.compile(r"([+-]?)(\d+) (\d+)/(\d+)")


@dataclass(frozen=True)
class ParsedNumber:
    """A number as typed: its exact value, how it was written, and whether a fraction was in lowest terms."""

    value: Fraction
    form: str  # "integer" | "decimal" | "fraction" | "mixed"
    normalized: str
    lowest_terms: bool = True


class UnreadableNumber(ValueError):
    """The text is not a number; ``reason`` is a code: empty, too_long, not_a_number, zero_denominator."""

    def __init__(self, reason: str, normalized: str) -> None:
        super().__init__(reason)
        self.reason = reason
        self.normalized = normalized


def parse_number(text: str) -> ParsedNumber:
    """Parse learner input after normalising digits and marks; raises UnreadableNumber."""
    if len(text) > MAX_RESPONSE_LENGTH:
        raise UnreadableNumber("too_long", "")
    normalized = normalize_numeric_input(text)
    if not normalized:
        raise UnreadableNumber("empty", normalized)
    if sum(ch.isdigit() for ch in normalized) > 2 * MAX_NUMBER_DIGITS:
        raise UnreadableNumber("too_long", normalized)
    if match := _INTEGER.fullmatch(normalized):
        return ParsedNumber(_signed(match.group(1), Fraction(int(match.group(2)))), "integer", normalized)
    if match := _DECIMAL.fullmatch(normalized):
        return ParsedNumber(_signed(match.group(1), Fraction(match.group(2))), "decimal", normalized)
    if match := _FRACTION.fullmatch(normalized):
        top, bottom = int(match.group(2)), int(match.group(3))
        if bottom == 0:
            raise UnreadableNumber("zero_denominator", normalized)
        value = _signed(match.group(1), Fraction(top, bottom))
        return ParsedNumber(value, "fraction", normalized, math.gcd(top, bottom) == 1)
    if match := _MIXED.fullmatch(normalized):
        whole, top, bottom = int(match.group(2)), int(match.group(3)), int(match.group(4))
        if bottom == 0:
            raise UnreadableNumber("zero_denominator", normalized)
        if top >= bottom or top == 0:
            # "1 5/4" or "2 0/3" is not how anyone writes a mixed number; more likely a typo.
            raise UnreadableNumber("not_a_number", normalized)
        value = _signed(match.group(1), whole + Fraction(top, bottom))
        return ParsedNumber(value, "mixed", normalized, math.gcd(top, bottom) == 1)
    raise UnreadableNumber("not_a_number", normalized)


def _signed(sign: str, value: Fraction) -> Fraction:
    return -value if sign == "-" else value
