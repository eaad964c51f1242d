"""A hub's rebuild of learners' skill states after pushes, on a background thread of its own.

One implementation for both kinds of hub: the class hub inside the teacher's Sabil (``HubRunner``)
and a hub run headless by ``sabil serve`` on its data folder. ``note_ingest`` is the sync server's
ingest hook (``create_app(..., on_ingest=worker.note_ingest)``): inside each push's transaction it
notes the batch's learners in the sync state's ``rebuild_pending``, so a crash between storing the
answers and rebuilding keeps the note and the next ``start()`` rebuilds them at once. The thread
replays the noted learners with ``PracticeService.rebuild_learner_state`` (``sync_pages.
rebuild_pending``, which un-notes them one by one).

A pass starts once pushes pause for ``settle`` seconds (at most ``max_delay`` after the first note
it takes in): a PC back from a week offline pushes its answers in several batches back to back, and
a class syncs at the bell, so one replay per learner after the burst beats one per batch, each
contending with the next batch for SQLite's write lock. ``wait_rebuilt`` skips the pause.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable

from sqlalchemy import event
from sqlalchemy.orm import Session

from app.services.sync_pages import rebuild_pending
from app.services.sync_state import read_state, write_fields
from app.storage.database import Database
from app.sync.protocol import PushRequest, PushResponse

log = logging.getLogger(__name__)

THREAD_NAME = "sabil-hub-rebuild"
SETTLE_SECONDS = 1.0
MAX_DELAY_SECONDS = 10.0  # pushes that never pause (a big class syncing) still see rebuilds this often
# A pass that failed (e.g. the database busy for long) is tried again after this pause.
RETRY_SECONDS = 30.0
STOP_TIMEOUT = 15.0

OnPass = Callable[[int], None]


class _Run:
    """One start-to-stop run of the thread: a thread still finishing after a timed-out stop keeps its
    own flag and never swallows a later start's."""

    def __init__(self) -> None:
        self.stopping = False


