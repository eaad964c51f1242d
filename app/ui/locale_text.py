"""Numbers and lists as a person reads them in their language: the locale's digits, grouping and
list separator ("١٬٢٠٤" and "، " in Arabic; "1,204" and ", " in English).

Qt fills the count of a translated plural sentence ("%n answers") with Latin digits whatever the
language, so a sentence made by ``tr(..., n)`` goes through ``locale_digits`` *before* any name or
title is put into it: the sentence's own number changes, never digits someone typed or a pack wrote.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from PySide6.QtCore import QLocale

# The list separator where it is not ", " (Arabic script has its own comma and semicolon).
LIST_SEPARATORS = {"ar": "، "}
CLAUSE_SEPARATORS = {"ar": "؛ "}
# Between the parts of a status line ("5 minutes ago · 132 answers waiting"). Beside Arabic-Indic
# digits a middle dot reads as a zero ("١٣٢ · ٥" looks like ١٣٢٠٥), so Arabic uses its comma.
PART_SEPARATORS = {"ar": "، "}
LATIN_DIGITS = "0123456789"
_NUMBER_DIGIT = re.compile(r"(?<!%)[0-9]")  # not the 1 of a "%1" placeholder
_PLACEHOLDER = re.compile(r"%([1-9])")


def isolate(text: str) -> str:
    """``text`` wrapped in Unicode isolates, so a Latin title inside an Arabic sentence (or the other way
    round) keeps its own direction and the quotation marks around it stay in place."""
    return "\u2068" + text + "\u2069"


def _digit_table(language: str) -> dict[int, int] | None:
    zero = QLocale(language).zeroDigit()
    if zero == "0" or len(zero) != 1:
        return None
    return str.maketrans(LATIN_DIGITS, "".join(chr(ord(zero) + k) for k in range(10)))


def locale_digits(text: str, language: str) -> str:
    """``text`` with Latin digits written in ``language``'s own digits (unchanged where those are Latin).

    A digit right after "%" is a placeholder still to be filled ("%1"), so it is left alone.
    """
    table = _digit_table(language)
    if table is None:
        return text
    return _NUMBER_DIGIT.sub(lambda found: found.group().translate(table), text)


def whole_number(value: float, language: str) -> str:
    """A whole number with the locale's digits and grouping, e.g. 1,204 / 1 204 / ١٬٢٠٤."""
    return QLocale(language).toString(int(round(value)))


def joined(items: Iterable[str], language: str) -> str:
    """Items of a list in one line, separated the way ``language`` writes lists ("a, b" / "a، b")."""
    return LIST_SEPARATORS.get(language, ", ").join(items)


def parts_joined(items: Iterable[str], language: str) -> str:
    """Parts of a status line: "5 minutes ago · 132 answers waiting" ("منذ ٥ دقائق، ١٣٢ إجابة في الانتظار")."""
    return PART_SEPARATORS.get(language, " · ").join(items)


def clauses_joined(items: Iterable[str], language: str) -> str:
    """Parts of a sentence separated by a semicolon ("a; b" / "a؛ b")."""
    return CLAUSE_SEPARATORS.get(language, "; ").join(items)


def filled(template: str, *values: str) -> str:
    """``template`` with "%1", "%2", … replaced by ``values`` in one pass, so a value that itself holds
    "%2" (a learner's answer, a pack's question) is never replaced again."""
    return _PLACEHOLDER.sub(
        lambda found: values[int(found.group(1)) - 1] if int(found.group(1)) <= len(values) else found.group(), template
    )
