"""Notices USB sticks being plugged in or pulled out, and says which removable drives are mounted now.

Two ways in, because neither is enough alone: a QTimer polls the mounted volumes every two seconds
(``QStorageInfo.mountedVolumes()`` is a cheap read of the mount table, and works on Windows drive
letters too), and a QFileSystemWatcher on the folders sticks get mounted under (/media/$USER,
/run/media/$USER, /mnt, /Volumes) wakes a check within a fraction of a second on desktop Linux/macOS.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QFileSystemWatcher, QObject, QStorageInfo, QTimer, Signal

from app.services.drives import Drive, drives_from, mount_parents
from app.ui.signals import emit

POLL_MS = 2000
# A new folder under /media appears a moment before the filesystem is mounted in it: look again shortly.
SETTLE_MS = 300

DriveProvider = Callable[[], list[Drive]]


def mounted_removable_drives() -> list[Drive]:
    """Removable drives among Qt's mounted volumes, named by their volume label when they have one."""
    mounts = []
    labels: dict[Path, str] = {}
    for volume in QStorageInfo.mountedVolumes():
        if not volume.isValid() or not volume.isReady():
            continue
        root = Path(volume.rootPath())
        mounts.append((bytes(volume.device()).decode("utf-8", errors="replace"), root))
        if volume.name():
            labels[root] = volume.name()
    return [Drive(root=d.root, name=labels.get(d.root, d.name)) for d in drives_from(mounts)]


class DriveWatcher(QObject):
    """Emits ``drives_changed(list[Drive])`` whenever the set of mounted removable drives changes.

    ``provider`` lists the drives (the operating system's by default; tests give real temporary
    folders standing for sticks). ``start()`` checks at once and then keeps watching.
    """

    drives_changed = Signal(list)

    def __init__(
        self,
        provider: DriveProvider | None = None,
        poll_ms: int = POLL_MS,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._provider = provider or mounted_removable_drives
        self._drives: list[Drive] = []
        self._poll = QTimer(self)
        self._poll.setInterval(poll_ms)
        self._poll.timeout.connect(self.refresh)
        self._settle = QTimer(self)
        self._settle.setSingleShot(True)
        self._settle.setInterval(SETTLE_MS)
        self._settle.timeout.connect(self._settled)
        self._content_changed = False
        self._watcher = QFileSystemWatcher(self)
        self._watcher.directoryChanged.connect(self._directory_changed)

    @property
    def drives(self) -> list[Drive]:
        """The removable drives seen at the last check."""
        return list(self._drives)

    def set_provider(self, provider: DriveProvider) -> None:
        """List drives with ``provider`` from the next check on."""
        self._provider = provider

    def start(self) -> None:
        """Look now, then keep watching until ``stop()``."""
        parents = [str(p) for p in mount_parents()]
        if parents:
            self._watcher.addPaths(parents)
        self.refresh(force=True)
        self._poll.start()

    def stop(self) -> None:
        """Stop watching (the Packs screen is closed: no need to keep polling)."""
        self._poll.stop()
        self._settle.stop()
        watched = self._watcher.directories()
        if watched:
            self._watcher.removePaths(watched)
        self._drives = []  # the next start() reports (and watches) every drive afresh

    def is_active(self) -> bool:
        """True while the watcher polls."""
        return self._poll.isActive()

    def refresh(self, force: bool = False) -> None:
        """Check the drives now; emit ``drives_changed`` if they differ from last time (or ``force``)."""
        try:
            current = [d for d in self._provider() if d.root.is_dir()]
        except OSError:
            current = []
        if force or current != self._drives:
            self._watch_roots(self._drives, current)
            self._drives = current
            emit(self.drives_changed, list(current))

    def _watch_roots(self, before: list[Drive], after: list[Drive]) -> None:
        # A drive's top folder is watched too: packs copied onto a stick already in show up without replugging.
        gone = [str(d.root) for d in before if d not in after and str(d.root) in self._watcher.directories()]
        new = [str(d.root) for d in after if d not in before]
        if gone:
            self._watcher.removePaths(gone)
        if new:
            self._watcher.addPaths(new)

    def _directory_changed(self, path: str) -> None:
        if any(str(d.root) == path for d in self._drives):
            self._content_changed = True
        self._settle.start()

    def _settled(self) -> None:
        changed, self._content_changed = self._content_changed, False
        self.refresh(force=changed)
