"""Bringing a pack's media into the content-addressed store in one pass, with nothing left on failure.

Each file is streamed once from the zip into ``media/.incoming/<pid>-<sha256>.<ext>.tmp`` while it
is hashed, so reading the stick, checking the hash and writing the copy are one pass over the bytes.
The temporary files are fsynced before the database transaction commits; only after the commit are
they renamed to their real names (``media/ab/<sha256>.<ext>``). So at every instant the real names
in the media folder are exactly the files the committed database knows, and a process killed at
any point leaves at most temporary files, which ``recover_incoming`` resolves at the next start or
import: a temporary file whose hash the database has committed is moved into place (the commit
happened, the rename did not), any other is deleted.
"""

from __future__ import annotations

import ctypes
import errno
import functools
import hashlib
import logging
import os
import struct
import sys
import threading
import time
import zipfile
import zlib
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from app.content_packs.errors import PackError
from app.content_packs.limits import SNIFF_BYTES
from app.content_packs.model import MediaEntry
from app.services.media_store import MediaStore, extension_of

log = logging.getLogger(__name__)

INCOMING = ".incoming"
_CHUNK = 4 * 1024 * 1024  # most pictures and recordings fit in one read
_EXTRA_SLACK = 64  # bytes read past a local header's name in the same call, for its extra field
_HAS_PREADV = hasattr(os, "preadv")  # Linux, macOS, BSD; Windows seeks, then reads
_O_BINARY = getattr(os, "O_BINARY", 0)  # Windows would otherwise translate line ends
_FULL_CHECK_EXTENSIONS = ("svg",)  # text formats whose whole content must be checked (scripts, entities)
_STALE_SECONDS = 24 * 3600
_LOCAL_HEADER = struct.Struct("<4s5H3I2H")  # a zip local file header, before its name and extra field

HeadCheck = Callable[[str, bytes], "str | None"]  # (file name, first bytes) -> problem
FullCheck = Callable[[bytes], "str | None"]  # whole content -> problem


class PackMediaSource:
    """Reads the media entries of one pack file, each as a series of chunks.

    A stored (uncompressed) entry is read straight from the file at its data offset: that is a
    plain copy, and its integrity is proven by the sha256 the importer checks (stronger than the
    zip's CRC). A file of up to ``_CHUNK`` bytes costs one read for its local header, name and
    content together (positioned reads where the OS has them), because on a busy two-core PC every
    system call the media threads make is a wait for the interpreter lock. Deflated entries go
    through ``zipfile``.
    """

    def __init__(self, pack_path: Path) -> None:
        self._raw = open(pack_path, "rb", buffering=0)  # noqa: SIM115 - closed by close()
        try:
            self._zip = zipfile.ZipFile(pack_path)
        except BaseException:
            self._raw.close()
            raise
        self._buffer = bytearray(_CHUNK)

    def close(self) -> None:
        """Release the file handles."""
        self._zip.close()
        self._raw.close()

    def __enter__(self) -> PackMediaSource:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def chunks(self, name: str, limit: int) -> Iterator[memoryview | bytes]:
        """The content of entry ``name`` in chunks; stops after ``limit`` + 1 bytes (a lying size)."""
        info = self._zip.getinfo(name)
        if info.compress_type != zipfile.ZIP_STORED:
            with self._zip.open(info) as stream:
                read = 0
                while read <= limit and (chunk := stream.read(_CHUNK)):
                    read += len(chunk)
                    yield chunk
            return
        view = memoryview(self._buffer)
        remaining = min(info.compress_size, limit + 1)
        names = (info.filename.encode("utf-8"), info.orig_filename.encode("cp437", "replace"))
        wanted = min(_CHUNK, _LOCAL_HEADER.size + len(names[0]) + _EXTRA_SLACK + remaining)
        got = self._read_at(view[:wanted], info.header_offset)
        data_start = _stored_data_start(view[:got], names, info.filename)
        offset = info.header_offset + data_start
        if data_start < got:  # the first bytes of the content came with the header
            first = view[data_start:min(got, data_start + remaining)]
            remaining -= len(first)
            offset += len(first)
            yield first
        while remaining > 0:
            count = self._read_at(view[: min(_CHUNK, remaining)], offset)
            if not count:
                raise EOFError(f"{name} is cut short")
            remaining -= count
            offset += count
            yield view[:count]

    def _read_at(self, view: memoryview, offset: int) -> int:
        """Fill ``view`` from ``offset`` as far as the file goes; how many bytes were read."""
        if _HAS_PREADV:
            done = 0
            while done < len(view):
                count = os.preadv(self._raw.fileno(), [view[done:]], offset + done)
                if not count:
                    break
                done += count
            return done
        self._raw.seek(offset)
        done = 0
        while done < len(view) and (count := self._raw.readinto(view[done:])):
            done += count
        return done


