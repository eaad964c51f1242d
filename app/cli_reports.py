"""`sabil report …`: the class reports on the command line, for scripts and spreadsheets.

``add_commands(subparsers)`` adds ``report`` with its subcommands to the `sabil` parser; ``HANDLERS``
maps ``("report", subcommand)`` to a function taking the parsed arguments and returning the exit
status. Every command takes ``--data-dir``, ``--pack ID`` (default: the pack the learners answer
most in) and ``--learners ID,ID,…`` (default: every learner). Errors are one sentence on stderr
(exit 2), never a traceback.

- ``report mastery [--format csv|json] [-o FILE]``: one row per learner × skill with the mastery
  estimate, the state (mastered, fading, in_progress, struggling, not_started) and the last practice.
- ``report help-needed [--json]``: learners stuck on a skill, why, and the items they missed.
- ``report difficult-items [--format csv|json] [--limit N]``: the items the class finds hardest.
- ``report learner ID [--json]``: one learner's weeks, time on task, forgetting and blockers.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from dataclasses import asdict
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.cli_support import opened_services

if TYPE_CHECKING:
    pass

EXIT_OK = 0
EXIT_USAGE = 2


class ReportCommandError(Exception):
    """A failure explained to the person at the terminal (exit status 2)."""


def _fail(message: str) -> ReportCommandError:
    return ReportCommandError(message)


def _add_common(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--data-dir", default=argparse.SUPPRESS, metavar="DIR",
                        help="the Sabil data folder (default: SABIL_HOME or the per-user data folder)")
    parser.add_argument("--pack", metavar="ID", help="the pack (default: the one the learners answer most in)")
    parser.add_argument("--learners", metavar="ID,ID", help="only these learners (default: every learner)")


def add_commands(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Add `report` (mastery, help-needed, difficult-items, learner) to the `sabil` command's subparsers."""
    report = commands.add_parser("report", help="class reports: mastery, help needed, difficult items").add_subparsers(
        dest="report_command", required=True
    )
    p = report.add_parser("mastery", help="one row per learner × skill: mastery estimate, state, last practice")
    p.add_argument("--format", choices=("csv", "json"), default="csv")
    p.add_argument("-o", "--output", type=Path, metavar="FILE", help="write to FILE instead of the terminal")
    _add_common(p)
    p = report.add_parser("help-needed", help="learners stuck on a skill, with the items they missed")
    p.add_argument("--json", action="store_true", help="print JSON")
    _add_common(p)
    p = report.add_parser("difficult-items", help="the items the class answers right least often")
    p.add_argument("--format", choices=("csv", "json"), default="csv")
    p.add_argument("--limit", type=int, default=20, help="how many items (default 20)")
    p.add_argument("-o", "--output", type=Path, metavar="FILE", help="write to FILE instead of the terminal")
    _add_common(p)
    p = report.add_parser("learner", help="one learner's progress, time on task, forgetting and blockers")
    p.add_argument("learner_id", metavar="ID")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.add_argument("--data-dir", default=argparse.SUPPRESS, metavar="DIR",
                   help="the Sabil data folder (default: SABIL_HOME or the per-user data folder)")
    p.add_argument("--pack", metavar="ID", help="the pack (default: the one the learner answers most in)")


def _learner_ids(args: argparse.Namespace) -> list[str] | None:
    if not getattr(args, "learners", None):
        return None
    return [part.strip() for part in args.learners.split(",") if part.strip()]


