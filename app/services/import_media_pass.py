"""The media half of an import, run on a helper thread while the main thread validates pack.json.

Reading, hashing and writing media wait on the disk and on hashlib, which release the GIL, while
validating 20,000 items is pure Python: on a two-core school PC the two overlap almost perfectly.
The files listed in pack.json are known before validation ends (``claimed_pack`` reads them from
the same bytes the reader validates, and the importer checks both agree before committing), so
nothing unvalidated is ever committed: the media pass only fills temporary files, which a failed
validation discards.
"""

from __future__ import annotations

import json
import re
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app.content_packs.media import media_name_problem
from app.content_packs.model import MediaEntry
from app.services.media_import import MediaImport, PackMediaSource

_SHA256 = re.compile(r"[0-9a-f]{64}")


@dataclass(frozen=True)
class ClaimedPack:
    """What pack.json claims before it is validated: enough to plan the media pass and the progress."""

    id: str
    media: tuple[MediaEntry, ...]
    skills: int
    items: int


def claimed_pack(pack_json: bytes) -> ClaimedPack | None:
    """The media list and counts pack.json claims, or None when it is not well-formed enough to plan with.

    Only names that are safe file names and hashes that are 64 hex digits are accepted: these
    values name temporary files before the full validation has run.
    """
    try:
        data = json.loads(pack_json)
    except (ValueError, RecursionError):
        return None
    return claimed_from_document(data)


def claimed_from_document(data: Any) -> ClaimedPack | None:
    """``claimed_pack`` of pack.json already parsed (an importer parses it once, strictly)."""
    if not isinstance(data, dict):
        return None
    media, skills, items = data.get("media"), data.get("skills"), data.get("items")
    if not isinstance(media, list) or not isinstance(skills, list) or not isinstance(items, list):
        return None
    entries = []
    for entry in media:
        if not isinstance(entry, dict):
            return None
        path, sha256, size = entry.get("path"), entry.get("sha256"), entry.get("size")
        if not isinstance(path, str) or media_name_problem(path) is not None:
            return None
        if not isinstance(sha256, str) or not _SHA256.fullmatch(sha256):
            return None
        if not isinstance(size, int) or isinstance(size, bool) or size < 0:
            return None
        entries.append(MediaEntry(path=path, sha256=sha256, size=size))
    pack_id = data.get("id")
    return ClaimedPack(pack_id if isinstance(pack_id, str) else "", tuple(entries), len(skills), len(items))


class MediaPass:
    """Streams every planned media file (copy, or check only) on helper threads.

    ``on_chunk(entry)`` gives the per-chunk progress callback of one file and ``on_file_done(entry)``
    is called when it is read and checked; an exception either raises (a cancel) stops the pass
    and is re-raised by ``join``. ``stop()`` asks the pass to end early (validation failed).

    With ``workers`` > 1 several files are in flight at once, each worker with its own handle on
    the pack: hashing and file I/O release the GIL, so one file is hashed while the next one's
    temporary file is being created (about a millisecond per file on ext4 or NTFS). When the last
    file is in, the pass makes the copies durable (``MediaImport.sync``) before ``join`` returns.
    """

    def __init__(
        self,
        pack_path: Path,
        plan: Sequence[tuple[MediaEntry, bool]],
        incoming: MediaImport,
        on_chunk: Callable[[MediaEntry], Callable[[int], None]],
        on_file_done: Callable[[MediaEntry], None],
        *,
        workers: int = 1,
    ) -> None:
        self._pack_path = pack_path
        self._incoming = incoming
        self._on_chunk = on_chunk
        self._on_file_done = on_file_done
        self._jobs = iter(plan)
        self._lock = threading.Lock()
        self._stopping = threading.Event()
        self._error: BaseException | None = None
        count = max(1, min(workers, len(plan)))
        self._threads = [
            threading.Thread(target=self._run, name=f"sabil-media-pass-{n}", daemon=True) for n in range(count)
        ]
        self._running = count

    def start(self) -> MediaPass:
        """Begin streaming on the helper threads."""
        for thread in self._threads:
            thread.start()
        return self

    def stop(self) -> None:
        """Ask the pass to stop after the current chunk."""
        self._stopping.set()

    def join(self) -> None:
        """Wait for the pass; re-raise what stopped it (a PackError, a cancel, an OSError...)."""
        self.join_quietly()
        if self._error is not None:
            raise self._error

    def join_quietly(self) -> None:
        """Wait for the pass, dropping its error: the importing thread has a better one to report."""
        for thread in self._threads:
            thread.join()

    def _next_job(self) -> tuple[MediaEntry, bool] | None:
        with self._lock:
            return None if self._stopping.is_set() else next(self._jobs, None)

    def _run(self) -> None:
        try:
            self._stream_jobs()
            with self._lock:
                self._running -= 1
                last = self._running == 0 and not self._stopping.is_set()
            if last:
                # The copies are made durable here, in one call that needs no interpreter lock,
                # while the importing thread may still be validating.
                self._incoming.sync()
        except _Stopped:
            return
        except BaseException as exc:  # handed to join(), on the importing thread
            with self._lock:
                if self._error is None:
                    self._error = exc
            self._stopping.set()  # the other workers stop at their next chunk

    def _stream_jobs(self) -> None:
        source: PackMediaSource | None = None
        try:
            while (job := self._next_job()) is not None:
                entry, copy = job
                if source is None:
                    source = PackMediaSource(self._pack_path)
                report = self._on_chunk(entry)

                def on_chunk(count: int, report: Callable[[int], None] = report) -> None:
                    if self._stopping.is_set():
                        raise _Stopped()
                    report(count)

                self._incoming.stream(source, entry, on_chunk, copy=copy)
                self._on_file_done(entry)
        finally:
            if source is not None:
                source.close()


class _Stopped(Exception):
    """The importing thread asked the media pass to stop (its own error is the one to report)."""
