"""What every `sabil` command module shares: the ``--data-dir`` option and opening the data folder.

Each module reports failures through its own error type (and exit status), so the helpers take a
``fail`` callable that makes that module's error from a sentence.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

from app.config import DataDirError, Paths, resolve_data_dir
from app.log_setup import configure_logging

if TYPE_CHECKING:
    from app.services.app_services import AppServices

Fail = Callable[[str], Exception]


def add_data_dir(parser: argparse.ArgumentParser) -> None:
    """``--data-dir DIR`` (SUPPRESS, so it may come before or after the subcommand)."""
    parser.add_argument("--data-dir", default=argparse.SUPPRESS, metavar="DIR",
                        help="the Sabil data folder (default: SABIL_HOME or the per-user data folder)")


def data_paths(args: argparse.Namespace, fail: Fail) -> Paths:
    """The data folder the command works on, created if needed, with logging to its log file."""
    try:
        paths = Paths(resolve_data_dir(getattr(args, "data_dir", None))).ensure()
    except DataDirError as exc:
        raise fail(f"Sabil cannot write to its data folder ({exc}). Choose another with --data-dir DIR.") from exc
    configure_logging(paths.log_file)
    return paths


@contextmanager
def opened_services(args: argparse.Namespace, fail: Fail) -> Iterator[AppServices]:
    """AppServices on the command's data folder, closed afterwards; a damaged database becomes ``fail``."""
    from app.services.app_services import AppServices
    from app.storage.errors import DatabaseCorruptError, DatabaseTooNewError

    try:
        services = AppServices.open(data_paths(args, fail).root)
    except (DatabaseCorruptError, DatabaseTooNewError) as exc:
        raise fail(str(exc)) from exc
    try:
        yield services
    finally:
        services.close()
