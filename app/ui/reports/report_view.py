"""What every report screen offers the Reports page: load for a pack and learners, export, a title.

A view asks the database worker for its report and shows it when it comes back; ``loaded`` tells
the page (and tests, and the benchmark) that the report on screen is the one last asked for.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from PySide6.QtCore import QEvent, Signal
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QWidget

from app.services.reports.csv_export import Table
from app.ui.signals import emit
from app.ui.worker import ServiceWorker


@dataclass(frozen=True)
class Printable:
    """A report laid out for paper: its title, the HTML document, whether it needs landscape, and
    the images the document names in ``<img src="…">`` (e.g. a chart)."""

    title: str
    html: str
    landscape: bool = False
    images: dict[str, QImage] = field(default_factory=dict)


class ReportView(QWidget):
    """Base of the four report screens. Subclasses implement ``_request``, ``_show``, ``csv_table``,
    ``printable``, ``title`` and ``file_stem``."""

    loaded = Signal()
    failed = Signal(object)

    def __init__(self, worker: ServiceWorker, services: object, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._worker = worker
        self._services = services
        self.language = "en"
        self.pack_id: str | None = None
        self.learner_ids: tuple[str, ...] | None = None
        self.report: object | None = None
        self._generation = 0

    def load(self, pack_id: str | None, learner_ids: Sequence[str] | None, language: str) -> None:
        """Ask for the report of ``pack_id`` (None: the pack the learners use most) over
        ``learner_ids`` (None: every learner on this computer), shown in ``language``."""
        self.pack_id = pack_id
        self.learner_ids = None if learner_ids is None else tuple(learner_ids)
        self.language = language
        self._generation += 1
        generation = self._generation
        call = self._request(pack_id, self.learner_ids)
        self._worker.run(call, lambda report: self._arrived(generation, report), lambda e: self._refused(generation, e))

    def _arrived(self, generation: int, report: object) -> None:
        if generation != self._generation:
            return  # the teacher already asked for another pack or class
        self.report = report
        self._show(report)
        emit(self.loaded)

    def _refused(self, generation: int, error: Exception) -> None:
        if generation == self._generation:
            emit(self.failed, error)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            if self.report is not None:
                self._show(self.report)
        super().changeEvent(event)

    # -- what a report screen provides -----------------------------------------------------------

    def retranslate(self) -> None:
        """Set the fixed strings in the current UI language."""

    def _request(self, pack_id: str | None, learner_ids: tuple[str, ...] | None) -> object:
        """A callable for the worker that returns the report."""
        raise NotImplementedError

    def _show(self, report: object) -> None:
        raise NotImplementedError

    def title(self) -> str:
        """The report's name, as on its tab and at the top of an export."""
        raise NotImplementedError

    def file_stem(self) -> str:
        """The start of an exported file's name (English, no spaces: it travels between computers)."""
        raise NotImplementedError

    def csv_table(self) -> Table | None:
        """The report as the services' CSV table, or None when nothing is loaded."""
        raise NotImplementedError

    def printable(self) -> Printable | None:
        """The report laid out for A4, or None when nothing is loaded."""
        raise NotImplementedError
