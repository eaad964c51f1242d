"""Removable drives (USB sticks) and the ``.sabilpack`` files on them. No Qt here.

``find_packs`` looks only a little way down (the stick's top folder and one level of folders), never
follows links and skips hidden and system folders: a teacher copies packs to the top of a stick or
into a "packs" folder, and a 64 GB stick full of photos must not keep the Packs screen waiting.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

PACK_SUFFIX = ".sabilpack"
# Where desktop Linux (udisks), older mounters and macOS put removable media.
LINUX_MOUNT_PARENTS = ("/media", "/run/media", "/mnt")
MAC_MOUNT_PARENT = "/Volumes"
# Folders a stick carries for the operating system, never packs (and some are slow or forbidden to list).
SKIPPED_FOLDERS = frozenset({"system volume information", "$recycle.bin", "lost+found", "found.000"})
# Windows GetDriveTypeW: only DRIVE_REMOVABLE counts (2). USB hard disks report DRIVE_FIXED (3) and are
# found only when mounted under a media folder elsewhere; on Windows the teacher can still browse.
_DRIVE_REMOVABLE = 2


@dataclass(frozen=True)
class Drive:
    """A mounted removable drive: where it is mounted and the name to show (the volume label)."""

    root: Path
    name: str


def find_packs(roots: Sequence[Path], limit_depth: int = 2) -> list[Path]:
    """Every ``*.sabilpack`` file in ``roots``, at most ``limit_depth`` folder levels down, sorted.

    Depth 1 is the root folder itself, depth 2 adds its sub-folders. Unreadable folders are skipped
    (a stick pulled out while we look simply yields fewer files), links are not followed, and
    hidden files and folders (".Trash-1000", "._x.sabilpack" from macOS) are ignored.
    """
    found: list[Path] = []
    for root in roots:
        _scan(Path(root), limit_depth, found)
    return sorted(set(found), key=lambda p: (str(p.parent).casefold(), p.name.casefold()))


def _scan(folder: Path, depth_left: int, found: list[Path]) -> None:
    if depth_left <= 0:
        return
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return
    for entry in entries:
        if entry.name.startswith(".") or entry.name.casefold() in SKIPPED_FOLDERS:
            continue
        try:
            if entry.is_symlink():
                continue
            if entry.is_file(follow_symlinks=False) and entry.name.casefold().endswith(PACK_SUFFIX):
                found.append(Path(entry.path))
            elif entry.is_dir(follow_symlinks=False):
                _scan(Path(entry.path), depth_left - 1, found)
        except OSError:
            continue


def mount_parents(user: str | None = None) -> list[Path]:
    """The folders under which this operating system mounts removable drives (those that exist)."""
    if sys.platform == "win32":
        return []
    if sys.platform == "darwin":
        candidates = [Path(MAC_MOUNT_PARENT)]
    else:
        user = user or os.environ.get("USER") or os.environ.get("LOGNAME") or ""
        candidates = [Path(p) for p in LINUX_MOUNT_PARENTS]
        if user:
            candidates[1:1] = [Path("/media") / user, Path("/run/media") / user]
    return [p for p in candidates if p.is_dir()]


def is_removable(root: Path, device: str = "") -> bool:
    """Whether a mounted volume is a removable drive a teacher would bring packs on.

    Windows asks the system for the drive type; elsewhere a volume counts when it is mounted under
    one of the media folders (udisks mounts USB sticks there) or its block device says removable.
    """
    if sys.platform == "win32":
        return _windows_drive_type(root) == _DRIVE_REMOVABLE
    text = str(root)
    if sys.platform == "darwin":
        return text.startswith(MAC_MOUNT_PARENT + "/")
    if any(text == p or text.startswith(p + "/") for p in LINUX_MOUNT_PARENTS) and text not in LINUX_MOUNT_PARENTS:
        return True
    return _linux_block_removable(device)


def _linux_block_removable(device: str) -> bool:
    if not device.startswith("/dev/"):
        return False
    name = os.path.basename(os.path.realpath(device))
    block = Path("/sys/class/block") / name
    # A partition's own folder has no "removable" file; its parent (the whole disk) does.
    for candidate in (block / "removable", block.resolve().parent / "removable"):
        try:
            return candidate.read_text().strip() == "1"
        except OSError:
            continue
    return False


def _windows_drive_type(root: Path) -> int:
    import ctypes

    return int(ctypes.windll.kernel32.GetDriveTypeW(ctypes.c_wchar_p(str(root))))  # type: ignore[attr-defined]


def parse_mounts(text: str) -> list[tuple[str, Path]]:
    """``(device, mount point)`` pairs from the text of ``/proc/self/mounts`` (octal escapes decoded)."""
    mounts = []
    for line in text.splitlines():
        fields = line.split()
        if len(fields) >= 2:
            mounts.append((_unescape(fields[0]), Path(_unescape(fields[1]))))
    return mounts


def _unescape(field: str) -> str:
    # The kernel writes a space as \040, a tab as \011 and so on; "USB DISK" must keep its space.
    raw = field.encode("utf-8").decode("unicode_escape").encode("latin-1")
    return raw.decode("utf-8", errors="replace")


def removable_drives() -> list[Drive]:
    """The removable drives mounted now, from the operating system (no Qt; the UI may use QStorageInfo)."""
    if sys.platform == "win32":
        return _windows_drives()
    if sys.platform == "darwin":
        parent = Path(MAC_MOUNT_PARENT)
        roots = [p for p in parent.iterdir() if p.is_dir() and not p.is_symlink()] if parent.is_dir() else []
        return drives_from([(str(p), p) for p in roots])
    try:
        text = Path("/proc/self/mounts").read_text(encoding="utf-8", errors="replace")
    except OSError:
        return []
    return drives_from(parse_mounts(text))


def drives_from(mounts: Iterable[tuple[str, Path]]) -> list[Drive]:
    """The removable ones among ``(device, mount point)`` pairs, each once, named by its folder."""
    seen: dict[Path, Drive] = {}
    for device, root in mounts:
        if root in seen or not is_removable(root, device):
            continue
        seen[root] = Drive(root=root, name=root.name or str(root))
    return sorted(seen.values(), key=lambda d: str(d.root).casefold())


def _windows_drives() -> list[Drive]:
    import ctypes
    import string

    mask = ctypes.windll.kernel32.GetLogicalDrives()  # type: ignore[attr-defined]
    letters = [f"{letter}:\\" for index, letter in enumerate(string.ascii_uppercase) if mask >> index & 1]
    return [Drive(root=Path(root), name=root[:2]) for root in letters if is_removable(Path(root))]
