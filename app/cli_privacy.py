"""`sabil learner export|delete` and `sabil roster import`: privacy and class set-up from a terminal.

``add_learner_commands(learner_subparsers)`` adds ``export`` and ``delete`` to the existing
``learner`` command; ``add_commands(subparsers)`` adds ``roster import``. ``HANDLERS`` maps
``(command, subcommand)`` to a function taking the parsed arguments and returning the exit status.
Every command takes ``--data-dir``. A problem is one sentence on stderr, never a traceback.

- ``learner export ID -o FILE``: everything about one learner; FILE ending in ``.json`` is one JSON
  document, ``.zip`` holds that document and one CSV per kind of record. Prints what was written.
- ``learner delete ID``: the learner's tombstone (it syncs), their memberships, own plans and
  goals too; their answers stay as events.
- ``roster import FILE.csv [--dry-run] [--json] [--language en|ar|fr|es]``: name, class, optional PIN per row. Prints each
  row's status and errors; imports all rows or none. Exit 0 imported (or a clean dry run), 1 rows
  with errors (nothing imported), 2 a usage error.
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
    from app.services.adult_dto import RosterPreview

EXIT_OK = 0
EXIT_REJECTED = 1
EXIT_USAGE = 2


class PrivacyCommandError(Exception):
    """A failure explained to the person at the terminal (exit status 2)."""


def _fail(message: str) -> PrivacyCommandError:
    return PrivacyCommandError(message)


def add_learner_commands(learner: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Add `export` and `delete` to the `sabil learner` subcommands."""
    p = learner.add_parser("export", help="write everything about one learner to a .json or .zip file")
    p.add_argument("learner_id", metavar="ID")
    p.add_argument("-o", "--output", type=Path, required=True, metavar="FILE",
                   help="FILE.json (one JSON document) or FILE.zip (the JSON and a CSV per kind of record)")
    add_data_dir(p)
    p = learner.add_parser("delete", help="delete a learner (a tombstone that syncs; their answers stay)")
    p.add_argument("learner_id", metavar="ID")
    add_data_dir(p)


def add_commands(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Add `roster import` to the `sabil` command's subparsers."""
    roster = commands.add_parser("roster", help="class rosters").add_subparsers(dest="roster_command", required=True)
    p = roster.add_parser("import", help="import learners from a CSV: name, class, optional PIN")
    p.add_argument("file", type=Path, metavar="FILE.csv")
    p.add_argument("--dry-run", action="store_true", help="only check the file and show what would happen")
    p.add_argument("--language", default="en", help="the new learners' app language: en, ar, fr or es (default en)")
    p.add_argument("--json", action="store_true", help="print JSON")
    add_data_dir(p)


def cmd_learner_export(args: argparse.Namespace) -> int:
    """`sabil learner export ID -o FILE`."""
    with opened_services(args, _fail) as services:
        result = services.privacy.export(args.learner_id, args.output)
    print(json.dumps({"path": str(result.path), "counts": result.counts}, ensure_ascii=False))
    return EXIT_OK


def cmd_learner_delete(args: argparse.Namespace) -> int:
    """`sabil learner delete ID`."""
    with opened_services(args, _fail) as services:
        name = services.learners.get(args.learner_id).display_name
        services.privacy.delete(args.learner_id)
    print(f"Deleted {name} ({args.learner_id}). Their answers stay; the deletion syncs to the hub if enrolled.")
    return EXIT_OK


def cmd_roster_import(args: argparse.Namespace) -> int:
    """`sabil roster import FILE.csv [--dry-run] [--json]`."""
    from app.services.roster_import import RosterRejected

    with opened_services(args, _fail) as services:
        preview = services.roster.preview_file(args.file)
        if args.dry_run or not preview.ok:
            _print_preview(preview, args.json, imported=None)
            return EXIT_OK if preview.ok else EXIT_REJECTED
        try:
            result = services.roster.import_file(args.file, language=args.language)
        except RosterRejected as exc:
            _print_preview(exc.preview, args.json, imported=None)
            return EXIT_REJECTED
    _print_preview(preview, args.json, imported=len(result.learner_ids))
    return EXIT_OK


def _print_preview(preview: RosterPreview, as_json: bool, imported: int | None) -> None:
    if as_json:
        document: dict[str, Any] = {
            "ok": preview.ok,
            "imported": imported,
            "new_classes": list(preview.new_classes),
            "file_error": asdict(preview.file_error) if preview.file_error else None,
            "rows": [asdict(row) for row in preview.rows],
        }
        print(json.dumps(document, ensure_ascii=False, indent=2))
        return
    out = sys.stdout if preview.ok else sys.stderr
    if preview.file_error is not None:
        print(f"{preview.file_error.message}", file=out)
    for row in preview.rows:
        line = f"line {row.line}: {row.name or '(no name)'} [{row.class_name or '-'}] {row.status}"
        if row.errors:
            line += ": " + "; ".join(e.message for e in row.errors)
        print(line, file=out)
    if not preview.ok:
        print(f"{preview.error_count} problem(s); nothing was imported.", file=out)
    elif imported is None:
        print(f"Would add {preview.new_learners} learner(s) and {len(preview.new_classes)} class(es).", file=out)
    else:
        print(f"Added {imported} learner(s) and {len(preview.new_classes)} class(es).", file=out)


def _explained(handler: Callable[[argparse.Namespace], int]) -> Callable[[argparse.Namespace], int]:
    """The handler with service errors turned into one sentence on stderr (exit 2)."""
    from app.services.errors import ValidationError

    def run(args: argparse.Namespace) -> int:
        try:
            return handler(args)
        except (PrivacyCommandError, ValidationError) as exc:
            print(f"sabil: {exc}", file=sys.stderr)
            return EXIT_USAGE

    run.__doc__ = handler.__doc__
    return run


HANDLERS: dict[tuple[str, str | None], Callable[[argparse.Namespace], int]] = {
    ("learner", "export"): _explained(cmd_learner_export),
    ("learner", "delete"): _explained(cmd_learner_delete),
    ("roster", "import"): _explained(cmd_roster_import),
}
