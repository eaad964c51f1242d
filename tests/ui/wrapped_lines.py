"""Where a word-wrapped label's lines should lie, and where its painted pixels actually are."""

from __future__ import annotations

from PySide6.QtGui import QImage, QTextLayout, QTextOption
from PySide6.QtWidgets import QLabel


def ink_columns(image: QImage) -> tuple[int, int] | None:
    """The first and last pixel columns holding anything but the top-left pixel's colour."""
    background = image.pixelColor(0, 0)
    columns = [
        x for x in range(image.width()) if any(image.pixelColor(x, y) != background for y in range(image.height()))
    ]
    return (columns[0], columns[-1]) if columns else None


def widest_line(label: QLabel) -> float:
    """The natural width of the widest line of ``label``'s text wrapped at its width."""
    layout = QTextLayout(label.text(), label.font(), label)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WordWrap)
    option.setTextDirection(label.layoutDirection())
    layout.setTextOption(option)
    widest = 0.0
    layout.beginLayout()
    while (line := layout.createLine()).isValid():
        line.setLineWidth(label.contentsRect().width())
        widest = max(widest, line.naturalTextWidth())
    layout.endLayout()
    return widest


def assert_lines_drawn_within(label: QLabel, slack: int = 2) -> None:
    """Each line of ``label`` is painted within the span its own width allows, so none is cut at an edge.

    The label clips what runs past it, so a line drawn too far shows as ink starting (right to left) or
    ending (left to right) further out than the widest line's width puts it.
    """
    ink = ink_columns(label.grab().toImage())
    assert ink is not None, f"{label.text()!r} is not drawn"
    width = label.width()
    widest = widest_line(label)
    assert widest <= label.contentsRect().width(), f"{label.text()!r} has a line wider than the label"
    if label.isRightToLeft():
        assert ink[0] >= width - widest - slack, f"{label.text()!r}: a line starts {width - widest - ink[0]:.0f} px too far left"
    else:
        assert ink[1] <= widest + slack, f"{label.text()!r}: a line ends {ink[1] - widest:.0f} px too far right"
