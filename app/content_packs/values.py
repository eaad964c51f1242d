"""The values expressions compute with, and how each one is written out as text.

All arithmetic is exact: whole numbers are ``int``, everything else a ``Fraction`` (a Fraction
with denominator 1 is always turned back into an ``int`` so ``4/2`` prints as ``2``).
"""

from __future__ import annotations

from fractions import Fraction

from .errors import PackError
from .limits import MAX_NUMBER_DIGITS, MAX_PLACES

Number = int | Fraction
Value = int | Fraction | bool | str

_MAX_MAGNITUDE = 10**MAX_NUMBER_DIGITS


def is_number(value: object) -> bool:
    """True for ints and Fractions, but not for bools (which Python counts as ints)."""
    return isinstance(value, int | Fraction) and not isinstance(value, bool)


def normalize_number(value: Number) -> Number:
    """Collapse a whole Fraction to int and refuse numbers too large to be honest pack content."""
    if isinstance(value, Fraction):
        if abs(value.numerator) >= _MAX_MAGNITUDE or value.denominator >= _MAX_MAGNITUDE:
            raise PackError("expr_too_large", f"a number grew larger than {MAX_NUMBER_DIGITS} digits")
        if value.denominator == 1:
            return int(value.numerator)
        return value
    if abs(value) >= _MAX_MAGNITUDE:
        raise PackError("expr_too_large", f"a number grew larger than {MAX_NUMBER_DIGITS} digits")
    return value


def format_value(value: Value) -> str:
    """How a value is substituted into text: ``7``, ``3/4``, ``-1/2``, ``true``, or a string as is."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, Fraction):
        return f"{value.numerator}/{value.denominator}"
    return str(value)


def format_tex(value: Value) -> str:
    """LaTeX for a value: fractions become ``\\frac{a}{b}`` (sign in front)."""
    if isinstance(value, Fraction) and value.denominator != 1:
        sign = "-" if value < 0 else ""
        return f"{sign}\\frac{{{abs(value.numerator)}}}{{{value.denominator}}}"
    return format_value(value)


def format_mixed(value: Number) -> str:
    """A mixed number: ``1 1/2``, ``-2 3/4``; proper fractions and whole numbers stay as they are."""
    value = Fraction(value)
    if value.denominator == 1:
        return str(value.numerator)
    sign = "-" if value < 0 else ""
    whole, rest = divmod(abs(value.numerator), value.denominator)
    if whole == 0:
        return f"{sign}{rest}/{value.denominator}"
    return f"{sign}{whole} {rest}/{value.denominator}"


def round_half_up(value: Number, places: int) -> Number:
    """Round to ``places`` decimals, halves away from zero (as taught in school, not banker's rounding)."""
    check_places(places)
    scale = 10**places
    scaled = Fraction(value) * scale
    magnitude = (abs(scaled) + Fraction(1, 2)).__floor__()
    rounded = Fraction(magnitude if scaled >= 0 else -magnitude, scale)
    return normalize_number(rounded)


def format_decimal(value: Number, places: int) -> str:
    """Decimal text with exactly ``places`` decimals, rounded half up: ``dec(1/3, 2)`` → ``0.33``."""
    rounded = Fraction(round_half_up(value, places))
    sign = "-" if rounded < 0 else ""
    units = abs(rounded.numerator) * (10**places) // rounded.denominator
    if places == 0:
        return f"{sign}{units}"
    text = str(units).rjust(places + 1, "0")
    return f"{sign}{text[:-places]}.{text[-places:]}"


def terminating_places(value: Number) -> int | None:
    """The number of decimals that write ``value`` exactly, or None when it never terminates (1/3)."""
    value = Fraction(value)
    denominator = value.denominator
    # A decimal terminates exactly when the denominator has no prime factors but 2 and 5.
    for prime in (2, 5):
        while denominator % prime == 0:
            denominator //= prime
    if denominator != 1:
        return None
    places = 0
    while (value * 10**places).denominator != 1:
        places += 1
    return places


def check_places(places: int) -> None:
    """Decimal places must be a small non-negative whole number."""
    if not isinstance(places, int) or isinstance(places, bool) or not 0 <= places <= MAX_PLACES:
        raise PackError("expr_bad_argument", f"decimal places must be a whole number from 0 to {MAX_PLACES}")
