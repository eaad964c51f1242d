"""Normalising text answers so that case, spacing and Unicode forms don't decide right or wrong."""

from __future__ import annotations

import unicodedata

from .numerals import to_latin_digits

_TATWEEL = "\u0640"  # Arabic elongation mark: purely typographic


def normalize_text(text: str) -> str:
    """NFKC, case-folded, digits to Latin, Arabic tatweel removed, whitespace collapsed, final full stop dropped."""
    text = unicodedata.normalize("NFKC", text).replace(_TATWEEL, "")
    text = to_latin_digits(text).casefold()
    text = " ".join(text.split())
    return text.rstrip(".。").strip()