def _stored_data_start(head: memoryview, names: tuple[bytes, bytes], filename: str) -> int:
    """Where a stored entry's bytes begin after its local header (at the start of ``head``), checking
    that the header is one and names the same file as the zip's directory."""
    if len(head) < _LOCAL_HEADER.size or bytes(head[:4]) != b"PK\x03\x04":
        raise zipfile.BadZipFile(f"bad local header for {filename}")
    name_length, extra_length = _LOCAL_HEADER.unpack(head[:_LOCAL_HEADER.size])[-2:]
    name = bytes(head[_LOCAL_HEADER.size:_LOCAL_HEADER.size + name_length])
    if len(name) != name_length or name not in names:
        raise zipfile.BadZipFile(f"the local header of {filename} names another file")
    return _LOCAL_HEADER.size + name_length + extra_length


class MediaImport:
    """The media one import adds: streamed to temporary files, published after the DB commit."""

    def __init__(
        self,
        store: MediaStore,
        head_check: HeadCheck | None = None,
        full_check: FullCheck | None = None,
        *,
        check_content_when_not_copying: bool = False,
    ) -> None:
        self._store = store
        self._incoming = store.root / INCOMING
        self._head_check = head_check
        self._full_check = full_check
        # An import skips the content checks of files the store already holds (their bytes were
        # checked when first stored and the hash proves them equal); `sabil pack verify` checks all.
        self._check_uncopied = check_content_when_not_copying
        self._pending: list[tuple[Path, Path]] = []  # (temporary file, final name); appended by worker threads
        self._incoming_made = False
        self._synced = 0  # how many of the pending files are durable
        self._sync_lock = threading.Lock()

    @property
    def pending_files(self) -> int:
        """How many files wait to be published."""
        return len(self._pending)

    def stream(
        self,
        source: PackMediaSource,
        entry: MediaEntry,
        on_chunk: Callable[[int], None] | None = None,
        *,
        copy: bool = True,
    ) -> None:
        """Copy one media file from ``source`` to a temporary file, checking its size, hash and content.

        With ``copy=False`` the file is only read and checked (the store already holds it).
        Raises PackError (``media_hash_mismatch``, ``corrupt_entry``, ``media_content``,
        ``disk_full``, ``copy_failed``) after removing the partial file; the caller discards the rest.
        """
        name = f"media/{entry.path}"
        extension = extension_of(entry.path)
        temp = self._incoming / f"{os.getpid()}-{entry.sha256}.{extension or 'bin'}.tmp"
        digest = hashlib.sha256()
        size = 0
        head = bytearray()
        check_content = copy or self._check_uncopied
        keep_all = check_content and extension in _FULL_CHECK_EXTENSIONS and self._full_check is not None
        whole = bytearray()
        out: list[int] = []  # the temporary file's descriptor while it is open
        try:
            if copy:
                if not self._incoming_made:  # once per import, not once per file
                    self._incoming.mkdir(parents=True, exist_ok=True)
                    self._incoming_made = True
                # os-level calls: each Python-level I/O call is another wait for the interpreter lock
                out.append(os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | _O_BINARY, 0o666))
            for chunk in source.chunks(name, entry.size):
                size += len(chunk)
                if size > entry.size:
                    raise PackError("media_hash_mismatch", "the file is larger than pack.json says", name)
                digest.update(chunk)
                if out:
                    _write_all(out[0], chunk)
                if len(head) < SNIFF_BYTES:
                    head += chunk[: SNIFF_BYTES - len(head)]
                if keep_all:
                    whole += chunk
                if on_chunk is not None:
                    on_chunk(len(chunk))
            if out:
                _start_writeback(out[0])
                os.close(out.pop())
            if size != entry.size or digest.hexdigest() != entry.sha256:
                raise PackError("media_hash_mismatch", "the file's content differs from pack.json (damaged or altered)",
                                name)
            if check_content:
                problem = self._head_check(entry.path, bytes(head)) if self._head_check else None
                if problem is None and keep_all:
                    problem = self._full_check(bytes(whole))  # type: ignore[misc]
                if problem is not None:
                    raise PackError("media_content", problem, name)
        except FileExistsError as exc:
            raise PackError("media_busy", "another import is writing the same file right now", name) from exc
        except OSError as exc:
            _close_and_remove(out, temp, created=copy)
            if exc.errno == errno.ENOSPC:
                raise PackError("disk_full", "the disk became full while the pack was copied", name) from exc
            raise PackError("copy_failed", f"the file could not be copied ({exc.strerror or exc})", name) from exc
        except (zipfile.BadZipFile, zlib.error, EOFError, ValueError, KeyError) as exc:
            _close_and_remove(out, temp, created=copy)
            raise PackError("corrupt_entry", "the file inside the pack is damaged", name) from exc
        except BaseException:
            _close_and_remove(out, temp, created=copy)
            raise
        if copy:
            self._pending.append((temp, self._store.path_for(entry.sha256, extension)))

    def sync(self) -> None:
        """Make every temporary file durable: called once, before the database commit.

        On Linux one ``syncfs`` of the media folder's file system writes them all out at once
        (a thousand fsyncs cost seconds); elsewhere each file is fsynced.
        """
        with self._sync_lock:
            pending = len(self._pending)
            if pending == self._synced:  # nothing copied since the last sync (or at all: no folder was made)
                return
            if not _syncfs(self._incoming):
                for temp, _ in self._pending[self._synced:pending]:
                    fd = os.open(temp, os.O_RDONLY)
                    try:
                        os.fsync(fd)
                    finally:
                        os.close(fd)
                _fsync_dir(self._incoming)
            self._synced = pending

    def publish(self) -> None:
        """Move the temporary files to their real names: called right after the database commit.

        The renames are not fsynced one folder at a time: if a power cut loses some, the durable
        temporary files are still in ``.incoming`` and ``recover_incoming`` moves them at the next
        start, because the database says they were committed.
        """
        made: set[Path] = set()
        for temp, final in self._pending:
            if final.parent not in made:
                final.parent.mkdir(parents=True, exist_ok=True)
                made.add(final.parent)
            os.replace(temp, final)
        self._pending.clear()
        self._synced = 0

    def discard(self) -> None:
        """Delete the temporary files: the import failed or was cancelled before its commit."""
        for temp, _ in self._pending:
            temp.unlink(missing_ok=True)
        self._pending.clear()
        self._synced = 0


