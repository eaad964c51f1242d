"""Text with ``$…$`` LaTeX, rendered offline: maths via ziamath → SVG → QImage, the rest as inert text.

Plain pieces are HTML-escaped, so a prompt containing ``<script>`` or ``<b>`` shows those characters
literally; only the images we create ourselves become markup. Rendered formulas are cached by
(LaTeX, pixel size, colour) because the same fractions come back item after item.
"""

from __future__ import annotations

import html
import logging
import re
import unicodedata
from collections import OrderedDict

import ziamath
from PySide6.QtCore import QByteArray, QRectF, QSize, Qt, QUrl
from PySide6.QtGui import QImage, QPainter
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QSizePolicy, QTextBrowser, QWidget

log = logging.getLogger(__name__)

TEXT_COLOUR = "#1b2733"
_CACHE_LIMIT = 512
MAX_HEIGHT = 320
_cache: OrderedDict[tuple[str, int, str], QImage] = OrderedDict()

# QtSvg implements SVG Tiny 1.2, which has no <symbol>; ask ziamath for plain SVG 1.1 paths.
ziamath.config.svg2 = False

# A "$" preceded by a backslash is a literal dollar sign, not a maths delimiter.
_MATH = re.compile(r"(?<!\\)\$(.+?)(?<!\\)\$", re.DOTALL)


def split_math(text: str) -> list[tuple[bool, str]]:
    """Split ``text`` into (is_math, piece) runs; ``\\$`` stays a literal dollar in text pieces."""
    pieces: list[tuple[bool, str]] = []
    position = 0
    for match in _MATH.finditer(text):
        if match.start() > position:
            pieces.append((False, text[position : match.start()].replace("\\$", "$")))
        pieces.append((True, match.group(1).strip()))
        position = match.end()
    if position < len(text):
        pieces.append((False, text[position:].replace("\\$", "$")))
    return pieces


def render_formula(latex: str, pixel_size: int, colour: str = TEXT_COLOUR) -> QImage | None:
    """Render one LaTeX formula to an image ``pixel_size`` tall per em; None if the LaTeX is invalid."""
    key = (latex, pixel_size, colour)
    cached = _cache.get(key)
    if cached is not None:
        _cache.move_to_end(key)
        return cached
    try:
        svg = ziamath.Latex(latex, size=pixel_size, color=colour, inline=False).svg()
    except Exception:  # ziamath raises assorted errors on LaTeX it cannot parse
        log.warning("cannot render LaTeX %r", latex, exc_info=True)
        return None
    renderer = QSvgRenderer(QByteArray(svg.encode("utf-8")))
    if not renderer.isValid():
        return None
    size = renderer.defaultSize()
    width, height = max(1, size.width()), max(1, size.height())
    image = QImage(QSize(width, height), QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter, QRectF(0, 0, width, height))
    painter.end()
    _cache[key] = image
    if len(_cache) > _CACHE_LIMIT:
        _cache.popitem(last=False)
    return image


def cache_size() -> int:
    """How many rendered formulas are cached (for tests and diagnostics)."""
    return len(_cache)


def text_direction(text: str) -> str | None:
    """``"rtl"`` or ``"ltr"`` from the first strongly directional letter outside the maths, else None.

    Content carries its own language: an English prompt stays left-to-right inside the Arabic UI,
    and an Arabic prompt reads right-to-left inside the English UI.
    """
    for is_math, piece in split_math(text):
        if is_math:
            continue
        for char in piece:
            kind = unicodedata.bidirectional(char)
            if kind in ("R", "AL"):
                return "rtl"
            if kind == "L":
                return "ltr"
    return None


def build_document_html(
    text: str, images: dict[str, QImage], pixel_size: int, colour: str = TEXT_COLOUR
) -> str:
    """HTML for ``text``: escaped text pieces and ``<img>`` tags whose images are put in ``images`` by URL."""
    parts: list[str] = []
    for index, (is_math, piece) in enumerate(split_math(text)):
        image = render_formula(piece, pixel_size, colour) if is_math else None
        if image is None:
            # Text, or maths we could not render: show it literally rather than lose it.
            shown = piece if not is_math else f"${piece}$"
            parts.append(html.escape(shown).replace("\n", "<br>"))
            continue
        url = f"sabil-math://formula/{index}"
        images[url] = image
        parts.append(f'<img src="{url}" style="vertical-align: middle">')
    return "".join(parts)


class MathTextView(QTextBrowser):
    """A read-only, borderless view of text with inline maths; grows to fit its content."""

    def __init__(self, parent: QWidget | None = None, point_size: int = 16, align_with_ui: bool = False) -> None:
        """``align_with_ui``: line the text up with the UI's reading side (choice buttons, beside their
        number) rather than with the content's own direction."""
        super().__init__(parent)
        self._align_with_ui = align_with_ui
        self._text = ""
        self._point_size = point_size
        self._images: dict[str, QImage] = {}
        self.setReadOnly(True)
        self.setOpenLinks(False)
        self.setFrameShape(QTextBrowser.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        # Reading a prompt with the keyboard is not needed; focus belongs to the answer.
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.document().setDocumentMargin(2)
        self.document().documentLayout().documentSizeChanged.connect(self._fit_height)

    def set_point_size(self, point_size: int) -> None:
        """Change the text size (the learner's setting) and re-render."""
        self._point_size = point_size
        self.set_math_text(self._text)

    def math_text(self) -> str:
        """The source text last shown (with its ``$…$``)."""
        return self._text

    def set_math_text(self, text: str) -> None:
        """Show ``text``: plain pieces inert, ``$…$`` pieces as rendered formulas."""
        self._text = text
        document = self.document()
        font = self.font()
        font.setPointSize(self._point_size)
        document.setDefaultFont(font)
        pixel_size = round(self._point_size * max(self.logicalDpiY(), 72) / 72 * 1.15)
        ui_direction = "rtl" if self.layoutDirection() == Qt.LayoutDirection.RightToLeft else "ltr"
        direction = text_direction(text) or ui_direction
        self._images = {}
        body = build_document_html(text, self._images, pixel_size)
        align = "right" if (ui_direction if self._align_with_ui else direction) == "rtl" else "left"
        self.setHtml(f'<div dir="{direction}" align="{align}">{body}</div>')
        self.setAccessibleDescription(text)
        self._fit_height()

    def loadResource(self, kind: int, url: QUrl) -> object:  # noqa: N802 - Qt override
        """Serve our rendered formulas; nothing else is ever fetched (no files, no network)."""
        image = self._images.get(url.toString())
        if image is not None:
            return image
        return None

    def image_count(self) -> int:
        """How many formula images the current document shows."""
        return self.toHtml().count("<img ")

    def _fit_height(self, *_args: object) -> None:
        # Exactly as tall as the text (the document re-wraps when the width changes); very long
        # texts stop growing and scroll instead.
        height = int(self.document().size().height()) + 2 * self.frameWidth() + 2
        self.setFixedHeight(min(height, MAX_HEIGHT))

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        hint = super().sizeHint()
        return QSize(hint.width(), min(int(self.document().size().height()) + 2, MAX_HEIGHT))
