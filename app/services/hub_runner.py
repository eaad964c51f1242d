"""The class hub inside the teacher's Sabil: the sync server on a background thread, on the app's own
database, advertised on the LAN, and the enrolment codes the teacher hands out.

``HubRunner.start()`` serves the FastAPI sync app with uvicorn on a thread (HTTPS with the hub's
self-signed certificate when it listens beyond loopback, as ``sabil serve --tls`` does), publishes it
with zeroconf so learner PCs find it, and keeps the teacher's reports current: every push notes its
learners in the same transaction (``rebuild_pending``), and a second thread
(``rebuild_worker.RebuildWorker``, the same one ``sabil serve`` runs) replays those learners' states
exactly as practice builds them. A third, low-frequency thread (``refit_worker.RefitWorker``,
the same one ``sabil serve`` runs on a headless hub) refits the learner model on the school's pooled
answers when enough new ones arrived, so devices fetch parameters fitted on their own class without
anyone running a command. ``stop()`` withdraws the advert, stops the server, finishes
the rebuilds and returns; the app calls it on exit. No Qt here: the UI calls these on its worker.
"""

from __future__ import annotations

import logging
import socket
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.config import Paths
from app.services.rebuild_worker import RebuildWorker
from app.services.refit_worker import RefitWorker
from app.storage.database import Database
from app.storage.sync_models import SyncClass, SyncDevice, SyncSchool
from app.sync.enrolment import (
    DEFAULT_CODE_DAYS,
    DEFAULT_CODE_USES,
    create_enrolment_code,
    enrolment_qr_svg,
    ensure_school_and_class,
    register_local_device,
)
from app.sync.protocol import PushRequest, PushResponse
from app.sync.server.tls import TlsFiles, ensure_certificate

if TYPE_CHECKING:
    from app.services.model_refit import RefitOutcome, RefitPolicy

log = logging.getLogger(__name__)

DEFAULT_PORT = 8470  # the port `sabil serve` uses, so a typed address is the same either way
ALL_INTERFACES = "0.0.0.0"
LOOPBACK = "127.0.0.1"
TLS_FOLDER = "sync-tls"  # shared with `sabil serve --tls` and `sabil hub init --tls`: one certificate
START_TIMEOUT = 15.0
STOP_TIMEOUT = 15.0


class HubError(Exception):
    """The hub could not start or make a code; ``message`` says why in a sentence a teacher can act on.
    ``code``: ``port_in_use``, ``invalid_name``, ``not_running``, ``start_failed``."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message


@dataclass(frozen=True)
class HubAddress:
    """Where the running hub is reached: ``url`` is what a learner PC types (its LAN address)."""

    url: str
    host: str
    port: int
    tls: bool
    fingerprint: str
    server_id: str
    advertised: bool


@dataclass(frozen=True)
class HubClass:
    """A class on this hub and a fresh enrolment code for it, with the code's QR (SVG text)."""

    school_name: str
    class_name: str
    code: str
    url: str
    qr_svg: str
    valid_days: int
    uses: int


def lan_address() -> str:
    """This computer's address on its LAN (the one its default route leaves by), or loopback.

    Connecting a UDP socket sends nothing; it only asks the kernel which interface it would use.
    """
    probe = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    try:
        probe.connect(("192.0.2.1", 9))  # TEST-NET-1: never routed anywhere real
        address = probe.getsockname()[0]
    except OSError:
        return LOOPBACK
    finally:
        probe.close()
    return address if address and not address.startswith("0.") else LOOPBACK


def is_loopback_host(host: str) -> bool:
    """True for addresses only this computer can reach (plain HTTP is allowed there)."""
    return host == "localhost" or host.startswith("127.") or host == "::1"


