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

from app import __version__, cli_privacy, cli_reports, cli_server, cli_sync
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


def _add_pack_commands(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    pack = commands.add_parser(
        "pack",
        help="content packs",
        description="Exit status of verify and import: 0 a good pack, 1 refused (damaged, altered, not a pack, "
        "no space), 3 unverified (unsigned or an unknown publisher key), 2 a usage error.",
    ).add_subparsers(dest="pack_command", required=True)
    p = pack.add_parser("list", help="installed packs")
    p.add_argument("--json", action="store_true", help="print JSON")
    _add_data_dir(p)
    p = pack.add_parser("build", help="build a .sabilpack from a source folder, a .csv or a .gift file")
    p.add_argument("source", type=Path, help="a folder with pack.toml, skills.toml and items/, a .csv or a .gift")
    p.add_argument("-o", "--output", type=Path, required=True, help="the .sabilpack file to write")
    p.add_argument("--key", type=Path, metavar="KEYFILE", help="sign the pack with this private key")
    p = pack.add_parser("verify", help="check a pack completely, and who signed it, without importing it")
    p.add_argument("file", type=Path)
    _add_data_dir(p)
    for name, help_text in (("import", "import a .sabilpack file"), ("install", "the same as import")):
        p = pack.add_parser(name, help=help_text)
        p.add_argument("file", type=Path)
        p.add_argument("--allow-unsigned", action="store_true",
                       help="also import a pack that is unsigned or signed by an unknown key (marked unverified)")
        _add_data_dir(p)
    p = pack.add_parser("export", help="write an installed pack to a .sabilpack file (e.g. on a USB stick)")
    p.add_argument("pack_id", metavar="ID")
    p.add_argument("-o", "--output", type=Path, required=True, help="the .sabilpack file to write")
    p.add_argument("--key", type=Path, metavar="KEYFILE", help="sign the exported pack with this private key")
    _add_data_dir(p)
    p = pack.add_parser("trust", help="trust the packs signed by this publisher's public key")
    p.add_argument("public_key", type=Path, metavar="PUBLIC_KEYFILE")
    _add_data_dir(p)
    p = pack.add_parser("remove", help="remove an installed pack (learners' history is kept)")
    p.add_argument("pack_id", metavar="ID")
    _add_data_dir(p)
    p = pack.add_parser("keygen", help="make a signing key: KEYFILE (private, keep it safe) and KEYFILE.pub")
    p.add_argument("-o", "--output", type=Path, required=True, metavar="KEYFILE")
    p.add_argument("--publisher", help="the name packs signed with this key show (default: your user name)")


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

    _add_pack_commands(commands)

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
    cli_privacy.add_learner_commands(learner)

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

    # Commands that live in their own modules (each reports its own errors, one line, non-zero exit).
    cli_server.add_commands(commands)
    cli_sync.add_commands(commands)
    cli_reports.add_commands(commands)
    cli_privacy.add_commands(commands)
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
                  f"({p.skills} skills, {p.items} items, {'verified' if p.verified else 'unverified'})")
    return 0


def _pack_json(summary) -> dict[str, object]:  # noqa: ANN001 - PackSummary
    return {
        "id": summary.id,
        "version": summary.version,
        "title": summary.title.get("en") or next(iter(summary.title.values()), ""),
        "titles": summary.title,
        "description": summary.description,
        "language": summary.language,
        "skills": summary.skills,
        "items": summary.items,
        "verified": summary.verified,
        "publisher": summary.publisher,
        "source": summary.source,
        "size_bytes": summary.size_bytes,
    }


class PackRefused(Exception):
    """verify/import: the one line saying what is wrong, and the exit status (1 refused, 3 unverified)."""

    def __init__(self, line: str, status: int) -> None:
        super().__init__(line)
        self.status = status


EXIT_REFUSED = 1
EXIT_UNVERIFIED = 3


def _refused(file: Path, exc: Exception) -> PackRefused:
    from app.content_packs.errors import PackError

    if isinstance(exc, PackError):
        status = EXIT_UNVERIFIED if exc.code == "untrusted" else EXIT_REFUSED
        text = exc.message if exc.code == "untrusted" else str(exc)
        return PackRefused(f"{file.name}: {text}", status)
    return PackRefused(f"{file.name}: {exc}", EXIT_REFUSED)


def _cmd_pack_build(args: argparse.Namespace) -> int:
    from app.content_packs.builder import build_pack
    from app.content_packs.errors import PackError
    from app.content_packs.limits import VALIDATION_SEEDS

    try:
        out = build_pack(args.source, args.output, seeds=VALIDATION_SEEDS, key_file=args.key)
    except PackError as exc:
        raise CliError(f"The pack could not be built: {exc}") from exc
    except OSError as exc:
        raise CliError(f"The pack could not be written: {exc}") from exc
    print(out)
    return 0


