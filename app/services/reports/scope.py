"""Who and what a report covers: the learners in scope and the pack it is about."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.services.errors import NotFoundError, ValidationError
from app.services.reports.dto import PackUse, ReportLearner, ReportSkill
from app.services.reports.pack_skills import PackSkills
from app.storage.models import AttemptEvent, Learner, Pack


def resolve_learners(session: Session, learner_ids: Sequence[str] | None) -> tuple[ReportLearner, ...]:
    """The learners a report covers, alphabetical (case-insensitive), deleted ones never.

    ``None`` means every learner on this device; a class or group passes its members' ids.
    An id that is unknown or deleted raises ``ValidationError("unknown_learner")``.
    """
    query = select(Learner.id, Learner.display_name).where(Learner.deleted_at.is_(None))
    if learner_ids is not None:
        wanted = list(dict.fromkeys(learner_ids))
        query = query.where(Learner.id.in_(wanted))
    rows = session.execute(query).all()
    if learner_ids is not None and len(rows) != len(set(learner_ids)):
        found = {r.id for r in rows}
        missing = next(i for i in learner_ids if i not in found)
        raise ValidationError("unknown_learner", f"There is no learner with id {missing}.")
    learners = [ReportLearner(id=r.id, display_name=r.display_name) for r in rows]
    return tuple(sorted(learners, key=lambda learner: (learner.display_name.casefold(), learner.id)))


def packs_in_use(session: Session, learner_ids: Sequence[str]) -> list[PackUse]:
    """Installed packs with answers from these learners, most answered first."""
    if not learner_ids:
        return []
    rows = session.execute(
        select(
            AttemptEvent.pack_id,
            Pack.title,
            func.count(func.distinct(AttemptEvent.learner_id)),
            func.count(),
        )
        .join(Pack, Pack.id == AttemptEvent.pack_id)
        .where(AttemptEvent.learner_id.in_(list(learner_ids)))
        .group_by(AttemptEvent.pack_id, Pack.title)
    ).all()
    uses = [PackUse(pack_id=r[0], title=dict(r[1]), learners=int(r[2]), attempts=int(r[3])) for r in rows]
    return sorted(uses, key=lambda use: (-use.attempts, use.pack_id))


def resolve_pack(session: Session, learner_ids: Sequence[str], pack_id: str | None) -> str:
    """The pack a report is about: the one asked for, else the one these learners answer most in,
    else the first installed. ``NotFoundError`` ``unknown_pack`` / ``no_packs``."""
    if pack_id is not None:
        if session.get(Pack, pack_id) is None:
            raise NotFoundError("unknown_pack", f"No pack {pack_id} is installed.")
        return pack_id
    used = packs_in_use(session, learner_ids)
    if used:
        return used[0].pack_id
    first = session.scalar(select(Pack.id).order_by(Pack.installed_at, Pack.id).limit(1))
    if first is None:
        raise NotFoundError("no_packs", "No content pack is installed yet.")
    return first


def pack_title(session: Session, pack_id: str) -> dict[str, str]:
    """The title table of an installed pack."""
    return dict(session.scalar(select(Pack.title).where(Pack.id == pack_id)) or {})


def report_skills(pack: PackSkills) -> tuple[ReportSkill, ...]:
    """The pack's current skills in teaching (topological) order."""
    graph = pack.graph
    skills = []
    for position, index in enumerate(graph.topo_order):
        skill_id = graph.skill_ids[int(index)]
        skills.append(
            ReportSkill(
                skill_id=skill_id,
                title=dict(pack.titles[skill_id]),
                prerequisites=pack.prerequisites[skill_id],
                position=position,
            )
        )
    return tuple(skills)
