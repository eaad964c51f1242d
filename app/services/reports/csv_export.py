"""Reports as CSV tables a teacher opens in a spreadsheet.

Each ``*_table`` function turns a report into ``(header, rows)``; ``write_csv`` writes one to a file
(UTF-8 with a byte-order mark, so spreadsheet programs read Arabic names right; written to a
temporary file and renamed, so a half-written export never replaces a good one) and ``csv_text``
returns it as text. Text cells that a spreadsheet would run as a formula (a learner named
``=HYPERLINK(...)``) are prefixed with an apostrophe; numbers are left alone.
"""

from __future__ import annotations

import csv
import io
import os
from collections.abc import Iterable, Sequence
from datetime import date, datetime
from pathlib import Path

from app.services.reports.dto import DifficultItems, HelpNeeded, LearnerProgress, MasteryGrid

Cell = str | int | float | None
Table = tuple[tuple[str, ...], list[tuple[Cell, ...]]]
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def pick_title(titles: dict[str, str], language: str = "en") -> str:
    """A title in ``language``, else English, else any."""
    return titles.get(language) or titles.get("en") or next(iter(titles.values()), "")


def safe_text(text: str) -> str:
    """``text`` made inert for spreadsheets (formula-looking text gets a leading apostrophe)."""
    if text.startswith(_FORMULA_START):
        try:
            float(text.replace(",", "."))
        except ValueError:
            return "'" + text
    return text


def _when(value: datetime | date | None) -> str:
    return "" if value is None else value.isoformat()


def _number(value: float | None, places: int = 4) -> float | str:
    return "" if value is None else round(float(value), places)


def mastery_table(grid: MasteryGrid, language: str = "en") -> Table:
    """One row per learner × skill: the mastery estimate, the state and the last practice time."""
    header = (
        "learner_id", "learner", "skill_id", "skill", "state", "p_known", "attempts", "recall",
        "last_practised", "mastered_at",
    )
    rows: list[tuple[Cell, ...]] = []
    for learner, cells in zip(grid.learners, grid.cells, strict=True):
        for skill, cell in zip(grid.skills, cells, strict=True):
            rows.append((
                learner.id, safe_text(learner.display_name), skill.skill_id, safe_text(pick_title(skill.title, language)),
                cell.state, _number(cell.p_known), cell.attempts, _number(cell.recall),
                _when(cell.last_practised), _when(cell.mastered_at),
            ))
    return header, rows


def help_needed_table(report: HelpNeeded, language: str = "en") -> Table:
    """One row per stuck learner and skill; the missed items in one cell, separated by " | "."""
    header = (
        "learner_id", "learner", "skill_id", "skill", "reasons", "p_known", "attempts", "recent_attempts",
        "recent_wrong", "recent_hinted", "wrong_streak", "last_attempt", "weak_prerequisite", "missed_items",
    )
    rows: list[tuple[Cell, ...]] = []
    for case in report.cases:
        weak = case.weak_prerequisite
        missed = " | ".join(
            f"{m.item_id}: {m.response} (right: {m.correct_answer})" for m in case.missed
        )
        rows.append((
            case.learner.id, safe_text(case.learner.display_name), case.skill_id,
            safe_text(pick_title(case.skill_title, language)), " ".join(case.reasons), _number(case.p_known),
            case.attempts, case.recent_attempts, case.recent_wrong, case.recent_hinted, case.wrong_streak,
            _when(case.last_attempt), "" if weak is None else safe_text(pick_title(weak.title, language)),
            safe_text(missed),
        ))
    return header, rows


def difficult_items_table(report: DifficultItems, language: str = "en") -> Table:
    """One row per difficult item with its three most frequent wrong answers."""
    header = (
        "item_id", "skill_id", "skill", "prompt", "correct_answer", "attempts", "learners", "success_rate",
        "skill_success_rate", "skill_mastered_share", "hint_rate", "median_seconds",
        "wrong_answer_1", "count_1", "wrong_answer_2", "count_2", "wrong_answer_3", "count_3",
    )
    rows: list[tuple[Cell, ...]] = []
    for item in report.items:
        wrong: list[Cell] = []
        for k in range(3):
            if k < len(item.wrong_answers):
                wrong += [safe_text(item.wrong_answers[k].response), item.wrong_answers[k].count]
            else:
                wrong += ["", ""]
        rows.append((
            item.item_id, item.skill_id, safe_text(pick_title(item.skill_title, language)), safe_text(item.prompt),
            safe_text(item.correct_answer), item.attempts, item.learners, _number(item.success_rate),
            _number(item.skill_success_rate), _number(item.skill_mastered_share), _number(item.hint_rate),
            _number(item.median_seconds, 1), *wrong,
        ))
    return header, rows


def learner_weeks_table(report: LearnerProgress) -> Table:
    """The learner's weeks: answers, right answers, minutes on task, skills mastered."""
    header = ("week_start", "attempts", "correct", "minutes", "newly_mastered", "mastered_total")
    rows: list[tuple[Cell, ...]] = [
        (w.week_start.isoformat(), w.attempts, w.correct, _number(w.minutes, 1), w.newly_mastered, w.mastered_total)
        for w in report.weeks
    ]
    return header, rows


def learner_skills_table(report: LearnerProgress, language: str = "en") -> Table:
    """The skills that need attention: being forgotten, fading soon, blocked (and by what), ready."""
    header = ("section", "skill_id", "skill", "state", "p_known", "recall", "due", "blocked_by")
    rows: list[tuple[Cell, ...]] = []
    for section, fading in (("forgetting", report.forgetting), ("fading_soon", report.fading_soon)):
        for f in fading:
            rows.append((section, f.skill_id, safe_text(pick_title(f.title, language)), "mastered", "",
                         _number(f.recall), _when(f.due), ""))
    for section, skills in (("blocked", report.blocked), ("ready", report.ready)):
        for b in skills:
            blockers = ", ".join(pick_title(x.title, language) for x in b.blocked_by)
            rows.append((section, b.skill_id, safe_text(pick_title(b.title, language)), b.state,
                         _number(b.p_known), "", "", safe_text(blockers)))
    return header, rows


def csv_text(header: Sequence[str], rows: Iterable[Sequence[Cell]]) -> str:
    """The table as CSV text (no byte-order mark; for a terminal or a pipe)."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(header)
    writer.writerows(rows)
    return buffer.getvalue()


def write_csv(path: Path, header: Sequence[str], rows: Iterable[Sequence[Cell]]) -> Path:
    """Write the table to ``path`` atomically (UTF-8 with BOM, CRLF as spreadsheets expect)."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    temp = path.with_name(f".{path.name}.tmp")
    with temp.open("w", newline="", encoding="utf-8-sig") as handle:
        writer = csv.writer(handle)
        writer.writerow(header)
        writer.writerows(rows)
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(temp, path)
    return path
