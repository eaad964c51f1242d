"""CSV export: every report as a table a spreadsheet reads, safe against formula injection."""

from __future__ import annotations

import csv
import io
from datetime import UTC, datetime, timedelta
from pathlib import Path

from app.services.app_services import AppServices
from app.services.demo_class import DemoClass
from app.services.reports.csv_export import (
    csv_text,
    difficult_items_table,
    help_needed_table,
    learner_skills_table,
    learner_weeks_table,
    mastery_table,
    safe_text,
    write_csv,
)
from tests.services.reports.conftest import CLASS_END
from tests.services.reports.history import Answer, record

NOW = datetime(2026, 5, 4, 12, 0, tzinfo=UTC)


def _parse(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text)))


def test_mastery_table_has_one_row_per_learner_and_skill(class_services: AppServices) -> None:
    grid = class_services.reports.mastery_grid(now=CLASS_END)
    rows = _parse(csv_text(*mastery_table(grid)))
    assert len(rows) == len(grid.learners) * len(grid.skills)
    first = rows[0]
    cell = grid.cells[0][0]
    assert (first["learner_id"], first["skill_id"], first["state"]) == (
        grid.learners[0].id, grid.skills[0].skill_id, cell.state
    )
    assert float(first["p_known"]) == round(cell.p_known, 4)
    assert first["last_practised"] == ("" if cell.last_practised is None else cell.last_practised.isoformat())
    assert {row["state"] for row in rows} <= {"mastered", "fading", "in_progress", "struggling", "not_started"}
    arabic = _parse(csv_text(*mastery_table(grid, language="ar")))
    assert arabic[0]["skill"] == grid.skills[0].title["ar"]


def test_other_reports_as_tables(class_services: AppServices, demo: DemoClass) -> None:
    help_rows = _parse(csv_text(*help_needed_table(class_services.reports.help_needed(now=CLASS_END))))
    assert help_rows and all(row["reasons"] and row["missed_items"] != "" or row["recent_wrong"] == "0"
                             for row in help_rows)
    items = class_services.reports.difficult_items(now=CLASS_END, limit=5)
    item_rows = _parse(csv_text(*difficult_items_table(items)))
    assert [row["item_id"] for row in item_rows] == [i.item_id for i in items.items]
    assert item_rows[0]["wrong_answer_1"] == safe_text(items.items[0].wrong_answers[0].response)
    progress = class_services.reports.learner_progress(demo.learner_ids[0], now=CLASS_END)
    weeks = _parse(csv_text(*learner_weeks_table(progress)))
    assert sum(int(w["attempts"]) for w in weeks) == progress.attempts
    skills = _parse(csv_text(*learner_skills_table(progress)))
    assert sum(row["section"] == "forgetting" for row in skills) == len(progress.forgetting)
    assert sum(row["section"] == "blocked" for row in skills) == len(progress.blocked)


def test_formulas_are_made_inert_and_numbers_kept() -> None:
    assert safe_text('=HYPERLINK("http://x","y")') == '\'=HYPERLINK("http://x","y")'
    assert safe_text("@SUM(A1)") == "'@SUM(A1)"
    assert safe_text("+cmd") == "'+cmd"
    assert safe_text("-3") == "-3"
    assert safe_text("-2,5") == "-2,5"
    assert safe_text("Amina") == "Amina"


def test_a_hostile_learner_name_and_response_in_the_file(mini: AppServices, tmp_path: Path) -> None:
    learner = mini.learners.create("=cmd|' /C calc'!A0", mini.learners.avatars()[0]).id
    record(mini, learner, [Answer("count-word-01", False, NOW - timedelta(minutes=k), response="=1+1")
                           for k in range(5)])
    out = write_csv(tmp_path / "out" / "help.csv", *help_needed_table(mini.reports.help_needed(now=NOW)))
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # the BOM spreadsheets need for Arabic names
    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"))))
    assert rows[0]["learner"].startswith("'=")
    assert "=1+1" in rows[0]["missed_items"] and rows[0]["missed_items"].startswith("count-word-01")
    assert not list((tmp_path / "out").glob(".*.tmp"))
