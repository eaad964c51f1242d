"""Help needed (who is stuck, why, what they missed) and difficult items (with the wrong answers given)."""

from __future__ import annotations

from app.ui.reports.plain_math import plain_text
from tests.ui.reports.reports_helpers import open_reports


def _seen(text: str) -> str:
    """The text as read: without the invisible direction isolates around the pack's own texts."""
    return text.replace("\u2068", "").replace("\u2069", "")


def test_help_needed_lists_each_stuck_learner_with_why_and_the_items_they_missed(ui):
    page = open_reports(ui, tab=2)
    view = page.help
    expected = ui.services.reports.help_needed()
    assert expected.cases, "a semester of 30 learners has someone stuck"
    tree = view.tree
    assert tree.topLevelItemCount() == len(expected.cases)
    learners = {case.learner.id for case in expected.cases}
    assert view.intro.text().startswith(f"{len(learners)} learner")
    for row, case in enumerate(expected.cases):
        item = tree.topLevelItem(row)
        assert item.text(0) == case.learner.display_name
        assert item.text(1) == case.skill_title["en"]
        if "repeated_failure" in case.reasons:
            assert f"{case.recent_wrong} of the last {case.recent_attempts} wrong" in item.text(2)
        lines = [_seen(item.child(k).text(0)) for k in range(item.childCount())]
        if case.weak_prerequisite is not None:
            assert lines.pop(0).startswith(f"Check first: {case.weak_prerequisite.title['en']} (")
        assert len(lines) == len(case.missed) > 0
        for line, missed in zip(lines, case.missed, strict=True):
            assert line.startswith(plain_text(missed.prompt))
            assert f"answered {plain_text(missed.response)}, right answer {plain_text(missed.correct_answer)}" in line
            assert "$" not in line


def test_double_clicking_a_stuck_learner_opens_their_report(ui):
    page = open_reports(ui, tab=2)
    item = page.help.tree.topLevelItem(0)
    page.help.tree.itemDoubleClicked.emit(item.child(0), 0)
    ui.settle()
    assert page.current_view() is page.learner
    assert page.learner.report.learner.display_name == item.text(0)


def test_difficult_items_show_success_and_the_wrong_answers_most_often_given(ui):
    page = open_reports(ui, tab=3)
    view = page.difficult
    expected = ui.services.reports.difficult_items()
    table = view.table
    assert table.rowCount() == len(expected.items) > 5
    rates = [item.success_rate for item in expected.items]
    assert rates == sorted(rates)
    for row, item in enumerate(expected.items):
        assert _seen(table.item(row, 0).text()).startswith(plain_text(item.prompt))
        assert table.item(row, 1).text() == item.skill_title["en"]
        assert table.item(row, 2).text().startswith(f"{round(item.success_rate * 100)} % of {item.attempts}")
        assert table.item(row, 3).text() == plain_text(item.correct_answer)
        if item.wrong_answers:
            top = item.wrong_answers[0]
            assert _seen(table.item(row, 4).text()).splitlines()[0].startswith(f"{plain_text(top.response)} ({top.learners} learner")
    # Rows grow to show long questions whole rather than cutting them.
    assert max(table.rowHeight(r) for r in range(table.rowCount())) > table.fontMetrics().height() * 2
