"""The `sabil` command: the desktop app by default, subcommands for scripted set-up of a lab.

Qt is imported only when a window is needed, so `sabil learner list` works on a headless server
and starts fast.
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
from collections.abc import Callable, Sequence
from dataclasses import asdict
from pathlib import Path

from app import __version__
from app.config import DataDirError, Paths, resolve_data_dir
from app.log_setup import configure_logging

log = logging.getLogger(__name__)


class CliError(Exception):
    """A failure explained to the person at the terminal; exit status 2."""


def _add_data_dir(parser: argparse.ArgumentParser) -> None:
    # SUPPRESS lets `sabil --data-dir X pack list` and `sabil pack list --data-dir X` both work.
    parser.add_argument(
        "--data-dir",
        default=argparse.SUPPRESS,
        metavar="DIR",
        help="where learners, packs and progress are stored (default: SABIL_HOME or the per-user data folder)",
    )


def build_parser() -> argparse.ArgumentParser:
    """The whole command line, for `main` and for the tests."""
    parser = argparse.ArgumentParser(prog="sabil", description="Sabil, an offline-first tutor.")
    parser.add_argument("--version", action="version", version=f"sabil {__version__}")
    parser.add_argument(
        "--smoke-test",
        action="store_true",
        help="open the window offscreen, practise 20 items, check everything persisted, print 'smoke OK'",
    )
    _add_data_dir(parser)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    pack = commands.add_parser("pack", help="content packs").add_subparsers(dest="pack_command", required=True)
    p = pack.add_parser("list", help="installed packs")
    p.add_argument("--json", action="store_true", help="print JSON")
    _add_data_dir(p)
    p = pack.add_parser("build", help="build a .sabilpack from a source folder")
    p.add_argument("source", type=Path, help="folder with pack.toml, skills.toml and items/")
    p.add_argument("-o", "--output", type=Path, required=True, help="the .sabilpack file to write")
    p = pack.add_parser("install", help="install a .sabilpack file")
    p.add_argument("file", type=Path)
    _add_data_dir(p)

    learner = commands.add_parser("learner", help="learner profiles").add_subparsers(
        dest="learner_command", required=True
    )
    p = learner.add_parser("add", help="add a learner")
    p.add_argument("name")
    p.add_argument("--avatar", help="avatar id (default: the first free one)")
    p.add_argument("--language", default="en", help="UI language: en, ar, fr or es")
    p.add_argument("--pin", help="optional 4-digit PIN")
    _add_data_dir(p)
    p = learner.add_parser("list", help="list learners")
    p.add_argument("--json", action="store_true", help="print JSON")
    _add_data_dir(p)

    model = commands.add_parser("model", help="the learner model").add_subparsers(dest="model_command", required=True)
    p = model.add_parser("rebuild", help="rebuild every learner's skill state from their answer events")
    _add_data_dir(p)
    p = model.add_parser("evaluate", help="fit on TRAIN, predict every TEST response from earlier ones; print JSON")
    p.add_argument("--train", type=Path, required=True, help="TSV: user_id item_id timestamp correct skill_id")
    p.add_argument("--test", type=Path, required=True, help="TSV in the same format, other learners")
    p = model.add_parser("fit", help="fit the learner model on pooled attempt events; write its parameters")
    p.add_argument("--train", type=Path, required=True, help="TSV: user_id item_id timestamp correct skill_id")
    p.add_argument("-o", "--output", type=Path, required=True, help="the parameters JSON file to write")
    p = model.add_parser("export", help="write a pack's answers as a TSV for `sabil model fit`")
    p.add_argument("--pack", required=True, help="the pack id (see `sabil pack list`)")
    p.add_argument("-o", "--output", type=Path, required=True, help="the TSV file to write")
    _add_data_dir(p)
    p = model.add_parser(
        "simulate", help="simulated learners with a hidden truth: Sabil's policy against four baselines"
    )
    p.add_argument("--learners", type=int, default=100)
    p.add_argument("--skills", type=int, default=12)
    p.add_argument("--graph", default="layered", help="chain, tree or layered")
    p.add_argument("--seed", type=int, default=0)
    p.add_argument("--budget", type=int, default=None, help="steps per learner (default: 20 per skill)")
    p.add_argument(
        "--policies", default=None, help="comma-separated subset of sabil,fixed_order,lowest_mastery,random,zpdes"
    )
    return parser


def _paths(args: argparse.Namespace) -> Paths:
    try:
        paths = Paths(resolve_data_dir(getattr(args, "data_dir", None))).ensure()
    except DataDirError as exc:
        raise CliError(
            f"Sabil cannot write to its data folder ({exc}). "
            "Choose a folder you can write to with --data-dir DIR or the SABIL_HOME variable."
        ) from exc
    configure_logging(paths.log_file)
    return paths


def _open_services(args: argparse.Namespace):  # noqa: ANN202 - AppServices, imported lazily
    from app.services.app_services import AppServices

    return AppServices.open(_paths(args).root)


def _cmd_pack_list(args: argparse.Namespace) -> int:
    services = _open_services(args)
    try:
        packs = services.packs.installed()
    finally:
        services.close()
    if args.json:
        print(json.dumps([_pack_json(p) for p in packs], ensure_ascii=False, indent=2))
    else:
        for p in packs:
            print(f"{p.id} {p.version}  {p.title.get('en') or next(iter(p.title.values()), '')}  "
                  f"({p.skills} skills, {p.items} items)")
    return 0


def _pack_json(summary) -> dict[str, object]:  # noqa: ANN001 - PackSummary
    return {
        "id": summary.id,
        "version": summary.version,
        "title": summary.title.get("en") or next(iter(summary.title.values()), ""),
        "titles": summary.title,
        "language": summary.language,
        "skills": summary.skills,
        "items": summary.items,
    }


def _cmd_pack_build(args: argparse.Namespace) -> int:
    from app.content_packs.builder import build_pack
    from app.content_packs.errors import PackError

    try:
        out = build_pack(args.source, args.output)
    except PackError as exc:
        raise CliError(f"The pack could not be built: {exc}") from exc
    print(out)
    return 0


def _cmd_pack_install(args: argparse.Namespace) -> int:
    from app.content_packs.errors import PackError

    services = _open_services(args)
    try:
        summary = services.packs.install_file(args.file)
    except PackError as exc:
        raise CliError(f"The pack was not installed: {exc}") from exc
    finally:
        services.close()
    print(json.dumps(_pack_json(summary), ensure_ascii=False))
    return 0


def _cmd_learner_add(args: argparse.Namespace) -> int:
    from app.services.errors import ValidationError

    services = _open_services(args)
    try:
        avatar = args.avatar
        if avatar is None:
            taken = {p.avatar for p in services.learners.list()}
            choices = services.learners.avatars()
            avatar = next((a for a in choices if a not in taken), choices[0])
        profile = services.learners.create(args.name, avatar, pin=args.pin, language=args.language)
    except ValidationError as exc:
        raise CliError(f"The learner was not added: {exc.message}") from exc
    finally:
        services.close()
    print(json.dumps(_learner_json(profile), ensure_ascii=False))
    return 0


def _learner_json(profile) -> dict[str, object]:  # noqa: ANN001 - LearnerProfile
    data = asdict(profile)
    data["created_at"] = profile.created_at.isoformat()
    return data


def _cmd_learner_list(args: argparse.Namespace) -> int:
    services = _open_services(args)
    try:
        learners = services.learners.list()
    finally:
        services.close()
    if args.json:
        print(json.dumps([_learner_json(p) for p in learners], ensure_ascii=False, indent=2))
    else:
        for p in learners:
            print(f"{p.id}  {p.display_name}  ({p.avatar}, {p.language}{', PIN' if p.has_pin else ''})")
    return 0


def _cmd_model_rebuild(args: argparse.Namespace) -> int:
    services = _open_services(args)
    try:
        learners = services.learners.list()
        for p in learners:
            services.practice.rebuild_learner_state(p.id)
    finally:
        services.close()
    print(json.dumps({"rebuilt_learners": len(learners)}))
    return 0


def _print_model_json(call: Callable[[], dict[str, object]]) -> int:
    """Run a model command over data files; bad input is one line on stderr, never a traceback."""
    from app.services.kt_data import ModelInputError

    try:
        figures = call()
    except ModelInputError as exc:
        raise CliError(str(exc)) from exc
    print(json.dumps(figures))
    return 0


def _cmd_model_evaluate(args: argparse.Namespace) -> int:
    from app.services.model_evaluation import evaluate

    return _print_model_json(lambda: evaluate(args.train, args.test))


def _cmd_model_fit(args: argparse.Namespace) -> int:
    from app.services.model_evaluation import fit_to_file

    return _print_model_json(lambda: fit_to_file(args.train, args.output))


def _cmd_model_export(args: argparse.Namespace) -> int:
    from app.services.errors import NotFoundError
    from app.services.event_export import export_answer_log

    services = _open_services(args)
    try:
        rows = export_answer_log(services.db, args.pack, args.output)
    except NotFoundError as exc:
        raise CliError(exc.message) from exc
    finally:
        services.close()
    print(json.dumps({"pack": args.pack, "answers": rows, "file": str(args.output)}))
    return 0


def _cmd_model_simulate(args: argparse.Namespace) -> int:
    from app.engine.simulation.run import format_table, run_simulation

    policies = [name.strip() for name in args.policies.split(",")] if args.policies else None
    try:
        result = run_simulation(
            args.learners, args.skills, args.graph, args.seed, args.budget, policies=policies
        )
    except ValueError as exc:
        raise CliError(str(exc)) from exc
    print(format_table(result))
    print(json.dumps(result.to_dict()))
    return 0


def _run_gui(args: argparse.Namespace) -> int:
    # The services (SQLAlchemy, numpy) are imported before Qt on purpose: PySide6 inspects every
    # module imported after it for its `__feature__` switches, which costs a quarter of a second.
    import app.services.app_services  # noqa: F401
    from app.ui.main_window import run_gui

    try:
        root = _paths(args).root
    except CliError:
        # The window explains an unwritable data folder itself, in the learner's language.
        root = resolve_data_dir(getattr(args, "data_dir", None))
    return run_gui(root)


def _run_smoke(args: argparse.Namespace) -> int:
    from app.ui.smoke import run_smoke_test

    data_dir = getattr(args, "data_dir", None)
    root = _paths(args).root if data_dir else None
    return run_smoke_test(root)


_COMMANDS: dict[tuple[str, str], Callable[[argparse.Namespace], int]] = {
    ("pack", "list"): _cmd_pack_list,
    ("pack", "build"): _cmd_pack_build,
    ("pack", "install"): _cmd_pack_install,
    ("learner", "add"): _cmd_learner_add,
    ("learner", "list"): _cmd_learner_list,
    ("model", "rebuild"): _cmd_model_rebuild,
    ("model", "evaluate"): _cmd_model_evaluate,
    ("model", "fit"): _cmd_model_fit,
    ("model", "simulate"): _cmd_model_simulate,
    ("model", "export"): _cmd_model_export,
}


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of `sabil` and `python -m app`; returns the exit status."""
    args = build_parser().parse_args(argv)
    try:
        if args.smoke_test:
            return _run_smoke(args)
        if args.command is None:
            return _run_gui(args)
        sub = getattr(args, f"{args.command}_command")
        return _COMMANDS[(args.command, sub)](args)
    except CliError as exc:
        print(f"sabil: {exc}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
