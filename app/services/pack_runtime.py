"""A pack loaded for practice: its prerequisite graph and item arrays, ready for the engine."""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from typing import Any

import numpy as np
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.content_packs.model import ItemDef
from app.engine.bkt import BKTParams
from app.engine.graph import SkillGraph, build_graph
from app.engine.mastery import MasteryRule
from app.services.item_codec import item_from_body
from app.storage.models import Item, Pack, Skill, SkillPrerequisite


@dataclass
class PackRuntime:
    """The current (not retired) skills and items of one installed pack version.

    Item bodies are decoded to ItemDef only when an item is shown, so opening a 20,000-item pack
    costs one query and a few numpy arrays.
    """

    pack_id: str
    version: str
    digest: str
    language: str
    graph: SkillGraph
    titles: dict[str, dict[str, str]]
    prerequisites: dict[str, tuple[str, ...]]
    rules: dict[str, MasteryRule]
    params: BKTParams
    item_ids: list[str]
    item_index: dict[str, int]
    item_skill: np.ndarray
    item_difficulty: np.ndarray
    practisable: np.ndarray
    _bodies: list[dict[str, Any]] = field(repr=False, default_factory=list)
    _decoded: dict[int, ItemDef] = field(repr=False, default_factory=dict)

    def item(self, index: int) -> ItemDef:
        """The ItemDef at an index of ``item_ids``."""
        found = self._decoded.get(index)
        if found is None:
            found = self._decoded[index] = item_from_body(self._bodies[index])
        return found

    def rule(self, skill_id: str) -> MasteryRule:
        """The mastery rule of a skill (the default probability rule unless the pack says otherwise)."""
        return self.rules.get(skill_id) or MasteryRule.default()

    def title(self, skill_id: str, language: str) -> str:
        """A skill's title in ``language``, else the pack's language, else English, else any."""
        titles = self.titles.get(skill_id, {})
        for lang in (language, self.language, "en"):
            if titles.get(lang):
                return titles[lang]
        return next(iter(titles.values()), skill_id)


def load_runtime(session: Session, pack_id: str) -> PackRuntime:
    """Build the runtime of an installed pack from the database (KeyError if not installed)."""
    pack = session.get(Pack, pack_id)
    if pack is None:
        raise KeyError(pack_id)
    skills = session.scalars(
        select(Skill).where(Skill.pack_id == pack_id, Skill.retired.is_(False)).order_by(Skill.position)
    ).all()
    skill_ids = [s.skill_id for s in skills]
    prereqs: dict[str, list[str]] = {sid: [] for sid in skill_ids}
    for edge in session.scalars(select(SkillPrerequisite).where(SkillPrerequisite.pack_id == pack_id)):
        if edge.skill_id in prereqs:
            prereqs[edge.skill_id].append(edge.prerequisite_id)
    graph = build_graph(skill_ids, prereqs)
    rows = session.execute(
        select(Item.item_id, Item.skill_id, Item.difficulty, Item.body)
        .where(Item.pack_id == pack_id, Item.retired.is_(False))
        .order_by(Item.position)
    ).all()
    item_ids = [r.item_id for r in rows]
    item_skill = np.fromiter((graph.index[r.skill_id] for r in rows), dtype=np.intp, count=len(rows))
    return PackRuntime(
        pack_id=pack_id,
        version=pack.version,
        digest=pack.manifest_sha256,
        language=pack.language,
        graph=graph,
        titles={s.skill_id: dict(s.title) for s in skills},
        prerequisites={sid: tuple(p) for sid, p in prereqs.items()},
        rules={s.skill_id: MasteryRule.from_dict(s.mastery) for s in skills if s.mastery},
        params=BKTParams.default(),
        item_ids=item_ids,
        item_index={item_id: i for i, item_id in enumerate(item_ids)},
        item_skill=item_skill,
        item_difficulty=np.fromiter((r.difficulty for r in rows), dtype=float, count=len(rows)),
        practisable=np.bincount(item_skill, minlength=graph.size) > 0,
        _bodies=[r.body for r in rows],
    )


class RuntimeCache:
    """Pack runtimes by pack id, reloaded when a new version (another manifest digest) is installed.

    Thread-safe: services are called from the UI's worker and from background sync at once.
    """

    def __init__(self) -> None:
        self._runtimes: dict[str, PackRuntime] = {}
        self._lock = threading.Lock()

    def get(self, session: Session, pack_id: str) -> PackRuntime:
        """The current runtime of ``pack_id`` (loaded through ``session`` when missing or stale)."""
        digest = session.scalar(select(Pack.manifest_sha256).where(Pack.id == pack_id))
        cached = self.peek(pack_id)
        if cached is not None and cached.digest == digest:
            return cached
        runtime = load_runtime(session, pack_id)
        with self._lock:
            self._runtimes[pack_id] = runtime
        return runtime

    def peek(self, pack_id: str) -> PackRuntime | None:
        """The runtime loaded last for ``pack_id``, current or not (None if never loaded)."""
        with self._lock:
            return self._runtimes.get(pack_id)
