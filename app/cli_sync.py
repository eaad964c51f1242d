"""`sabil sync …`: enrol this computer with a class hub, sync now, see the status, and USB bundles.

On a class hub the same commands connect it to a district server above it (``sync enroll``) and relay
its school's answers there (``sync now``; the JSON summary then has ``"relaying": true``).

``add_commands(subparsers)`` adds ``sync`` with its subcommands to the `sabil` parser; ``HANDLERS``
maps ``("sync", subcommand)`` to a function taking the parsed arguments and returning the exit
status. Every command takes ``--data-dir``. Errors are one sentence on stderr (exit 1 when sync or
a bundle did not work, 2 for a usage problem), never a traceback.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from dataclasses import asdict
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.cli_support import add_data_dir, opened_services

if TYPE_CHECKING:
    pass

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_USAGE = 2


class SyncCommandError(Exception):
    """A failure explained to the person at the terminal, with its exit status."""

    def __init__(self, message: str, status: int = EXIT_FAILED) -> None:
        super().__init__(message)
        self.status = status


def _fail(message: str) -> SyncCommandError:
    return SyncCommandError(message, EXIT_USAGE)


def add_commands(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Add `sync` (enroll, now, status, export, import, discover) to the `sabil` command's subparsers."""
    sync = commands.add_parser("sync", help="progress sync with a class hub or district server").add_subparsers(
        dest="sync_command", required=True
    )
    p = sync.add_parser("enroll", help="join a class hub with the enrolment code a teacher gives")
    p.add_argument("url", metavar="URL",
                   help="the hub's address, e.g. https://192.168.1.20:8470 (or the QR code's sabil://enroll?… text)")
    p.add_argument("code", metavar="CODE", nargs="?",
                   help="the enrolment code, e.g. K7QP-92MX-4TZB@5W3HQ0M8C9R1T2VX (not needed with a sabil:// link)")
    p.add_argument("--name", help="this computer's name as the teacher sees it (default: its host name)")
    add_data_dir(p)
    p = sync.add_parser("now", help="send waiting answers and fetch new ones; the last line is JSON")
    add_data_dir(p)
    p = sync.add_parser("status", help="when sync last worked and how many answers are waiting")
    p.add_argument("--json", action="store_true", help="print JSON")
    add_data_dir(p)
    p = sync.add_parser("export", help="write waiting answers to a signed sync bundle in DIR (e.g. a USB stick)")
    p.add_argument("directory", type=Path, metavar="DIR")
    add_data_dir(p)
    p = sync.add_parser("import", help="import a sync bundle (on the hub: a device's; on a device: the hub's reply)")
    p.add_argument("file", type=Path, metavar="FILE")
    p.add_argument("--reply-dir", type=Path, metavar="DIR",
                   help="on a hub, where to write the reply bundle (default: beside FILE)")
    add_data_dir(p)
    p = sync.add_parser("discover", help="look for class hubs on the local network")
    p.add_argument("--timeout", type=float, default=3.0, help="seconds to listen (default 3)")


def _sync_error(exc: Exception) -> SyncCommandError:
    return SyncCommandError(getattr(exc, "message", str(exc)))


def _print_json(data: dict[str, Any]) -> None:
    print(json.dumps(data, ensure_ascii=False, default=str))


def cmd_enroll(args: argparse.Namespace) -> int:
    """Enrol with the hub; prints the school and class."""
    from app.services.sync_dto import SyncError
    from app.sync.client import enrolment_link_parts

    url, code = enrolment_link_parts(args.url) or (args.url, args.code)
    if not code:
        raise SyncCommandError("Give the enrolment code after the hub's address.", EXIT_USAGE)
    with opened_services(args, _fail) as services:
        try:
            info = services.sync.enroll(url, code, device_name=args.name)
        except SyncError as exc:
            raise _sync_error(exc) from exc
        relaying = services.sync.status().relaying
    if relaying:
        print(f"This class hub now relays its school's answers to {info.server_url} "
              f"(school {info.school_name}, class {info.class_name} there).")
    else:
        print(f"This computer now syncs with {info.server_url} (school {info.school_name}, class {info.class_name}).")
    _print_json(asdict(info))
    return EXIT_OK


