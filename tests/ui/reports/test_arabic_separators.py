"""Parts of a report line are parted by the Arabic comma in Arabic: beside Arabic-Indic digits a middle
dot reads as a zero ("١٢ · ٣" looks like ١٢٠٣)."""

from __future__ import annotations

from app.ui.reports.class_heatmap import describe_cell


def test_a_square_s_numbers_are_parted_by_the_arabic_comma_in_arabic(qapp, services) -> None:
    grid = services.reports.mastery_grid()
    described = [
        (describe_cell(grid, row, column, "ar"), describe_cell(grid, row, column, "en"))
        for column, cells in enumerate(grid.cells)
        for row, cell in enumerate(cells)
        if cell.attempts
    ]
    assert described, "the demo class has practised squares"
    for arabic, english in described:
        assert "·" not in arabic and "، " in arabic, arabic
        assert " · " in english, english
