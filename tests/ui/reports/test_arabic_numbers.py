"""Reports in Arabic write numbers with Arabic-Indic digits and lists with the Arabic comma, as the
Arabic packs themselves do: no Western digit or ASCII comma in what the teacher reads."""

from __future__ import annotations

import re

from PySide6.QtGui import QTextDocument

from app.ui.reports.class_heatmap import describe_cell
from tests.ui.reports.reports_helpers import open_reports

WESTERN = re.compile(r"[0-9,]")
PLACEHOLDER = re.compile(r"%[0-9٠-٩]")  # a "%1" left unfilled


def _western(texts: list[str]) -> list[str]:
    """Texts with a Western digit or comma, or with a placeholder left unfilled."""
    return [text for text in texts if WESTERN.search(text) or PLACEHOLDER.search(text)]


def _learner_report_texts(view) -> list[str]:
    texts = [view.summary.text(), view.states.text(), view.chart.accessibleName(), view.learner.currentText()]
    texts += [view.forgetting.item(i).text() for i in range(view.forgetting.count())]
    texts += [view.blocked.item(i).text() for i in range(view.blocked.count())]
    texts += [view.forgetting_heading.text(), view.blocked_heading.text()]
    return texts


def test_the_learner_report_in_arabic_has_arabic_digits_and_commas(ui):
    ui.window.default_language = "ar"  # teacher mode speaks the computer's language
    page = open_reports(ui, tab=1)
    view = page.learner
    # A learner with something in every part: skills being forgotten and a skill blocked by two.
    chosen = None
    for learner in ui.services.learners.list():
        progress = ui.services.reports.learner_progress(learner.id)
        if progress.forgetting and progress.ready and any(len(b.blocked_by) >= 1 for b in progress.blocked):
            chosen = learner
            break
    assert chosen is not None, "the demo class has a learner with forgetting and blockers"
    view.choose(chosen.id)
    view.load(view.pack_id, view.learner_ids, view.language)
    ui.settle()
    assert view.report.learner.id == chosen.id
    texts = _learner_report_texts(view)
    assert any("٪" in text for text in texts) and any("،" in text for text in texts)
    assert any(re.search("[٠-٩]", text) for text in texts)
    assert _western(texts) == [], _western(texts)
    # The printed copy too (dates, the week table, "n learners", page facts).
    printable = view.printable()
    document = QTextDocument()
    document.setHtml(printable.html)
    assert _western([document.toPlainText()]) == [], _western(document.toPlainText().splitlines())


def test_the_heatmap_and_help_needed_in_arabic_have_arabic_digits(ui):
    ui.window.default_language = "ar"
    page = open_reports(ui, tab=0)
    grid = page.heatmap.grid
    texts = [label.text().split("</span>")[-1] for label in page.heatmap.legend_labels.values()]
    texts += [
        describe_cell(grid, row, column, "ar")
        for row in range(len(grid.skills))
        for column in range(len(grid.learners))
        if grid.cells[column][row].attempts
    ][:200]
    assert any(re.search("[٠-٩]", text) for text in texts)
    assert _western(texts) == [], _western(texts)[:5]
    page.tabs.setCurrentIndex(2)
    ui.settle()
    help_view = page.current_view()
    reasons = [help_view.why(case) for case in help_view.report.cases]
    assert reasons and _western(reasons) == [], _western(reasons)[:5]