def cmd_now(args: argparse.Namespace) -> int:
    """One sync; the last line is a JSON summary with ``pushed`` and ``pulled`` (and ``ok``)."""
    from app.services.sync_dto import SyncError

    with opened_services(args, _fail) as services:
        try:
            report = services.sync.sync_now()
        except SyncError as exc:
            print(f"sabil: {exc.message}", file=sys.stderr)
            _print_json({"ok": False, "error": exc.code, "message": exc.message, "pushed": 0, "pulled": 0})
            return EXIT_FAILED
    if report.relaying:
        print(f"Relayed {report.pushed} answer(s) of the school to the district server, received {report.pulled}; "
              f"{report.answers_waiting} waiting.")
    else:
        print(f"Sent {report.pushed} answer(s), received {report.pulled}; {report.answers_waiting} waiting.")
    _print_json({"ok": True, **asdict(report)})
    return EXIT_OK


def cmd_status(args: argparse.Namespace) -> int:
    """The status line, or the fields as JSON."""
    with opened_services(args, _fail) as services:
        status = services.sync.status()
    if args.json:
        data = asdict(status)
        for key in ("last_success", "last_attempt"):
            data[key] = data[key].isoformat() if data[key] is not None else None
        _print_json(data)
    else:
        print(status.text)
    return EXIT_OK


def cmd_export(args: argparse.Namespace) -> int:
    """Write a push bundle; prints its path."""
    from app.services.sync_dto import SyncError

    with opened_services(args, _fail) as services:
        try:
            path = services.sync.export_bundle(args.directory)
        except SyncError as exc:
            raise _sync_error(exc) from exc
    print(path)
    return EXIT_OK


def cmd_import(args: argparse.Namespace) -> int:
    """Import a bundle; prints a JSON summary (with the reply bundle's path on a hub)."""
    from app.services.sync_dto import SyncError

    with opened_services(args, _fail) as services:
        try:
            result = services.sync.import_bundle(args.file, reply_dir=args.reply_dir)
        except SyncError as exc:
            raise _sync_error(exc) from exc
    if result.reply_path is not None:
        print(f"Imported {result.events_added} answer(s). Carry the reply back to that computer: {result.reply_path}")
    else:
        print(f"Imported {result.events_added} answer(s) from the class hub.")
    data = asdict(result)
    data["reply_path"] = str(result.reply_path) if result.reply_path else None
    _print_json(data)
    return EXIT_OK


def cmd_discover(args: argparse.Namespace) -> int:
    """List hubs advertised on the LAN, one JSON object per line; exit 1 when none answered."""
    from app.sync.discovery import browse

    try:
        hubs = browse(max(0.5, args.timeout))
    except OSError as exc:
        raise SyncCommandError(f"This computer cannot look for hubs on the network ({exc}).") from exc
    for hub in hubs:
        _print_json(asdict(hub))
    if not hubs:
        print("sabil: no class hub answered on this network.", file=sys.stderr)
        return EXIT_FAILED
    return EXIT_OK


def _reporting_errors(handler: Callable[[argparse.Namespace], int]) -> Callable[[argparse.Namespace], int]:
    def run(args: argparse.Namespace) -> int:
        try:
            return handler(args)
        except SyncCommandError as exc:
            print(f"sabil: {exc}", file=sys.stderr)
            return exc.status

    run.__doc__ = handler.__doc__
    return run


HANDLERS: dict[tuple[str, str], Callable[[argparse.Namespace], int]] = {
    ("sync", "enroll"): _reporting_errors(cmd_enroll),
    ("sync", "now"): _reporting_errors(cmd_now),
    ("sync", "status"): _reporting_errors(cmd_status),
    ("sync", "export"): _reporting_errors(cmd_export),
    ("sync", "import"): _reporting_errors(cmd_import),
    ("sync", "discover"): _reporting_errors(cmd_discover),
}


def main(argv: list[str] | None = None) -> int:
    """Run a sync command on its own (``python -m app.cli_sync sync now …``), before the lead wires them."""
    parser = argparse.ArgumentParser(prog="sabil")
    add_data_dir(parser)
    add_commands(parser.add_subparsers(dest="command", required=True))
    args = parser.parse_args(argv)
    return HANDLERS[(args.command, args.sync_command)](args)


if __name__ == "__main__":
    sys.exit(main())