def jsonable(value: Any) -> Any:
    """Report DTOs (dataclasses, tuples, datetimes) as JSON-ready values."""
    if hasattr(value, "__dataclass_fields__"):
        return jsonable(asdict(value))
    if isinstance(value, dict):
        return {str(k): jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [jsonable(v) for v in value]
    if isinstance(value, datetime | date):
        return value.isoformat()
    return value


def _emit(text: str, output: Path | None) -> None:
    if output is None:
        sys.stdout.write(text)
        return
    output.parent.mkdir(parents=True, exist_ok=True)
    temp = output.with_name(f".{output.name}.tmp")
    temp.write_text(text, encoding="utf-8-sig" if output.suffix.lower() == ".csv" else "utf-8")
    temp.replace(output)
    print(output)


def _table_rows(header: tuple[str, ...], rows: list[tuple[Any, ...]]) -> list[dict[str, Any]]:
    return [dict(zip(header, row, strict=True)) for row in rows]


def cmd_mastery(args: argparse.Namespace) -> int:
    """`sabil report mastery`: the class heatmap as one row per learner × skill."""
    from app.services.reports.csv_export import csv_text, mastery_table

    with opened_services(args, _fail) as services:
        grid = services.reports.mastery_grid(pack_id=args.pack, learner_ids=_learner_ids(args))
    header, rows = mastery_table(grid)
    if args.format == "csv":
        _emit(csv_text(header, rows), args.output)
    else:
        document = {
            "pack_id": grid.pack_id,
            "generated_at": grid.generated_at.isoformat(),
            "review_target": grid.review_target,
            # A square is "fading" below this recall (lower than the review target: see skill_status.py).
            "fading_recall": grid.fading_recall,
            "rows": _table_rows(header, rows),
        }
        _emit(json.dumps(document, ensure_ascii=False, indent=2) + "\n", args.output)
    return EXIT_OK


def cmd_help_needed(args: argparse.Namespace) -> int:
    """`sabil report help-needed`: learners stuck on a skill now."""
    from app.services.reports.csv_export import pick_title

    with opened_services(args, _fail) as services:
        report = services.reports.help_needed(pack_id=args.pack, learner_ids=_learner_ids(args))
    if args.json:
        print(json.dumps(jsonable(report), ensure_ascii=False, indent=2))
        return EXIT_OK
    if not report.cases:
        print("Nobody is stuck right now.")
    for case in report.cases:
        cause = f"; weak prerequisite: {pick_title(case.weak_prerequisite.title)}" if case.weak_prerequisite else ""
        print(f"{case.learner.display_name}: {pick_title(case.skill_title)} ({', '.join(case.reasons)}; "
              f"{case.recent_wrong} wrong of the last {case.recent_attempts}{cause})")
    return EXIT_OK


def cmd_difficult_items(args: argparse.Namespace) -> int:
    """`sabil report difficult-items`: the items the class answers right least often."""
    from app.services.reports.csv_export import csv_text, difficult_items_table

    with opened_services(args, _fail) as services:
        report = services.reports.difficult_items(
            pack_id=args.pack, learner_ids=_learner_ids(args), limit=args.limit
        )
    if args.format == "csv":
        _emit(csv_text(*difficult_items_table(report)), args.output)
    else:
        _emit(json.dumps(jsonable(report), ensure_ascii=False, indent=2) + "\n", args.output)
    return EXIT_OK


def cmd_learner(args: argparse.Namespace) -> int:
    """`sabil report learner ID`: one learner's progress report."""
    from app.services.reports.csv_export import pick_title

    with opened_services(args, _fail) as services:
        report = services.reports.learner_progress(args.learner_id, pack_id=args.pack)
    if args.json:
        print(json.dumps(jsonable(report), ensure_ascii=False, indent=2))
        return EXIT_OK
    counts = report.state_counts
    print(f"{report.learner.display_name} — {pick_title(report.pack_title)}")
    print(f"{report.attempts} answers, {report.correct} right, {report.time_on_task_minutes:.0f} minutes "
          f"in {report.sessions} sessions on {report.active_days} days")
    print(f"mastered {counts['mastered']}, fading {counts['fading']}, in progress {counts['in_progress']}, "
          f"struggling {counts['struggling']}, not started {counts['not_started']} of {report.skills} skills")
    for f in report.forgetting:
        print(f"forgetting: {pick_title(f.title)} (recall {f.recall:.0%})")
    for b in report.blocked:
        print(f"blocked: {pick_title(b.title)} by {', '.join(pick_title(x.title) for x in b.blocked_by)}")
    return EXIT_OK


def _reporting_errors(handler: Callable[[argparse.Namespace], int]) -> Callable[[argparse.Namespace], int]:
    def run(args: argparse.Namespace) -> int:
        from app.services.errors import ValidationError

        try:
            return handler(args)
        except ValidationError as exc:
            print(f"sabil: {exc.message}", file=sys.stderr)
            return EXIT_USAGE
        except (ReportCommandError, OSError) as exc:
            print(f"sabil: {exc}", file=sys.stderr)
            return EXIT_USAGE

    run.__doc__ = handler.__doc__
    return run


HANDLERS: dict[tuple[str, str], Callable[[argparse.Namespace], int]] = {
    ("report", "mastery"): _reporting_errors(cmd_mastery),
    ("report", "help-needed"): _reporting_errors(cmd_help_needed),
    ("report", "difficult-items"): _reporting_errors(cmd_difficult_items),
    ("report", "learner"): _reporting_errors(cmd_learner),
}


def main(argv: list[str] | None = None) -> int:
    """Run a report command on its own (``python -m app.cli_reports report mastery …``)."""
    parser = argparse.ArgumentParser(prog="sabil")
    add_commands(parser.add_subparsers(dest="command", required=True))
    args = parser.parse_args(argv)
    return HANDLERS[(args.command, args.report_command)](args)


if __name__ == "__main__":
    sys.exit(main())
