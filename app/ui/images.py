"""Icons and avatar pictures loaded from ``resources/`` (SVG, rendered crisp at any size)."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QIcon, QImage, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer

from app.config import resources_dir

# Friendly colours for the fallback avatar (a coloured disc with the first letter) when an avatar
# picture is missing, e.g. after a pack or an update removed it.
_FALLBACK_COLOURS = ("#1f5f99", "#1d6b3a", "#a66f00", "#8a3b8f", "#b5451d", "#2b7a78")


def avatar_path(avatar: str) -> Path:
    """Where the SVG for an avatar name lives."""
    return resources_dir() / "avatars" / f"{avatar}.svg"


def icon_path(name: str) -> Path:
    """Where the SVG for a UI icon lives (``resources/icons/<name>.svg``)."""
    return resources_dir() / "icons" / f"{name}.svg"


def render_svg(path: Path, size: int) -> QPixmap | None:
    """Render an SVG file to a square pixmap of ``size`` pixels, or None when it cannot be read."""
    renderer = QSvgRenderer(str(path)) if path.is_file() else None
    if renderer is None or not renderer.isValid():
        return None
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    view = renderer.viewBoxF()
    # Keep the aspect ratio: centre the picture in the square.
    scale = min(size / max(view.width(), 1e-6), size / max(view.height(), 1e-6))
    width, height = view.width() * scale, view.height() * scale
    renderer.render(painter, QRectF((size - width) / 2, (size - height) / 2, width, height))
    painter.end()
    return QPixmap.fromImage(image)


@lru_cache(maxsize=256)
def avatar_pixmap(avatar: str, size: int, name_hint: str = "") -> QPixmap:
    """The avatar picture, or a coloured disc with the learner's initial when the SVG is missing."""
    pixmap = render_svg(avatar_path(avatar), size)
    if pixmap is not None:
        return pixmap
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    colour = QColor(_FALLBACK_COLOURS[sum(map(ord, avatar)) % len(_FALLBACK_COLOURS)])
    painter.setBrush(colour)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.drawEllipse(0, 0, size, size)
    font = QFont()
    font.setPixelSize(max(8, size // 2))
    font.setBold(True)
    painter.setFont(font)
    painter.setPen(QColor("#ffffff"))
    letter = (name_hint or avatar or "?")[:1].upper()
    painter.drawText(QRectF(0, 0, size, size), Qt.AlignmentFlag.AlignCenter, letter)
    painter.end()
    return QPixmap.fromImage(image)


@lru_cache(maxsize=64)
def icon_pixmap(name: str, size: int) -> QPixmap:
    """A UI icon from ``resources/icons`` as a pixmap (empty pixmap if the file is missing)."""
    return render_svg(icon_path(name), size) or QPixmap()


def icon(name: str, size: int = 48) -> QIcon:
    """A UI icon from ``resources/icons`` as a QIcon."""
    result = QIcon()
    result.addPixmap(icon_pixmap(name, size))
    return result


def avatar_icon(avatar: str, size: int, name_hint: str = "") -> QIcon:
    """The avatar picture as a QIcon for buttons."""
    result = QIcon()
    result.addPixmap(avatar_pixmap(avatar, size, name_hint))
    return result


def icon_size(size: int) -> QSize:
    """A square QSize (for setIconSize)."""
    return QSize(size, size)
