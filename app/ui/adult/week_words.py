"""A learner's week in plain words: for a parent (third person) and for the learner ("what I learned").

Each sentence is translated whole, with Qt's plural forms for counts, so every language can word
it naturally; its numbers are then written in the language's digits, and names and skill titles are
filled in last (so their own digits stay as written).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import timedelta

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from app.ui.adult.week_chart import DayBar
from app.ui.locale_dates import short_day_and_month
from app.ui.locale_text import joined, locale_digits, whole_number
from app.ui.titles import localized

MOST_PRACTISED = 3
MOST_MASTERED = 5  # named in a parent's week; more are counted


def _t(text: str, n: int = -1) -> str:
    return QCoreApplication.translate("WeekWords", text, None, n)


def locale_for(language: str) -> QLocale:
    """The Qt locale for day and month names in ``language``."""
    return QLocale(language)


def day_bars(week: object, language: str) -> list[DayBar]:
    """The week's days as chart bars, labelled with short day names in ``language``."""
    locale = locale_for(language)
    return [
        DayBar(
            label=locale.dayName(QDate(day.day.year, day.day.month, day.day.day).dayOfWeek(), QLocale.FormatType.ShortFormat),
            answered=day.answered,
            correct=day.correct,
        )
        for day in week.days
    ]


def week_range(week: object, language: str) -> str:
    """"Nov 17 – Nov 23" ("17 nov – 23 nov") in the UI language's order, month names and digits."""
    first = week.week_start
    return f"{short_day_and_month(first, language)} – {short_day_and_month(first + timedelta(days=6), language)}"


def _minutes(minutes: float) -> int:
    return max(1, round(minutes)) if minutes > 0 else 0


def _titles(skills: Sequence[object], language: str) -> str:
    return joined((localized(s.title, language) or s.skill_id for s in skills), language)


def _some_titles(skills: Sequence[object], language: str, limit: int) -> str:
    """The first ``limit`` titles by name and the rest counted, so a busy week stays a short sentence."""
    titles = _titles(skills[:limit], language)
    more = len(skills) - limit
    return locale_digits(_t("%1 and %n more", more), language).replace("%1", titles) if more > 0 else titles


def chart_description(week: object, language: str) -> str:
    """The chart in words (its accessible name): answers and right answers per day."""
    parts = []
    for bar in day_bars(week, language):
        parts.append(
            _t("%1: %2 answered, %3 right")
            .replace("%2", whole_number(bar.answered, language))
            .replace("%3", whole_number(bar.correct, language))
            .replace("%1", bar.label)
        )
    return joined(parts, language)


def family_sentences(name: str, week: object, language: str) -> list[str]:
    """What ``name`` did in ``week``, sentence by sentence, for a parent."""
    if not week.answered:
        return [_t("%1 has not practised in this week. Earlier weeks are one button away.").replace("%1", name)]
    sentences = [
        locale_digits(_t("%1 practised on %n day(s).", week.days_active), language).replace("%1", name),
        locale_digits(_t("About %n minute(s) of practice in all.", _minutes(week.minutes)), language),
        locale_digits(_t("%n question(s) answered, %1 of them right.", week.answered), language).replace(
            "%1", whole_number(week.correct, language)
        ),
    ]
    if week.mastered:
        sentences.append(_t("New skills mastered: %1.").replace("%1", _some_titles(week.mastered, language, MOST_MASTERED)))
    else:
        sentences.append(_t("No new skill mastered in this week."))
    busiest = [s for s in week.skills if not s.mastered_this_week][:MOST_PRACTISED]
    if busiest:
        sentences.append(_t("Also worked on: %1.").replace("%1", _titles(busiest, language)))
    return sentences


def goal_sentences(name: str, week: object, language: str = "en") -> list[str]:
    """The child's own goals: the open ones with their progress, and those reached during ``week``."""
    sentences = []
    for goal in week.goals:
        if goal.achieved:
            reached = goal.achieved_at.astimezone().date()
            if week.week_start <= reached < week.week_start + timedelta(days=7):
                sentences.append(_t("%1 reached a goal: “%2”.").replace("%2", goal.text).replace("%1", name))
        elif goal.skill_ids:
            sentences.append(
                _t("%1's goal: “%2” (%3 of %4 skills mastered).")
                .replace("%3", whole_number(len(goal.mastered), language))
                .replace("%4", whole_number(len(goal.skill_ids), language))
                .replace("%2", goal.text)
                .replace("%1", name)
            )
        else:
            sentences.append(_t("%1's goal: “%2”.").replace("%2", goal.text).replace("%1", name))
    return sentences


def learner_sentences(week: object, language: str) -> list[str]:
    """The learner's own "what I learned this week", spoken to them."""
    if not week.answered:
        return [_t("You have not practised yet this week. Press Continue to start!")]
    sentences = [locale_digits(_t("You answered %n question(s) this week.", week.answered), language)]
    if week.mastered:
        sentences.append(_t("You learned: %1!").replace("%1", _some_titles(week.mastered, language, MOST_PRACTISED)))
    else:
        worked = week.skills[:MOST_PRACTISED]
        sentences.append(_t("You worked on: %1.").replace("%1", _titles(worked, language)))
    return sentences
