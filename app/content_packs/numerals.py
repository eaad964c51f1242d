"""Learner input in any of the scripts Sabil serves: digits, decimal marks and fraction slashes to ASCII."""

from __future__ import annotations

import unicodedata

_DIGITS = {ord(c): str(i) for i, c in enumerate("٠١٢٣٤٥٦٧٨٩")}  # Arabic-Indic
_DIGITS.update({ord(c): str(i) for i, c in enumerate("۰۱۲۳۴۵۶۷۸۹")})  # Eastern Arabic-Indic (Persian, Urdu)

_SYMBOLS = {
    ord("٫"): ".",  # Arabic decimal separator
    ord(","): ".",  # decimal comma (French, Spanish, …)
    ord("،"): ".",  # Arabic comma, typed by Arabic keyboards for the decimal mark
    ord("٬"): None,  # Arabic thousands separator
    ord("⁄"): "/",  # fraction slash
    ord("∕"): "/",  # division slash
    ord("÷"): "/",
    ord("−"): "-",  # minus sign
    ord("‐"): "-",
    ord("–"): "-",
    ord("\u200e"): None,  # left-to-right mark
    ord("\u200f"): None,  # right-to-left mark
    ord("\u061c"): None,  # Arabic letter mark
}


def to_latin_digits(text: str) -> str:
    """Replace Arabic-Indic and Eastern Arabic-Indic digits by 0–9, leaving everything else."""
    return text.translate(_DIGITS)


def normalize_numeric_input(text: str) -> str:
    """Learner's numeric answer in plain ASCII: ``٣/٤`` → ``3/4``, ``0,75`` → ``0.75``, ``1  1/2`` → ``1 1/2``.

    Spaces are trimmed and runs of spaces collapse to one; spaces next to ``/`` are removed
    (a single space between a whole part and a fraction is what makes a mixed number).
    """
    text = unicodedata.normalize("NFKC", text)
    text = to_latin_digits(text).translate(_SYMBOLS)
    text = " ".join(text.split())
    return text.replace(" /", "/").replace("/ ", "/").replace("- ", "-").replace("+ ", "+")
