"""What a pack holds, as frozen dataclasses, and its JSON form (``pack.json``).

``manifest_to_dict`` writes plain JSON types; ``manifest_from_dict`` reads them back with every
field and type checked (pack.json comes from untrusted files). Semantic checks — references,
cycles, templates that render — live in ``validate.py``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

FORMAT_VERSION = 1
ITEM_TYPES = ("numeric", "single_choice", "multiple_choice", "short_text", "expression")
ANSWER_FORMS = ("any", "fraction", "simplest", "decimal")
MASTERY_KINDS = ("probability", "m_of_n", "n_in_a_row")


@dataclass(frozen=True)
class SkillDef:
    """One skill: titles and descriptions per language, direct prerequisites, optional mastery rule."""

    id: str
    title: dict[str, str]
    description: dict[str, str] = field(default_factory=dict)
    prerequisites: tuple[str, ...] = ()
    mastery: dict[str, Any] | None = None


@dataclass(frozen=True)
class ItemDef:
    """One item as authored: text templates with ``{{expr}}`` and the expressions behind them.

    ``params`` keeps authoring order (later parameters may use earlier ones). ``tolerance`` is an
    absolute tolerance for numeric answers. ``media`` names files under ``media/`` the item shows.
    ``shuffle`` False keeps choices in authored order (e.g. "1, 2, 3" or "none of these" last).
    ``variables`` (expression items only) are the single letters a learner may use; empty means the
    letters of the rendered answer.
    """

    id: str
    skill_id: str
    type: str
    prompt: str
    answer: str = ""
    choices: tuple[str, ...] = ()
    correct: tuple[int, ...] = ()
    hints: tuple[str, ...] = ()
    solution: str = ""
    params: dict[str, str] = field(default_factory=dict)
    constraints: tuple[str, ...] = ()
    tolerance: float = 0.0
    accept: tuple[str, ...] = ()
    answer_form: str = "any"
    difficulty: float = 0.0
    media: tuple[str, ...] = ()
    shuffle: bool = True
    variables: tuple[str, ...] = ()


@dataclass(frozen=True)
class MediaEntry:
    """A file in the pack's ``media/`` folder: its name, sha256 (hex, lower case) and size in bytes."""

    path: str
    sha256: str
    size: int


@dataclass(frozen=True)
class PackManifest:
    """Everything in ``pack.json``."""

    format_version: int
    id: str
    version: str
    title: dict[str, str]
    description: dict[str, str]
    language: str
    licence: str
    authors: tuple[str, ...]
    subjects: tuple[str, ...]
    age_range: tuple[int, int] | None
    skills: tuple[SkillDef, ...]
    items: tuple[ItemDef, ...]
    media: tuple[MediaEntry, ...] = ()
    # Learner-model parameters fitted on pooled answers to this pack (sabil model fit's JSON), if shipped.
    learner_model: dict[str, Any] | None = None

    def skill(self, skill_id: str) -> SkillDef:
        """The skill with this id (KeyError if absent)."""
        for skill in self.skills:
            if skill.id == skill_id:
                return skill
        raise KeyError(skill_id)

    def item(self, item_id: str) -> ItemDef:
        """The item with this id (KeyError if absent)."""
        for item in self.items:
            if item.id == item_id:
                return item
        raise KeyError(item_id)

    def items_for(self, skill_id: str) -> tuple[ItemDef, ...]:
        """The items practising one skill, in pack order."""
        return tuple(item for item in self.items if item.skill_id == skill_id)


def manifest_to_dict(manifest: PackManifest) -> dict[str, Any]:
    """The JSON-ready form of a manifest (the content of ``pack.json``)."""
    result = {
        "format_version": manifest.format_version,
        "id": manifest.id,
        "version": manifest.version,
        "title": dict(manifest.title),
        "description": dict(manifest.description),
        "language": manifest.language,
        "licence": manifest.licence,
        "authors": list(manifest.authors),
        "subjects": list(manifest.subjects),
        "age_range": list(manifest.age_range) if manifest.age_range is not None else None,
        "skills": [_skill_to_dict(skill) for skill in manifest.skills],
        "items": [_item_to_dict(item) for item in manifest.items],
        "media": [{"path": m.path, "sha256": m.sha256, "size": m.size} for m in manifest.media],
    }
    if manifest.learner_model is not None:
        # Only when present, so packs without one stay byte-for-byte what they were.
        result["learner_model"] = manifest.learner_model
    return result


def _skill_to_dict(skill: SkillDef) -> dict[str, Any]:
    return {
        "id": skill.id,
        "title": dict(skill.title),
        "description": dict(skill.description),
        "prerequisites": list(skill.prerequisites),
        "mastery": dict(skill.mastery) if skill.mastery is not None else None,
    }


def _item_to_dict(item: ItemDef) -> dict[str, Any]:
    result = {
        "id": item.id,
        "skill": item.skill_id,
        "type": item.type,
        "prompt": item.prompt,
        "answer": item.answer,
        "choices": list(item.choices),
        "correct": list(item.correct),
        "hints": list(item.hints),
        "solution": item.solution,
        # A list of pairs, not an object: parameter order matters and must survive any JSON tool.
        "params": [[name, expr] for name, expr in item.params.items()],
        "constraints": list(item.constraints),
        "tolerance": item.tolerance,
        "accept": list(item.accept),
        "answer_form": item.answer_form,
        "difficulty": item.difficulty,
        "media": list(item.media),
        "shuffle": item.shuffle,
    }
    if item.type == "expression":
        # Only expression items carry variables, so packs without them keep the exact pack.json of before.
        result["variables"] = list(item.variables)
    return result


def manifest_from_dict(data: Any) -> PackManifest:
    """Read a manifest from parsed ``pack.json``, checking every field's presence and type.

    Raises PackError (code ``schema``) naming the field, e.g. ``pack.json: items[3].hints[1]``.
    """
    from .manifest_schema import read_manifest  # local: the schema reader imports this module

    return read_manifest(data)
