"""A new version of a pack over the old one, with a learner's progress: kept where ids persist, in one transaction."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select

from app.content_packs.answer_oracle import right_response, wrong_response
from app.content_packs.builder import build_pack
from app.services.app_services import AppServices
from app.services.errors import ImportCancelled
from app.storage.models import AttemptEvent, Item, Pack, Skill, SkillPrerequisite, SkillStateRow
from tests.services.test_pack_fixtures import (
    MINI_ID,
    build_mini,
    fresh_services,
    mini_source_copy,
    tree_snapshot,
)

NEW_SKILL = '''
[[skill]]
id = "subtract-within-10"
title = { en = "Taking away within 10" }
prerequisites = ["add-within-10"]
'''
NEW_ITEMS = '''
[[item]]
id = "take-away-01"
skill = "subtract-within-10"
type = "numeric"
prompt = "What is $7 - 3$?"
answer = "4"
hints = ["Start at 7 and count back 3."]
solution = "7, 6, 5, 4: the answer is 4."

[[item]]
id = "count-back-01"
skill = "count-to-10"
type = "numeric"
prompt = "Count back from 5: what comes after 3?"
answer = "2"
hints = ["5, 4, 3, …"]
solution = "5, 4, 3, 2: after 3 comes 2."
'''


def _version_2(tmp_path: Path) -> Path:
    """Mini 2.0.0: skill fractions-intro (and its items) and item add-pairs-01 gone; a skill and two items new."""
    folder = mini_source_copy(tmp_path, "mini-2")
    meta = folder / "pack.toml"
    meta.write_text(meta.read_text("utf-8").replace('version = "1.0.0"', 'version = "2.0.0"'), "utf-8")
    skills = folder / "skills.toml"
    kept = [b for b in skills.read_text("utf-8").split("[[skill]]") if 'id = "fractions-intro"' not in b]
    skills.write_text("[[skill]]".join(kept) + NEW_SKILL, "utf-8")
    (folder / "items" / "03-fractions.toml").unlink()
    adding = folder / "items" / "02-adding.toml"
    blocks = adding.read_text("utf-8").split("[[item]]")
    adding.write_text("[[item]]".join(b for b in blocks if 'id = "add-pairs-01"' not in b), "utf-8")
    (folder / "items" / "04-new.toml").write_text(NEW_ITEMS, "utf-8")
    return build_pack(folder, tmp_path / "mini-2.0.0.sabilpack", seeds=2)


def _answer(services: AppServices, learner_id: str, skill: str, count: int) -> None:
    sid = services.practice.start_session(learner_id, focus_skill=skill)
    for n in range(count):
        assert services.practice.next_item(sid).skill_id == skill
        shown = services.practice.shown_rendering(sid)
        # Right answers (with one slip) move the learner on, so the next skill unlocks.
        response = wrong_response(shown) if n == 1 else right_response(shown)
        assert services.practice.submit(sid, response, 1000).event_id is not None


@pytest.fixture
def with_progress(tmp_path: Path):  # noqa: ANN201 - (services, learner id)
    services = fresh_services(tmp_path)
    services.packs.install_file(build_mini(tmp_path), allow_unsigned=True)
    learner = services.learners.create("Amina", "owl")
    for skill in ("count-to-10", "add-within-10", "fractions-intro"):
        _answer(services, learner.id, skill, 8)
    yield services, learner.id
    services.close()


def _states(services: AppServices) -> dict[str, tuple[int, int, float, str]]:
    with services.db.session() as s:
        return {r.skill_id: (r.attempts, r.correct, r.p_known, r.recent) for r in s.scalars(select(SkillStateRow))}


def test_update_keeps_progress_on_persisting_ids_and_retires_the_rest(tmp_path: Path, with_progress) -> None:  # noqa: ANN001
    services, learner_id = with_progress
    states_before = _states(services)
    with services.db.session() as s:
        events_before = s.scalar(select(func.count()).select_from(AttemptEvent))
    assert set(states_before) == {"count-to-10", "add-within-10", "fractions-intro"} and events_before == 24

    summary = services.packs.install_file(_version_2(tmp_path), allow_unsigned=True)
    assert (summary.version, summary.skills, summary.items) == ("2.0.0", 3, 7)

    assert _states(services) == states_before, "every skill state is kept (the retired skill's too, as history)"
    with services.db.session() as s:
        assert s.scalar(select(func.count()).select_from(AttemptEvent)) == events_before
        skills = {r.skill_id: r.retired for r in s.scalars(select(Skill).where(Skill.pack_id == MINI_ID))}
        assert skills == {"count-to-10": False, "add-within-10": False, "fractions-intro": True,
                          "subtract-within-10": False}
        items = {r.item_id: r.retired for r in s.scalars(select(Item).where(Item.pack_id == MINI_ID))}
        assert items["add-pairs-01"] and all(items[i] for i in items if i.startswith("frac"))
        assert not items["take-away-01"] and not items["count-back-01"] and not items["count-dots-01"]
        assert sorted((p.skill_id, p.prerequisite_id) for p in s.scalars(select(SkillPrerequisite))) == [
            ("add-within-10", "count-to-10"), ("subtract-within-10", "add-within-10")]

    view = {v.skill_id: v for v in services.practice.skill_map(learner_id)}
    assert set(view) == {"count-to-10", "add-within-10", "subtract-within-10"}
    assert view["count-to-10"].attempts == 8 and view["add-within-10"].attempts == 8
    assert view["subtract-within-10"].attempts == 0
    # Practising goes on with the new version; the removed items never come back.
    sid = services.practice.start_session(learner_id, focus_skill="count-to-10")
    for _ in range(8):
        item = services.practice.next_item(sid)
        assert item.skill_id == "count-to-10" and not item.item_id.startswith(("frac", "add-pairs"))
        services.practice.submit(sid, right_response(services.practice.shown_rendering(sid)), 500)


def test_going_back_to_v1_revives_the_retired_ids_with_their_progress(tmp_path: Path, with_progress) -> None:  # noqa: ANN001
    services, learner_id = with_progress
    services.packs.install_file(_version_2(tmp_path), allow_unsigned=True)
    services.packs.install_file(build_mini(tmp_path, "again.sabilpack"), allow_unsigned=True)
    view = {v.skill_id: v for v in services.practice.skill_map(learner_id)}
    assert view["fractions-intro"].attempts == 8
    with services.db.session() as s:
        assert s.get(Skill, (MINI_ID, "subtract-within-10")).retired
        assert not s.get(Item, (MINI_ID, "add-pairs-01")).retired


def test_an_update_cancelled_at_its_last_step_leaves_version_1_whole(tmp_path: Path, with_progress) -> None:  # noqa: ANN001
    services, _ = with_progress
    v2 = _version_2(tmp_path)
    with services.db.session() as s:
        rows_before = (
            [(r.skill_id, r.retired, r.title) for r in s.scalars(select(Skill).order_by(Skill.skill_id))],
            [(r.item_id, r.retired, r.body) for r in s.scalars(select(Item).order_by(Item.item_id))],
            s.get(Pack, MINI_ID).manifest_sha256,
        )
    files_before = tree_snapshot(services.paths.media)

    def cancel_last(done: int, total: int) -> None:
        if done == total:
            raise ImportCancelled()

    with pytest.raises(ImportCancelled):
        services.packs.install_file(v2, progress=cancel_last, allow_unsigned=True)
    with services.db.session() as s:
        rows_after = (
            [(r.skill_id, r.retired, r.title) for r in s.scalars(select(Skill).order_by(Skill.skill_id))],
            [(r.item_id, r.retired, r.body) for r in s.scalars(select(Item).order_by(Item.item_id))],
            s.get(Pack, MINI_ID).manifest_sha256,
        )
    assert rows_after == rows_before
    assert services.packs.get(MINI_ID).version == "1.0.0"
    assert tree_snapshot(services.paths.media) == files_before
