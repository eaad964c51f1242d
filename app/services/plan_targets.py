"""A plan's targets against a pack's skill graph: checking them, storing them, expanding them."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.engine.graph import SkillGraph, build_graph
from app.engine.plan import ancestor_matrix, prerequisite_closure
from app.services.adult_dto import PlanTarget
from app.services.errors import NotFoundError, ValidationError
from app.storage.models import Item, Pack, Skill, SkillPrerequisite

TARGET_KINDS = ("skill", "section", "pack")


@dataclass(frozen=True)
class PackGraph:
    """The current skills of an installed pack: graph, titles, which skills have items, and what
    each skill needs first (``engine.plan.ancestor_matrix``)."""

    pack_id: str
    graph: SkillGraph
    titles: dict[str, dict[str, str]]
    practisable: np.ndarray
    ancestors: np.ndarray


def load_pack_graph(session: Session, pack_id: str) -> PackGraph:
    """The graph of an installed pack without its items (cheap); NotFoundError ``unknown_pack``."""
    if session.get(Pack, pack_id) is None:
        raise NotFoundError("unknown_pack", f"No pack {pack_id} is installed.")
    skills = session.scalars(
        select(Skill).where(Skill.pack_id == pack_id, Skill.retired.is_(False)).order_by(Skill.position)
    ).all()
    prereqs: dict[str, list[str]] = {s.skill_id: [] for s in skills}
    for edge in session.scalars(select(SkillPrerequisite).where(SkillPrerequisite.pack_id == pack_id)):
        if edge.skill_id in prereqs and edge.prerequisite_id in prereqs:
            prereqs[edge.skill_id].append(edge.prerequisite_id)
    graph = build_graph([s.skill_id for s in skills], prereqs)
    with_items = set(
        session.scalars(select(Item.skill_id).where(Item.pack_id == pack_id, Item.retired.is_(False)).distinct())
    )
    practisable = np.fromiter((sid in with_items for sid in graph.skill_ids), dtype=bool, count=graph.size)
    titles = {s.skill_id: dict(s.title) for s in skills}
    return PackGraph(pack_id, graph, titles, practisable, ancestor_matrix(graph))


def check_targets(targets: Sequence[PlanTarget], graph: SkillGraph) -> list[dict[str, Any]]:
    """The targets as stored (JSON), after checking them against the pack.

    ValidationError ``no_targets`` (empty), ``bad_target`` (unknown kind, or a skill id given or
    missing where it must not or must be) or ``unknown_skill``. Duplicates are dropped.
    """
    if not targets:
        raise ValidationError("no_targets", "A plan needs at least one skill, section or pack.")
    stored: list[dict[str, Any]] = []
    for target in targets:
        if target.kind not in TARGET_KINDS:
            raise ValidationError("bad_target", f"A target is a skill, a section or a pack, not {target.kind!r}.")
        if target.kind == "pack":
            if target.skill_id is not None:
                raise ValidationError("bad_target", "A whole-pack target names no skill.")
        elif target.skill_id is None:
            raise ValidationError("bad_target", f"A {target.kind} target names a skill.")
        elif target.skill_id not in graph.index:
            raise ValidationError("unknown_skill", f"The pack has no skill {target.skill_id!r}.")
        record = {"kind": target.kind, "skill_id": target.skill_id}
        if record not in stored:
            stored.append(record)
    return stored


def targets_from_json(data: Iterable[dict[str, Any]]) -> tuple[PlanTarget, ...]:
    """Stored targets back as PlanTarget values."""
    return tuple(PlanTarget(kind=str(d.get("kind")), skill_id=d.get("skill_id")) for d in data)


def target_mask(targets: Iterable[PlanTarget], graph: SkillGraph) -> np.ndarray:
    """Bool per skill: the skills the targets stand for (a section brings everything it needs).

    Skills the pack no longer has (retired in a newer version) are left out.
    """
    direct = np.zeros(graph.size, dtype=bool)
    sections = np.zeros(graph.size, dtype=bool)
    for target in targets:
        if target.kind == "pack":
            return np.ones(graph.size, dtype=bool)
        index = graph.index.get(target.skill_id or "")
        if index is None:
            continue
        if target.kind == "section":
            sections[index] = True
        else:
            direct[index] = True
    return direct | prerequisite_closure(graph, sections)
