"""A pack's skills and prerequisite graph alone: what the heatmap and a learner's progress need.

``pack_runtime.load_runtime`` also decodes every item (a JSON body each), which the item reports
need but the heatmap does not; reading two small tables instead keeps opening the heatmap fast.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.engine.graph import SkillGraph, build_graph
from app.services.pack_runtime import PackRuntime
from app.storage.models import Pack, Skill, SkillPrerequisite


@dataclass(frozen=True)
class PackSkills:
    """The current (not retired) skills of one installed pack version, and their graph."""

    pack_id: str
    digest: str
    graph: SkillGraph
    titles: dict[str, dict[str, str]]
    prerequisites: dict[str, tuple[str, ...]]

    @classmethod
    def of(cls, runtime: PackRuntime) -> PackSkills:
        """The skills of an already loaded pack runtime."""
        return cls(runtime.pack_id, runtime.digest, runtime.graph, runtime.titles, runtime.prerequisites)


def load_pack_skills(session: Session, pack_id: str) -> PackSkills:
    """Skills and prerequisites of an installed pack, in the same order ``load_runtime`` uses
    (KeyError if the pack is not installed)."""
    pack = session.get(Pack, pack_id)
    if pack is None:
        raise KeyError(pack_id)
    skills = session.execute(
        select(Skill.skill_id, Skill.title)
        .where(Skill.pack_id == pack_id, Skill.retired.is_(False))
        .order_by(Skill.position)
    ).all()
    prereqs: dict[str, list[str]] = {skill_id: [] for skill_id, _title in skills}
    edges = session.execute(
        select(SkillPrerequisite.skill_id, SkillPrerequisite.prerequisite_id).where(
            SkillPrerequisite.pack_id == pack_id
        )
    )
    for skill_id, prerequisite_id in edges:
        if skill_id in prereqs:
            prereqs[skill_id].append(prerequisite_id)
    return PackSkills(
        pack_id=pack_id,
        digest=pack.manifest_sha256,
        graph=build_graph(list(prereqs), prereqs),
        titles={skill_id: dict(title) for skill_id, title in skills},
        prerequisites={skill_id: tuple(p) for skill_id, p in prereqs.items()},
    )
