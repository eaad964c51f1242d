"""Digits typed on Arabic keyboards: Arabic-Indic (٠–٩) and Eastern Arabic-Indic (۰–۹) to Latin."""

from __future__ import annotations

ARABIC_INDIC = "٠١٢٣٤٥٦٧٨٩"
EASTERN_ARABIC_INDIC = "۰۱۲۳۴۵۶۷۸۹"
_TO_LATIN = str.maketrans(ARABIC_INDIC + EASTERN_ARABIC_INDIC, "0123456789" * 2)


def to_latin_digits(text: str) -> str:
    """``text`` with every Arabic-Indic digit replaced by its Latin digit (other characters unchanged)."""
    return text.translate(_TO_LATIN)


def digit_value(char: str) -> int | None:
    """The value of a single digit character in any of the three scripts, else None."""
    latin = to_latin_digits(char)
    return int(latin) if len(latin) == 1 and latin.isascii() and latin.isdigit() else None
