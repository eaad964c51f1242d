"""How each heatmap state looks: a colour and a symbol, so the map reads without colour vision too.

The colours are from one diverging scheme (green = mastered … red = struggling) with enough contrast
for the symbol drawn on them; "fading" is amber because it is good news turning bad, and "not
started" is a pale neutral so the eye skips it.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor

from app.services.reports.dto import FADING, IN_PROGRESS, MASTERED, NOT_STARTED, STRUGGLING


@dataclass(frozen=True)
class StateStyle:
    """The look of one state: cell fill, symbol colour and the symbol."""

    fill: str
    ink: str
    symbol: str


# Symbols are in the fonts Qt finds on every platform (Latin-1 and General Punctuation / Arrows).
STYLES: dict[str, StateStyle] = {
    MASTERED: StateStyle(fill="#2e7d4f", ink="#ffffff", symbol="✓"),
    FADING: StateStyle(fill="#f2b134", ink="#3b2a00", symbol="↓"),
    IN_PROGRESS: StateStyle(fill="#9cc8e8", ink="#0e3552", symbol="•"),
    STRUGGLING: StateStyle(fill="#c8383a", ink="#ffffff", symbol="!"),
    NOT_STARTED: StateStyle(fill="#eceae4", ink="#8a8f94", symbol=""),
}
# The order a legend lists them: from what needs a teacher most to what needs nothing.
LEGEND_ORDER = (STRUGGLING, FADING, IN_PROGRESS, MASTERED, NOT_STARTED)


def fill(state: str) -> QColor:
    """The cell colour of ``state``."""
    return QColor(STYLES[state].fill)


def ink(state: str) -> QColor:
    """The symbol colour of ``state``."""
    return QColor(STYLES[state].ink)


def state_name(state: str) -> str:
    """The state in the UI language, as a teacher would say it."""
    names = {
        MASTERED: QCoreApplication.translate("ReportStates", "Mastered"),
        FADING: QCoreApplication.translate("ReportStates", "Being forgotten"),
        IN_PROGRESS: QCoreApplication.translate("ReportStates", "In progress"),
        STRUGGLING: QCoreApplication.translate("ReportStates", "Struggling"),
        NOT_STARTED: QCoreApplication.translate("ReportStates", "Not started"),
    }
    return names[state]
