"""The class × skill heatmap: states from the stored learner model, fading from FSRS recall, sorting."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import numpy as np
import pytest
from sqlalchemy import select

from app.engine.policy import REMEDIATION_AFTER_WRONG, STUCK_ATTEMPTS, STUCK_BELIEF
from app.engine.review import recall_probability
from app.services.app_services import AppServices
from app.services.demo_class import DemoClass
from app.services.errors import ValidationError
from app.services.learner_state import row_review
from app.services.reports.dto import CELL_STATES
from app.services.reports.mastery_grid import sorted_grid
from app.storage.models import SkillStateRow
from tests.services.reports.conftest import CLASS_END
from tests.services.reports.history import Answer, new_learner, record

T0 = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)


def _minutes(n: int) -> datetime:
    return T0 + timedelta(minutes=n)


def test_each_cell_is_the_learners_stored_state(class_services: AppServices, demo: DemoClass) -> None:
    grid = class_services.reports.mastery_grid(now=CLASS_END)
    assert grid.pack_id == demo.pack_id
    assert {learner.id for learner in grid.learners} == set(demo.learner_ids)
    assert [s.position for s in grid.skills] == list(range(len(grid.skills)))
    with class_services.db.session() as session:
        rows = {
            (r.learner_id, r.skill_id): r
            for r in session.scalars(select(SkillStateRow).where(SkillStateRow.pack_id == demo.pack_id))
        }
        stored_recall = {
            key: float(recall_probability([row_review(r)], CLASS_END.timestamp())[0])
            for key, r in rows.items()
            if r.mastered
        }
    seen_states = set()
    for learner, cells in zip(grid.learners, grid.cells, strict=True):
        for skill, cell in zip(grid.skills, cells, strict=True):
            row = rows.get((learner.id, skill.skill_id))
            seen_states.add(cell.state)
            if row is None:
                assert cell.state == "not_started" and cell.attempts == 0 and cell.recall is None
                continue
            assert cell.p_known == pytest.approx(row.p_known)
            assert cell.attempts == row.attempts
            if row.mastered:
                assert cell.recall == pytest.approx(stored_recall[(learner.id, skill.skill_id)])
                assert cell.state == ("fading" if cell.recall < grid.fading_recall else "mastered")
            elif row.wrong_streak >= REMEDIATION_AFTER_WRONG or (
                row.attempts >= STUCK_ATTEMPTS and row.p_known < STUCK_BELIEF
            ):
                assert cell.state == "struggling"
            else:
                assert cell.state == "in_progress"
    # A semester of a real class shows every kind of cell.
    assert seen_states == set(CELL_STATES)


def test_counts_are_per_row_and_per_column(class_services: AppServices) -> None:
    grid = class_services.reports.mastery_grid(now=CLASS_END)
    for cells, counts in zip(grid.cells, grid.learner_counts, strict=True):
        assert sum(counts.values()) == len(grid.skills)
        for state in CELL_STATES:
            assert counts[state] == sum(c.state == state for c in cells)
    for j, counts in enumerate(grid.skill_counts):
        for state in CELL_STATES:
            assert counts[state] == sum(row[j].state == state for row in grid.cells)


def test_a_mastered_skill_fades_as_recall_drops(mini: AppServices) -> None:
    learner = new_learner(mini, "Amina")
    record(mini, learner, [Answer("count-next-01", True, _minutes(k)) for k in range(6)])
    fresh = mini.reports.mastery_grid(now=_minutes(60)).cell(learner, "count-to-10")
    assert fresh.state == "mastered"
    assert fresh.recall is not None and fresh.recall > 0.9
    assert fresh.mastered_at is not None and fresh.last_practised == _minutes(5)
    later = mini.reports.mastery_grid(now=T0 + timedelta(days=40)).cell(learner, "count-to-10")
    assert later.state == "fading"
    assert later.recall is not None and later.recall < 0.9 < fresh.recall


def test_struggling_in_progress_and_not_started(mini: AppServices) -> None:
    stuck = new_learner(mini, "Omar")
    trying = new_learner(mini, "Lucía")
    record(mini, stuck, [Answer("add-small-01", False, _minutes(k)) for k in range(REMEDIATION_AFTER_WRONG)])
    record(mini, trying, [Answer("add-small-01", False, _minutes(0)), Answer("add-small-01", True, _minutes(1))])
    grid = mini.reports.mastery_grid(now=_minutes(30))
    assert grid.cell(stuck, "add-within-10").state == "struggling"
    assert grid.cell(trying, "add-within-10").state == "in_progress"
    assert grid.cell(stuck, "fractions-intro").state == "not_started"
    assert grid.cell(stuck, "add-within-10").attempts == REMEDIATION_AFTER_WRONG


def test_learner_filter_and_deleted_learners(mini: AppServices) -> None:
    a = new_learner(mini, "Amina")
    b = new_learner(mini, "Bilal")
    c = new_learner(mini, "Chloé")
    record(mini, a, [Answer("add-small-01", True, _minutes(0))])
    grid = mini.reports.mastery_grid(learner_ids=[c, a])
    assert [learner.display_name for learner in grid.learners] == ["Amina", "Chloé"]
    mini.learners.delete(b)
    assert [x.id for x in mini.reports.mastery_grid().learners] == [a, c]
    with pytest.raises(ValidationError) as error:
        mini.reports.mastery_grid(learner_ids=[a, b])
    assert error.value.code == "unknown_learner"


def test_sorting_by_state_counts(class_services: AppServices) -> None:
    grid = class_services.reports.mastery_grid(now=CLASS_END)
    by_fading = sorted_grid(grid, learners_by="fading", skills_by="struggling")
    fading = [counts["fading"] for counts in by_fading.learner_counts]
    assert fading == sorted(fading, reverse=True)
    struggling = [counts["struggling"] for counts in by_fading.skill_counts]
    assert struggling == sorted(struggling, reverse=True)
    # The cells moved with their rows and columns.
    for i, learner in enumerate(by_fading.learners):
        for j, skill in enumerate(by_fading.skills):
            assert by_fading.cells[i][j] is grid.cell(learner.id, skill.skill_id)
    ascending = sorted_grid(grid, learners_by="mastered", descending=False)
    mastered = [counts["mastered"] for counts in ascending.learner_counts]
    assert mastered == sorted(mastered)
    back = sorted_grid(by_fading, learners_by="name", skills_by="order")
    assert back.learners == grid.learners and back.skills == grid.skills and back.cells == grid.cells
    with pytest.raises(ValueError):
        sorted_grid(grid, learners_by="height")


def test_learners_really_differ(class_services: AppServices) -> None:
    grid = class_services.reports.mastery_grid(now=CLASS_END)
    mastered = np.array([c["mastered"] + c["fading"] for c in grid.learner_counts])
    assert mastered.max() - mastered.min() >= 5  # a class, not twelve copies of one learner


def test_the_heatmap_reads_the_same_graph_as_practice(class_services: AppServices, demo: DemoClass) -> None:
    from app.services.pack_runtime import load_runtime
    from app.services.reports.pack_skills import PackSkills, load_pack_skills

    with class_services.db.session() as session:
        light = load_pack_skills(session, demo.pack_id)
        full = PackSkills.of(load_runtime(session, demo.pack_id))
    assert light.graph.skill_ids == full.graph.skill_ids
    assert (light.graph.prereq == full.graph.prereq).all()
    assert list(light.graph.topo_order) == list(full.graph.topo_order)
    assert (light.titles, light.prerequisites, light.digest) == (full.titles, full.prerequisites, full.digest)
