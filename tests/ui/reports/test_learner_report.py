"""One learner's report: the numbers, the weekly chart, what is being forgotten, what blocks them."""

from __future__ import annotations

from PySide6.QtGui import QColor, QImage

from app.ui.reports.progress_chart import MASTERED_LINE, RIGHT_ANSWERS
from tests.ui.reports.reports_helpers import open_reports


def _colour_share(image: QImage, colour: QColor) -> float:
    """The share of pixels of (almost) exactly ``colour``."""
    hits = 0
    step = 3
    total = 0
    for y in range(0, image.height(), step):
        for x in range(0, image.width(), step):
            pixel = image.pixelColor(x, y)
            total += 1
            if abs(pixel.red() - colour.red()) + abs(pixel.green() - colour.green()) + abs(pixel.blue() - colour.blue()) < 30:
                hits += 1
    return hits / total


def test_the_learner_report_shows_the_semester_of_the_chosen_learner(ui):
    page = open_reports(ui, tab=1)
    view = page.learner
    assert page.tabs.tabText(1) == "One learner"
    first = ui.services.learners.list()[0]
    assert view.learner.count() == 30 and view.learner.currentText() == first.display_name
    report = view.report
    expected = ui.services.reports.learner_progress(first.id)
    assert report.learner.id == first.id and report.attempts == expected.attempts > 100
    assert view.summary.text().startswith(f"{expected.attempts} answer")
    assert f"{round(expected.correct / expected.attempts * 100)} % right" in view.summary.text()
    assert f"{expected.sessions} session" in view.summary.text()
    # The chart draws every week of the semester: bars of right answers and the mastered line.
    assert view.chart.weeks == expected.weeks and len(view.chart.weeks) >= 17
    assert view.chart.accessibleName().startswith(f"{len(expected.weeks)} week")
    shot = view.chart.grab().toImage()
    assert _colour_share(shot, RIGHT_ANSWERS) > 0.01
    assert _colour_share(shot, MASTERED_LINE) > 0.002
    # Forgetting and blockers, one line each, in the service's order.
    lines = [view.forgetting.item(i).text() for i in range(view.forgetting.count())]
    if expected.forgetting or expected.fading_soon:
        assert len(lines) == len(expected.forgetting) + len(expected.fading_soon)
        assert lines[0].startswith(expected.forgetting[0].title["en"] if expected.forgetting else expected.fading_soon[0].title["en"])
    else:
        assert lines == ["Nothing is being forgotten."]
    blocked = [view.blocked.item(i).text() for i in range(view.blocked.count())]
    assert len(blocked) == len(expected.blocked) + (1 if expected.ready else 0) or blocked == ["Nothing is blocked."]
    for line, skill in zip(blocked, expected.blocked, strict=False):
        assert line.startswith(f"{skill.title['en']} needs: ")
        assert all(b.title["en"] in line for b in skill.blocked_by)


def test_choosing_another_learner_shows_their_report(ui):
    page = open_reports(ui, tab=1)
    view = page.learner
    somebody = ui.services.learners.list()[12]
    view.learner.setCurrentIndex(view.learner.findData(somebody.id))
    view.learner.activated.emit(view.learner.currentIndex())
    ui.settle()
    assert view.report.learner.id == somebody.id
    assert view.report.attempts == ui.services.reports.learner_progress(somebody.id).attempts
    # Leaving the tab and coming back keeps the learner chosen.
    page.tabs.setCurrentWidget(page.heatmap)
    ui.settle()
    page.tabs.setCurrentWidget(view)
    ui.settle()
    assert view.report.learner.id == somebody.id


def test_at_least_one_learner_of_the_class_has_skills_fading_and_blocked(ui):
    """The lists are not always empty: in a semester some learner forgets and some is blocked."""
    page = open_reports(ui, tab=1)
    view = page.learner
    seen_forgetting = seen_blocked = False
    for learner in ui.services.learners.list()[:10]:
        view.choose(learner.id)
        page.load_current()
        ui.settle()
        seen_forgetting |= view.forgetting.item(0).text() != "Nothing is being forgotten."
        seen_blocked |= " needs: " in view.blocked.item(0).text()
    assert seen_forgetting and seen_blocked