def _cmd_pack_verify(args: argparse.Namespace) -> int:
    # No database is opened: verifying a stick's packs must not install bundled packs or migrate anything.
    from app.config import resources_dir
    from app.content_packs.errors import PackError
    from app.services.pack_verify import verify_pack_file
    from app.services.trust import TrustStore

    paths = _paths(args)
    trust = TrustStore(paths.root / "trusted-keys", resources_dir() / "keys")
    try:
        manifest, check = verify_pack_file(args.file, trust.public_keys())
    except (PackError, OSError) as exc:
        raise _refused(args.file, exc) from exc
    what = f"{manifest.id} {manifest.version} ({len(manifest.skills)} skills, {len(manifest.items)} items)"
    if check.status == "trusted":
        print(f"{args.file.name}: good: {what}, signed by {check.publisher} (key {check.key_id})")
        return 0
    if check.status == "unknown_key":
        claimed = f" claiming to be {check.publisher}" if check.publisher else ""
        raise PackRefused(f"{args.file.name}: unverified: {what} is signed by an unknown key {check.key_id}{claimed}; "
                          "trust the publisher's key with `sabil pack trust` or import with --allow-unsigned",
                          EXIT_UNVERIFIED)
    raise PackRefused(f"{args.file.name}: unverified: {what} is not signed; import it with --allow-unsigned "
                      "only if you trust where it came from", EXIT_UNVERIFIED)


def _cmd_pack_install(args: argparse.Namespace) -> int:
    from app.services.pack_prefetch import prefetch_pack

    # First of all: the stick starts reading while Python loads the database layer (about a second).
    prefetch_pack(args.file)
    from app.content_packs.errors import PackError
    from app.services.pack_service_open import open_pack_service

    # Only the database and the pack service: the other services (sync, reports, classes...) cost
    # a second of imports on a school PC and an import needs none of them.
    db, packs = open_pack_service(_paths(args))
    try:
        summary = packs.install_file(args.file, allow_unsigned=args.allow_unsigned)
    except (PackError, OSError) as exc:
        raise _refused(args.file, exc) from exc
    finally:
        db.close()
    print(json.dumps(_pack_json(summary), ensure_ascii=False))
    return 0


def _cmd_pack_export(args: argparse.Namespace) -> int:
    from app.content_packs.errors import PackError
    from app.services.errors import NotFoundError

    services = _open_services(args)
    try:
        out = services.packs.export(args.pack_id, args.output, key_file=args.key)
    except NotFoundError as exc:
        raise CliError(exc.message) from exc
    except PackError as exc:
        raise CliError(f"The pack was not exported: {exc}") from exc
    finally:
        services.close()
    print(out)
    return 0


def _cmd_pack_trust(args: argparse.Namespace) -> int:
    from app.config import resources_dir
    from app.content_packs.errors import PackError
    from app.services.trust import TrustStore

    paths = _paths(args)
    try:
        key = TrustStore(paths.root / "trusted-keys", resources_dir() / "keys").trust_key(args.public_key)
    except PackError as exc:
        raise CliError(f"The key was not trusted: {exc}") from exc
    print(json.dumps({"key_id": key.key_id, "publisher": key.publisher, "shipped": key.shipped},
                     ensure_ascii=False))
    return 0


def _cmd_pack_remove(args: argparse.Namespace) -> int:
    from app.services.errors import NotFoundError

    services = _open_services(args)
    try:
        services.packs.remove(args.pack_id)
    except NotFoundError as exc:
        raise CliError(exc.message) from exc
    finally:
        services.close()
    print(json.dumps({"removed": args.pack_id}))
    return 0


def _cmd_pack_keygen(args: argparse.Namespace) -> int:
    import getpass
    import os

    from app.content_packs.errors import PackError
    from app.content_packs.signing import generate_keypair

    out: Path = args.output
    public = out.with_name(out.name + ".pub")
    if out.exists() or public.exists():
        raise CliError(f"{out} or {public.name} already exists; choose another name (an old key is never overwritten)")
    try:
        private_pem, public_bytes = generate_keypair(args.publisher or getpass.getuser())
    except PackError as exc:
        raise CliError(f"No key was made: {exc}") from exc
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        # O_EXCL and mode 0600 from the start: the private key is never readable by others, not even briefly.
        fd = os.open(out, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "wb") as handle:
            handle.write(private_pem)
        public.write_bytes(public_bytes)
    except OSError as exc:
        raise CliError(f"The key could not be written: {exc}") from exc
    print(public_bytes.decode("utf-8").strip())
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
    ("pack", "import"): _cmd_pack_install,
    ("pack", "verify"): _cmd_pack_verify,
    ("pack", "export"): _cmd_pack_export,
    ("pack", "trust"): _cmd_pack_trust,
    ("pack", "remove"): _cmd_pack_remove,
    ("pack", "keygen"): _cmd_pack_keygen,
    ("learner", "add"): _cmd_learner_add,
    ("learner", "list"): _cmd_learner_list,
    ("model", "rebuild"): _cmd_model_rebuild,
    ("model", "evaluate"): _cmd_model_evaluate,
    ("model", "fit"): _cmd_model_fit,
    ("model", "simulate"): _cmd_model_simulate,
    ("model", "export"): _cmd_model_export,
}


_MODULE_COMMANDS: dict[tuple[str, str | None], Callable[[argparse.Namespace], int]] = {
    **cli_server.HANDLERS,
    **cli_sync.HANDLERS,
    **cli_reports.HANDLERS,
    **cli_privacy.HANDLERS,
}


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of `sabil` and `python -m app`; returns the exit status."""
    args = build_parser().parse_args(argv)
    try:
        if args.smoke_test:
            return _run_smoke(args)
        if args.command is None:
            return _run_gui(args)
        sub = getattr(args, f"{args.command}_command", None)
        handler = _COMMANDS.get((args.command, sub)) or _MODULE_COMMANDS[(args.command, sub)]
        return handler(args)
    except CliError as exc:
        print(f"sabil: {exc}", file=sys.stderr)
        return 2
    except PackRefused as exc:
        print(f"sabil: {exc}", file=sys.stderr)
        return exc.status


if __name__ == "__main__":
    sys.exit(main())
