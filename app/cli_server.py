"""`sabil serve`, `sabil hub init` and `sabil hub revoke`: the sync server from the command line.

`sabil serve` on a hub's own data folder (no ``--db``) does what the hub inside the app does besides
serving: it rebuilds learners' skill states after pushes (``rebuild_worker.RebuildWorker``, hooked into
the server it runs in this process), refits the learner model on the school's answers
(``refit_worker.RefitWorker``), both the in-app hub's own, and relays to a district server when
enrolled with one. Ctrl+C or SIGTERM (a service manager's stop) stops it cleanly: requests in flight
finish, then the refit, the rebuilds and the relay.

``add_commands(subparsers)`` adds the commands to the `sabil` parser; ``HANDLERS`` maps
``(command, subcommand)`` to a function taking the parsed arguments and returning the exit status
(``serve`` has no subcommand: its key is ``("serve", None)``). Handlers print errors a person can
act on to stderr themselves.
"""

from __future__ import annotations

import argparse
import ipaddress
import os
import signal
import socket
import sys
import threading
from collections.abc import Callable
from types import FrameType
from typing import TYPE_CHECKING

from app.cli_support import add_data_dir, data_paths
from app.config import Paths

if TYPE_CHECKING:
    from fastapi import FastAPI

    from app.services.model_refit import RefitOutcome, RefitPolicy
    from app.services.rebuild_worker import RebuildWorker
    from app.services.refit_worker import RefitWorker
    from app.storage.database import Database

DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 8470
TLS_FOLDER = "sync-tls"
QR_FOLDER = "enrolment-codes"
EXIT_OK = 0
EXIT_NOT_FOUND = 1
EXIT_USAGE = 2


class ServerCommandError(Exception):
    """A failure explained to the person at the terminal."""


def _fail(message: str) -> ServerCommandError:
    return ServerCommandError(message)


def _add_db(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--db", metavar="URL",
                        help="database URL, e.g. postgresql+psycopg://user@host/sabil (default: the data folder's)")


