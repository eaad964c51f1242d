"""A class hub's sync with the district server above it: relay its school's changes up, pull down.

A hub is a server to its learner PCs and a client upstream. It enrols with the district like any
device (``SyncService.enroll``; the token and cursors live in ``sync_state``), but instead of pushing
only its own answers it RELAYS its school's change log — every device's answers, the profiles, the
teacher's own — page by page after a cursor (``relayed_through``) saved only once the district has
answered. It then pulls what other sites of the same district school did and stores it as changes
from the district (so its own devices get them, and the relay never sends them back). A page sent
twice (a lost answer, a district killed mid-request) is stored once: the district keys events by id.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import select

from app.services.sync_pages import rebuild_pending
from app.services.sync_state import read_state, write_fields
from app.storage.database import Database
from app.storage.sync_models import SyncDevice, SyncSchool
from app.sync.client import SyncClient, SyncClientError
from app.sync.protocol import PullResponse
from app.sync.server.errors import SyncRefused
from app.sync.server.local_changes import sequence_local_changes
from app.sync.server.relay_inbox import store_upstream_page
from app.sync.server.relay_outbox import read_relay_page, waiting_to_relay

# A relay that keeps getting pages without its cursor moving is a bug somewhere; stop rather than spin.
MAX_RELAY_PAGES = 1_000_000


@dataclass(frozen=True)
class UpstreamReport:
    """What one relay + pull did. ``relayed``: answers the district confirmed in this run."""

    relayed: int
    learners_relayed: int
    records_relayed: int
    pulled: int
    learners_pulled: int
    relayed_through: int
    cursor: int


def hub_school(db: Database, device_id: str) -> str | None:
    """The school this computer's class hub serves (its own device's), or None when it is no hub."""
    with db.session() as session:
        return session.scalar(
            select(SyncDevice.school_id).where(SyncDevice.device_id == device_id, SyncDevice.is_local.is_(True))
        )


def relay_waiting(db: Database, device_id: str, school_id: str) -> int:
    """Answers of the hub's school not yet confirmed by the district."""
    with db.session() as session:
        state = read_state(session)
        return waiting_to_relay(session, school_id, device_id, state.relayed_through, state.server_id)


class UpstreamSync:
    """Relay and pull for the hub ``device_id`` serving ``school_id``; one run at a time (the caller's lock)."""

    def __init__(self, db: Database, device_id: str, school_id: str, rebuild_learner: Callable[[str], int]) -> None:
        self._db = db
        self._device_id = device_id
        self._school_id = school_id
        self._rebuild = rebuild_learner

    def run(self, client: SyncClient) -> UpstreamReport:
        """Relay everything after the saved cursor, then pull everything new; raises SyncClientError."""
        with self._db.transaction() as session:
            # What the teacher's own Sabil recorded goes into the log first, so it is relayed too.
            sequence_local_changes(session, self._school_id)
        try:
            relayed, learners, records = self._relay(client)
        except SyncClientError as refused:
            if refused.retryable:
                raise
            # The district refused a page (e.g. another school's learner in it): that will not heal by
            # trying again soon, but what the district holds for this school can still come down.
            self._pull(client)
            rebuild_pending(self._db, self._rebuild)
            raise
        pulled, learners_pulled, cursor = self._pull(client)
        rebuild_pending(self._db, self._rebuild)
        state = self._state()
        return UpstreamReport(
            relayed=relayed,
            learners_relayed=learners,
            records_relayed=records,
            pulled=pulled,
            learners_pulled=learners_pulled,
            relayed_through=state[0],
            cursor=cursor,
        )

    def _state(self) -> tuple[int, str]:
        with self._db.session() as session:
            state = read_state(session)
            return state.relayed_through, state.server_id

    def _relay(self, client: SyncClient) -> tuple[int, int, int]:
        relayed = learners = records = 0
        after, upstream_id = self._state()
        with self._db.transaction() as session:
            logged = session.scalar(select(SyncSchool.change_seq).where(SyncSchool.id == self._school_id)) or 0
            if after > logged:
                # The hub's database was restored from a backup: its log restarts below our cursor, and new
                # changes would reuse numbers we think are sent. Relay it all again (the district keeps
                # each answer once).
                write_fields(session, relayed_through=0)
                after = 0
        for _ in range(MAX_RELAY_PAGES):
            with self._db.session() as session:
                page = read_relay_page(session, self._school_id, self._device_id, after, upstream_id)
            if page.request is not None:
                answer = client.relay(page.request)
                relayed += answer.accepted + answer.duplicates
                learners += len(page.request.learners)
                records += answer.records_applied
            if page.through != after:
                # Saved only after the district's answer: a crash before it sends the page again (harmless).
                with self._db.transaction() as session:
                    write_fields(session, relayed_through=page.through)
                after = page.through
            if not page.more:
                break
        return relayed, learners, records

    def _pull(self, client: SyncClient) -> tuple[int, int, int]:
        pulled = learners = 0
        with self._db.session() as session:
            state = read_state(session)
        upstream_id, cursor = state.server_id, state.cursor

        def apply(page: PullResponse) -> None:
            nonlocal pulled, learners
            try:
                with self._db.transaction() as session:
                    result = store_upstream_page(session, self._school_id, upstream_id, page)
                    now = read_state(session)
                    write_fields(
                        session,
                        cursor=page.cursor,
                        rebuild_pending=sorted(set(now.rebuild_pending) | result.affected_learners),
                    )
            except SyncRefused as exc:
                raise SyncClientError("data", f"The district server sent what this hub cannot store: {exc.message}") from exc
            pulled += result.events_added
            learners += len(result.learners_changed)

        final = client.pull_all(cursor, apply)
        return pulled, learners, final
