"""Typed reads of fields from untrusted mappings (parsed TOML or JSON), with precise errors.

Every failure is a PackError whose location names the field, so a teacher sees
``skills.toml: skill "count-to-20": prerequisites`` rather than a Python traceback.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping
from typing import Any

from .errors import PackError
from .limits import MAX_ID_LENGTH

ID_PATTERN = re.compile(r"[a-z0-9](?:[a-z0-9-]*[a-z0-9])?")
PACK_ID_PATTERN = re.compile(r"[a-z0-9](?:[a-z0-9.-]*[a-z0-9])?")
LANGUAGE_PATTERN = re.compile(r"[a-zA-Z]{2,3}(?:-[a-zA-Z0-9]{2,8})*")
SEMVER_PATTERN = re.compile(r"(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?")
NAME_PATTERN = re.compile(r"[A-Za-z][A-Za-z0-9]*")


class FieldReader:
    """Reads fields of one table/object; ``where`` is the location prefix used in errors."""

    def __init__(self, data: Any, where: str, code: str = "schema") -> None:
        if not isinstance(data, Mapping):
            raise PackError(code, f"expected a table of fields, found {_kind(data)}", where)
        self.data = data
        self.where = where
        self.code = code

    def error(self, key: str, message: str, code: str | None = None) -> PackError:
        return PackError(code or self.code, message, f"{self.where}: {key}" if self.where else key)

    def reject_unknown(self, allowed: Iterable[str]) -> None:
        """Unknown keys are errors: a misspelt "hint" must not silently lose the hints."""
        allowed_set = _allowed_set(allowed)
        if self.data.keys() <= allowed_set:  # the usual case, one C-level comparison
            return
        for key in self.data:
            if key not in allowed_set:
                raise self.error(str(key), f'"{key}" is not a known field (known: {", ".join(sorted(allowed_set))})',
                                 "unknown_field")

    def has(self, key: str) -> bool:
        return self.data.get(key) is not None

    def text(self, key: str, max_length: int, *, required: bool = True, default: str = "",
             pattern: re.Pattern[str] | None = None, pattern_help: str = "") -> str:
        value = self.data.get(key)
        if value is None:
            if required:
                raise self.error(key, "is missing", "missing_field")
            return default
        if not isinstance(value, str):
            raise self.error(key, f"must be text, found {_kind(value)}")
        if len(value) > max_length:
            raise self.error(key, f"is longer than {max_length} characters")
        if "\x00" in value:
            raise self.error(key, "contains a NUL character")
        if pattern is not None and not pattern.fullmatch(value):
            raise self.error(key, f'"{value}" is not valid: {pattern_help}', "bad_id")
        return value

    def identifier(self, key: str, pattern: re.Pattern[str] = ID_PATTERN) -> str:
        help_text = "use lower-case letters, digits and '-'" + (" or '.'" if pattern is PACK_ID_PATTERN else "")
        return self.text(key, MAX_ID_LENGTH, pattern=pattern, pattern_help=help_text)

    def integer(self, key: str, *, required: bool = True, default: int = 0, low: int | None = None,
                high: int | None = None) -> int:
        if not self.has(key):
            if required:
                raise self.error(key, "is missing", "missing_field")
            return default
        value = self.data[key]
        if not isinstance(value, int) or isinstance(value, bool):
            raise self.error(key, f"must be a whole number, found {_kind(value)}")
        if (low is not None and value < low) or (high is not None and value > high):
            raise self.error(key, f"must be between {low} and {high}")
        return value

    def real(self, key: str, *, default: float = 0.0, low: float, high: float) -> float:
        value = self.data.get(key)
        if value is None:
            return default
        if not isinstance(value, int | float) or isinstance(value, bool):
            raise self.error(key, f"must be a number, found {_kind(value)}")
        if not low <= value <= high:  # also rejects NaN
            raise self.error(key, f"must be between {low} and {high}")
        return float(value)

    def boolean(self, key: str, default: bool) -> bool:
        value = self.data.get(key)
        if value is None:
            return default
        if not isinstance(value, bool):
            raise self.error(key, f"must be true or false, found {_kind(value)}")
        return value

    def text_list(self, key: str, max_items: int, max_length: int, *, required: bool = False,
                  pattern: re.Pattern[str] | None = None) -> tuple[str, ...]:
        values = self._list(key, max_items, required)
        if not values:
            return ()
        result = []
        for index, value in enumerate(values):
            if not isinstance(value, str):
                raise self.error(f"{key}[{index}]", f"must be text, found {_kind(value)}")
            if len(value) > max_length:
                raise self.error(f"{key}[{index}]", f"is longer than {max_length} characters")
            if pattern is not None and not pattern.fullmatch(value):
                raise self.error(f"{key}[{index}]", f'"{value}" is not a valid id', "bad_id")
            result.append(value)
        return tuple(result)

    def int_list(self, key: str, max_items: int, *, required: bool = False) -> tuple[int, ...]:
        values = self._list(key, max_items, required)
        for index, value in enumerate(values):
            if not isinstance(value, int) or isinstance(value, bool):
                raise self.error(f"{key}[{index}]", f"must be a whole number, found {_kind(value)}")
        return tuple(values)

    def language_map(self, key: str, max_length: int, *, required: bool = True) -> dict[str, str]:
        """A table of texts per language, e.g. ``{ en = "…", ar = "…" }``."""
        if not self.has(key):
            if required:
                raise self.error(key, "is missing", "missing_field")
            return {}
        value = self.data[key]
        if not isinstance(value, Mapping):
            raise self.error(key, f"must be a table of texts per language, found {_kind(value)}")
        result: dict[str, str] = {}
        for language, text in value.items():
            if not isinstance(language, str) or not LANGUAGE_PATTERN.fullmatch(language):
                raise self.error(f"{key}.{language}", "is not a language code like en, ar or fr")
            if not isinstance(text, str) or len(text) > max_length:
                raise self.error(f"{key}.{language}", f"must be text of at most {max_length} characters")
            result[language] = text
        if required and not result:
            raise self.error(key, "needs at least one language", "missing_field")
        return result

    def table(self, key: str) -> Mapping[str, Any] | None:
        if not self.has(key):
            return None
        value = self.data[key]
        if not isinstance(value, Mapping):
            raise self.error(key, f"must be a table, found {_kind(value)}")
        return value

    def _list(self, key: str, max_items: int, required: bool) -> list[Any]:
        value = self.data.get(key)
        if value is None:
            if required:
                raise self.error(key, "is missing", "missing_field")
            return []
        if not isinstance(value, list):
            raise self.error(key, f"must be a list, found {_kind(value)}")
        if len(value) > max_items:
            raise self.error(key, f"has more than {max_items} entries")
        return value


_ALLOWED_SETS: dict[tuple[str, ...], frozenset[str]] = {}


def _allowed_set(allowed: Iterable[str]) -> frozenset[str]:
    # Readers pass the same few tuples of field names for every item: build each set once.
    if not isinstance(allowed, tuple):
        return frozenset(allowed)
    found = _ALLOWED_SETS.get(allowed)
    if found is None:
        found = _ALLOWED_SETS[allowed] = frozenset(allowed)
    return found


def is_nfc(text: str) -> bool:
    """True when ``text`` is already in Unicode NFC form (file names must be, to compare reliably)."""
    return unicodedata.is_normalized("NFC", text)


def _kind(value: Any) -> str:
    if value is None:
        return "nothing"
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, int | float):
        return "a number"
    if isinstance(value, str):
        return "text"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, Mapping):
        return "a table"
    return type(value).__name__