def add_commands(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Add `serve` and `hub` (init, revoke) to the `sabil` command's subparsers."""
    p = commands.add_parser("serve", help="run the sync server (a class hub, or a district server)")
    _add_db(p)
    p.add_argument("--host", default=DEFAULT_HOST, help=f"address to listen on (default {DEFAULT_HOST})")
    p.add_argument("--port", type=int, default=DEFAULT_PORT, help=f"port (default {DEFAULT_PORT})")
    p.add_argument("--workers", type=int, default=1,
                   help="worker processes (several need --db, e.g. PostgreSQL; a hub's own data folder is served by one)")
    p.add_argument("--tls", action="store_true",
                   help="serve HTTPS with the hub's self-signed certificate (made on first use); "
                        "required off loopback")
    add_data_dir(p)
    p.add_argument("--no-advertise", action="store_true",
                   help="do not announce the server on the LAN (it is announced when it listens beyond loopback)")
    p.add_argument("--no-refit", action="store_true",
                   help="do not refit the learner model on this hub's answers (by default a hub refits it "
                        "once enough new answers arrived, as the hub in the app does)")
    p.add_argument("--rebuild-after", type=float, default=None, metavar="SECONDS",
                   help="on a hub's own folder, rebuild learners' skill states once pushes have paused this long "
                        "(default 1; a hub serving many PCs may raise it so each learner is replayed fewer times)")
    p.set_defaults(serve_command=None)

    hub = commands.add_parser("hub", help="class hub: enrolment codes and devices").add_subparsers(
        dest="hub_command", required=True
    )
    p = hub.add_parser("init", help="create (or reuse) a school and class and print an enrolment code last")
    p.add_argument("--school", required=True, help="the school's name")
    p.add_argument("--class", dest="class_name", required=True, metavar="NAME", help="the class's name")
    p.add_argument("--days", type=int, default=7, help="days the code stays valid (default 7)")
    p.add_argument("--uses", type=int, default=100, help="how many devices may enrol with it (default 100)")
    p.add_argument("--url", help="the hub's address as devices reach it; also writes the code as a QR code (SVG)")
    p.add_argument("--tls", action="store_true",
                   help="make the TLS certificate now so the code carries its fingerprint")
    _add_db(p)
    add_data_dir(p)
    p = hub.add_parser("revoke", help="revoke an enrolled device: its token stops working at once")
    p.add_argument("device_id", metavar="DEVICE_ID")
    _add_db(p)
    add_data_dir(p)


def database_url(args: argparse.Namespace, paths: Paths) -> str:
    """``--db``, or the data folder's own SQLite database (the hub is the teacher's Sabil)."""
    return args.db or f"sqlite:///{paths.database}"


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _printable(url: str) -> str:
    from sqlalchemy import make_url

    return make_url(url).render_as_string(hide_password=True)


def _migrate(url: str) -> None:
    from app.storage.errors import DatabaseCorruptError, DatabaseTooNewError
    from app.sync.server.database import upgrade_schema

    try:
        upgrade_schema(url)
    except (DatabaseCorruptError, DatabaseTooNewError) as exc:
        raise ServerCommandError(str(exc)) from exc
    except Exception as exc:  # a wrong URL, an unreachable PostgreSQL, a refused password
        raise ServerCommandError(f"The database {_printable(url)} could not be opened: {exc}") from exc


def cmd_serve(args: argparse.Namespace) -> int:
    """Migrate the database, then run uvicorn with ``--workers`` processes over it; on a hub's own data
    folder serve in this process and, in the background until stopped, rebuild the learners pushes
    bring, refit the learner model and relay upstream."""

    from app.sync.server.asgi import DATABASE_ENV, MODELS_ENV
    from app.sync.server.tls import ensure_certificate

    if args.workers < 1:
        raise ServerCommandError("--workers must be at least 1.")
    if args.workers > 1 and not args.db:
        # The pushes must reach this process, whose thread rebuilds the learners they bring.
        raise ServerCommandError(
            "A hub's own data folder is served by one worker, which also keeps its learners' skill states "
            "current after pushes; several workers need --db (e.g. PostgreSQL)."
        )
    if not _is_loopback(args.host) and not args.tls:
        raise ServerCommandError(
            f"Listening on {args.host} would send learners' progress unencrypted over the network. "
            "Add --tls (devices pin the hub's certificate by the fingerprint in the enrolment code)."
        )
    paths = data_paths(args, _fail)
    url = database_url(args, paths)
    _migrate(url)
    tls = ensure_certificate(paths.root / TLS_FOLDER) if args.tls else None
    scheme = "https" if tls else "http"
    print(f"Sabil sync server on {scheme}://{args.host}:{args.port} with {args.workers} worker(s); "
          f"database {_printable(url)}", flush=True)
    if tls:
        print(f"Certificate fingerprint {tls.fingerprint}", flush=True)
    # Workers are separate processes: they find the database in the environment, not in memory.
    os.environ[DATABASE_ENV] = url
    os.environ[MODELS_ENV] = str(paths.root / "models")
    advert: object | None = None
    relay: UpstreamRelay | None = None
    hub_db: Database | None = None
    refit: HubRefit | None = None
    rebuild: RebuildWorker | None = None
    with StopSignals() as stop:
        try:
            advert = None if args.no_advertise else advertise_server(url, args.host, args.port, tls)
            relay = None if args.db else start_upstream_relay(paths)
            app = None
            if not args.db:
                hub_db = _open_hub_database(paths)
                refit = None if args.no_refit else start_refit(paths, db=hub_db)
                rebuild = start_rebuild(hub_db, paths, refit.worker if refit is not None else None,
                                        settle=args.rebuild_after)
                app = hub_app(url, paths, rebuild)
            _run_uvicorn(args, tls, app)  # returns after Ctrl+C or SIGTERM, once requests in flight finished
        except KeyboardInterrupt:
            pass  # stopped before uvicorn ran (while it runs, it swallows the interrupt itself)
        except SystemExit:
            # uvicorn exits with its start-up failure status when stopped before it served: a stop
            # asked for is no failure. A real one (the port taken) keeps its status.
            if not stop.requested:
                raise
        finally:
            # The server is stopped by now, so nothing is noted after the rebuilds' last pass; the refit
            # stops first so that pass does not wake a fit the stop would only wait for.
            unfinished = refit is not None and not refit.stop()
            if rebuild is not None and not rebuild.stop():
                unfinished = True
                print("Rebuilding learners' skill states was still running and was left unfinished; "
                      "the rest is rebuilt at the next start.", flush=True)
            if hub_db is not None and not unfinished:
                hub_db.close()  # else a daemon thread still uses it; the process exit ends both
            if relay is not None:
                relay.stop()
            if advert is not None:
                advert.close()  # type: ignore[attr-defined]
    print("Sabil sync server stopped.", flush=True)
    return EXIT_OK


def _open_hub_database(paths: Paths) -> Database:
    from app.storage.database import open_database

    return open_database(paths.database, paths.backups)


def hub_app(url: str, paths: Paths, rebuild: RebuildWorker) -> FastAPI:
    """The sync server of a hub's own data folder, in this process, with ``rebuild``'s ingest hook: each
    push notes its learners in its own transaction, as in the app's hub."""
    from app.sync.server.app import create_app

    # Its own engine, as the workers of a --db server have; the schema is migrated already.
    return create_app(url, migrate=False, on_ingest=rebuild.note_ingest, models_dir=paths.root / "models")


def start_rebuild(
    db: Database, paths: Paths, refit: RefitWorker | None = None, *, settle: float | None = None
) -> RebuildWorker:
    """Rebuild learners' skill states after pushes in the background, as the app's hub does; learners
    noted before the last stop (a crash between a push and its rebuild) are rebuilt at once. After each
    pass ``refit`` is woken: new answers may make a refit due. ``settle``: seconds pushes must pause
    before a pass (default ``rebuild_worker.SETTLE_SECONDS``)."""
    from app.services.device import ensure_device
    from app.services.practice import PracticeService
    from app.services.rebuild_worker import RebuildWorker

    practice = PracticeService(db, ensure_device(db), paths.media, models_dir=paths.root / "models")
    first_pass = True

    def on_pass(rebuilt: int) -> None:
        nonlocal first_pass
        if first_pass and left:
            print(f"Rebuilt the skill states of {rebuilt} learner(s) whose answers arrived before the last stop.",
                  flush=True)
        first_pass = False
        if refit is not None:
            refit.wake()

    from app.services.rebuild_worker import MAX_DELAY_SECONDS, SETTLE_SECONDS

    pause = SETTLE_SECONDS if settle is None else max(0.0, settle)
    worker = RebuildWorker(db, practice.rebuild_learner_state, on_pass=on_pass, settle=pause,
                           max_delay=max(MAX_DELAY_SECONDS, pause))
    left = len(worker.pending())
    print("Rebuilding learners' skill states after every push, as the hub in the app does.", flush=True)
    if left:
        print(f"{left} learner(s) had answers arrive before the last stop without their skill states rebuilt; "
              "rebuilding them now.", flush=True)
    worker.start()
    return worker


class StopSignals:
    """While serving, Ctrl+C and SIGTERM (a service manager's stop) both interrupt the main thread and
    are remembered (``requested``), so the clean-up runs either way.

    uvicorn stops gracefully on either, then raises it again under the handler it found; under the
    default SIGTERM handler the process would die there, before the relay and the refit are stopped.
    Off the main thread (a test calling ``main()``) signals cannot be handled: nothing changes.
    """

    SIGNALS = (signal.SIGINT, signal.SIGTERM)

    def __init__(self) -> None:
        self.requested = False
        self._previous: dict[int, object] = {}

    def __enter__(self) -> StopSignals:
        if threading.current_thread() is threading.main_thread():
            self._previous = {sig: signal.signal(sig, self._interrupt) for sig in self.SIGNALS}
        return self

    def __exit__(self, *_exc: object) -> None:
        for sig, handler in self._previous.items():
            signal.signal(sig, handler)  # type: ignore[arg-type]

    def _interrupt(self, _signum: int, _frame: FrameType | None) -> None:
        self.requested = True
        raise KeyboardInterrupt


class HubRefit:
    """The learner-model refit of a hub run headless: the in-app hub's ``RefitWorker`` on the folder's
    database, saying on the terminal what it did (the log file has the detail)."""

    def __init__(self, db: Database, worker: RefitWorker, *, owns_db: bool = True) -> None:
        self._db = db
        self._owns_db = owns_db
        self.worker = worker

    def stop(self) -> bool:
        """Let a fit in progress finish (a while at most), then close the database when it opened it;
        False when the fit was left unfinished."""
        if self.worker.stop():
            if self._owns_db:
                self._db.close()
            return True
        # The fit goes on on its daemon thread until the process exits; kept parameters are
        # swapped in whole and nothing was remembered yet, so the next start fits again.
        print("A refit of the learner model was still running and was left unfinished; "
              "it runs again at the next start.", flush=True)
        return False


def start_refit(paths: Paths, policy: RefitPolicy | None = None, *, db: Database | None = None) -> HubRefit:
    """Refit the learner model on this data folder's answers in the background, as the app's hub does:
    at once, then every 10 minutes and after rebuilds, each installed pack whose refit is due
    (``model_refit``). On ``db`` when given (the caller closes it), else on a database of its own."""
    from app.services.model_refit import RefitPolicy
    from app.services.refit_worker import REFIT_CHECK_SECONDS, RefitWorker
    from app.storage.database import open_database

    policy = policy or RefitPolicy()
    reported: set[str] = set()

    def on_fitting(pack_id: str, answers: int, learners: int) -> None:
        print(f"Refitting the learner model of {pack_id} on {answers} answers from {learners} learners.",
              flush=True)

    def on_outcome(outcome: RefitOutcome) -> None:
        if outcome.status == "not_due" and outcome.pack_id in reported:
            return  # said once: a line every ten minutes would drown the terminal
        reported.add(outcome.pack_id)
        print(refit_sentence(outcome), flush=True)

    owns_db = db is None
    db = db if db is not None else open_database(paths.database, paths.backups)
    worker = RefitWorker(db, paths, policy=policy, on_fitting=on_fitting, on_outcome=on_outcome)
    print(f"Refitting the learner model on this hub's answers once a pack has {policy.min_answers} answers "
          f"from {policy.min_learners} learners, then after every {policy.refit_every} new answers "
          f"(checked every {REFIT_CHECK_SECONDS / 60:.0f} minutes).", flush=True)
    worker.start()
    return HubRefit(db, worker, owns_db=owns_db)


_PARAMETERS_IN_USE = {
    "fitted": "the parameters fitted before",
    "pack": "the pack's own parameters",
    "default": "the default parameters",
}


def refit_sentence(outcome: RefitOutcome) -> str:
    """What a refit check did, in one sentence for the person watching `sabil serve`."""
    pack = outcome.pack_id
    if outcome.status == "not_due":
        return f"The learner model of {pack} is not due a refit: {outcome.reason}."
    losses = f"log-loss {outcome.candidate_logloss:.4f} against {outcome.current_logloss:.4f}"
    in_use = _PARAMETERS_IN_USE.get(outcome.current_source or "", "the parameters in use")
    if outcome.kept:
        return (f"Kept the refitted learner model of {pack}: it predicts held-out learners better than "
                f"{in_use} ({losses}); devices get it when they next sync.")
    return (f"Did not keep the refitted learner model of {pack}: {in_use} predict held-out learners as well "
            f"or better ({losses}).")


def _enrolled_upstream(paths: Paths) -> bool:
    # A cheap look before opening every service: most servers were never enrolled anywhere.
    import sqlite3

    from app.services.sync_state import PREFIX

    if not paths.database.is_file():
        return False
    connection = sqlite3.connect(f"file:{paths.database}?mode=ro", uri=True)
    try:
        row = connection.execute("SELECT value FROM settings WHERE key = ?", (PREFIX + "token",)).fetchone()
    except sqlite3.Error:
        return False
    finally:
        connection.close()
    return bool(row and row[0])


class UpstreamRelay:
    """The background sync of a hub run headless: relays to the district and pulls from it."""

    def __init__(self, services: object, background: object) -> None:
        self._services = services
        self._background = background

    def stop(self) -> None:
        """Finish the sync in progress, then close the hub's services."""
        self._background.stop()  # type: ignore[attr-defined]
        self._services.close()  # type: ignore[attr-defined]


def start_upstream_relay(paths: Paths) -> UpstreamRelay | None:
    """On a hub's own data folder that is enrolled with a district server, relay in the background
    as the app's hub does (a school server in a cupboard runs `sabil serve`, not the app); None otherwise."""
    if not _enrolled_upstream(paths):
        return None
    from app.services.app_services import AppServices
    from app.services.sync_scheduler import BackgroundSync

    services = AppServices.open(paths.root, install_bundled=False)
    status = services.sync.status()
    if not status.relaying:
        services.close()
        return None
    background = BackgroundSync(services.sync)
    background.start()
    print(f"Relaying this school's answers to the district server at {status.server_url}.", flush=True)
    return UpstreamRelay(services, background)


def advertise_server(url: str, host: str, port: int, tls: object | None) -> object | None:
    """Announce the server on the LAN by zeroconf (devices' "Join a class hub" lists it), as the hub in the
    app does; None when it listens on loopback only or the network has no multicast."""
    from app.services.hub_runner import is_loopback_host, lan_address

    if is_loopback_host(host):
        return None
    from sqlalchemy import select
    from sqlalchemy.orm import Session

    from app.storage.sync_models import SyncSchool
    from app.sync.discovery import HubAdvertiser, service_info
    from app.sync.server.database import open_server_engine
    from app.sync.server.identity import ensure_server_id

    engine = open_server_engine(url)
    try:
        with Session(engine) as session, session.begin():
            server_id = ensure_server_id(session)
            school = session.scalar(select(SyncSchool.name).order_by(SyncSchool.name).limit(1)) or ""
    finally:
        engine.dispose()
    address = lan_address() if host in ("0.0.0.0", "::", "") else host
    try:
        return HubAdvertiser(
            service_info(
                f"Sabil {socket.gethostname().split('.')[0]}",
                port,
                [address],
                tls=tls is not None,
                server_id=server_id,
                school=school,
                fingerprint=getattr(tls, "fingerprint", "") or "",
            )
        )
    except Exception as exc:  # no multicast here: devices can still type the address
        print(f"Not announced on the LAN ({exc}); devices can type the address.", file=sys.stderr, flush=True)
        return None


def _run_uvicorn(args: argparse.Namespace, tls: object | None, app: FastAPI | None = None) -> None:
    """Serve ``app`` in this process, or (None) the app each of ``--workers`` builds from the environment."""
    import uvicorn

    uvicorn.run(
        app if app is not None else "app.sync.server.asgi:app_from_environment",
        factory=app is None,
        host=args.host,
        port=args.port,
        workers=args.workers,
        ssl_certfile=str(tls.cert) if tls else None,
        ssl_keyfile=str(tls.key) if tls else None,
        log_level="warning",
        access_log=False,
        # A device sends its batches back to back; keep its connection open between them.
        timeout_keep_alive=30,
    )


def cmd_hub_init(args: argparse.Namespace) -> int:
    """Create or reuse the school and class, register this Sabil's own device, print a new code last."""
    from sqlalchemy.orm import Session

    from app.services.device import ensure_device
    from app.storage.database import open_database
    from app.sync.enrolment import (
        create_enrolment_code,
        enrolment_qr_svg,
        ensure_school_and_class,
        register_local_device,
    )
    from app.sync.server.database import open_server_engine
    from app.sync.server.tls import ensure_certificate, existing_certificate

    paths = data_paths(args, _fail)
    url = database_url(args, paths)
    _migrate(url)
    local_device = None
    if not args.db:
        # The hub is this Sabil: its own device joins the class so its learners and answers sync too.
        db = open_database(paths.database, paths.backups)
        try:
            local_device = ensure_device(db)
        finally:
            db.close()
    folder = paths.root / TLS_FOLDER
    tls = ensure_certificate(folder) if args.tls else existing_certificate(folder)
    engine = open_server_engine(url)
    try:
        with Session(engine) as session, session.begin():
            try:
                ref = ensure_school_and_class(session, args.school, args.class_name)
                code = create_enrolment_code(session, ref, days=args.days, uses=args.uses,
                                             fingerprint=tls.fingerprint if tls else None)
            except ValueError as exc:
                raise ServerCommandError(f"No code was made: {exc}.") from exc
            if local_device is not None:
                register_local_device(session, local_device, ref)
    finally:
        engine.dispose()
    print(f"School: {ref.school_name}")
    print(f"Class: {ref.class_name}")
    print(f"Valid for {args.days} day(s) and {args.uses} device(s).")
    if args.url:
        qr_folder = paths.root / QR_FOLDER
        qr_folder.mkdir(parents=True, exist_ok=True)
        qr_file = qr_folder / f"{code.split('@')[0]}.svg"
        qr_file.write_text(enrolment_qr_svg(args.url, code), encoding="utf-8")
        print(f"QR code: {qr_file}")
    print(code)
    return EXIT_OK


def cmd_hub_revoke(args: argparse.Namespace) -> int:
    """Revoke a device; exit 1 when no such device is enrolled."""
    from sqlalchemy.orm import Session

    from app.sync.enrolment import revoke_device
    from app.sync.server.database import open_server_engine

    paths = data_paths(args, _fail)
    url = database_url(args, paths)
    _migrate(url)
    engine = open_server_engine(url)
    try:
        with Session(engine) as session, session.begin():
            found = revoke_device(session, args.device_id)
    finally:
        engine.dispose()
    if not found:
        print(f"sabil: no device {args.device_id} is enrolled here.", file=sys.stderr)
        return EXIT_NOT_FOUND
    print(f"Device {args.device_id} is revoked; its token no longer works.")
    return EXIT_OK


def _reporting_errors(handler: Callable[[argparse.Namespace], int]) -> Callable[[argparse.Namespace], int]:
    def run(args: argparse.Namespace) -> int:
        try:
            return handler(args)
        except ServerCommandError as exc:
            print(f"sabil: {exc}", file=sys.stderr)
            return EXIT_USAGE

    run.__doc__ = handler.__doc__
    return run


HANDLERS: dict[tuple[str, str | None], Callable[[argparse.Namespace], int]] = {
    ("serve", None): _reporting_errors(cmd_serve),
    ("hub", "init"): _reporting_errors(cmd_hub_init),
    ("hub", "revoke"): _reporting_errors(cmd_hub_revoke),
}


def main(argv: list[str] | None = None) -> int:
    """Run one of these commands on its own (``python -m app.cli_server serve …``), before the lead wires them."""
    parser = argparse.ArgumentParser(prog="sabil")
    add_data_dir(parser)
    add_commands(parser.add_subparsers(dest="command", required=True))
    args = parser.parse_args(argv)
    return HANDLERS[(args.command, getattr(args, f"{args.command}_command", None))](args)


if __name__ == "__main__":
    sys.exit(main())
