"""The layering is a contract, checked on every test run (napari does the same to keep Qt out of its core)."""

from __future__ import annotations

import os
from pathlib import Path

from importlinter.cli import lint_imports

ROOT = Path(__file__).resolve().parent.parent


def test_import_contracts_hold() -> None:
    cwd = os.getcwd()
    os.chdir(ROOT)  # import-linter reads pyproject.toml from the working directory
    try:
        status = lint_imports(config_filename=str(ROOT / "pyproject.toml"), no_cache=True, no_logo=True)
    finally:
        os.chdir(cwd)
    assert status == 0, "an import breaks the layering; run `.venv/bin/lint-imports` for the details"


def test_engine_and_lower_layers_never_mention_qt() -> None:
    # import-linter sees imports; this also catches lazy imports hidden in strings or functions.
    for layer in ("engine", "content_packs", "storage", "services"):
        for source in (ROOT / "app" / layer).rglob("*.py"):
            text = source.read_text(encoding="utf-8")
            assert "PySide6" not in text, f"{source} mentions PySide6"
