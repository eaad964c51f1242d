"""A mastered square whose review the sequencer has scheduled says so; a fading one is below the
report threshold; the others say nothing about reviews."""

from __future__ import annotations

from app.services.reports.dto import FADING, MASTERED
from app.ui.reports.class_heatmap import describe_cell


def test_the_square_says_review_due_between_the_threshold_and_the_target(qapp, services):
    grid = services.reports.mastery_grid()
    seen = {"due": 0, "fresh": 0, "fading": 0}
    for column, row_cells in enumerate(grid.cells):
        for row, cell in enumerate(row_cells):
            if cell.recall is None:
                continue
            text = describe_cell(grid, row, column, "en")
            if cell.state == FADING:
                assert cell.recall < grid.fading_recall and not text.endswith("review due")
                seen["fading"] += 1
            elif cell.recall < grid.review_target:
                assert cell.state == MASTERED and text.endswith(" · review due")
                seen["due"] += 1
            else:
                assert not text.endswith("review due")
                seen["fresh"] += 1
    assert all(seen.values()), seen