class RebuildWorker:
    """Replays the learners noted by pushes, on a daemon thread.

    ``rebuild_learner`` is ``PracticeService.rebuild_learner_state``. ``on_pass(rebuilt)`` is called
    on the worker's thread after every pass that completed (with how many learners it rebuilt, 0
    included); the in-app hub wakes its refit worker there, since new answers may make a refit due.
    An exception it raises is logged and the thread goes on.
    """

    def __init__(
        self,
        db: Database,
        rebuild_learner: Callable[[str], int],
        *,
        on_pass: OnPass | None = None,
        settle: float = SETTLE_SECONDS,
        max_delay: float = MAX_DELAY_SECONDS,
        retry: float = RETRY_SECONDS,
    ) -> None:
        self._db = db
        self._rebuild = rebuild_learner
        self._on_pass = on_pass
        self._settle = settle
        self._max_delay = max_delay
        self._retry = retry
        self._cond = threading.Condition()
        # All below under _cond. Notes whose push has not committed yet: the thread must not take the
        # burst in before they are readable (woken earlier it would read the old snapshot, find
        # nothing, and leave them until the next push).
        self._uncommitted = 0
        self._noted_at: float | None = None  # the latest committed note not yet taken in by a pass
        self._first_noted_at: float | None = None
        self._hurry = False
        self._busy = False
        self._run: _Run | None = None
        self._thread: threading.Thread | None = None

    @property
    def running(self) -> bool:
        """True between ``start`` and ``stop``."""
        thread = self._thread
        return thread is not None and thread.is_alive()

    def start(self) -> None:
        """Start the thread (a running worker is left as it is). Learners noted before (a crash
        between a push and its rebuild, or a stop that timed out) are rebuilt at once."""
        if self.running:
            return
        run = _Run()
        with self._cond:
            self._run = run
            self._mark_noted()
            self._hurry = True
        self._thread = threading.Thread(target=self._loop, args=(run,), name=THREAD_NAME, daemon=True)
        self._thread.start()

    def stop(self, timeout: float = STOP_TIMEOUT) -> bool:
        """Rebuild what is noted now (no pause), then end the thread; wait up to ``timeout`` seconds.

        Stop the server first: nothing is noted after this last pass. Returns False when the pass
        was still running then: it goes on on its daemon thread, or dies with the process with the
        rest still noted, for the next start.
        """
        thread = self._thread
        if thread is None:
            return True
        with self._cond:
            if self._run is not None:
                self._run.stopping = True
            self._cond.notify_all()
        thread.join(timeout)
        self._thread = None
        if thread.is_alive():
            log.warning("rebuilding learners was still running %.0f s after the hub stopped; not waiting", timeout)
            return False
        return True

    def note_ingest(self, session: Session, batch: PushRequest, answer: PushResponse) -> None:
        """The server's ingest hook: note the batch's learners for a rebuild in the push's own
        transaction (``session``), and have the thread take them in once it commits."""
        if not answer.accepted:
            return  # nothing new was stored (a batch sent again): the states already account for it
        affected = {pushed.learner_id for pushed in batch.events}
        state = read_state(session)
        write_fields(session, rebuild_pending=sorted(set(state.rebuild_pending) | affected))
        with self._cond:
            self._uncommitted += 1
        settled = False

        def settle(committed: bool) -> None:
            nonlocal settled
            if settled:
                return
            settled = True
            with self._cond:
                self._uncommitted -= 1
                if committed:
                    self._mark_noted()
                self._cond.notify_all()

        event.listen(session, "after_commit", lambda _session: settle(True), once=True)
        event.listen(session, "after_rollback", lambda _session: settle(False), once=True)

    def wait_rebuilt(self, timeout: float = 30.0) -> bool:
        """Rebuild what is noted now (no pause) and wait until every learner noted so far is rebuilt;
        False on timeout (or when the worker is stopped with learners noted)."""
        deadline = time.monotonic() + timeout
        while True:
            with self._cond:
                self._hurry = True
                self._cond.notify_all()
                idle = self._uncommitted == 0 and self._noted_at is None and not self._busy
            if idle and not self.pending():
                return True
            if time.monotonic() >= deadline:
                return False
            time.sleep(0.05)

    def rebuild_noted(self) -> int:
        """Rebuild every noted learner now, on the calling thread; returns how many."""
        return rebuild_pending(self._db, self._rebuild)

    def pending(self) -> list[str]:
        """The learners noted and not rebuilt yet (as the database holds them)."""
        with self._db.session() as session:
            return read_state(session).rebuild_pending

    # -- the thread ------------------------------------------------------------------------------

    def _mark_noted(self) -> None:
        # Under _cond.
        now = time.monotonic()
        self._noted_at = now
        if self._first_noted_at is None:
            self._first_noted_at = now

    def _take_burst(self, run: _Run) -> None:
        """Wait until a burst of notes settled (or a stop asks for a last pass), then take it in."""
        with self._cond:
            while not run.stopping:
                if self._noted_at is not None and self._first_noted_at is not None:
                    due = min(self._noted_at + self._settle, self._first_noted_at + self._max_delay)
                    left = due - time.monotonic()
                    if self._uncommitted == 0 and (self._hurry or left <= 0):
                        break
                    self._cond.wait(left if left > 0 else None)
                else:
                    self._cond.wait()
            self._noted_at = self._first_noted_at = None
            self._hurry = False
            self._busy = True

    def _loop(self, run: _Run) -> None:
        while True:
            self._take_burst(run)
            try:
                rebuilt = self.rebuild_noted()
            except Exception:  # keep the note; try again later rather than lose the thread
                log.exception("rebuilding learners after a push failed")
                with self._cond:
                    self._busy = False
                    if run.stopping:
                        return  # the note stays for the next start
                    self._cond.wait_for(lambda: run.stopping, self._retry)
                    self._mark_noted()
                    self._hurry = True
                continue
            with self._cond:
                self._busy = False
                stopping = run.stopping
            if rebuilt:
                log.info("rebuilt the skill states of %d learner(s) after pushes", rebuilt)
            if self._on_pass is not None:
                try:
                    self._on_pass(rebuilt)
                except Exception:
                    log.exception("the hub's after-rebuild step failed")
            if stopping:
                # The server is stopped before this thread, so nothing new is noted after this pass.
                return
