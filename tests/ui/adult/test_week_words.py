"""A week in plain words: what a parent and a learner read, from the goals service's WeekSummary."""

from __future__ import annotations

from datetime import date, timedelta

from app.services.adult_dto import DayActivity, SkillWeek, WeekSummary
from app.ui.adult.week_words import chart_description, day_bars, family_sentences, learner_sentences

MONDAY = date(2026, 11, 16)


def _week(mastered: int, practised: int = 2) -> WeekSummary:
    skills = tuple(
        SkillWeek("pack", f"s{i}", {"en": f"Skill {i}", "ar": f"مهارة {i}"}, 6, 5, i < mastered)
        for i in range(mastered + practised)
    )
    days = tuple(DayActivity(MONDAY + timedelta(days=i), 10 if i in (1, 3) else 0, 7 if i in (1, 3) else 0, 6.0 if i in (1, 3) else 0.0) for i in range(7))
    return WeekSummary("learner", MONDAY, 20, 14, 12.0, days, skills)


def test_a_busy_week_names_the_first_skills_and_counts_the_rest(qapp):
    words = family_sentences("Amina", _week(mastered=8), "en")
    assert words[0].startswith("Amina practised on 2 day")
    assert words[2].startswith("20 question") and "14 of them right" in words[2]
    assert words[3].startswith("New skills mastered: Skill 0, Skill 1, Skill 2, Skill 3, Skill 4 and 3 more")
    assert words[4] == "Also worked on: Skill 8, Skill 9."
    mine = learner_sentences(_week(mastered=8), "en")
    assert mine[1].startswith("You learned: Skill 0, Skill 1, Skill 2 and 5 more")


def test_the_chart_and_its_words_follow_the_days(qapp):
    week = _week(mastered=1)
    bars = day_bars(week, "en")
    assert [b.label for b in bars] == ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
    assert [(b.answered, b.correct) for b in bars][:4] == [(0, 0), (10, 7), (0, 0), (10, 7)]
    assert chart_description(week, "en").startswith("Mon: 0 answered, 0 right, Tue: 10 answered, 7 right")
    # Arabic lists use the Arabic comma and skill titles in Arabic.
    assert "مهارة 0" in family_sentences("أمينة", week, "ar")[3]
