"""The class heatmap on the demo class: every learner × skill in the learner model's state, sortable,
with the numbers behind a square one click away."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt

from app.services.reports.dto import FADING, STRUGGLING
from app.ui.reports.state_style import STYLES
from tests.ui.reports.conftest import CLASS_SIZE
from tests.ui.reports.reports_helpers import open_reports


def test_the_heatmap_shows_every_learner_on_every_skill_as_the_learner_model_has_them(ui):
    page = open_reports(ui)
    heatmap = page.heatmap
    grid = ui.services.reports.mastery_grid()
    model = heatmap.model
    assert page.tabs.tabText(0) == "Class overview"
    assert model.columnCount() == CLASS_SIZE == len(grid.learners)
    assert model.rowCount() == len(grid.skills) > 30
    assert heatmap.learner_sort.currentText() == "Learners A to Z"
    # Columns: learners alphabetically; rows: skills in teaching order.
    names = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert names == [learner.display_name for learner in grid.learners]
    assert names == sorted(names, key=str.casefold)
    titles = [model.headerData(r, Qt.Orientation.Vertical) for r in range(model.rowCount())]
    assert titles == [skill.title["en"] for skill in grid.skills]
    states = set()
    for c, learner in enumerate(grid.learners):
        for r, skill in enumerate(grid.skills):
            index = model.index(r, c)
            state = grid.cell(learner.id, skill.skill_id).state
            states.add(state)
            assert model.data(index, Qt.ItemDataRole.UserRole) == state
            assert model.data(index) == STYLES[state].symbol
            assert model.data(index, Qt.ItemDataRole.BackgroundRole).color().name() == STYLES[state].fill
    # A semester of a real class has every kind of square.
    assert {"mastered", "in_progress", "not_started", FADING} <= states
    # The legend counts the squares of each state across the class.
    fading = sum(counts[FADING] for counts in grid.learner_counts)
    assert f"Being forgotten ({fading:,})" in heatmap.legend_labels[FADING].text()


def test_sorting_puts_the_most_struggling_learners_and_the_most_forgotten_skills_first(ui):
    page = open_reports(ui)
    heatmap = page.heatmap
    heatmap.learner_sort.setCurrentIndex(heatmap.learner_sort.findData("struggling"))
    grid = heatmap.grid
    struggling = [counts[STRUGGLING] for counts in grid.learner_counts]
    assert struggling == sorted(struggling, reverse=True) and struggling[0] > 0
    first = heatmap.model.headerData(0, Qt.Orientation.Horizontal)
    assert first == grid.learners[0].display_name
    assert grid.learner_counts[0][STRUGGLING] == max(struggling)

    heatmap.skill_sort.setCurrentIndex(heatmap.skill_sort.findData("fading"))
    grid = heatmap.grid
    fading = [counts[FADING] for counts in grid.skill_counts]
    assert fading == sorted(fading, reverse=True) and fading[0] > fading[-1]
    # Sorting the skills kept the learners' order, and every square still belongs to its learner and skill.
    assert [c[STRUGGLING] for c in grid.learner_counts] == struggling
    original = page.heatmap.report
    for c, learner in enumerate(grid.learners[:5]):
        for r, skill in enumerate(grid.skills):
            assert heatmap.model.state(r, c) == original.cell(learner.id, skill.skill_id).state

    heatmap.learner_sort.setCurrentIndex(heatmap.learner_sort.findData("name"))
    heatmap.skill_sort.setCurrentIndex(heatmap.skill_sort.findData("order"))
    assert [s.position for s in heatmap.grid.skills] == list(range(len(heatmap.grid.skills)))


def test_a_click_on_a_square_says_who_what_and_the_numbers(ui):
    page = open_reports(ui)
    heatmap = page.heatmap
    grid = heatmap.grid
    row, column = next(
        (r, c)
        for c in range(len(grid.learners))
        for r in range(len(grid.skills))
        if grid.cells[c][r].state == "in_progress"
    )
    heatmap.table.setCurrentIndex(heatmap.model.index(row, column))
    cell = grid.cells[column][row]
    text = heatmap.detail.text()
    assert text.startswith(f"{grid.learners[column].display_name} – {grid.skills[row].title['en']}: In progress")
    assert f"estimate {round(cell.p_known * 100)} %" in text
    assert f"{cell.attempts} answer" in text
    heatmap._skill_clicked(row)
    assert heatmap.detail.text().startswith(grid.skills[row].title["en"] + ":")


def test_double_clicking_a_name_opens_that_learners_report(ui):
    page = open_reports(ui)
    heatmap = page.heatmap
    column = 7
    learner = heatmap.grid.learners[column]
    heatmap.table.horizontalHeader().sectionDoubleClicked.emit(column)
    ui.settle()
    assert page.current_view() is page.learner
    assert page.learner.report.learner.id == learner.id
    assert page.learner.learner.currentText() == learner.display_name


def test_a_class_narrows_the_heatmap_to_its_learners(ui):
    everyone = ui.services.learners.list()
    chosen = everyone[:6]
    school_class = ui.services.classes.create("Year 4 Blue")
    for learner in chosen:
        ui.services.classes.add_learner(school_class.id, learner.id)
    group = ui.services.classes.create_group(school_class.id, "Fractions group")
    for learner in chosen[:2]:
        ui.services.classes.add_to_group(group.id, learner.id)
    page = open_reports(ui)
    assert [page.scope.itemText(i).strip() for i in range(page.scope.count())] == [
        "All learners", "Year 4 Blue", "Fractions group"
    ]
    page.scope.setCurrentIndex(1)
    ui.settle()
    names = {page.heatmap.model.headerData(c, Qt.Orientation.Horizontal) for c in range(page.heatmap.model.columnCount())}
    assert names == {learner.display_name for learner in chosen}
    # With fewer learners the squares widen, and each name still stands over its own column.
    table = page.heatmap.table
    header = table.horizontalHeader()
    assert header.sectionSize(0) > 30
    window = ui.window
    for column in range(page.heatmap.model.columnCount()):
        name_x = header.mapTo(window, QPoint(header.sectionViewportPosition(column), 0)).x()
        square_x = table.viewport().mapTo(window, QPoint(table.columnViewportPosition(column), 0)).x()
        assert name_x == square_x
    assert not page.heatmap.sorts.geometry().intersects(header.geometry())
    page.scope.setCurrentIndex(2)
    ui.settle()
    assert page.heatmap.model.columnCount() == 2
    # The choice holds across reports: help needed now covers the group only.
    page.tabs.setCurrentWidget(page.help)
    ui.settle()
    assert {learner.id for learner in page.help.report.learners} == {learner.id for learner in chosen[:2]}


def test_the_reports_show_fresh_data_each_time_the_tab_is_opened(ui):
    page = open_reports(ui)
    assert page.heatmap.model.columnCount() == CLASS_SIZE
    ui.services.learners.create("Zeynep", ui.services.learners.avatars()[0])
    teacher = ui.window.teacher
    teacher.tabs.setCurrentWidget(teacher.packs)
    ui.settle()
    teacher.tabs.setCurrentWidget(teacher.reports)
    ui.settle()
    assert page.heatmap.model.columnCount() == CLASS_SIZE + 1
    column = next(
        c for c in range(CLASS_SIZE + 1) if page.heatmap.model.headerData(c, Qt.Orientation.Horizontal) == "Zeynep"
    )
    assert {page.heatmap.model.state(r, column) for r in range(page.heatmap.model.rowCount())} == {"not_started"}


def test_a_class_without_learners_says_so_instead_of_an_empty_grid(ui):
    ui.services.classes.create("New class")
    page = open_reports(ui)
    page.scope.setCurrentIndex(page.scope.findText("New class"))
    ui.settle()
    assert page.heatmap.model.columnCount() == 0
    assert page.heatmap.empty.isVisible() and not page.heatmap.table.isVisible()
    assert page.heatmap.empty.text() == "There are no learners in this list yet."
    page.tabs.setCurrentWidget(page.learner)
    ui.settle()
    assert page.learner.summary.text() == "There are no learners in this list yet."
    assert page.learner.learner.count() == 0
