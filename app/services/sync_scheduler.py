"""Background sync: one thread that syncs every few minutes while the app runs, backing off when the
hub cannot be reached (exponential, with jitter, so a lab of 30 PCs does not knock all at once).

No Qt here: the UI starts and stops it and gets ``on_change`` calls from the thread (it must hand
them to the GUI thread itself, e.g. by a queued signal).
"""

from __future__ import annotations

import logging
import random
import threading
from collections.abc import Callable

from app.services.sync import SyncService
from app.services.sync_dto import SyncError, SyncReport
from app.sync.client import Backoff

log = logging.getLogger(__name__)

DEFAULT_INTERVAL = 5 * 60.0
# After failures: waits grow from 30 s to at most 15 min, each drawn with full jitter.
FAILURE_BACKOFF = Backoff(attempts=1_000_000, base=30.0, factor=2.0, cap=15 * 60.0)


class BackgroundSync:
    """Runs ``service.sync_now()`` now and then on a daemon thread; ``start()``, ``stop()``,
    ``sync_soon()`` (e.g. after a hub was found or the learner finished a session)."""

    def __init__(
        self,
        service: SyncService,
        *,
        interval: float = DEFAULT_INTERVAL,
        backoff: Backoff = FAILURE_BACKOFF,
        on_change: Callable[[SyncReport | None, SyncError | None], None] | None = None,
        rng: random.Random | None = None,
        relocate: Callable[[], str | None] | None = None,
    ) -> None:
        """``relocate`` (e.g. ``HubRelocator.relocate``) is asked, when the hub cannot be reached, to
        find it at a new address; if it returns a URL the sync is tried again there at once."""
        self._service = service
        self._relocate = relocate
        self._interval = interval
        self._backoff = backoff
        self._on_change = on_change
        self._rng = rng or random.Random()
        self._wake = threading.Event()
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self.failures = 0
        self.runs = 0

    @property
    def running(self) -> bool:
        """True while the thread is alive."""
        return self._thread is not None and self._thread.is_alive()

    def start(self) -> None:
        """Start the thread (it syncs at once, then every ``interval``); a second call does nothing."""
        if self.running:
            return
        self._stop.clear()
        self._wake.set()
        self._thread = threading.Thread(target=self._loop, name="sabil-sync", daemon=True)
        self._thread.start()

    def stop(self, timeout: float = 30.0) -> None:
        """Stop after the sync in progress (if any) and wait for the thread."""
        self._stop.set()
        self._wake.set()
        if self._thread is not None:
            self._thread.join(timeout)
            self._thread = None

    def sync_soon(self) -> None:
        """Sync now instead of at the next tick (also resets the failure wait)."""
        self._wake.set()

    def next_delay(self) -> float:
        """Seconds to wait before the next try: the interval, or the backoff after failures."""
        if self.failures == 0:
            return self._interval
        return max(1.0, self._backoff.delay(self.failures, self._rng))

    def _loop(self) -> None:
        while not self._stop.is_set():
            self._wake.wait(self.next_delay())
            self._wake.clear()
            if self._stop.is_set():
                return
            if not self._service.status().enrolled:
                continue
            self.run_once()

    def run_once(self) -> SyncReport | None:
        """One sync with the bookkeeping of the loop (public so a caller can run it inline)."""
        report: SyncReport | None = None
        error: SyncError | None = None
        try:
            try:
                report = self._service.sync_now()
            except SyncError as exc:
                if exc.code != "unreachable" or self._relocate is None or self._relocate() is None:
                    raise
                report = self._service.sync_now()
            self.failures = 0
        except SyncError as exc:
            error = exc
            # A refusal (revoked, wrong school) will not heal by itself; keep trying rarely, at the cap.
            self.failures = self.failures + 1 if exc.retryable else max(self.failures + 1, 30)
            log.info("background sync did not complete: %s", exc.message)
        except Exception:  # the thread must survive anything, and say what happened
            log.exception("background sync crashed")
            self.failures += 1
        self.runs += 1
        if self._on_change is not None:
            self._on_change(report, error)
        return report
