"""Export a report: CSV through the services' tables, PDF through Qt's own writer on A4.

A printed report must say what it shows: each document starts with the report's name, the pack,
the learners it covers and when it was made. The PDF is laid out by ``QTextDocument`` (tables with
coloured cells, right to left for Arabic) and written by ``QPdfWriter``; both files are written
under a temporary name and renamed, so a failed export never leaves half a file behind.
"""

from __future__ import annotations

import html
import os
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF, QRectF, QSizeF, Qt, QUrl
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QColor,
    QFont,
    QGuiApplication,
    QImage,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextDocument,
    QTextOption,
)

from app.services.reports.csv_export import Table, write_csv

PDF_RESOLUTION = 300  # dots per inch: sharp print, small files (text stays text)
PDF_MARGIN_MM = 12.0
PDF_POINT_SIZE = 9
PDF_FOOTER_POINTS = 18.0  # the band under each page's text for "Page 2 of 9"


@dataclass(frozen=True)
class Cell:
    """A table cell of a printed report: its text and, for the heatmap, a fill and ink colour."""

    text: str
    fill: str | None = None
    ink: str | None = None
    bold: bool = False


def _cell_html(cell: str | Cell, tag: str) -> str:
    if not isinstance(cell, Cell):
        cell = Cell(str(cell))
    style = []
    if cell.fill:
        style.append(f"background-color:{cell.fill}")
    if cell.ink:
        style.append(f"color:{cell.ink}")
    text = html.escape(cell.text).replace("\n", "<br>")
    if cell.bold:
        text = f"<b>{text}</b>"
    attribute = f' style="{";".join(style)}"' if style else ""
    return f"<{tag}{attribute}>{text}</{tag}>"


def html_table(
    header: Sequence[str | Cell],
    rows: Sequence[Sequence[str | Cell]],
    *,
    centre: bool = False,
    widths: Sequence[int] = (),
) -> str:
    """An HTML table (escaped text) with a header row; ``centre`` centres every cell (the heatmap);
    ``widths`` are the columns' shares of the page width in percent."""
    align = ' align="center"' if centre else ""
    parts = [f'<table border="1" cellspacing="0" cellpadding="3" width="100%"{align}>']
    titles = [_cell_html(c, "th") for c in header]
    for k, width in enumerate(widths[: len(titles)]):
        titles[k] = titles[k].replace("<th", f'<th width="{width}%"', 1)
    parts.append("<tr>" + "".join(titles) + "</tr>")
    for row in rows:
        parts.append("<tr>" + "".join(_cell_html(c, "td") for c in row) + "</tr>")
    parts.append("</table>")
    html_text = "".join(parts)
    if centre:
        html_text = html_text.replace("<td", '<td align="center"')
    return html_text


def html_document(title: str, facts: Sequence[str], sections: Sequence[str], language: str) -> str:
    """A whole report: the title, one line of facts each (pack, learners, date), then the sections
    (already HTML: headings, paragraphs and tables)."""
    direction = "rtl" if language == "ar" else "ltr"
    head = f"<h1>{html.escape(title)}</h1><p>{html.escape(' · '.join(facts))}</p>"
    return (
        f'<html><head><meta charset="utf-8"></head><body dir="{direction}">'
        f"{head}{''.join(sections)}</body></html>"
    )


def heading(text: str) -> str:
    """A section heading."""
    return f"<h2>{html.escape(text)}</h2>"


def paragraph(text: str) -> str:
    """A paragraph of plain text."""
    return f"<p>{html.escape(text)}</p>"


def _replace_atomically(temp: Path, path: Path) -> Path:
    with temp.open("rb+") as handle:
        os.fsync(handle.fileno())
    os.replace(temp, path)
    return path


def write_pdf(
    path: Path,
    document_html: str,
    title: str,
    language: str,
    *,
    landscape: bool = False,
    images: Mapping[str, QImage] | None = None,
) -> Path:
    """Lay out ``document_html`` on A4 pages (portrait, or landscape for wide tables) and write the PDF.

    ``images`` are the pictures the HTML names (``<img src="name">``)."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    temp = path.with_name(f".{path.name}.tmp")
    writer = QPdfWriter(str(temp))
    writer.setTitle(title)
    writer.setCreator("Sabil")
    writer.setResolution(PDF_RESOLUTION)
    orientation = QPageLayout.Orientation.Landscape if landscape else QPageLayout.Orientation.Portrait
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            orientation,
            QMarginsF(PDF_MARGIN_MM, PDF_MARGIN_MM, PDF_MARGIN_MM, PDF_MARGIN_MM),
            QPageLayout.Unit.Millimeter,
        )
    )
    document = QTextDocument()
    font = QFont()
    font.setPointSize(PDF_POINT_SIZE)
    document.setDefaultFont(font)
    option = QTextOption()
    option.setTextDirection(Qt.LayoutDirection.RightToLeft if language == "ar" else Qt.LayoutDirection.LeftToRight)
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    document.setDefaultTextOption(option)
    # The document is laid out on the page's printable area less a footer band, in its own logical
    # pixels, and painted page by page: so the margins are ours (QTextDocument.print_ would add 2 cm)
    # and every page says "page 2 of 9" — a printed report loses its order easily.
    area = writer.pageLayout().paintRectPoints()
    screen = QGuiApplication.primaryScreen()
    logical_dpi = screen.logicalDotsPerInch() if screen is not None else 96.0
    pixels_per_point = logical_dpi / 72.0
    footer = PDF_FOOTER_POINTS * pixels_per_point
    page = QSizeF(area.width() * pixels_per_point, area.height() * pixels_per_point - footer)
    document.setPageSize(page)
    for name, image in (images or {}).items():
        document.addResource(QTextDocument.ResourceType.ImageResource, QUrl(name), image)
    document.setHtml(document_html)
    _paint_pages(writer, document, page, footer, logical_dpi)
    del writer  # the PDF is finished when the writer is destroyed
    return _replace_atomically(temp, path)


def _paint_pages(writer: QPdfWriter, document: QTextDocument, page: QSizeF, footer: float, logical_dpi: float) -> None:
    """Paint each page of the laid-out ``document`` with its page number centred in the footer band."""
    painter = QPainter(writer)
    scale = writer.resolution() / logical_dpi
    pages = document.pageCount()
    try:
        for number in range(pages):
            if number:
                writer.newPage()
            painter.save()
            painter.scale(scale, scale)
            painter.save()
            painter.translate(0, -number * page.height())
            context = QAbstractTextDocumentLayout.PaintContext()
            context.clip = QRectF(0, number * page.height(), page.width(), page.height())
            painter.setClipRect(context.clip)
            document.documentLayout().draw(painter, context)
            painter.restore()
            # Point sizes would be taken at the writer's 300 dpi on top of the scaling: give pixels.
            footer_font = QFont(document.defaultFont())
            footer_font.setPixelSize(round(PDF_POINT_SIZE * logical_dpi / 72.0))
            painter.setFont(footer_font)
            painter.setPen(QColor("#3d4b57"))
            label = QCoreApplication.translate("ReportExport", "Page %1 of %2").replace("%1", str(number + 1))
            painter.drawText(
                QRectF(0, page.height(), page.width(), footer),
                int(Qt.AlignmentFlag.AlignCenter),
                label.replace("%2", str(pages)),
            )
            painter.restore()
    finally:
        painter.end()


def write_table_csv(path: Path, table: Table) -> Path:
    """Write one of the services' report tables (``csv_export.*_table``) as CSV for a spreadsheet."""
    header, rows = table
    return write_csv(Path(path), header, rows)
