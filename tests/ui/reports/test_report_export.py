"""Export: CSV through the services' tables, PDF on A4 that really renders (checked with PDFium,
the renderer QtPdf is built on: QtPdf is not in the PySide6 6.12 wheels)."""

from __future__ import annotations

import csv
from pathlib import Path

import numpy as np
import pypdfium2 as pdfium

from tests.ui.reports.reports_helpers import open_reports

A4_POINTS = (595.0, 842.0)


def _read_csv(path: Path) -> list[list[str]]:
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.reader(handle))


def _page(path: Path, index: int = 0) -> tuple[np.ndarray, str, tuple[float, float], int]:
    """Page ``index`` of the PDF rendered to pixels, its text, its size in points and the page count."""
    document = pdfium.PdfDocument(str(path))
    try:
        page = document[index]
        pixels = page.render(scale=1.0).to_numpy().copy()
        text = page.get_textpage().get_text_range()
        return pixels, text, tuple(page.get_size()), len(document)
    finally:
        document.close()


def _ink_share(pixels: np.ndarray) -> float:
    """The share of pixels that are not (near) white."""
    return float((pixels[..., :3] < 235).any(axis=2).mean())


def test_the_heatmap_exports_one_csv_row_per_learner_and_skill(ui, tmp_path):
    page = open_reports(ui)
    written = page.export("csv", tmp_path / "class.csv")
    assert written == tmp_path / "class.csv"
    assert page.status.text() == f"Saved {written}"
    rows = _read_csv(written)
    grid = page.heatmap.grid
    assert rows[0][:5] == ["learner_id", "learner", "skill_id", "skill", "state"]
    assert len(rows) == 1 + len(grid.learners) * len(grid.skills)
    by_key = {(r[0], r[2]): r for r in rows[1:]}
    for learner in grid.learners[:5]:
        for skill in grid.skills:
            assert by_key[(learner.id, skill.skill_id)][4] == grid.cell(learner.id, skill.skill_id).state


def test_every_report_exports_a_csv(ui, tmp_path):
    page = open_reports(ui)
    expected_header = {1: "part", 2: "learner_id", 3: "item_id"}
    for tab, first_column in expected_header.items():
        page.tabs.setCurrentIndex(tab)
        ui.settle()
        rows = _read_csv(page.export("csv", tmp_path / f"report-{tab}.csv"))
        assert rows[0][0] == first_column and len(rows) > 2


def test_the_heatmap_pdf_is_a_printable_a4_page_with_the_title_and_the_colours(ui, tmp_path):
    page = open_reports(ui)
    written = page.export("pdf", tmp_path / "class.pdf")
    pixels, text, size, pages = _page(written)
    assert sorted(size) == sorted(A4_POINTS) and size[0] > size[1], "landscape A4"
    assert text.startswith("Class overview")
    assert "Content pack: Numbers and operations" in text
    assert page.heatmap.grid.skills[0].title["en"] in text
    assert 0.05 < _ink_share(pixels) < 0.8, "neither blank nor a black page"
    # The mastered squares print in their colour (green), so the page is a heatmap, not just text.
    green = np.array([0x4F, 0x7D, 0x2E])  # #2e7d4f as rendered (BGR)
    assert (np.abs(pixels[..., :3].astype(int) - green).sum(axis=2) < 40).mean() > 0.002
    assert pages >= 2 and text.rstrip().endswith(f"Page 1 of {pages}"), "every printed page is numbered"
    assert not list(tmp_path.glob(".*.tmp")), "no temporary file is left behind"


def test_the_learner_pdf_has_the_chart_and_the_other_reports_print_too(ui, tmp_path):
    page = open_reports(ui, tab=1)
    pixels, text, size, _pages = _page(page.export("pdf", tmp_path / "learner.pdf"))
    name = page.learner.report.learner.display_name
    assert text.startswith(f"One learner: {name}")
    assert sorted(size) == sorted(A4_POINTS) and size[0] < size[1], "portrait A4"
    bars = np.array([0xB8, 0x86, 0x4F])  # the chart's right-answer bars, #4f86b8 (BGR)
    assert (np.abs(pixels[..., :3].astype(int) - bars).sum(axis=2) < 40).mean() > 0.003
    for tab, title in ((2, "Help needed"), (3, "Difficult items")):
        page.tabs.setCurrentIndex(tab)
        ui.settle()
        pixels, text, _size, _pages = _page(page.export("pdf", tmp_path / f"{tab}.pdf"))
        assert text.startswith(title) and _ink_share(pixels) > 0.02


def test_a_folder_that_cannot_be_written_is_said_plainly(ui, tmp_path):
    page = open_reports(ui)
    blocked = tmp_path / "not-a-folder"
    blocked.write_text("a file where a folder should be")
    assert page.export("csv", blocked / "class.csv") is None
    assert page.status.text().startswith(f"Could not save {blocked / 'class.csv'}: ")


def test_an_arabic_report_prints_in_arabic(ui, tmp_path):
    ui.window.default_language = "ar"  # teacher mode speaks the computer's language
    page = open_reports(ui)
    title = page.heatmap.title()
    assert any("\u0600" <= letter <= "\u06ff" for letter in title), "the report is translated"
    pixels, text, _size, _pages = _page(page.export("pdf", tmp_path / "class-ar.pdf"))
    words = [word for word in title.split() if len(word) > 2]
    assert all(word in text for word in words), text[:200]
    skill = page.heatmap.grid.skills[0].title["ar"]
    assert skill.split()[0] in text
    assert _ink_share(pixels) > 0.05