def _close_and_remove(out: list[int], temp: Path, created: bool) -> None:
    """Close the temporary file if still open and delete it if this call created it."""
    if out:
        os.close(out.pop())
    if created:
        temp.unlink(missing_ok=True)


def _write_all(fd: int, data: memoryview | bytes) -> None:
    view = memoryview(data)
    while view:
        view = view[os.write(fd, view):]


_SYNC_FILE_RANGE_WRITE = 2  # <linux/fs.h>: start writing the range out, do not wait


@functools.cache
def _sync_file_range() -> Callable[[int, int, int, int], int] | None:
    if not sys.platform.startswith("linux"):
        return None
    try:
        function = ctypes.CDLL(None, use_errno=True).sync_file_range
    except (OSError, AttributeError):
        return None
    function.argtypes = (ctypes.c_int, ctypes.c_int64, ctypes.c_int64, ctypes.c_uint)
    return function  # type: ignore[no-any-return]


def _start_writeback(fd: int) -> None:
    """Ask the kernel to start writing a finished copy to disk now, without waiting for it.

    Otherwise the whole pack's data is written by the one ``syncfs`` before the commit, after
    validation; started file by file, the disk works while the pack is still being validated.
    Durability still comes from that ``syncfs`` (or the fsyncs): this only moves the work earlier.
    """
    function = _sync_file_range()
    if function is not None:
        function(fd, 0, 0, _SYNC_FILE_RANGE_WRITE)  # a failure only means the final sync does it all