class HubRunner:
    """Runs this data directory's class hub; one per ``AppServices`` (``services.hub``)."""

    def __init__(
        self,
        db: Database,
        paths: Paths,
        device_id: str,
        rebuild_learner: Callable[[str], int],
        *,
        hub_name: str | None = None,
        refit_policy: RefitPolicy | None = None,
    ) -> None:
        """``rebuild_learner`` is ``PracticeService.rebuild_learner_state``; ``refit_policy`` (default
        ``RefitPolicy()``) says when the running hub refits the learner model."""
        self._db = db
        self._paths = paths
        self._device_id = device_id
        self._hub_name = hub_name or f"Sabil {socket.gethostname().split('.')[0]}"
        self._lock = threading.RLock()
        self._server: object | None = None  # uvicorn.Server
        self._server_thread: threading.Thread | None = None
        self._socket: socket.socket | None = None
        self._advertiser: object | None = None  # discovery.HubAdvertiser
        self._address: HubAddress | None = None
        self._tls: TlsFiles | None = None
        self._shown_host = LOOPBACK
        self._advertised_school = ""
        self._refitter = RefitWorker(db, paths, policy=refit_policy)
        # New answers may make a refit due: wake the refit after each rebuild pass.
        self._rebuilder = RebuildWorker(db, rebuild_learner, on_pass=lambda _rebuilt: self._refitter.wake())

    # -- state -----------------------------------------------------------------------------------

    @property
    def running(self) -> bool:
        """True while the server thread serves."""
        thread = self._server_thread
        return thread is not None and thread.is_alive()

    @property
    def address(self) -> HubAddress | None:
        """Where the running hub is reached (None when stopped)."""
        return self._address if self.running else None

    def current_class(self) -> tuple[str, str] | None:
        """(school, class) this computer's own learners belong to on its hub, or None before the first class."""
        with self._db.session() as session:
            row = session.execute(
                select(SyncSchool.name, SyncClass.name)
                .select_from(SyncDevice)
                .join(SyncClass, SyncClass.id == SyncDevice.class_id)
                .join(SyncSchool, SyncSchool.id == SyncDevice.school_id)
                .where(SyncDevice.device_id == self._device_id, SyncDevice.is_local.is_(True))
            ).first()
        return (row[0], row[1]) if row is not None else None

    def enrolled_devices(self) -> int:
        """How many learner PCs are enrolled with this hub (not revoked)."""
        with self._db.session() as session:
            return len(session.execute(
                select(SyncDevice.device_id).where(SyncDevice.is_local.is_(False), SyncDevice.revoked_at.is_(None))
            ).all())

    # -- start and stop --------------------------------------------------------------------------

    def start(self, host: str = ALL_INTERFACES, port: int = DEFAULT_PORT, *, advertise: bool | None = None) -> HubAddress:
        """Serve the sync protocol on ``host``:``port`` (``port`` 0 picks a free one).

        Beyond loopback the hub serves HTTPS with its self-signed certificate (made on first use in
        the data folder); devices pin it by the fingerprint in the enrolment code. ``advertise``
        (default: when not on loopback) publishes the hub on the LAN with zeroconf. Starting a
        running hub returns its address.
        """
        with self._lock:
            if self.running and self._address is not None:
                return self._address
            tls = None if is_loopback_host(host) else ensure_certificate(self._paths.root / TLS_FOLDER)
            sock = self._listen(host, port)
            try:
                app = self._app()
                self._serve(app, sock, tls)
            except BaseException:
                sock.close()
                raise
            bound_port = sock.getsockname()[1]
            shown_host = lan_address() if host == ALL_INTERFACES else host
            scheme = "https" if tls else "http"
            self._tls, self._shown_host = tls, shown_host
            advertised = False
            if advertise if advertise is not None else not is_loopback_host(shown_host):
                advertised = self._advertise(shown_host, bound_port, tls, app.state.server_id)
            self._address = HubAddress(
                url=f"{scheme}://{shown_host}:{bound_port}",
                host=host,
                port=bound_port,
                tls=tls is not None,
                fingerprint=tls.fingerprint if tls else "",
                server_id=app.state.server_id,
                advertised=advertised,
            )
            self._rebuilder.start()
            self._refitter.start()
            log.info("class hub serving on %s (listening on %s)", self._address.url, host)
            return self._address

    def stop(self) -> None:
        """Withdraw the advert, stop serving (requests in flight finish), then stop the refit and finish
        the rebuilds."""
        with self._lock:
            advertiser, self._advertiser = self._advertiser, None
            if advertiser is not None:
                try:
                    advertiser.close()  # type: ignore[attr-defined]
                except Exception:  # the network may already be gone; the advert then expires by itself
                    log.warning("could not withdraw the hub's advert", exc_info=True)
            server, thread = self._server, self._server_thread
            if server is not None:
                server.should_exit = True  # type: ignore[attr-defined]
            if thread is not None:
                thread.join(STOP_TIMEOUT)
            if self._socket is not None:
                self._socket.close()
            self._server = self._server_thread = self._socket = None
            self._address = None
            # The refit first, so the rebuilds' last pass does not wake a fit this stop would wait for.
            self._refitter.stop(STOP_TIMEOUT)
            self._rebuilder.stop(STOP_TIMEOUT)

    # -- classes and codes -----------------------------------------------------------------------

    def create_class(
        self, school_name: str, class_name: str, *, days: int = DEFAULT_CODE_DAYS, uses: int = DEFAULT_CODE_USES
    ) -> HubClass:
        """Create (or reuse) the school and class, make a new enrolment code for it (``sabil hub init``).

        This computer's own device joins the class the first time, so what the teacher's Sabil records
        reaches the learner PCs too. The hub must be running: the code carries its certificate's
        fingerprint and the QR code its address.
        """
        address = self.address
        if address is None:
            raise HubError("not_running", "Start the class hub first: the code needs its address.")
        with self._db.transaction() as session:
            try:
                ref = ensure_school_and_class(session, school_name, class_name)
                code = create_enrolment_code(
                    session, ref, days=days, uses=uses, fingerprint=address.fingerprint or None
                )
            except ValueError as exc:
                raise HubError("invalid_name", f"No code was made: {exc}.") from exc
            register_local_device(session, self._device_id, ref)
        self._readvertise()
        return HubClass(
            school_name=ref.school_name,
            class_name=ref.class_name,
            code=code,
            url=address.url,
            qr_svg=enrolment_qr_svg(address.url, code),
            valid_days=days,
            uses=uses,
        )

    # -- rebuilding learners after pushes ----------------------------------------------------------

    def note_ingest(self, session: Session, batch: PushRequest, answer: PushResponse) -> None:
        """The server's ingest hook: note the batch's learners for a rebuild, in the push's transaction
        (so a crash between storing events and rebuilding leaves the note, and the next start rebuilds)."""
        self._rebuilder.note_ingest(session, batch, answer)

    def wait_rebuilt(self, timeout: float = 30.0) -> bool:
        """Rebuild what is noted now and wait until every learner noted so far is rebuilt; False on timeout."""
        return self._rebuilder.wait_rebuilt(timeout)

    def rebuild_noted(self) -> int:
        """Rebuild every noted learner now, on the calling thread; returns how many."""
        return self._rebuilder.rebuild_noted()

    # -- refitting the learner model -------------------------------------------------------------

    @property
    def refit_policy(self) -> RefitPolicy | None:
        """When the running hub refits the learner model (None: ``RefitPolicy()``); settable."""
        return self._refitter.policy

    @refit_policy.setter
    def refit_policy(self, policy: RefitPolicy | None) -> None:
        self._refitter.policy = policy

    def refit_now(self) -> list[RefitOutcome]:
        """Refit every installed pack's learner model that is due, on the calling thread (one fit at a
        time); a pack whose refit fails is logged and skipped. Returns the outcomes of the others."""
        return self._refitter.refit_now()

    # -- internals -------------------------------------------------------------------------------

    def _listen(self, host: str, port: int) -> socket.socket:
        sock = socket.socket(socket.AF_INET6 if ":" in host else socket.AF_INET, socket.SOCK_STREAM)
        # Without this a restarted hub waits minutes for the old connections' TIME_WAIT to pass.
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            sock.bind((host, port))
            sock.listen(128)
        except OSError as exc:
            sock.close()
            raise HubError(
                "port_in_use",
                f"The class hub cannot listen on port {port}: another program is using it ({exc.strerror}).",
            ) from exc
        self._socket = sock
        return sock

    def _app(self) -> object:
        from app.sync.server.app import create_app  # FastAPI costs start-up time: only for a hub

        # The app's own engine: the database is already migrated by AppServices.open.
        return create_app(
            self._db.engine, migrate=False, on_ingest=self.note_ingest, models_dir=self._paths.root / "models"
        )

    def _serve(self, app: object, sock: socket.socket, tls: TlsFiles | None) -> None:
        import uvicorn

        options = {"ssl_certfile": str(tls.cert), "ssl_keyfile": str(tls.key)} if tls else {}
        server = uvicorn.Server(
            uvicorn.Config(
                app,  # type: ignore[arg-type]
                log_level="warning",
                access_log=False,
                lifespan="off",
                timeout_keep_alive=30,
                **options,  # type: ignore[arg-type]
            )
        )
        thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, name="sabil-hub", daemon=True)
        thread.start()
        deadline = time.monotonic() + START_TIMEOUT
        while not server.started:
            if not thread.is_alive() or time.monotonic() > deadline:
                server.should_exit = True
                thread.join(STOP_TIMEOUT)
                raise HubError("start_failed", "The class hub did not start; see the log for why.")
            time.sleep(0.02)
        self._server, self._server_thread = server, thread

    def _advertise(self, host: str, port: int, tls: TlsFiles | None, server_id: str) -> bool:
        from app.sync.discovery import HubAdvertiser, service_info

        current = self.current_class()
        school = current[0] if current else ""
        try:
            self._advertiser = HubAdvertiser(
                service_info(
                    self._hub_name,
                    port,
                    [host],
                    tls=tls is not None,
                    server_id=server_id,
                    school=school,
                    fingerprint=tls.fingerprint if tls else "",
                )
            )
        except Exception:  # no multicast on this network: devices can still type the address
            log.warning("could not advertise the class hub on the LAN", exc_info=True)
            return False
        self._advertised_school = school
        return True

    def _readvertise(self) -> None:
        # The advert names the hub's own school; the first class is made after the hub started, so say it now.
        with self._lock:
            advertiser, address = self._advertiser, self._address
            if advertiser is None or address is None:
                return
            current = self.current_class()
            if self._advertised_school == (current[0] if current else ""):
                return
            try:
                advertiser.close()  # type: ignore[attr-defined]
            except Exception:
                log.warning("could not withdraw the hub's advert", exc_info=True)
            self._advertiser = None
            self._advertise(self._shown_host, address.port, self._tls, address.server_id)
