"""Sound for items that speak: a player over QtMultimedia and the big "Listen" button.

QtMultimedia comes with PySide6-Addons, which a lean install may lack, and an old lab PC may have
no speaker at all. Either way the app must not crash or hang: the player reports why it can't play
and the Listen button stays visible but disabled, with a tooltip saying why.
"""

from __future__ import annotations

from types import ModuleType

from PySide6.QtCore import QEvent, QObject, QUrl, Signal
from PySide6.QtWidgets import QPushButton, QWidget

from app.ui.images import icon, icon_size
from app.ui.signals import emit

AUDIO_EXTENSIONS = ("ogg", "opus", "mp3", "wav")

# Why a player cannot play: no QtMultimedia module, or no audio output device.
NO_MULTIMEDIA = "no_multimedia"
NO_DEVICE = "no_device"


def is_audio(name: str) -> bool:
    """True when a media file name is a sound (by its extension)."""
    return name.rpartition(".")[2].lower() in AUDIO_EXTENSIONS


def _multimedia() -> ModuleType | None:
    # A plain import statement (not importlib) so PyInstaller sees it and bundles QtMultimedia.
    try:
        import PySide6.QtMultimedia as multimedia
    except ImportError:
        return None
    return multimedia


class AudioPlayer(QObject):
    """Plays one sound file at a time. ``playing_changed(bool)`` when playback starts or stops.

    ``require_device=False`` plays even without an output device (the backend then decodes and
    discards the sound): tests use it to prove files decode on a machine with no speakers.
    """

    playing_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None, *, require_device: bool = True) -> None:
        super().__init__(parent)
        self._player: QObject | None = None
        self._output: QObject | None = None
        self.problem: str | None = None
        self.last_error = ""
        module = _multimedia()
        if module is None:
            self.problem = NO_MULTIMEDIA
            return
        if require_device and not module.QMediaDevices.audioOutputs():
            self.problem = NO_DEVICE
            return
        self._module = module
        self._player = module.QMediaPlayer(self)
        self._output = module.QAudioOutput(self)
        self._player.setAudioOutput(self._output)
        self._player.playbackStateChanged.connect(self._on_state)
        self._player.errorOccurred.connect(self._on_error)

    @property
    def available(self) -> bool:
        """True when sound can be played."""
        return self._player is not None

    def play(self, path: str) -> bool:
        """Start playing the file at ``path`` from the beginning; False when sound is unavailable."""
        if self._player is None:
            return False
        self.last_error = ""
        self._player.stop()
        self._player.setSource(QUrl.fromLocalFile(path))
        self._player.play()
        return True

    def stop(self) -> None:
        """Stop playing (nothing happens when nothing plays)."""
        if self._player is not None:
            self._player.stop()

    def is_playing(self) -> bool:
        """True while a sound plays."""
        return (
            self._player is not None
            and self._player.playbackState() == self._module.QMediaPlayer.PlaybackState.PlayingState
        )

    def media_status(self) -> str:
        """The backend's media status name (``LoadedMedia``, ``EndOfMedia``, ``InvalidMedia`` …)."""
        return self._player.mediaStatus().name if self._player is not None else ""

    def _on_state(self, _state: object) -> None:
        emit(self.playing_changed, self.is_playing())

    def _on_error(self, _error: object, message: str) -> None:
        # A damaged file is reported, never raised: the child can still answer from the pictures.
        self.last_error = message
        emit(self.playing_changed, False)


class ListenButton(QPushButton):
    """A big "Listen" button (speaker icon and text) that plays one sound; Space or Enter when focused."""

    def __init__(self, player: AudioPlayer, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("listen")
        self.setIcon(icon("listen", 36))
        self.setIconSize(icon_size(36))
        self.setMinimumHeight(56)
        self._path = ""
        self._player = player
        self.clicked.connect(self.play)
        player.playing_changed.connect(self._on_playing)
        self.retranslate()

    def set_player(self, player: AudioPlayer) -> None:
        """Play through another player (the old one is stopped)."""
        self._player.stop()
        self._player.playing_changed.disconnect(self._on_playing)
        self._player = player
        player.playing_changed.connect(self._on_playing)
        self.retranslate()

    def set_sound(self, path: str) -> None:
        """The file this button plays."""
        self._player.stop()
        self._path = path
        self.retranslate()

    def play(self) -> bool:
        """Play the sound (again, from the start); False when it can't."""
        return bool(self._path) and self._player.play(self._path)

    def stop(self) -> None:
        """Stop the sound."""
        self._player.stop()

    def retranslate(self) -> None:
        """Text, accessible name and, when sound can't play, the reason as a tooltip."""
        self.setText(self.tr("Listen"))
        self.setAccessibleName(self.tr("Listen to the word"))
        problem = self._player.problem
        if problem == NO_MULTIMEDIA:
            reason = self.tr("Sound can't play here: this copy of Sabil was installed without its sound part.")
        elif problem == NO_DEVICE:
            reason = self.tr("Sound can't play here: no speakers or headphones were found.")
        else:
            reason = ""
        self.setEnabled(problem is None)
        self.setToolTip(reason or self.tr("Hear the word again"))
        self.setAccessibleDescription(reason)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _on_playing(self, playing: bool) -> None:
        self.setProperty("playing", playing)
        self.style().unpolish(self)
        self.style().polish(self)
