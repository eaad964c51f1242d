"""What an item shows besides its text: its pictures and, for items that speak, a Listen button.

A pack names the files an item shows in its ``media`` list (docs/pack-format.md, "Pictures and
sound"). Pictures used as answer choices appear on the choice buttons (``picture_choices.py``), so
this view shows only the others, beside the Listen button for the item's sound.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize, Qt, QTimer
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from app.ui.audio_player import AudioPlayer, ListenButton, is_audio
from app.ui.images import render_svg

PICTURE_EXTENSIONS = ("svg", "png", "jpg", "jpeg", "gif", "webp")


def is_picture(name: str) -> bool:
    """True when a media file name is an image (by its extension)."""
    return name.rpartition(".")[2].lower() in PICTURE_EXTENSIONS


def media_pixmap(path: str, size: int) -> QPixmap | None:
    """A stored picture scaled to fit a ``size`` square (aspect kept), or None when it can't be read."""
    if path.lower().endswith(".svg"):
        return render_svg(Path(path), size)
    pixmap = QPixmap(path)
    if pixmap.isNull():
        return None
    return pixmap.scaled(QSize(size, size), Qt.AspectRatioMode.KeepAspectRatio,
                         Qt.TransformationMode.SmoothTransformation)


def item_media(item: object) -> dict[str, str]:
    """The item's media as pack name → stored file path, in the item's order."""
    return dict(zip(getattr(item, "media_names", ()), getattr(item, "media", ()), strict=False))


def picture_label(path: str, size: int, accessible_name: str) -> QLabel:
    """A label showing one picture (or nothing, if the file can't be drawn), named for screen readers."""
    label = QLabel()
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    pixmap = media_pixmap(path, size)
    if pixmap is not None:
        label.setPixmap(pixmap)
    label.setFixedSize(size, size)
    label.setAccessibleName(accessible_name)
    return label


def describe(name: str) -> str:
    """A media name said as words for screen readers: ``red-apple.svg`` → ``red apple``."""
    return name.rpartition(".")[0].replace("-", " ").replace("_", " ")


class ItemMediaView(QWidget):
    """The Listen button (items with a sound) and the pictures of the question (not the choices).

    The player and its button are made when the first item with a sound appears: starting the
    multimedia backend costs about 0.15 s, which a maths-only session should not pay at start-up.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._player: AudioPlayer | None = None
        self.listen_button: ListenButton | None = None
        self.pictures: list[QLabel] = []
        self.sound_path = ""
        self._row = QHBoxLayout(self)
        self._row.setContentsMargins(0, 0, 0, 0)
        self._row.setSpacing(16)
        # Pictures of the question go between two stretches: centred, where a child looks first.
        self._row.addStretch()
        self._row.addStretch()
        self.setVisible(False)

    @property
    def player(self) -> AudioPlayer:
        """The sound player (made on first use)."""
        if self._player is None:
            self._player = AudioPlayer(self)
        return self._player

    def use_player(self, player: AudioPlayer) -> None:
        """Play through ``player`` instead (tests pass one that needs no sound device)."""
        self.stop()
        self._player = player
        if self.listen_button is not None:
            self.listen_button.set_player(player)

    def show_item(self, item: object, picture_size: int, choice_names: frozenset[str] = frozenset()) -> None:
        """Show the media of a newly shown item; ``choice_names`` are pictures already on the choices."""
        self.stop()
        for label in self.pictures:
            self._row.removeWidget(label)
            label.deleteLater()
        self.pictures = []
        media = item_media(item)
        sounds = [path for name, path in media.items() if is_audio(name)]
        self.sound_path = sounds[0] if sounds else ""
        if self.sound_path:
            button = self._listen_button()
            button.set_sound(self.sound_path)
            button.setVisible(True)
        elif self.listen_button is not None:
            self.listen_button.set_sound("")
            self.listen_button.setVisible(False)
        for name, path in media.items():
            if is_picture(name) and name not in choice_names:
                label = picture_label(path, picture_size, describe(name))
                self._row.insertWidget(self._row.count() - 1, label)  # before the last stretch
                self.pictures.append(label)
        self.setVisible(bool(self.sound_path or self.pictures))
        if self.sound_path and self.player.available:
            # Say the word once by itself: a child who can't read the question yet still hears it.
            QTimer.singleShot(300, self._autoplay)

    def _listen_button(self) -> ListenButton:
        if self.listen_button is None:
            self.listen_button = ListenButton(self.player)
            self._row.insertWidget(0, self.listen_button, 0, Qt.AlignmentFlag.AlignVCenter)
        return self.listen_button

    def _autoplay(self) -> None:
        if self.isVisible() and self.sound_path and self.listen_button is not None:
            self.listen_button.play()

    def stop(self) -> None:
        """Stop any sound (the item changed or practice ended)."""
        if self._player is not None:
            self._player.stop()
