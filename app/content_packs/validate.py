"""Checks that need the whole manifest: unique ids, references, an acyclic graph, templates that render."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence

from .errors import PackError
from .limits import VALIDATION_SEEDS
from .media import media_name_problem
from .model import ItemDef, PackManifest, SkillDef
from .safe_eval import names_used
from .templates import PLACEHOLDER, render_item

Locator = Callable[[str], str]


def validate_manifest(
    manifest: PackManifest,
    *,
    item_location: Locator | None = None,
    skill_location: Locator | None = None,
    seeds: int = VALIDATION_SEEDS,
) -> None:
    """Raise PackError for the first problem found; locators turn an id into "file: item \"id\"" text."""
    item_at = item_location or (lambda item_id: f'item "{item_id}"')
    skill_at = skill_location or (lambda skill_id: f'skill "{skill_id}"')
    if not manifest.skills:
        raise PackError("schema", "a pack needs at least one skill", "skills")
    _check_unique((s.id for s in manifest.skills), "skill", skill_at)
    _check_unique((i.id for i in manifest.items), "item", item_at)
    skill_ids = {s.id for s in manifest.skills}
    for skill in manifest.skills:
        for prerequisite in skill.prerequisites:
            if prerequisite == skill.id:
                raise PackError("prerequisite_cycle", "lists itself as a prerequisite", f"{skill_at(skill.id)}: prerequisites")
            if prerequisite not in skill_ids:
                raise PackError("unknown_skill", f'the prerequisite "{prerequisite}" is not a skill in this pack',
                                f"{skill_at(skill.id)}: prerequisites")
    if not _acyclic(manifest.skills):
        # The engine's graph names the cycle; it needs numpy, which an import otherwise never loads.
        from app.engine.graph import GraphError, build_graph

        try:
            build_graph([s.id for s in manifest.skills], {s.id: s.prerequisites for s in manifest.skills})
        except GraphError as exc:
            raise PackError("prerequisite_cycle", str(exc), "skills") from exc
        raise PackError("prerequisite_cycle", "the prerequisites form a cycle", "skills")
    media_names = set()
    for entry in manifest.media:
        problem = media_name_problem(entry.path)
        if problem:
            raise PackError("unsafe_name", f'the media file "{entry.path}" {problem}', "media")
        if entry.path.lower() in media_names:
            raise PackError("duplicate_entry", f'the media file "{entry.path}" is listed twice', "media")
        media_names.add(entry.path.lower())
    # The location is only worded for the item that fails: 20,000 f-strings cost more than the checks.
    for item in manifest.items:
        if item.skill_id not in skill_ids:
            raise PackError("unknown_skill", f'"{item.skill_id}" is not a skill in this pack',
                            f"{item_at(item.id)}: skill")
        for name in item.media:
            if name.lower() not in media_names:
                raise PackError("missing_media", f'the media file "{name}" is not in the pack',
                                f"{item_at(item.id)}: media")
        try:
            check_item_template(item, seeds)
        except PackError as exc:
            raise exc.at(item_at(item.id)) from exc


def check_item_template(item: ItemDef, seeds: int) -> None:
    """Every name an expression reads is defined, then the item renders for ``seeds`` seeds."""
    defined: set[str] = set()
    for name, expr in item.params.items():
        _check_names(expr, defined, f"params.{name}")
        defined.add(name)
    for index, constraint in enumerate(item.constraints, start=1):
        _check_names(constraint, defined, f"constraint {index}")
    if item.type == "numeric":
        _check_names(item.answer, defined, "answer")
    _check_placeholders(item.prompt, defined, "prompt")
    _check_placeholders(item.solution, defined, "solution")
    for i, hint in enumerate(item.hints, start=1):
        _check_placeholders(hint, defined, "hint", i)
    for i, choice in enumerate(item.choices, start=1):
        _check_placeholders(choice, defined, "choice", i)
    if item.type in ("expression", "short_text"):
        _check_placeholders(item.answer, defined, "answer")
    if item.type == "short_text":
        for i, accepted in enumerate(item.accept, start=1):
            _check_placeholders(accepted, defined, "accept", i)
    # seeds=0 skips rendering (names are still checked): for very large packs already built by `sabil pack build`.
    for seed in range(seeds if item.params else min(seeds, 1)):
        render_item(item, seed)


def _check_placeholders(text: str, defined: set[str], field: str, number: int | None = None) -> None:
    if "{{" not in text:  # most texts have none: no scan, and no field name to word
        return
    where = field if number is None else f"{field} {number}"
    for match in PLACEHOLDER.finditer(text):
        _check_names(match.group(1), defined, where)


def _check_names(expr: str, defined: set[str], field: str) -> None:
    try:
        unknown = sorted(names_used(expr) - defined)
    except PackError as exc:
        raise exc.at(field) from exc
    if unknown:
        raise PackError("expr_unknown_name", f'uses the name "{unknown[0]}", which is not defined (in "{expr}")', field)


def _acyclic(skills: Sequence[SkillDef]) -> bool:
    """Kahn's algorithm over known, distinct skill ids: True when every skill can be ordered."""
    waiting = {skill.id: len(set(skill.prerequisites)) for skill in skills}
    dependents: dict[str, list[str]] = {}
    for skill in skills:
        for prerequisite in set(skill.prerequisites):
            dependents.setdefault(prerequisite, []).append(skill.id)
    ready = [skill_id for skill_id, count in waiting.items() if count == 0]
    ordered = 0
    while ready:
        skill_id = ready.pop()
        ordered += 1
        for dependent in dependents.get(skill_id, ()):
            waiting[dependent] -= 1
            if waiting[dependent] == 0:
                ready.append(dependent)
    return ordered == len(waiting)


def _check_unique(ids: Iterable[str], kind: str, locate: Locator) -> None:
    seen: set[str] = set()
    for value in ids:
        if value in seen:
            raise PackError("duplicate_id", f"the {kind} id is used more than once", locate(value))
        seen.add(value)
