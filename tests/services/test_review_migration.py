"""Migration 0002 on a database with progress made before review states existed."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from sqlalchemy import select

from app.content_packs.answer_oracle import right_response
from app.engine.review import initial_review_state
from app.services.app_services import AppServices
from app.storage.database import alembic_config
from app.storage.models import SkillStateRow

PACK = "org.sabil.test.mini"


def test_progress_from_schema_0001_is_kept_and_reviewed(tmp_path: Path, mini_pack: Path) -> None:
    data = tmp_path / "data"
    services = AppServices.open(data, install_bundled=False)
    services.packs.install_file(mini_pack, allow_unsigned=True)
    learner = services.learners.create("Ali", "owl")
    sid = services.practice.start_session(learner.id, focus_skill="count-to-10")
    for _ in range(30):
        services.practice.next_item(sid)
        if services.practice.submit(
            sid, right_response(services.practice.shown_rendering(sid)), 500
        ).mastered_now:
            break
    with services.db.session() as s:
        replayed_review = s.get(SkillStateRow, (learner.id, PACK, "count-to-10")).review
    # Back to the schema of the previous build (the review column goes away), as an old install.
    with services.db.engine.begin() as conn:
        command.downgrade(alembic_config(conn), "0001")
    services.close()

    services = AppServices.open(data, install_bundled=False)  # migrates to 0002
    try:
        with services.db.session() as s:
            row = s.get(SkillStateRow, (learner.id, PACK, "count-to-10"))
            assert row.mastered and row.review is None
            mastered_at = row.mastered_at.timestamp()
        sid = services.practice.start_session(learner.id)
        reviews = services.practice._session(sid).reviews
        assert initial_review_state(mastered_at) in reviews  # treated as mastered at mastered_at
        assert services.practice.suggestions(learner.id)[0].skill_id == "add-within-10"
        services.practice.rebuild_learner_state(learner.id)
        with services.db.session() as s:
            rebuilt = {r.skill_id: r.review for r in s.scalars(select(SkillStateRow))}
        assert rebuilt["count-to-10"] == replayed_review
    finally:
        services.close()
