"""Three tiers for real on loopback: a district server, class hubs (the teacher's Sabil running its
HubRunner on its own SQLite database) and learner PCs that practise through the real PracticeService.

- ``District``: the sync app over PostgreSQL (or SQLite) served by uvicorn, with codes per school.
- ``open_hub``: a teacher's data directory whose class hub serves on a free loopback port.
- ``enrolled_device``: a learner PC enrolled with a hub.
- ``KillingProxy``: forwards requests to a ``sabil serve`` process, and for the first request to a
  path sends only half of it and then SIGKILLs the server: it dies mid-request, before any commit.
"""

from __future__ import annotations

import socket
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.services.app_services import AppServices
from app.services.hub_runner import HubClass
from app.services.sync import SyncService
from app.storage.models import AttemptEvent, Learner, SkillStateRow
from app.sync.client import Backoff
from app.sync.enrolment import create_enrolment_code, ensure_school_and_class
from app.sync.server.app import create_app
from tests.sync.client.devices import _read_http_message, _Served, free_socket, open_device

FAST = Backoff(attempts=4, base=0.01, cap=0.05)
DISTRICT_SCHOOL = "Al Noor (district)"


class District:
    """A district server: the sync app over its own database, no local device."""

    def __init__(self, database_url: str) -> None:
        app = create_app(database_url)
        self.app = app
        self.engine = app.state.engine
        self.server_id: str = app.state.server_id
        self._served = _Served(app)
        self.port, self.url = self._served.port, self._served.url

    def code(self, school: str = DISTRICT_SCHOOL, klass: str = "6A") -> str:
        """A fresh enrolment code for (school, class), as `sabil hub init` on the district makes it."""
        with Session(self.engine) as session, session.begin():
            return create_enrolment_code(session, ensure_school_and_class(session, school, klass))

    def events(self) -> list[tuple[str, str, int, str]]:
        """(event id, device id, device_seq, learner id) of every stored event."""
        with Session(self.engine) as session:
            return sorted(
                (e.id, e.device_id, e.device_seq, e.learner_id) for e in session.scalars(select(AttemptEvent))
            )

    def count(self, model: Any) -> int:
        with Session(self.engine) as session:
            return int(session.scalar(select(func.count()).select_from(model)) or 0)

    def close(self) -> None:
        self._served.stop()
        self.engine.dispose()


def with_fast_sync(services: AppServices) -> AppServices:
    """Replace the service's sync with one that backs off in milliseconds (tests must not sleep)."""
    services.sync = SyncService(services.db, services.paths, services.device_id,
                                services.practice.rebuild_learner_state, backoff=FAST)
    return services


def open_hub(root: Path, pack: Path, school: str = "Al Noor", klass: str = "5B") -> tuple[AppServices, HubClass]:
    """A teacher's Sabil with its class hub serving on a free loopback port and a class made."""
    services = with_fast_sync(open_device(root, pack))
    services.hub.start("127.0.0.1", 0, advertise=False)
    return services, services.hub.create_class(school, klass)


def enrolled_device(root: Path, pack: Path, hub: HubClass) -> AppServices:
    """A learner PC enrolled with ``hub``."""
    device = with_fast_sync(open_device(root, pack))
    device.sync.enroll(hub.url, hub.code, device_name=root.name)
    return device


def events_of(services: AppServices) -> dict[str, tuple[Any, ...]]:
    with services.db.session() as session:
        return {e.id: (e.device_id, e.device_seq, e.learner_id, e.item_id, e.correct)
                for e in session.scalars(select(AttemptEvent))}


def states_of(services: AppServices, learner_id: str) -> dict[tuple[str, str], tuple[Any, ...]]:
    with services.db.session() as session:
        return {(r.pack_id, r.skill_id): (r.p_known, r.attempts, r.correct, r.streak, r.mastered)
                for r in session.scalars(select(SkillStateRow).where(SkillStateRow.learner_id == learner_id))}


def names_of(services: AppServices) -> dict[str, str]:
    with services.db.session() as session:
        return {row.id: row.display_name for row in session.scalars(select(Learner))}


class KillingProxy:
    """Loopback proxy in front of a server process; for the first ``kill_on`` request it forwards half of
    the request, SIGKILLs the server (``kill``) and drops the client's connection."""

    def __init__(self, upstream_port: int, kill_on: str, kill: Callable[[], None]) -> None:
        self._upstream = upstream_port
        self._kill_on: str | None = kill_on
        self._kill = kill
        self.killed = threading.Event()
        self._sock = free_socket()
        self.url = f"http://127.0.0.1:{self._sock.getsockname()[1]}"
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self) -> None:
        while True:
            try:
                client, _ = self._sock.accept()
            except OSError:
                return
            threading.Thread(target=self._serve, args=(client,), daemon=True).start()

    def _serve(self, client: socket.socket) -> None:
        from_client, from_upstream = bytearray(), bytearray()
        try:
            upstream = socket.create_connection(("127.0.0.1", self._upstream))
        except OSError:
            client.close()  # the server is down: the client sees the connection refused
            return
        try:
            while True:
                request = _read_http_message(client, from_client)
                if request is None:
                    return
                path = request.split(b" ", 2)[1].split(b"?")[0].decode()
                if path == self._kill_on:
                    self._kill_on = None
                    upstream.sendall(request[: len(request) // 2])
                    self._kill()
                    self.killed.set()
                    return
                upstream.sendall(request)
                response = _read_http_message(upstream, from_upstream)
                if response is None:
                    return
                client.sendall(response)
        finally:
            client.close()
            upstream.close()

    def close(self) -> None:
        self._sock.close()
