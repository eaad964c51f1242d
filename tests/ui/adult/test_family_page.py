"""Family view: a parent picks a child and reads that child's week in plain words, with a chart."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from app.services.demo_class import generate_demo_class
from tests.ui.adult.helpers import MATHS, open_tab


def test_a_parent_sees_a_childs_week_of_practice_in_words_and_a_chart(ui):
    # Two weeks of simulated practice by the engine's simulator, ending now: last week is a full one.
    demo = generate_demo_class(ui.services, MATHS, learners=2, attempts_per_learner=160, weeks=2, seed=3, end=datetime.now(UTC))
    child = ui.services.learners.get(demo.learner_ids[1])
    ui.services.goals.set_goal(child.id, "Compare fractions", MATHS, ["fractions-compare", "fractions-equivalent"])
    page = open_tab(ui, "family")
    assert [page.children.item(r).text() for r in range(page.children.count())] == sorted(
        p.display_name for p in ui.services.learners.list()
    )
    page.show_child(child.id)
    ui.settle()
    assert page.title.text() == f"{child.display_name}'s week"
    assert not page.later_button.isEnabled(), "there is no week after this one yet"

    page.earlier_button.click()
    ui.settle()
    monday = date.today() - timedelta(days=date.today().weekday())
    expected = ui.services.goals.week(child.id, monday - timedelta(weeks=1))
    assert page.week.week_start == monday - timedelta(weeks=1)
    assert expected.answered > 0
    words = page.words.text()
    assert words.startswith(f"{child.display_name} practised on ")
    assert f"{expected.answered} question" in words and f"{expected.correct} of them right" in words
    if expected.mastered:
        assert "New skills mastered: " in words
    # The child's own goal, with its progress from the learner model.
    [goal] = expected.goals
    assert f"{child.display_name}'s goal: “Compare fractions” ({len(goal.mastered)} of 2 skills mastered)." in words
    # The chart shows the same week, day by day, and says it in words for a screen reader.
    assert [(d.answered, d.correct) for d in page.chart.days] == [(d.answered, d.correct) for d in expected.days]
    assert [d.label for d in page.chart.days][:2] == ["Mon", "Tue"]
    assert page.chart.isVisible() and "Mon: " in page.chart.accessibleName()
    assert page.later_button.isEnabled()


def test_a_child_who_did_not_practise_gets_a_kind_sentence_and_no_empty_chart(ui):
    child = ui.services.learners.create("Nour", ui.services.learners.avatars()[0])
    page = open_tab(ui, "family")
    page.show_child(child.id)
    ui.settle()
    assert page.words.text().startswith("Nour has not practised in this week.")
    assert not page.chart.isVisible()
