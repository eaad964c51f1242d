"""Pick the right language out of the per-language titles that packs carry."""

from __future__ import annotations

from collections.abc import Mapping


def localized(texts: Mapping[str, str], language: str) -> str:
    """The text in ``language`` if the pack has it, else English, else any language it has."""
    if not texts:
        return ""
    return texts.get(language) or texts.get("en") or next(iter(texts.values()))
