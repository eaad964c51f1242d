"""A list whose items are a few short lines, each cut with "…" on its own at the list's width.

Word wrap in an item view lays out a line mixing Latin and Arabic text wrongly right to left (QPainter's
wrapping puts the lines a space too far towards their end), and without wrap a long line ran past the
list's edge behind a sideways scroll bar. Items written as separate lines ("name\\ndetails") and kept as
wide as the list get each line cut at the edge with "…" at its end (on the left in Arabic).
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSize, Qt
from PySide6.QtWidgets import QAbstractItemView, QListView, QStyledItemDelegate, QStyleOptionViewItem


class ElidedLinesDelegate(QStyledItemDelegate):
    """Items never wider than the view's visible width, so Qt cuts each too-long line with "…"."""

    def __init__(self, view: QAbstractItemView) -> None:
        super().__init__(view)
        self._view = view

    def sizeHint(  # noqa: N802 - Qt override
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        hint = super().sizeHint(option, index)
        return QSize(min(hint.width(), self._view.viewport().width()), hint.height())


def elide_lines(view: QListView) -> None:
    """Make ``view`` show each line of its items whole or cut with "…" at its width, never scrolled sideways."""
    view.setItemDelegate(ElidedLinesDelegate(view))
    view.setWordWrap(False)
    view.setTextElideMode(Qt.TextElideMode.ElideRight)  # the line's end: its left end right to left
    view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    view.setResizeMode(QListView.ResizeMode.Adjust)  # items follow the view's width when it changes
