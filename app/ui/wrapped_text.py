"""Word-wrapped labels whose lines stay inside them right to left.

QLabel draws plain wrapped text with QPainter.drawText, which, right to left, puts each wrapped line one
space further towards the line's end (the left) than its width allows: an Arabic line that nearly fills
the label loses the edge of its last word. Selectable text is laid out as a text document instead, which
places the lines right; letting a teacher select and copy the text is welcome in the screens using it.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel


def wrap_inside(label: QLabel) -> QLabel:
    """Make ``label`` word-wrap plain text laid out as a document (selectable by mouse); returns it."""
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)  # the text may come from a pack or a person: never rich text
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label
