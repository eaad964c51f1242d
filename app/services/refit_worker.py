"""The hub's low-frequency refit of the learner model, on a background thread of its own.

One implementation for both kinds of hub: the class hub inside the teacher's Sabil
(``HubRunner``) and a hub run headless by ``sabil serve`` on its data folder (a school server in a
cupboard). ``RefitWorker.start()`` checks at once (answers that arrived while the hub was stopped
count straight away), then every ``interval`` seconds or when woken (``wake()``, e.g. after the
in-app hub rebuilt learners from a push); each check calls ``model_refit.refit_if_due`` for every
installed pack, one fit at a time. A failed fit is logged and never stops the thread: nothing was
remembered, so the next check tries again. ``stop()`` lets the fit in progress finish (up to a
timeout) and returns; kept parameters are swapped in whole, so stopping never leaves half a file.

numpy and the fitting are imported on the worker's thread, when it first runs: the in-app hub imports
this module at start-up, and its ``start()`` is called from the UI's worker.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from sqlalchemy import select

from app.config import Paths
from app.storage.database import Database
from app.storage.models import Pack

if TYPE_CHECKING:
    from app.services.model_refit import RefitOutcome, RefitPolicy

log = logging.getLogger(__name__)

THREAD_NAME = "sabil-hub-refit"
# A hub also wakes the worker after new answers; this is only the longest it goes without looking.
REFIT_CHECK_SECONDS = 600.0
STOP_TIMEOUT = 15.0

OnFitting = Callable[[str, int, int], None]
OnOutcome = Callable[["RefitOutcome"], None]


def _utc_now() -> datetime:
    return datetime.now(UTC)


class RefitWorker:
    """Refits the learner model of every installed pack when due, on a daemon thread.

    ``policy`` (default ``RefitPolicy()``) may be changed between checks. ``on_fitting(pack_id,
    answers, learners)`` is called when a fit begins and ``on_outcome(outcome)`` after every pack
    checked (``not_due`` ones included), both on the worker's thread; an exception they raise is
    logged like a failed fit.
    """

    def __init__(
        self,
        db: Database,
        paths: Paths,
        *,
        policy: RefitPolicy | None = None,
        interval: float = REFIT_CHECK_SECONDS,
        on_fitting: OnFitting | None = None,
        on_outcome: OnOutcome | None = None,
        clock: Callable[[], datetime] = _utc_now,
    ) -> None:
        self._db = db
        self._paths = paths
        self.policy = policy
        self._interval = interval
        self._on_fitting = on_fitting
        self._on_outcome = on_outcome
        self._clock = clock
        self._fit_lock = threading.Lock()  # one fit at a time, whoever asks
        self._wake = threading.Event()
        # Each run has its own stop event: a thread still finishing a fit after a timed-out stop
        # exits on its own event and never swallows a later start's.
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    @property
    def running(self) -> bool:
        """True between ``start`` and ``stop``."""
        thread = self._thread
        return thread is not None and thread.is_alive()

    def start(self) -> None:
        """Start the thread (a running worker is left as it is); the first check runs at once."""
        if self.running:
            return
        self._stop = threading.Event()
        self._wake.set()
        self._thread = threading.Thread(target=self._loop, args=(self._stop,), name=THREAD_NAME, daemon=True)
        self._thread.start()
        log.info("learner-model refit worker started (checks every %.0f s)", self._interval)

    def wake(self) -> None:
        """Check soon (new answers may have made a refit due); a no-op while stopped."""
        self._wake.set()

    def stop(self, timeout: float = STOP_TIMEOUT) -> bool:
        """Stop checking; wait up to ``timeout`` seconds for a fit in progress to finish.

        Returns False when a fit was still running then: it finishes on its daemon thread, or dies
        with the process before anything is remembered, so the next start tries it again.
        """
        thread, stop = self._thread, self._stop
        if thread is None:
            return True
        stop.set()
        self._wake.set()
        thread.join(timeout)
        self._thread = None
        if thread.is_alive():
            log.warning("a learner-model refit was still running %.0f s after the hub stopped; not waiting", timeout)
            return False
        log.info("learner-model refit worker stopped")
        return True

    def refit_now(self, stop: threading.Event | None = None) -> list[RefitOutcome]:
        """Refit every installed pack's learner model that is due, on the calling thread (one fit at a
        time); a pack whose refit fails is logged and skipped. Returns the outcomes of the others.

        ``stop``, once set, skips the packs not yet checked (a stopping hub does not start a fit).
        """
        from app.services.model_refit import refit_if_due  # numpy and the fitting: only when refitting

        with self._fit_lock:
            with self._db.session() as session:
                pack_ids = list(session.scalars(select(Pack.id).order_by(Pack.id)))
            outcomes = []
            for pack_id in pack_ids:
                if stop is not None and stop.is_set():
                    break  # stopping: a fit can wait for the next start
                try:
                    outcome = refit_if_due(
                        self._db, self._paths, pack_id, now=self._clock(), policy=self.policy,
                        on_fitting=self._on_fitting,
                    )
                    if self._on_outcome is not None:
                        self._on_outcome(outcome)
                except Exception:  # a failed fit never stops the hub; the next check tries again
                    log.exception("refitting the learner model of %s failed", pack_id)
                    continue
                if outcome.status == "not_due":
                    log.debug("learner model of %s not due a refit: %s", pack_id, outcome.reason)
                outcomes.append(outcome)
            return outcomes

    def _loop(self, stop: threading.Event) -> None:
        # Imported here, on this thread: model_refit brings numpy and the fitting.
        from app.services.model_refit import discard_partial_files

        try:
            discard_partial_files(self._paths)
        except OSError:  # a tidy-up only: never a reason not to refit
            log.warning("could not remove unfinished learner-model files", exc_info=True)
        while not stop.is_set():
            self._wake.wait(self._interval)
            if stop.is_set():
                return
            self._wake.clear()
            try:
                self.refit_now(stop)
            except Exception:  # e.g. the database busy: look again at the next wake
                log.exception("checking whether the learner model is due a refit failed")