def _syncfs(folder: Path) -> bool:
    """syncfs(2) on the file system holding ``folder``; False where it is not available."""
    if not sys.platform.startswith("linux"):
        return False
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        syncfs = libc.syncfs
    except (OSError, AttributeError):
        return False
    fd = os.open(folder, os.O_RDONLY)
    try:
        if syncfs(fd) != 0:
            error = ctypes.get_errno()
            raise OSError(error, os.strerror(error), str(folder))
    finally:
        os.close(fd)
    return True


def recover_incoming(store: MediaStore, committed: Callable[[Iterable[str]], set[str]]) -> int:
    """Resolve temporary files left by imports that were killed; returns how many were handled.

    ``committed(hashes)`` returns which of ``hashes`` the database holds. Files of a process that is
    still running (another import right now) are left alone.
    """
    incoming = store.root / INCOMING
    if not incoming.is_dir():
        return 0
    leftovers: list[tuple[Path, str, str]] = []
    for temp in incoming.iterdir():
        parsed = _parse_temp_name(temp.name)
        if parsed is None:
            temp.unlink(missing_ok=True)
            continue
        pid, sha256, extension = parsed
        # An import is never this slow: a "live" owner that old is a reused process id.
        try:
            stale = time.time() - temp.stat().st_mtime > _STALE_SECONDS
        except FileNotFoundError:
            continue  # its own import just renamed or removed it
        if not stale and (pid == os.getpid() or _process_alive(pid)):
            continue
        leftovers.append((temp, sha256, extension))
    if not leftovers:
        return 0
    known = committed({sha for _, sha, _ in leftovers})
    for temp, sha256, extension in leftovers:
        final = store.path_for(sha256, "" if extension == "bin" else extension)
        if sha256 in known and not final.exists() and _hash_of(temp) == sha256:
            final.parent.mkdir(parents=True, exist_ok=True)
            os.replace(temp, final)
            log.info("finished an interrupted import's media file %s", final.name)
        else:
            temp.unlink(missing_ok=True)
    return len(leftovers)


def _parse_temp_name(name: str) -> tuple[int, str, str] | None:
    if not name.endswith(".tmp"):
        return None
    pid_text, _, rest = name[: -len(".tmp")].partition("-")
    sha256, _, extension = rest.partition(".")
    if not pid_text.isdigit() or len(sha256) != 64 or not extension:
        return None
    return int(pid_text), sha256, extension


def _process_alive(pid: int) -> bool:
    if os.name != "posix":
        # Windows has no cheap liveness probe here; files of a running import there are only
        # at risk if two Sabil processes import at once on one data folder, which the UI prevents.
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # another user's live process
    return True


def _hash_of(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        while chunk := handle.read(_CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def _fsync_dir(folder: Path) -> None:
    # Makes renames durable on POSIX; Windows cannot open directories and needs no such step.
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
