"""Start reading a pack file from its stick at once, while the import is still starting up.

From a USB stick an import is limited by the stick (20-100 MB/s), and the importer's first second
(starting Python, opening the database, parsing and validating pack.json) would otherwise leave it
idle. Asking the OS to read the file ahead puts the stick to work from the first moment: the media
pass then finds most of its bytes already in memory. Nothing is trusted or written here; the bytes
are still hashed and checked as they are copied.
"""

from __future__ import annotations

import logging
import os
import threading
from pathlib import Path

log = logging.getLogger(__name__)

_CHUNK = 1024 * 1024
_WINDOW = 2 * 1024 * 1024  # about what Linux reads ahead for one advice
_AHEAD = 4 * _WINDOW  # queued in front of the stick at most
# Read ahead at most this share of the memory available now: a pack bigger than that would push
# its own first pages out before the import reads them (old school PCs have 2-4 GB).
_MEMORY_SHARE = 4
_lock = threading.Lock()
_running: dict[str, threading.Thread] = {}  # absolute path -> the thread reading it ahead


def prefetch_pack(path: Path | str) -> threading.Thread | None:
    """Begin reading ``path`` into the OS's file cache on a daemon thread; returns the thread (or None).

    A file already being read ahead is not read twice: `sabil pack import` starts reading before it
    loads the database layer, then ``install_file`` asks again; the running thread is returned.
    Never raises: a file that cannot be opened is the importer's to report, with its own message.
    """
    key = os.path.abspath(path)
    with _lock:
        running = _running.get(key)
        if running is not None and running.is_alive():
            return running
        try:
            size = os.path.getsize(path)
        except OSError:
            return None
        limit = min(size, _available_memory() // _MEMORY_SHARE)
        if limit <= 0:
            return None
        thread = threading.Thread(target=_read_ahead, args=(Path(path), limit), name="sabil-pack-prefetch",
                                  daemon=True)
        # Finished threads are dropped as new ones start: the table holds the packs being read now.
        for other in [k for k, t in _running.items() if not t.is_alive()]:
            del _running[other]
        _running[key] = thread
        thread.start()
    return thread


def _read_ahead(path: Path, limit: int) -> int:
    """Bring the first ``limit`` bytes of ``path`` into the file cache; how many bytes it covered."""
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_BINARY", 0))
    except OSError:
        return 0
    try:
        if hasattr(os, "posix_fadvise"):
            return _advise_ahead(fd, limit)
        return _read_through(fd, limit)
    except OSError as exc:
        log.debug("reading %s ahead stopped: %s", path, exc)
        return 0
    finally:
        os.close(fd)


def _advise_ahead(fd: int, limit: int) -> int:
    # The kernel reads each advised window in the background, without copying a byte to us (a file
    # already cached costs nothing). Only a few windows are queued at a time: with the whole file
    # queued at once, the importer's own first reads (the zip's directory and pack.json, at the end
    # of the file) would wait behind it. Reading one byte at the end of the oldest window waits
    # until the stick has delivered it, which paces the queue to the stick's speed.
    advised = done = 0
    while done < limit:
        while advised < limit and advised - done < _AHEAD:
            count = min(_WINDOW, limit - advised)
            os.posix_fadvise(fd, advised, count, os.POSIX_FADV_WILLNEED)
            advised += count
        done = min(done + _WINDOW, limit)
        os.pread(fd, 1, done - 1)
    return done


def _read_through(fd: int, limit: int) -> int:
    # Where there is no posix_fadvise (Windows), reading the file fills the system cache the same
    # way; one chunk at a time, so an urgent read of the importer waits for one chunk at most.
    # readinto releases the interpreter lock, so the starting import is not held up.
    buffer = bytearray(_CHUNK)
    done = 0
    os.lseek(fd, 0, os.SEEK_SET)
    with os.fdopen(os.dup(fd), "rb", buffering=0) as stream:
        while done < limit and (count := stream.readinto(buffer)):
            done += count
    return done


def _available_memory() -> int:
    """Bytes of memory available now (free, or held by caches the OS can drop), or a modest guess."""
    try:
        with open("/proc/meminfo", encoding="ascii") as meminfo:  # Linux
            for line in meminfo:
                if line.startswith("MemAvailable:"):
                    return int(line.split()[1]) * 1024
    except (OSError, ValueError, IndexError):
        pass
    try:
        import ctypes

        class _MemoryStatus(ctypes.Structure):
            _fields_ = [("length", ctypes.c_ulong), ("load", ctypes.c_ulong), ("total_phys", ctypes.c_ulonglong),
                        ("avail_phys", ctypes.c_ulonglong), ("total_page", ctypes.c_ulonglong),
                        ("avail_page", ctypes.c_ulonglong), ("total_virtual", ctypes.c_ulonglong),
                        ("avail_virtual", ctypes.c_ulonglong), ("avail_extended", ctypes.c_ulonglong)]

        status = _MemoryStatus()
        status.length = ctypes.sizeof(_MemoryStatus)
        if ctypes.windll.kernel32.GlobalMemoryStatusEx(ctypes.byref(status)):  # type: ignore[attr-defined]
            return int(status.avail_phys)
    except (AttributeError, OSError):
        pass
    return 1024 * 1024 * 1024
