"""Load a pack's TOML source folder (what authors edit) into a validated PackManifest.

Every error names the file, the item or skill, and the field, e.g.
``items/03-fractions.toml: item "frac-eq-02": hint 2: uses the name "c", which is not defined``.
"""

from __future__ import annotations

import json
import tomllib
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from .errors import PackError
from .fields import FieldReader
from .limits import MAX_MEDIA_FILE_BYTES, MAX_PACK_JSON_BYTES, VALIDATION_SEEDS
from .manifest_schema import (
    METADATA_FIELDS,
    check_params,
    read_item,
    read_learner_model,
    read_metadata,
    read_skill,
)
from .media import media_entry_for, media_name_problem
from .model import ItemDef, MediaEntry, PackManifest, SkillDef
from .safe_eval import evaluate
from .validate import validate_manifest
from .values import is_number

LEARNER_MODEL_FILE = "learner-model.json"


def load_source(folder: Path, *, seeds: int = VALIDATION_SEEDS) -> PackManifest:
    """Read ``pack.toml``, ``skills.toml``, ``items/*.toml`` and ``media/``; validate it all.

    Every template item is rendered for ``seeds`` seeds so a broken template fails here, at
    build time, and not in front of a learner.
    """
    folder = Path(folder)
    if not folder.is_dir():
        raise PackError("source_missing", "is not a folder holding a pack source", str(folder))
    metadata_fields = FieldReader(_load_toml(folder, "pack.toml"), "pack.toml")
    metadata_fields.reject_unknown(METADATA_FIELDS)
    metadata = read_metadata(metadata_fields)
    skills, skill_files = _load_skills(folder)
    items, item_files = _load_items(folder)
    manifest = PackManifest(
        **metadata, skills=skills, items=items, media=_load_media(folder), learner_model=_load_learner_model(folder)
    )
    validate_manifest(
        manifest,
        item_location=lambda item_id: f'{item_files.get(item_id, "items")}: item "{item_id}"',
        skill_location=lambda skill_id: f'{skill_files.get(skill_id, "skills.toml")}: skill "{skill_id}"',
        seeds=seeds,
    )
    return manifest


def _load_learner_model(folder: Path) -> dict[str, Any] | None:
    """``learner-model.json`` (what `sabil model fit -o` writes), shipped inside the pack when present."""
    path = folder / LEARNER_MODEL_FILE
    if not path.is_file():
        return None
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise PackError("bad_learner_model", f"is not readable JSON ({exc})", LEARNER_MODEL_FILE) from exc
    return read_learner_model(raw, LEARNER_MODEL_FILE)


def _load_toml(folder: Path, relative: str, *, required: bool = True) -> dict[str, Any]:
    path = folder / relative
    if not path.is_file():
        if required:
            raise PackError("source_missing", "is missing", relative)
        return {}
    if path.stat().st_size > MAX_PACK_JSON_BYTES:
        raise PackError("too_large", "is too large", relative)
    try:
        with path.open("rb") as handle:
            return tomllib.load(handle)
    except tomllib.TOMLDecodeError as exc:
        raise PackError("bad_toml", f"is not valid TOML: {exc}", relative) from exc
    except UnicodeDecodeError as exc:
        raise PackError("bad_toml", "is not UTF-8 text", relative) from exc


def _tables(document: Mapping[str, Any], key: str, relative: str) -> list[Any]:
    unknown = [k for k in document if k != key]
    if unknown:
        raise PackError("unknown_field", f'"{unknown[0]}" is not expected here (write [[{key}]] tables)', relative)
    tables = document.get(key, [])
    if not isinstance(tables, list):
        raise PackError("schema", f"write each {key} as a [[{key}]] table", relative)
    return tables


def _load_skills(folder: Path) -> tuple[tuple[SkillDef, ...], dict[str, str]]:
    relative = "skills.toml"
    skills = []
    files: dict[str, str] = {}
    for number, raw in enumerate(_tables(_load_toml(folder, relative), "skill", relative), start=1):
        where = f'{relative}: skill "{raw["id"]}"' if isinstance(raw, Mapping) and isinstance(raw.get("id"), str) \
            else f"{relative}: skill {number}"
        skill = read_skill(FieldReader(raw, where))
        skills.append(skill)
        files.setdefault(skill.id, relative)
    return tuple(skills), files


def _load_items(folder: Path) -> tuple[tuple[ItemDef, ...], dict[str, str]]:
    items_dir = folder / "items"
    if not items_dir.is_dir():
        raise PackError("source_missing", "the items folder is missing", "items/")
    items = []
    files: dict[str, str] = {}
    for path in sorted(items_dir.glob("*.toml")):
        relative = f"items/{path.name}"
        for number, raw in enumerate(_tables(_load_toml(folder, relative), "item", relative), start=1):
            item_id = raw.get("id") if isinstance(raw, Mapping) else None
            where = f'{relative}: item "{item_id}"' if isinstance(item_id, str) else f"{relative}: item {number}"
            item = _read_toml_item(raw, where)
            items.append(item)
            files.setdefault(item.id, relative)
    return tuple(items), files


def _read_toml_item(raw: Any, where: str) -> ItemDef:
    fields = FieldReader(raw, where)
    data = dict(fields.data)
    # Authors may write a plain number for a numeric answer; the manifest keeps expressions as text.
    if isinstance(data.get("answer"), int | float) and not isinstance(data.get("answer"), bool):
        data["answer"] = repr(data["answer"])
    params_table = fields.table("params") or {}
    params = check_params(params_table, where)
    tolerance = read_tolerance(data.get("tolerance"), f"{where}: tolerance")
    return read_item(FieldReader(data, where), params, tolerance)


def read_tolerance(raw: Any, location: str) -> float:
    """Tolerance is a constant expression (``"0.01"``, ``"frac(1, 100)"``) or a plain number; errors at ``location``."""
    if raw is None:
        return 0.0
    if isinstance(raw, bool) or not isinstance(raw, int | float | str):
        raise PackError("schema", "must be a number or an expression in quotes", location)
    try:
        value = evaluate(raw, {}) if isinstance(raw, str) else raw
    except PackError as exc:
        raise exc.at(location) from exc
    if not (is_number(value) or isinstance(value, float)) or value < 0:
        raise PackError("schema", "must be a number of 0 or more (it cannot use parameters)", location)
    return float(value)


def _load_media(folder: Path) -> tuple[MediaEntry, ...]:
    media_dir = folder / "media"
    if not media_dir.is_dir():
        return ()
    entries = []
    for path in sorted(media_dir.iterdir()):
        if path.name.startswith("."):
            continue  # .DS_Store and friends
        relative = f"media/{path.name}"
        if path.is_symlink() or not path.is_file():
            raise PackError("unsafe_name", "must be a plain file (no folders or links inside media/)", relative)
        problem = media_name_problem(path.name)
        if problem:
            raise PackError("unsafe_name", f"the file name {problem}", relative)
        if path.stat().st_size > MAX_MEDIA_FILE_BYTES:
            raise PackError("too_large", f"is larger than {MAX_MEDIA_FILE_BYTES // (1024 * 1024)} MB", relative)
        entries.append(media_entry_for(path.name, path.read_bytes()))
    return tuple(entries)
